package io.athgrid.maas;

import static org.awaitility.Awaitility.await;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.testing.ServiceIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * maas-service on real PostgreSQL and Kafka, called over HTTP with the internal tokens the gateway
 * would send, its scheduler calls answered by {@link SchedulerStandInInitializer#SCHEDULER}. Every IT
 * shares these properties and so one Spring context.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "spring.config.name=" + MaasApplication.CONFIG_NAME)
@ContextConfiguration(initializers = SchedulerStandInInitializer.class)
public abstract class MaasIT {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final Caller OPERATOR = Caller.operator("0x" + "e".repeat(40));
    protected static final Caller ENTERPRISE = Caller.enterprise("ent-catalog-it");
    protected static final Caller WALLET = Caller.wallet("0x" + "1".repeat(40));

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private InternalTokenIssuer tokens;
    @Autowired
    protected JdbcClient jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    /** Every order comes from the MaaS account: the stand-in learns whose replica an order serves from our tables. */
    @BeforeEach
    void schedulerKnowsTenants() {
        SchedulerStandInInitializer.SCHEDULER.tenantsBy(orderId -> jdbc.sql("""
                        select d.tenant from deployment_replica r join deployment d on d.deployment_id = r.deployment_id
                        where r.order_id = ?""").param(orderId).query(String.class).optional());
    }

    /** Calls the service as the gateway forwards a call of {@code caller}; none: without a token. */
    protected HttpResponse<String> send(String method, String path, Object body, Caller caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
                                : JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (caller != null) {
            request.header("Authorization", "Bearer " + tokens.issue(caller, "maas-it"));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The deployment as its owner reads it, once {@code condition} holds (within 30 s). */
    protected JsonNode awaitDeployment(Caller caller, String id, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            last[0] = json(send("GET", "/deployments/" + id, null, caller));
            return condition.test(last[0]);
        });
        return last[0];
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    protected long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
