package io.athgrid.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.heartbeat.DaemonScheduler;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.AgentJson;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryClient;
import io.athgrid.agent.simulation.DevOwnerKeys;
import io.athgrid.agent.testing.Eventually;
import io.athgrid.agent.testing.ScriptedMaas;
import io.athgrid.agent.testing.ScriptedMaas.Report;
import io.athgrid.agent.workload.simulated.SimulatedWorkloadRuntime;
import io.athgrid.protocol.engine.EngineAssignment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;

/**
 * The supervisor over real HTTP against a stand-in of maas-service's engine channel that verifies
 * signatures, the time window and the growing sequence, with SIMULATED engines really started.
 */
class EngineChannelHttpTest {

    private static final ECKeyPair NODE_KEY = DevOwnerKeys.derive(9, 1).get(0);
    private static final String CONTAINER = "c-1";
    private static final EngineAssignment LLAMA = new EngineAssignment("r-1", "vllm", "llama-3.1-8b-instruct",
            "meta-llama/Llama-3.1-8B-Instruct", 4096, 1, List.of("--max-model-len 4096"));

    private final ScheduledExecutorService scheduler = DaemonScheduler.create("test-engine-poll", 1);
    private final ExecutorService work = Executors.newCachedThreadPool(DaemonScheduler.daemonThreads("test-engine-work"));
    private final HttpClient http = RegistryClient.newHttpClient();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        work.shutdownNow();
    }

    @Test
    void runs_the_assigned_engine_reports_where_it_answers_and_stops_it_when_it_is_no_longer_assigned() throws Exception {
        try (ScriptedMaas maas = new ScriptedMaas().knowNodeKey(CONTAINER, KeyFile.address(NODE_KEY)).assign(CONTAINER, LLAMA)
                .answerReports(503)) {
            try (EngineSupervisor supervisor = supervisor(maas, NODE_KEY)) {
                supervisor.accepted(CONTAINER, "SERVING");
                Eventually.await("the endpoint reported again after a 503",
                        () -> maas.reports().stream().anyMatch(report -> report.status() == 202));

                assertThat(maas.reports()).extracting(Report::status).containsExactly(503, 202);
                URI endpoint = URI.create(maas.reports().get(1).endpoint());
                assertThat(maas.reports().get(0).endpoint()).isEqualTo(endpoint.toString());
                assertThat(supervisor.engines()).containsOnlyKeys("r-1");
                assertThat(status(get(endpoint.resolve("/health")))).isEqualTo(200);
                HttpResponse<String> chat = http.send(HttpRequest.newBuilder(endpoint.resolve("/v1/chat/completions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"llama-3.1-8b-instruct\",\"max_tokens\":5,"
                                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(chat.statusCode()).isEqualTo(200);
                JsonNode completion = AgentJson.MAPPER.readTree(chat.body());
                assertThat(completion.path("model").asString()).isEqualTo("llama-3.1-8b-instruct");
                assertThat(completion.path("choices").get(0).path("message").path("content").asString()).isNotBlank();
                assertThat(completion.path("usage").path("completion_tokens").asInt()).isEqualTo(5);

                maas.assign(CONTAINER);
                Eventually.await("the unassigned engine stops", () -> status(get(endpoint.resolve("/health"))) != 200);
                assertThat(supervisor.engines()).isEmpty();

                int polled = maas.polls().size();
                supervisor.accepted(CONTAINER, "STANDBY");
                Eventually.await("a last poll once the container stops serving", () -> maas.polls().size() > polled);
            }
            assertThat(maas.refusals()).as("every call signed by the node key, in the window, its sequence above the last")
                    .isEmpty();
        }
    }

    @Test
    void a_node_key_the_platform_does_not_know_is_refused_and_nothing_starts() throws Exception {
        ECKeyPair stranger = DevOwnerKeys.derive(10, 1).get(0);
        try (ScriptedMaas maas = new ScriptedMaas().knowNodeKey(CONTAINER, KeyFile.address(NODE_KEY)).assign(CONTAINER, LLAMA);
                EngineSupervisor supervisor = supervisor(maas, stranger)) {
            supervisor.accepted(CONTAINER, "SERVING");
            Eventually.await("two polls refused", () -> maas.refusals().size() >= 2);

            assertThat(maas.refusals()).allSatisfy(refusal -> assertThat(refusal).startsWith("poll c-1: 401"));
            assertThat(maas.polls()).isEmpty();
            assertThat(supervisor.engines()).isEmpty();
        }
    }

    private EngineSupervisor supervisor(ScriptedMaas maas, ECKeyPair nodeKey) {
        // Polls every second (the stand-in's interval); 4xx answers wait the supervision's own 200 ms.
        return new EngineSupervision(new HttpEngineChannel(http, maas.url(), Duration.ofSeconds(5)), new SimulatedWorkloadRuntime(),
                EngineAddress.asStarted(), scheduler, work, Clock.systemUTC(),
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(80), new SplittableRandom(3)), Duration.ofMillis(200))
                .supervisor("test host", CONTAINER, nodeKey);
    }

    private HttpResponse<Void> get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException notListening) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int status(HttpResponse<Void> response) {
        return response == null ? 0 : response.statusCode();
    }
}
