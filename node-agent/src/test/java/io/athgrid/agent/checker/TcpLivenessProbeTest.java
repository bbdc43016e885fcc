package io.athgrid.agent.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.check.LivenessResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TcpLivenessProbeTest {

    private static final ProbeSettings FIVE_QUICK_ATTEMPTS = new ProbeSettings(5, Duration.ofSeconds(2), Duration.ofMillis(5), 3, 5,
            Duration.ofSeconds(2));

    @Test
    void a_listening_port_is_reachable_without_loss() throws Exception {
        try (ServerSocket server = acceptingServer()) {
            LivenessResult result = new TcpLivenessProbe(FIVE_QUICK_ATTEMPTS, TcpLivenessProbe.SOCKETS).probe(target(server.getLocalPort()));

            assertThat(result.reachable()).isTrue();
            assertThat(result.packetLossPercent()).isEqualByComparingTo("0");
            assertThat(result.lossBand()).isZero();
            assertThat(result.durationBand()).isZero();
        }
    }

    @Test
    void a_port_that_refuses_every_connection_is_unreachable() throws Exception {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0)) {
            closedPort = gone.getLocalPort();
        }

        LivenessResult result = new TcpLivenessProbe(FIVE_QUICK_ATTEMPTS, TcpLivenessProbe.SOCKETS).probe(target(closedPort));

        assertThat(result.reachable()).isFalse();
        assertThat(result.canonical()).endsWith(";reachable=false");
    }

    @Test
    void connections_refused_part_of_the_time_are_packet_loss() throws Exception {
        // The kernel completes connections to a listening socket before anyone accepts them; nobody
        // accepts here, so closing the socket takes effect at once, without an acceptor to wake.
        ServerSocket server = new ServerSocket(0);
        AtomicInteger attempts = new AtomicInteger();
        // Real sockets; the server goes away after the second connection, so three of five are refused.
        TcpLivenessProbe.Connector goingAway = (address, timeout) -> {
            try {
                return TcpLivenessProbe.SOCKETS.connect(address, timeout);
            } finally {
                if (attempts.incrementAndGet() == 2) {
                    server.close();
                }
            }
        };

        LivenessResult result = new TcpLivenessProbe(FIVE_QUICK_ATTEMPTS, goingAway).probe(target(server.getLocalPort()));

        assertThat(attempts).hasValue(5);
        assertThat(result.reachable()).isTrue();
        assertThat(result.packetLossPercent()).isEqualByComparingTo("60");
        assertThat(result.lossBand()).isEqualTo(50);
    }

    @Test
    void the_duration_is_the_median_of_the_connections_that_succeeded() throws Exception {
        Deque<Object> script = new ArrayDeque<>(List.of(Duration.ofMillis(900), new ConnectException("refused"),
                Duration.ofMillis(1200), Duration.ofMillis(1100), new ConnectException("timed out")));
        TcpLivenessProbe.Connector scripted = (address, timeout) -> {
            Object next = script.pop();
            if (next instanceof IOException failure) {
                throw failure;
            }
            return (Duration) next;
        };

        LivenessResult result = new TcpLivenessProbe(FIVE_QUICK_ATTEMPTS, scripted).probe(target(1));

        assertThat(result).isEqualTo(new LivenessResult(true, new BigDecimal("40.00"), 1100));
        assertThat(result.lossBand()).isEqualTo(10);
        assertThat(result.durationBand()).isEqualTo(1000);
    }

    @Test
    void of_an_even_number_of_times_the_lower_median_is_taken() {
        assertThat(TcpLivenessProbe.median(List.of(Duration.ofMillis(40), Duration.ofMillis(10), Duration.ofMillis(30),
                Duration.ofMillis(20)))).isEqualTo(Duration.ofMillis(20));
    }

    private static ProbeTarget target(int port) throws CannotCheckException {
        return ProbeTarget.of("http://127.0.0.1:" + port);
    }

    /** Accepts and closes connections on a daemon thread until closed. */
    static ServerSocket acceptingServer() throws IOException {
        ServerSocket server = new ServerSocket(0);
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket accepted = server.accept()) {
                    accepted.getInputStream().available();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "test-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }
}
