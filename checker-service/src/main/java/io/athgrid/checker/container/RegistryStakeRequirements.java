package io.athgrid.checker.container;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.trace.RequestId;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Asks container-registry for a container's stake requirement of the current month
 * ({@code GET /containers/{id}}, {@code stakeRequirement.amountWei}), as the operator service caller
 * {@value #CALLER_ID}. The registry fixes a requirement per month without announcing it; when it
 * cannot be asked, the requirement announced at registration ({@code ContainerRegistered}) stands in,
 * so an outage of the registry does not let a fault go unslashed.
 */
public class RegistryStakeRequirements implements StakeRequirements {

    static final String CALLER_ID = "service:checker-service";

    private static final Logger log = LoggerFactory.getLogger(RegistryStakeRequirements.class);

    private final RestClient http;
    private final InternalTokenIssuer tokens;

    public RegistryStakeRequirements(URI registryUrl, InternalTokenIssuer tokens, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build());
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(registryUrl.toString()).requestFactory(requests).build();
        this.tokens = tokens;
    }

    @Override
    public BigInteger of(CheckedContainer container) {
        try {
            JsonNode view = http.get().uri("/containers/{id}", container.containerId())
                    .header(HttpHeaders.AUTHORIZATION,
                            "Bearer " + tokens.issue(Caller.operator(CALLER_ID), RequestId.currentOrNew()))
                    .retrieve()
                    .body(JsonNode.class);
            JsonNode amount = view == null ? null : view.path("stakeRequirement").path("amountWei");
            if (amount != null && (amount.isString() || amount.isIntegralNumber())) {
                return new BigInteger(amount.asString());
            }
            log.warn("the registry's view of container {} names no stake requirement; the registered one stands in",
                    container.containerId());
        } catch (RestClientException | NumberFormatException e) {
            log.warn("the registry did not tell the stake requirement of container {} ({}); the registered one stands in",
                    container.containerId(), e.toString());
        }
        return container.stakeRequirementWei();
    }
}
