package io.athgrid.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.athgrid.agent.engine.FakeWorkloads.FakeEngine;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.simulation.DevOwnerKeys;
import io.athgrid.agent.testing.ManualScheduler;
import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.protocol.engine.EngineAssignment;
import io.athgrid.protocol.engine.EngineCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;

class EngineSupervisorTest {

    private static final ECKeyPair NODE_KEY = DevOwnerKeys.derive(5, 1).get(0);
    private static final String CONTAINER = "c-7";
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final EngineAssignment LLAMA = new EngineAssignment("r-1", "vllm", "llama-3.1-8b-instruct",
            "meta-llama/Llama-3.1-8B-Instruct", 16384, 1, List.of("--max-model-len 16384", "--gpu-memory-utilization 0.9"));
    private static final EngineAssignment QWEN = new EngineAssignment("r-2", "vllm", "qwen2.5-72b-instruct",
            "Qwen/Qwen2.5-72B-Instruct", 32768, 4, List.of("--tensor-parallel-size 4", "--max-model-len 32768"));

    private final ManualScheduler scheduler = new ManualScheduler(START);
    /** Engine starts and stops wait here until the test runs them, as they would wait on the work threads. */
    private final ManualScheduler work = new ManualScheduler(START);
    private final ScriptedChannel channel = new ScriptedChannel(KeyFile.address(NODE_KEY));
    private final FakeWorkloads workloads = new FakeWorkloads();
    /** A failed start waits 6 to 12 s before the next attempt; polls come every 5 s. */
    private final Backoff backoff = new Backoff(Duration.ofSeconds(12), Duration.ofSeconds(12), new SplittableRandom(1));
    private final EngineSupervisor supervisor = new EngineSupervision(channel, workloads, EngineAddress.at("gpu-7.example.net"),
            scheduler, work, scheduler.clock(), backoff, Duration.ofSeconds(5)).supervisor("test host", CONTAINER, NODE_KEY);

