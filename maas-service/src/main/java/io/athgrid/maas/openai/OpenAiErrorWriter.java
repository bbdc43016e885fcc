package io.athgrid.maas.openai;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes OpenAI's error body, for the exception resolver and for security refusals alike. */
public class OpenAiErrorWriter {

    private final JsonMapper json;

    public OpenAiErrorWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, OpenAiFailure failure) throws IOException {
        response.setStatus(failure.status().value());
        failure.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), failure.error().body());
    }
}
