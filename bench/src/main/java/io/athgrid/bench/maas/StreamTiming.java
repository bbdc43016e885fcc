package io.athgrid.bench.maas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One streamed chat completion, timed as a client sees it: from just before the request is sent to
 * the first event with content (time to first token), and the mean gap between content events after it.
 */
record StreamTiming(long firstTokenNanos, long meanGapNanos, int tokens) {

    static StreamTiming measure(HttpClient http, URI url, String apiKey, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        long first = -1;
        long last = -1;
        int tokens = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                // Content chunks carry a non-empty "content"; the role chunk's is empty.
                if (line.startsWith("data: ") && line.contains("\"content\":\"") && !line.contains("\"content\":\"\"")) {
                    long now = System.nanoTime();
                    if (first < 0) {
                        first = now;
                    }
                    last = now;
                    tokens++;
                }
            }
        }
        if (tokens == 0) {
            throw new IOException(url + " streamed no content");
        }
        return new StreamTiming(first - start, tokens > 1 ? (last - first) / (tokens - 1) : 0, tokens);
    }
}
