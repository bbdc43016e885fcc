package io.athgrid.agent.engine;

import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.protocol.engine.EngineCall;
import io.athgrid.protocol.engine.EnginePollRequest;
import io.athgrid.protocol.engine.EngineReportRequest;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.web3j.crypto.ECKeyPair;

/**
 * One container's signed calls on the engine channel. Each call is signed by the node key when it
 * is sent, with the container's next sequence number (epoch milliseconds, and at least one more
 * than the last, so it grows across restarts without a file), and sent only once the call before it
 * has its answer: maas-service refuses a sequence not above the last one it accepted, so a poll and
 * a report overtaking each other on the way would turn the later-signed one into a "replay".
 */
final class SignedEngineCalls {

    private final String containerId;
    private final ECKeyPair nodeKey;
    private final EngineChannel channel;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private CompletableFuture<RegistryAnswer> last = CompletableFuture.completedFuture(null);

    SignedEngineCalls(String containerId, ECKeyPair nodeKey, EngineChannel channel, Clock clock) {
        this.containerId = containerId;
        this.nodeKey = nodeKey;
        this.channel = channel;
        this.clock = clock;
    }

    CompletableFuture<RegistryAnswer> poll() {
        return afterLast(() -> channel.poll(containerId,
                EnginePollRequest.signed(EngineCall.poll(containerId, nextSequence(), sentAt()), nodeKey)));
    }

    CompletableFuture<RegistryAnswer> report(String replicaId, URI endpoint) {
        return afterLast(() -> channel.report(containerId, replicaId, EngineReportRequest.signed(
                EngineCall.report(containerId, replicaId, endpoint.toString(), nextSequence(), sentAt()), nodeKey)));
    }

    long nextSequence() {
        long now = clock.millis();
        return sequence.updateAndGet(previous -> Math.max(previous + 1, now));
    }

    private long sentAt() {
        return clock.instant().getEpochSecond();
    }

    private synchronized CompletableFuture<RegistryAnswer> afterLast(Supplier<CompletableFuture<RegistryAnswer>> call) {
        CompletableFuture<RegistryAnswer> answer = last.handle((previous, failure) -> null).thenCompose(ignored -> send(call));
        last = answer;
        return answer;
    }

    private static CompletableFuture<RegistryAnswer> send(Supplier<CompletableFuture<RegistryAnswer>> call) {
        try {
            return call.get().exceptionally(RegistryAnswer::unreachable);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(RegistryAnswer.unreachable(e));
        }
    }
}
