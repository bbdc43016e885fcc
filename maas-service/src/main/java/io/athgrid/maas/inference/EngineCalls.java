package io.athgrid.maas.inference;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls an engine's OpenAI API; the answer's body is read as it arrives. */
public class EngineCalls {

    private final HttpClient http;
    private final Duration answerTimeout;

    public EngineCalls(Duration connectTimeout, Duration answerTimeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        this.answerTimeout = answerTimeout;
    }

    public HttpResponse<InputStream> post(URI endpoint, String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(answerTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }
}
