package io.athgrid.maas.deployment;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.trace.RequestId;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The scheduler-service's order API, called on its own URL with an internal token of the enterprise
 * account an order is placed on: the platform's MaaS account ({@code athgrid.maas.deployments.gpu-account}),
 * which the scheduler bills for the GPUs; the deploying enterprise pays only its tokens.
 */
public class SchedulerClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RestClient http;
    private final InternalTokenIssuer tokens;

    public SchedulerClient(URI schedulerUrl, InternalTokenIssuer tokens, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build());
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(schedulerUrl.toString()).requestFactory(requests).build();
        this.tokens = tokens;
    }

    /**
     * {@code POST /orders} as the enterprise {@code account}, keyed by the replica: ordering a replica
     * again (after a crash between the scheduler's answer and recording it) answers the order it has.
     */
    public OrderOutcome submit(String account, String replicaId, ReplicaOrder order) {
        try {
            return http.post().uri("/orders")
                    .header(HttpHeaders.AUTHORIZATION, bearer(account))
                    .header(IDEMPOTENCY_KEY, replicaId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(order)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        JsonNode body = json(response.getBody().readAllBytes());
                        if (status == 201 && body.path("orderId").isString()) {
                            return new OrderOutcome.Placed(UUID.fromString(body.path("orderId").asString()));
                        }
                        if (OrderOutcome.refuses(status)) {
                            return new OrderOutcome.Refused(status, reason(body));
                        }
                        return new OrderOutcome.Unanswered("the scheduler answered " + status);
                    });
        } catch (RestClientException | IllegalArgumentException e) {
            return new OrderOutcome.Unanswered(e.toString());
        }
    }

    /** {@code POST /orders/{id}/cancel} as the enterprise {@code account} the order was placed as (only it may). */
    public CancelOutcome cancel(String account, UUID orderId) {
        try {
            return http.post().uri("/orders/{id}/cancel", orderId)
                    .header(HttpHeaders.AUTHORIZATION, bearer(account))
                    .exchange((request, response) -> CancelOutcome.of(response.getStatusCode().value()));
        } catch (RestClientException e) {
            return CancelOutcome.UNANSWERED;
        }
    }

    /**
     * {@code GET /orders/{id}} as the enterprise {@code account} the order was placed as (another account's
     * order is a 404): its job's status, reason and the containers of its current placement still leased.
     */
    public JobLookup job(String account, UUID orderId) {
        try {
            return http.get().uri("/orders/{id}", orderId)
                    .header(HttpHeaders.AUTHORIZATION, bearer(account))
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        JsonNode job = json(response.getBody().readAllBytes()).path("job");
                        if (status != 200 || !job.path("status").isString()) {
                            return new JobLookup.NotFound(status);
                        }
                        List<String> containers = StreamSupport.stream(job.path("containers").spliterator(), false)
                                .filter(container -> container.path("endedAt").isNull()
                                        || container.path("endedAt").isMissingNode())
                                .map(container -> container.path("containerId"))
                                .filter(JsonNode::isString)
                                .map(JsonNode::asString)
                                .toList();
                        JsonNode reason = job.path("statusReason");
                        return new JobLookup.Found(new OrderJob(job.path("status").asString(),
                                reason.isString() ? reason.asString() : null, containers));
                    });
        } catch (RestClientException e) {
            return new JobLookup.Unanswered(e.toString());
        }
    }

    private String bearer(String account) {
        return "Bearer " + tokens.issue(Caller.enterprise(account), RequestId.currentOrNew());
    }

    /** The body as JSON; a missing or unreadable one (a proxy's error page) as a missing node. */
    private static JsonNode json(byte[] body) {
        try {
            return body.length == 0 ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /** The problem's detail and each offending field, as the scheduler words them. */
    private static String reason(JsonNode problem) {
        String detail = problem.path("detail").asString("refused");
        String fields = StreamSupport.stream(problem.path("errors").spliterator(), false)
                .map(error -> error.path("field").asString("") + ": " + error.path("message").asString(""))
                .collect(Collectors.joining("; "));
        return fields.isEmpty() ? detail : detail + " (" + fields + ")";
    }
}
