package io.athgrid.agent.checker;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.athgrid.protocol.check.QoeResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpQoeProbeTest {

    private static final ProbeSettings SETTINGS = new ProbeSettings(5, Duration.ofSeconds(2), Duration.ofMillis(5), 3, 5,
            Duration.ofSeconds(2));

    private final HttpQoeProbe probe = new HttpQoeProbe(SETTINGS, new TcpLivenessProbe(SETTINGS, TcpLivenessProbe.SOCKETS));
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void an_endpoint_answering_every_get_is_responsive_without_errors() throws Exception {
        serve(request -> 200);

        QoeResult result = probe.probe(target());

        assertThat(result.responsive()).isTrue();
        assertThat(result.errorPercent()).isEqualByComparingTo("0");
        assertThat(result.latencyBand()).isZero();
        assertThat(result.throughputPerSecond()).as("a GET measures no workload throughput").isEqualByComparingTo("0");
    }

    @Test
    void a_client_error_is_still_an_answer_but_server_errors_count_as_errors() throws Exception {
        serve(request -> request == 3 ? 503 : 404);

        QoeResult result = probe.probe(target());

        assertThat(result.responsive()).isTrue();
        assertThat(result.errorPercent()).isEqualByComparingTo("20");
        assertThat(result.errorBand()).isEqualTo(5);
    }

    @Test
    void an_endpoint_answering_only_server_errors_is_unresponsive() throws Exception {
        serve(request -> 500);

        assertThat(probe.probe(target())).isEqualTo(QoeResult.unresponsive());
    }

    @Test
    void an_endpoint_nobody_listens_on_is_unresponsive() throws Exception {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0)) {
            closedPort = gone.getLocalPort();
        }

        assertThat(probe.probe(ProbeTarget.of("http://127.0.0.1:" + closedPort + "/"))).isEqualTo(QoeResult.unresponsive());
    }

    @Test
    void the_latency_is_the_median_time_to_the_answer_less_the_checkers_own_round_trip() {
        QoeResult result = HttpQoeProbe.result(5, List.of(Duration.ofMillis(330), Duration.ofMillis(300), Duration.ofMillis(900)),
                Duration.ofMillis(40));

        assertThat(result).isEqualTo(new QoeResult(true, 290, BigDecimal.ZERO, new BigDecimal("40.00")));
        assertThat(result.latencyBand()).isEqualTo(250);
    }

    private void serve(java.util.function.IntUnaryOperator statusOfRequest) throws IOException {
        AtomicInteger requests = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(statusOfRequest.applyAsInt(requests.incrementAndGet()), -1);
            }
        });
        server.start();
    }

    private ProbeTarget target() throws CannotCheckException {
        return ProbeTarget.of("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/models");
    }
}