    @Test
    void a_container_that_is_not_serving_never_polls() {
        supervisor.accepted(CONTAINER, "CHECKING");
        supervisor.accepted(CONTAINER, "STANDBY");
        scheduler.advance(Duration.ofMinutes(10));

        assertThat(channel.calls()).isEmpty();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void polls_right_away_when_the_container_turns_serving_then_at_the_interval_the_answer_names() {
        channel.pollIntervalSeconds(7);

        serve();
        assertThat(channel.polls()).hasSize(1);
        scheduler.advance(Duration.ofSeconds(6));
        assertThat(channel.polls()).hasSize(1);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(channel.polls()).hasSize(2);

        supervisor.accepted(CONTAINER, "SERVING");
        supervisor.accepted(CONTAINER, "SERVING");
        scheduler.runDue();
        assertThat(channel.polls()).as("further SERVING heartbeats add no polls").hasSize(2);
    }

    @Test
    void starts_a_new_engine_off_the_polling_thread_then_reports_where_the_platform_reaches_it() {
        channel.assign(LLAMA);

        serve();
        assertThat(workloads.starts()).as("the start waits for a work thread").isEmpty();
        assertThat(supervisor.engines()).isEmpty();

        work.runDue();
        EngineSpec spec = workloads.starts().get(0);
        assertThat(spec.servedModelName()).isEqualTo("llama-3.1-8b-instruct");
        assertThat(spec.weights()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
        assertThat(spec.maxModelLen()).isEqualTo(16384);
        assertThat(spec.gpus()).isEqualTo(1);
        assertThat(spec.engineArgs()).containsExactly("--gpu-memory-utilization", "0.9");
        assertThat(channel.reports()).extracting(EngineCall::replicaId, EngineCall::endpoint)
                .containsExactly(tuple("r-1", "http://gpu-7.example.net:41001"));
        assertThat(supervisor.engines()).containsOnlyKeys("r-1");

        scheduler.advance(Duration.ofSeconds(5));
        work.runDue();
        assertThat(channel.polls()).hasSize(2);
        assertThat(workloads.starts()).as("a running engine is not started again").hasSize(1);
        assertThat(channel.reports()).as("nor reported again").hasSize(1);
    }

    @Test
    void stops_an_engine_that_is_no_longer_assigned() {
        channel.assign(LLAMA, QWEN);
        serve();
        work.runDue();

        channel.assign(QWEN);
        scheduler.advance(Duration.ofSeconds(5));
        work.runDue();

        assertThat(supervisor.engines()).containsOnlyKeys("r-2");
        assertThat(workloads.engines()).extracting(engine -> engine.spec().servedModelName(), FakeEngine::stopped)
                .containsExactly(tuple("llama-3.1-8b-instruct", true),
                        tuple("qwen2.5-72b-instruct", false));
    }

    @Test
    void an_engine_unassigned_while_it_starts_is_stopped_as_soon_as_it_is_up() {
        channel.assign(LLAMA);
        serve();
        channel.assign();
        scheduler.advance(Duration.ofSeconds(5));

        work.runDue();

        assertThat(workloads.engines()).singleElement().extracting(FakeEngine::stopped).isEqualTo(true);
        assertThat(supervisor.engines()).isEmpty();
        assertThat(channel.reports()).isEmpty();
    }

    @Test
    void reports_again_at_the_next_polls_after_a_failed_report() {
        channel.assign(LLAMA).answerReports(503, 409);
        serve();
        work.runDue();
        assertThat(channel.reports()).hasSize(1);

        scheduler.advance(Duration.ofSeconds(5));
        assertThat(channel.reports()).hasSize(2);
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(channel.reports()).as("the third report is taken").hasSize(3);
        scheduler.advance(Duration.ofSeconds(5));

        assertThat(channel.reports()).hasSize(3).extracting(EngineCall::endpoint).containsOnly("http://gpu-7.example.net:41001");
        assertThat(workloads.starts()).hasSize(1);
    }

    @Test
    void an_engine_that_fails_to_start_is_started_again_at_a_later_poll_after_backoff() {
        workloads.failNextStarts(1);
        channel.assign(LLAMA);
        serve();
        work.runDue();
        assertThat(workloads.starts()).hasSize(1);
        assertThat(supervisor.engines()).isEmpty();

        scheduler.advance(Duration.ofSeconds(5));
        work.runDue();
        assertThat(workloads.starts()).as("the backoff (6 to 12 s) has not passed").hasSize(1);

        scheduler.advance(Duration.ofSeconds(10));
        work.runDue();
        assertThat(workloads.starts()).hasSize(2);
        assertThat(supervisor.engines()).containsOnlyKeys("r-1");
        assertThat(channel.reports()).hasSize(1);
    }

    @Test
    void the_sequence_grows_across_polls_and_reports_even_while_the_clock_stands_still() {
        channel.assign(LLAMA, QWEN);
        serve();
        work.runDue();
        scheduler.advance(Duration.ofSeconds(5));

        List<EngineCall> calls = channel.calls();
        assertThat(calls).extracting(EngineCall::action).containsExactly("poll", "report", "report", "poll");
        assertThat(calls).extracting(EngineCall::sequence).containsExactly(START.toEpochMilli(), START.toEpochMilli() + 1,
                START.toEpochMilli() + 2, START.plusSeconds(5).toEpochMilli());
        assertThat(calls).extracting(EngineCall::sentAt).containsExactly(START.getEpochSecond(), START.getEpochSecond(),
                START.getEpochSecond(), START.getEpochSecond() + 5);
        assertThat(channel.unsigned()).as("every call signed by the node key").isEmpty();
    }

    @Test
    void the_last_poll_after_the_container_stops_serving_stops_its_engines_and_polling_ends() {
        channel.assign(LLAMA);
        serve();
        work.runDue();

        channel.assign();
        supervisor.accepted(CONTAINER, "STANDBY");
        scheduler.runDue();
        work.runDue();

        assertThat(channel.polls()).hasSize(2);
        assertThat(supervisor.engines()).isEmpty();
        assertThat(workloads.engines()).singleElement().extracting(FakeEngine::stopped).isEqualTo(true);
        scheduler.advance(Duration.ofMinutes(10));
        assertThat(channel.polls()).hasSize(2);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void a_platform_in_trouble_is_polled_again_after_backoff_and_a_refused_poll_at_the_interval() {
        channel.answerPolls(503, 400);
        serve();
        assertThat(channel.polls()).hasSize(1);

        scheduler.advance(Duration.ofSeconds(5));
        assertThat(channel.polls()).as("503: the backoff is 6 to 12 s").hasSize(1);
        scheduler.advance(Duration.ofSeconds(7));
        assertThat(channel.polls()).as("the 400 came").hasSize(2);
        scheduler.advance(Duration.ofSeconds(10));

        // The sequence is the clock's milliseconds when the poll went out.
        long refused = channel.polls().get(1).sequence();
        assertThat(channel.polls().get(2).sequence()).as("400: polled again at the interval").isEqualTo(refused + 5000);
    }

    @Test
    void the_last_poll_is_retried_until_answered_and_a_refusal_stops_every_engine() {
        channel.assign(LLAMA);
        serve();
        work.runDue();

        channel.answerPolls(503, 404);
        supervisor.accepted(CONTAINER, "HALTED");
        scheduler.advance(Duration.ofSeconds(12));
        work.runDue();

        assertThat(channel.polls()).hasSize(3);
        assertThat(supervisor.engines()).isEmpty();
        assertThat(workloads.engines()).singleElement().extracting(FakeEngine::stopped).isEqualTo(true);
        scheduler.advance(Duration.ofMinutes(10));
        assertThat(channel.polls()).hasSize(3);
    }

    @Test
    void closing_stops_every_engine_at_once_and_nothing_polls_again() {
        channel.assign(LLAMA, QWEN);
        serve();
        work.runDue();

        supervisor.close();

        assertThat(workloads.engines()).hasSize(2).allSatisfy(engine -> assertThat(engine.stopped()).isTrue());
        supervisor.accepted(CONTAINER, "SERVING");
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(channel.polls()).hasSize(1);
    }

    @Test
    void a_halted_host_stops_its_engines_and_starts_them_again_once_serving() {
        channel.assign(LLAMA);
        serve();
        work.runDue();

        supervisor.stopped(CONTAINER, "HTTP 404: the registry does not know this container");
        assertThat(workloads.engines()).singleElement().extracting(FakeEngine::stopped).isEqualTo(true);
        assertThat(supervisor.isServing()).isFalse();
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(channel.polls()).hasSize(1);

        serve();
        work.runDue();
        assertThat(workloads.starts()).hasSize(2);
        assertThat(supervisor.engines()).containsOnlyKeys("r-1");
        assertThat(channel.reports()).extracting(EngineCall::endpoint)
                .containsExactly("http://gpu-7.example.net:41001", "http://gpu-7.example.net:41002");
    }

    private void serve() {
        supervisor.accepted(CONTAINER, "SERVING");
        scheduler.runDue();
    }
}
