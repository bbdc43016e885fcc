package io.athgrid.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.NodeAgent;
import io.athgrid.agent.registry.AgentJson;
import io.athgrid.agent.testing.Eventually;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class SimulateEngineCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void it_prints_its_endpoint_and_serves_the_model_until_stopped() throws Exception {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread serving = new Thread(() -> exit.complete(run("simulate-engine", "--model", "mistralai/Mistral-7B-Instruct-v0.3",
                "--max-model-len", "4096", "--ttft-ms", "1", "--itl-ms", "0.5")), "simulate-engine-test");
        serving.start();
        Eventually.await("the endpoint is printed", () -> out.toString().contains("\n"));
        URI endpoint = URI.create(out.toString().strip());

        HttpResponse<String> models = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/v1/models")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode model = AgentJson.MAPPER.readTree(models.body()).path("data").get(0);
        assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
        assertThat(model.path("id").asString()).isEqualTo("mistralai/Mistral-7B-Instruct-v0.3");
        assertThat(model.path("max_model_len").asInt()).isEqualTo(4096);

        serving.interrupt();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void a_port_in_use_is_one_line_and_exit_1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(run("simulate-engine", "--model", "m", "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(1);
        }
        assertThat(err.toString()).startsWith("node-agent: the simulated engine cannot listen on 127.0.0.1:")
                .doesNotContain("Exception");
    }

    @Test
    void bad_options_are_usage_errors() {
        assertThat(run("simulate-engine")).isEqualTo(2);
        assertThat(err.toString()).contains("--model");
        assertThat(run("simulate-engine", "--model", "--oops")).isEqualTo(2);
        assertThat(run("simulate-engine", "--model", "m", "--max-model-len", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("max model length must be 1 to");
        assertThat(run("simulate-engine", "--model", "m", "--itl-ms", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("0 to 86400000 milliseconds");
        assertThat(run("simulate-engine", "--model", "m", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be 0 to 65535");
    }

    @Test
    void help_says_it_is_simulated_and_lists_the_timing_options() {
        assertThat(run("simulate-engine", "--help")).isZero();
        assertThat(out.toString()).contains("SIMULATED", "--model", "--port", "--max-model-len", "--ttft-ms", "--prefill-ms",
                "--itl-ms", "(default: 12)", "(default: 0.05)");
    }

    @Test
    void milliseconds_take_decimals_to_the_nanosecond() {
        MillisConverter converter = new MillisConverter();

        assertThat(converter.convert("12")).isEqualTo(Duration.ofMillis(12));
        assertThat(converter.convert("0.05")).isEqualTo(Duration.ofNanos(50_000));
        assertThat(converter.convert("0")).isZero();
        assertThatThrownBy(() -> converter.convert("fast")).isInstanceOf(CommandLine.TypeConversionException.class);
    }

    private int run(String... args) {
        CommandLine agent = NodeAgent.commandLine();
        agent.setOut(new PrintWriter(out, true));
        agent.setErr(new PrintWriter(err, true));
        return agent.execute(args);
    }
}
