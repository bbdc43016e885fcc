package io.athgrid.local;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.identity.InternalTokenProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A stand-in for checker-service (capacity checks) and staking-service (stake) until they move
 * containers themselves: it declares every simulated container's capacity verified and its stake
 * sufficient, so the local fleet goes CHECKING -> WAITING_FOR_STAKE -> STANDBY and can be matched.
 * It uses the registry's operator API ({@code POST /containers/{id}/transitions}), called directly
 * with an internal token as the platform's own services call each other.
 */
final class LocalCapacityApproval {

    static final Caller APPROVER = Caller.operator("service:local-capacity-approval");
    private static final List<String> TRIGGERS = List.of("CAPACITY_VERIFIED", "STAKE_SUFFICIENT");
    /** A few requests at once: the registry writes each transition with its outbox event, on two cores. */
    private static final int CONCURRENCY = 4;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI registry;
    private final InternalTokenIssuer tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    LocalCapacityApproval(int registryPort, String internalTokenSecret) {
        this.registry = URI.create("http://localhost:" + registryPort);
        this.tokens = new InternalTokenIssuer(new InternalTokenProperties(internalTokenSecret, null), Clock.systemUTC());
    }

    /** Moves each container to STANDBY; how many were moved. Throws, naming the first refusal, if any was refused. */
    int approve(List<String> containerIds) {
        ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Future<?>> approvals = new ArrayList<>();
            containerIds.forEach(id -> approvals.add(workers.submit(() -> approveOne(id))));
            for (Future<?> approval : approvals) {
                approval.get();
            }
            return containerIds.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while approving the simulated fleet", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private void approveOne(String containerId) {
        for (String trigger : TRIGGERS) {
            HttpResponse<String> response = send(containerId, trigger);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(trigger + " for container " + containerId + " refused ("
                        + response.statusCode() + "): " + response.body());
            }
        }
    }

    private HttpResponse<String> send(String containerId, String trigger) {
        String body = "{\"trigger\": \"" + trigger + "\", \"reason\": \"local run stand-in for "
                + (trigger.startsWith("CAPACITY") ? "checker-service" : "staking-service") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(registry.resolve("/containers/" + containerId + "/transitions"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.issue(APPROVER, "local-capacity-approval"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(trigger + " for container " + containerId + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while approving container " + containerId, e);
        }
    }
}
