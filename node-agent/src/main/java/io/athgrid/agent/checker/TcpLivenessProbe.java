package io.athgrid.agent.checker;

import io.athgrid.protocol.check.LivenessResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Liveness over TCP: a number of connections to the container endpoint's host and port, one after
 * the other. Reachable when any connects; packet loss is the share that did not (refused or timed
 * out); the duration is the median time of those that did. TCP rather than ICMP because a Java
 * process may not send pings, and because what customers need is the service's port.
 */
public final class TcpLivenessProbe {

    /** Opens one connection and says how long it took; throws when it is refused or times out. */
    @FunctionalInterface
    public interface Connector {
        Duration connect(InetSocketAddress address, Duration timeout) throws IOException;
    }

    /** Real sockets: connect, then close at once (nothing is sent). */
    public static final Connector SOCKETS = (address, timeout) -> {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(address, Math.toIntExact(Math.max(timeout.toMillis(), 1)));
        }
        return Duration.ofNanos(System.nanoTime() - start);
    };

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProbeSettings settings;
    private final Connector connector;

    public TcpLivenessProbe(ProbeSettings settings, Connector connector) {
        this.settings = settings;
        this.connector = connector;
    }

    public LivenessResult probe(ProbeTarget target) throws CannotCheckException {
        long started = System.nanoTime();
        List<Duration> connected = connect(target, settings.connectAttempts());
        return result(settings.connectAttempts(), connected, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The times of the connections that succeeded, of {@code attempts} made. */
    List<Duration> connect(ProbeTarget target, int attempts) throws CannotCheckException {
        // Resolved once: a name that does not resolve makes every attempt fail, which is unreachable.
        InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
        List<Duration> connected = new ArrayList<>();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause();
            }
            try {
                connected.add(connector.connect(address, settings.connectTimeout()));
            } catch (IOException | RuntimeException lost) {
                // Refused, timed out or unresolved: this attempt is lost.
            }
        }
        return connected;
    }

    static LivenessResult result(int attempts, List<Duration> connected, Duration elapsed) {
        if (connected.isEmpty()) {
            return LivenessResult.unreachable(elapsed.toMillis());
        }
        BigDecimal loss = BigDecimal.valueOf((attempts - connected.size()) * 100L)
                .divide(BigDecimal.valueOf(attempts), 2, RoundingMode.HALF_UP)
                .min(HUNDRED);
        return new LivenessResult(true, loss, median(connected).toMillis());
    }

    /** The lower median, so two readings never average into a time nobody measured. */
    static Duration median(List<Duration> durations) {
        List<Duration> sorted = durations.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private void pause() throws CannotCheckException {
        try {
            Thread.sleep(settings.pause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotCheckException("interrupted while probing: the checker is stopping");
        }
    }
}
