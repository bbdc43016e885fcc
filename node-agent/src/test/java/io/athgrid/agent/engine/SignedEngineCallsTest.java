package io.athgrid.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.registry.AgentJson;
import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.agent.simulation.DevOwnerKeys;
import io.athgrid.agent.testing.ManualScheduler;
import io.athgrid.protocol.engine.EngineCall;
import io.athgrid.protocol.engine.EnginePollRequest;
import io.athgrid.protocol.engine.EngineReportRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SignedEngineCallsTest {

    private final ManualScheduler time = new ManualScheduler(Instant.parse("2026-03-01T12:00:00Z"));
    private final HeldChannel channel = new HeldChannel();
    private final SignedEngineCalls calls = new SignedEngineCalls("c-1", DevOwnerKeys.derive(3, 1).get(0), channel, time.clock());

    @Test
    void a_call_is_signed_and_sent_only_once_the_one_before_has_its_answer() {
        CompletableFuture<RegistryAnswer> poll = calls.poll();
        time.advance(Duration.ofMillis(1));
        CompletableFuture<RegistryAnswer> report = calls.report("r-1", URI.create("http://127.0.0.1:9000"));
        time.advance(Duration.ofMillis(1));
        CompletableFuture<RegistryAnswer> secondPoll = calls.poll();

        assertThat(channel.sent).as("the report waits for the poll's answer").hasSize(1);
        channel.answer(0, 503);
        assertThat(channel.sent).hasSize(2);
        channel.answer(1, 202);
        channel.answer(2, 200);

        assertThat(poll).isCompletedWithValueMatching(answer -> answer.status() == 503);
        assertThat(report).isCompletedWithValueMatching(answer -> answer.status() == 202);
        assertThat(secondPoll).isCompletedWithValueMatching(answer -> answer.status() == 200);
        List<EngineCall> sent = channel.sent.stream().map(Sent::call).toList();
        assertThat(sent).extracting(EngineCall::action).containsExactly("poll", "report", "poll");
        assertThat(sent).extracting(EngineCall::sequence).as("signed when sent: the clock moved meanwhile")
                .containsExactly(1772366400000L, 1772366400002L, 1772366400003L);
    }

    @Test
    void the_sequence_is_the_clocks_milliseconds_and_at_least_one_more_than_the_last() {
        long first = calls.nextSequence();
        long second = calls.nextSequence();
        time.advance(Duration.ofSeconds(1));

        assertThat(second).isEqualTo(first + 1);
        assertThat(calls.nextSequence()).isEqualTo(first + 1000);
    }

    private record Sent(EngineCall call, CompletableFuture<RegistryAnswer> answer) {
    }

    /** Holds every answer until the test gives it. */
    private static final class HeldChannel implements EngineChannel {

        private final List<Sent> sent = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<RegistryAnswer> poll(String containerId, EnginePollRequest request) {
            return hold(request.call(containerId));
        }

        @Override
        public CompletableFuture<RegistryAnswer> report(String containerId, String replicaId, EngineReportRequest request) {
            return hold(request.call(containerId, replicaId));
        }

        private CompletableFuture<RegistryAnswer> hold(EngineCall call) {
            CompletableFuture<RegistryAnswer> answer = new CompletableFuture<>();
            sent.add(new Sent(call, answer));
            return answer;
        }

        void answer(int index, int status) {
            sent.get(index).answer().complete(new RegistryAnswer(status, AgentJson.MAPPER.createObjectNode(), Optional.empty(), ""));
        }
    }
}
