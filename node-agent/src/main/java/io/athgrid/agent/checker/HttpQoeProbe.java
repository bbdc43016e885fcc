package io.athgrid.agent.checker;

import io.athgrid.protocol.check.QoeResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * QoE of a SERVING container over plain HTTP: timed GETs of its endpoint. The service latency is the
 * median time to the response's headers minus this checker's own network round trip (the median
 * TCP connect time), so checkers in other regions agree; a GET that fails, times out or answers 5xx
 * is an error. Responsive when any GET is answered without a server error.
 *
 * <p>Throughput is reported as 0: a GET of the endpoint says nothing about frames or tokens per
 * second, and a number that depends on the checker's own bandwidth would split honest checkers
 * (its band is in the signed result). A workload probe (a streamed frame, a short completion)
 * would measure it.
 */
public final class HttpQoeProbe {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProbeSettings settings;
    private final TcpLivenessProbe connections;
    private final HttpClient http;

    public HttpQoeProbe(ProbeSettings settings, TcpLivenessProbe connections) {
        this.settings = settings;
        this.connections = connections;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public QoeResult probe(ProbeTarget target) throws CannotCheckException {
        List<Duration> roundTrips = connections.connect(target, settings.rttAttempts());
        if (roundTrips.isEmpty()) {
            return QoeResult.unresponsive();
        }
        Duration roundTrip = TcpLivenessProbe.median(roundTrips);
        List<Duration> answered = new ArrayList<>();
        for (int i = 0; i < settings.httpRequests(); i++) {
            timedGet(target).ifPresent(answered::add);
        }
        return result(settings.httpRequests(), answered, roundTrip);
    }

    static QoeResult result(int requests, List<Duration> answered, Duration roundTrip) {
        if (answered.isEmpty()) {
            return QoeResult.unresponsive();
        }
        long latency = Math.max(0, TcpLivenessProbe.median(answered).minus(roundTrip).toMillis());
        BigDecimal errors = BigDecimal.valueOf((requests - answered.size()) * 100L)
                .divide(BigDecimal.valueOf(requests), 2, RoundingMode.HALF_UP)
                .min(HUNDRED);
        return new QoeResult(true, latency, BigDecimal.ZERO, errors);
    }

    /** The time to the response headers, or empty for an error. */
    private Optional<Duration> timedGet(ProbeTarget target) throws CannotCheckException {
        HttpRequest request = HttpRequest.newBuilder(target.endpoint()).timeout(settings.httpTimeout()).GET()
                .header("User-Agent", "athgrid-checker").build();
        AtomicLong headers = new AtomicLong();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, info -> {
                headers.set(System.nanoTime());
                return HttpResponse.BodySubscribers.discarding();
            });
            return response.statusCode() >= 500 ? Optional.empty()
                    : Optional.of(Duration.ofNanos(headers.get() - start));
        } catch (IOException | RuntimeException error) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotCheckException("interrupted while probing: the checker is stopping");
        }
    }
}
