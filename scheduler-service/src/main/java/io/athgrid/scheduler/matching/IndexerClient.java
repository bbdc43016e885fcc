package io.athgrid.scheduler.matching;

import io.athgrid.scheduler.job.Job;
import io.athgrid.scheduler.order.Order;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.trace.RequestId;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The Indexer's reservation API, called as the operator service caller {@value #CALLER_ID} with an
 * internal token this service signs. Reserving is idempotent per placement key, so a call repeated
 * after a crash or a timeout gets the same reservation back.
 */
public class IndexerClient {

    static final String CALLER_ID = "service:scheduler-service";

    private final RestClient http;
    private final InternalTokenIssuer tokens;

    public IndexerClient(URI indexerUrl, InternalTokenIssuer tokens, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build());
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(indexerUrl.toString()).requestFactory(requests).build();
        this.tokens = tokens;
    }

    public ReserveOutcome reserve(Job job, Order order, Duration lease) {
        ReserveBody body = new ReserveBody(job.reservationKey(), order.gpuModel(), order.gpusPerNode(), order.nodes(),
                order.minVramGbPerGpu(), order.minBandwidthMbps(), order.region(), order.maxLatencyMs(),
                order.service(), order.maxPriceUsdPerGpuHour(), order.policy().name(), lease.toSeconds());
        try {
            return new ReserveOutcome.Reserved(http.post().uri("/reservations")
                    .header(HttpHeaders.AUTHORIZATION, bearer())
                    .body(body)
                    .retrieve()
                    .body(IndexerReservation.class));
        } catch (HttpClientErrorException.Conflict e) {
            return new ReserveOutcome.NoMatch(e.getResponseBodyAsString());
        } catch (ResourceAccessException | RestClientResponseException e) {
            throw unavailable("reserve", e);
        }
    }

    /** Extends the lease; false when the reservation is no longer active (released or expired). */
    public boolean renew(UUID reservationId, Duration lease) {
        try {
            http.post().uri("/reservations/{id}/renew", reservationId)
                    .header(HttpHeaders.AUTHORIZATION, bearer())
                    .body(new RenewBody(lease.toSeconds()))
                    .retrieve()
                    .toBodilessEntity();
            return true;
        } catch (HttpClientErrorException.Conflict | HttpClientErrorException.NotFound e) {
            return false;
        } catch (ResourceAccessException | RestClientResponseException e) {
            throw unavailable("renew", e);
        }
    }

    /** Gives the containers back; a reservation the Indexer does not know is as good as released. */
    public void release(UUID reservationId) {
        try {
            http.delete().uri("/reservations/{id}", reservationId)
                    .header(HttpHeaders.AUTHORIZATION, bearer())
                    .retrieve()
                    .onStatus(status -> status.isSameCodeAs(HttpStatus.NOT_FOUND), (request, response) -> { })
                    .toBodilessEntity();
        } catch (ResourceAccessException | RestClientResponseException e) {
            throw unavailable("release", e);
        }
    }

    /** GET on the Indexer as this service, for read-only views such as the market summary. */
    public <T> T get(String path, Class<T> type) {
        try {
            return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer()).retrieve().body(type);
        } catch (ResourceAccessException | RestClientResponseException e) {
            throw unavailable("GET " + path, e);
        }
    }

    private String bearer() {
        return "Bearer " + tokens.issue(Caller.operator(CALLER_ID), RequestId.currentOrNew());
    }

    private static IndexerUnavailableException unavailable(String call, Exception cause) {
        String status = cause instanceof RestClientResponseException response
                ? " (" + HttpStatusCode.valueOf(response.getStatusCode().value()) + ")" : "";
        return new IndexerUnavailableException("the Indexer did not answer " + call + status, cause);
    }

    record ReserveBody(String jobId, String gpuModel, int gpusPerNode, int nodes, Integer minVramGbPerGpu,
            Integer minBandwidthMbps, String region, int maxLatencyMs, String service,
            BigDecimal maxPriceUsdPerGpuHour, String policy, long leaseSeconds) {
    }

    record RenewBody(long leaseSeconds) {
    }
}
