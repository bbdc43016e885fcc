package io.athgrid.maas.openai;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/** What to answer for a failed /v1 request: the status, headers such as {@code Allow}, and the error. */
public record OpenAiFailure(HttpStatusCode status, HttpHeaders headers, OpenAiError error) {

    public OpenAiFailure(HttpStatusCode status, OpenAiError error) {
        this(status, HttpHeaders.EMPTY, error);
    }
}
