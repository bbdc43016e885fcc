package io.athgrid.indexer.snapshot;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Reads every container from the container-registry, page by page, as the operator service
 * caller {@value #CALLER_ID} with an internal token this service signs itself.
 */
public class RegistrySnapshot {

    static final String CALLER_ID = "service:indexer-service";

    private final RestClient http;
    private final InternalTokenIssuer tokens;
    private final int pageSize;
    private final Clock clock;

    public RegistrySnapshot(URI registryUrl, InternalTokenIssuer tokens, int pageSize, Duration timeout, Clock clock) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(registryUrl.toString()).requestFactory(requests).build();
        this.tokens = tokens;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    /** Every container, or an exception when the registry cannot be read completely. */
    public Snapshot fetch() {
        List<RegistryContainer> containers = new ArrayList<>();
        Instant asOf = null;
        for (int page = 0; ; page++) {
            ResponseEntity<RegistryPage> response = page(page);
            if (asOf == null) {
                long date = response.getHeaders().getDate();
                asOf = date > 0 ? Instant.ofEpochMilli(date) : clock.instant();
            }
            RegistryPage body = response.getBody();
            if (body == null || body.items() == null) {
                throw new IllegalStateException("the registry answered page " + page + " without items");
            }
            containers.addAll(body.items());
            if (body.items().isEmpty() || containers.size() >= body.total()) {
                return new Snapshot(containers, asOf);
            }
        }
    }

    private ResponseEntity<RegistryPage> page(int page) {
        String token = tokens.issue(Caller.operator(CALLER_ID), "indexer-snapshot-" + UUID.randomUUID());
        return http.get()
                .uri(uri -> uri.path("/containers").queryParam("page", page).queryParam("size", pageSize).build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .retrieve()
                .toEntity(RegistryPage.class);
    }
}
