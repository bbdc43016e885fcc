package io.athgrid.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks each service for its health through the gateway, as a client would reach it. */
final class GatewayHealth {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final RunningPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    GatewayHealth(RunningPlatform platform) {
        this.platform = platform;
    }

    int awaitAllUp() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (PlatformService service : PlatformService.ALL) {
            String url = platform.gatewayUrl() + "/api/" + service.route() + "/actuator/health";
            while (!isUp(url)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service.name() + " is not UP behind the gateway at " + url);
                }
                pause();
            }
        }
        return PlatformService.ALL.size();
    }

    private boolean isUp(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the services", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the services", e);
        }
    }
}
