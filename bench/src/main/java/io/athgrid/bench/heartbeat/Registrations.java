package io.athgrid.bench.heartbeat;

import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.agent.registry.RegistryClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/** Registers the simulated nodes through the registry's API with the node agent's client, a few at a time. */
final class Registrations {

    private final RegistryClient registry;
    private final long chainId;

    Registrations(String baseUrl, long chainId) {
        this.registry = new RegistryClient(RegistryClient.newHttpClient(), URI.create(baseUrl), Duration.ofSeconds(30));
        this.chainId = chainId;
    }

    void registerAll(List<SimulatedNode> nodes) {
        Semaphore inFlight = new Semaphore(Runtime.getRuntime().availableProcessors() * 2);
        CompletableFuture.allOf(nodes.stream().map(node -> {
            inFlight.acquireUninterruptibly();
            return registry.register(node.registration(chainId))
                    .whenComplete((answer, failure) -> inFlight.release())
                    .thenAccept(answer -> registered(node, answer));
        }).toArray(CompletableFuture[]::new)).join();
    }

    private static void registered(SimulatedNode node, RegistryAnswer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("registration answered " + answer.detail());
        }
        node.registered(answer.text("containerId"));
    }
}
