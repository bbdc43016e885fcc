package io.athgrid.agent.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.testing.Eventually;
import io.athgrid.agent.testing.FastRuntime;
import io.athgrid.agent.testing.ScriptedRegistry;
import io.athgrid.protocol.container.HeartbeatRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

class HeartbeatLoopTest {

    private static final Duration INTERVAL = Duration.ofSeconds(60);

    private final ScheduledExecutorService scheduler = DaemonScheduler.create("test-heartbeat", 2);
    private final RecordingListener listener = new RecordingListener();
    private ScriptedRegistry registry;

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void waits_out_an_overloaded_platform_with_backoff_and_carries_on_when_it_recovers() throws Exception {
        registry = new ScriptedRegistry().answerHeartbeats(503, 429, 500, 202);
        HeartbeatLoop loop = loop(registry.url());

        loop.start(Duration.ZERO);
        Eventually.await("a heartbeat accepted", () -> listener.events.contains("accepted STANDBY"));

        assertThat(registry.heartbeatAnswers()).containsExactly(503, 429, 500, 202);
        assertThat(listener.events).containsExactly("failed 1", "failed 2", "failed 3", "recovered 3", "accepted STANDBY");
        assertThat(registry.heartbeats()).extracting(HeartbeatRequest::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(loop.isRunning()).isTrue();
    }

    @Test
    void keeps_trying_while_nobody_answers() throws Exception {
        URI closedPort;
        try (ScriptedRegistry gone = new ScriptedRegistry()) {
            closedPort = gone.url();
        }
        HeartbeatLoop loop = loop(closedPort);

        loop.start(Duration.ZERO);
        Eventually.await("several failed attempts", () -> listener.events.size() >= 4);

        assertThat(listener.events.subList(0, 4)).containsExactly("failed 1", "failed 2", "failed 3", "failed 4");
        assertThat(loop.isRunning()).isTrue();
        assertThat(loop.finished()).isNotDone();
        loop.close();
    }

    @Test
    void skips_the_sequence_ahead_after_a_replay_answer() throws Exception {
        registry = new ScriptedRegistry().answerHeartbeats(409, 202);
        HeartbeatLoop loop = loop(registry.url());

        loop.start(Duration.ZERO);
        Eventually.await("the retried heartbeat accepted", () -> listener.events.contains("accepted STANDBY"));

        List<HeartbeatRequest> sent = registry.heartbeats();
        assertThat(sent.get(1).sequence()).isGreaterThanOrEqualTo(sent.get(0).sequence() + INTERVAL.toMillis());
        assertThat(listener.events).containsExactly("failed 1", "recovered 1", "accepted STANDBY");
    }

    @Test
    void stops_when_conflicts_go_on_after_skipping_ahead() throws Exception {
        registry = new ScriptedRegistry().answerHeartbeats(409, 409, 409, 202);
        HeartbeatLoop loop = loop(registry.url());

        loop.start(Duration.ZERO);

        assertThat(loop.finished().get()).get().asString().contains("HTTP 409").contains("3 conflicts in a row");
        assertThat(registry.heartbeatAnswers()).containsExactly(409, 409, 409);
    }

    @Test
    void stops_for_good_when_the_registry_refuses_the_signature() throws Exception {
        registry = new ScriptedRegistry().answerHeartbeats(401);
        HeartbeatLoop loop = loop(registry.url());

        loop.start(Duration.ZERO);
        Optional<String> reason = loop.finished().get();

        assertThat(reason).get().asString().contains("HTTP 401").contains("signature");
        assertThat(loop.isRunning()).isFalse();
        assertThat(listener.events).containsExactly("stopped");
        loop.start(Duration.ZERO);
        assertThat(loop.isRunning()).as("a refused loop does not start again").isFalse();
    }

    @Test
    void stops_for_good_when_the_registry_does_not_know_the_container() throws Exception {
        registry = new ScriptedRegistry();
        HeartbeatLoop loop = loop(registry.url());

        loop.start(Duration.ZERO);

        assertThat(loop.finished().get()).get().asString().contains("HTTP 404").contains("container.json");
        assertThat(registry.heartbeats()).hasSize(1);
    }

    @Test
    void a_paused_loop_sends_nothing_until_resumed() throws Exception {
        registry = new ScriptedRegistry().answerHeartbeats(202, 202);
        HeartbeatLoop loop = loop(registry.url());
        loop.start(Duration.ofSeconds(3600));

        loop.pause();
        loop.start(Duration.ZERO);
        Eventually.await("a heartbeat after resuming", () -> registry.heartbeatAnswers().size() == 1);

        loop.pause();
        loop.start(Duration.ZERO);
        Eventually.await("another heartbeat after resuming", () -> registry.heartbeatAnswers().size() == 2);
        assertThat(registry.heartbeats().get(1).sequence()).isGreaterThan(registry.heartbeats().get(0).sequence());
    }

    private HeartbeatLoop loop(URI url) {
        ECKeyPair nodeKey;
        try {
            nodeKey = Keys.createEcKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return FastRuntime.against(url, scheduler).loop("c-1", nodeKey, INTERVAL, listener);
    }

    private static final class RecordingListener implements HeartbeatListener {

        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void accepted(String containerId, String status) {
            events.add("accepted " + status);
        }

        @Override
        public void failed(String containerId, String detail, int streak) {
            events.add("failed " + streak);
        }

        @Override
        public void recovered(String containerId, int failures) {
            events.add("recovered " + failures);
        }

        @Override
        public void stopped(String containerId, String reason) {
            events.add("stopped");
        }
    }
}
