package io.athgrid.maas.deployment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.athgrid.scheduler.order.OrderRequest;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenDecoder;
import io.athgrid.support.identity.InternalTokenProperties;
import io.athgrid.support.testing.ServiceIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server answering the scheduler-service's order API as the scheduler does: {@code POST
 * /orders} (201 with an {@code orderId}) and {@code POST /orders/{id}/cancel} (200, or 409 once
 * cancelled, 404 for another enterprise's order). It stands in for the remote scheduler, which needs the
 * indexer and a fleet to run; it verifies the internal token as a service does, reads each body strictly
 * into the scheduler's own {@link OrderRequest} (an unknown field is a 400), and remembers what it got.
 * Per tenant it can refuse orders as the scheduler does (400 problem+json) or be unavailable (503).
 */
public final class SchedulerStandIn implements AutoCloseable {

    private static final Pattern CANCEL = Pattern.compile("/orders/([0-9a-f-]{36})/cancel");
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** An order the stand-in took, for whom, as the scheduler read it. */
    public record ReceivedOrder(UUID orderId, Caller caller, OrderRequest request) {
    }

    /** A cancel the stand-in was asked for, and its answer. */
    public record ReceivedCancel(UUID orderId, Caller caller, int status) {
    }

    private final HttpServer server;
    private final JwtDecoder tokens = InternalTokenDecoder.create(
            new InternalTokenProperties(ServiceIntegrationTest.TEST_SECRET, null));
    private final List<ReceivedOrder> orders = new CopyOnWriteArrayList<>();
    private final List<ReceivedCancel> cancels = new CopyOnWriteArrayList<>();
    private final Map<UUID, Boolean> cancelled = new ConcurrentHashMap<>();
    private final Set<String> refusing = ConcurrentHashMap.newKeySet();
    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();
    private final List<String> attempts = new CopyOnWriteArrayList<>();

    public SchedulerStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/orders", this::answer);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The orders taken for {@code tenant}, in the order they came. */
    public List<ReceivedOrder> ordersOf(String tenant) {
        return orders.stream().filter(order -> order.caller().id().equals(tenant)).toList();
    }

    public Optional<ReceivedOrder> order(UUID orderId) {
        return orders.stream().filter(order -> order.orderId().equals(orderId)).findFirst();
    }

    public List<ReceivedCancel> cancelsOf(String tenant) {
        return cancels.stream().filter(cancel -> cancel.caller().id().equals(tenant)).toList();
    }

    /** Every {@code POST /orders} of {@code tenant}, answered or not. */
    public long attemptsOf(String tenant) {
        return attempts.stream().filter(tenant::equals).count();
    }

    /** Refuse {@code tenant}'s orders as the scheduler refuses an order no container can take. */
    public void refuse(String tenant) {
        refusing.add(tenant);
    }

    /** Answer {@code tenant}'s orders with 503 while {@code down}, as a scheduler starting or overloaded. */
    public void unavailable(String tenant, boolean down) {
        if (down) {
            unavailable.add(tenant);
        } else {
            unavailable.remove(tenant);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Caller caller;
            try {
                String header = exchange.getRequestHeaders().getFirst("Authorization");
                caller = InternalTokenDecoder.caller(tokens.decode(header.substring("Bearer ".length())));
            } catch (JwtException | NullPointerException | StringIndexOutOfBoundsException e) {
                send(exchange, 401, "{\"detail\":\"no valid internal token\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Matcher cancel = CANCEL.matcher(path);
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/orders")) {
                submit(exchange, caller);
            } else if ("POST".equals(exchange.getRequestMethod()) && cancel.matches()) {
                cancel(exchange, caller, UUID.fromString(cancel.group(1)));
            } else {
                send(exchange, 404, "{\"detail\":\"not found\"}");
            }
        }
    }

    private void submit(HttpExchange exchange, Caller caller) throws IOException {
        attempts.add(caller.id());
        OrderRequest request;
        try {
            request = STRICT.readValue(exchange.getRequestBody().readAllBytes(), OrderRequest.class);
        } catch (JacksonException e) {
            send(exchange, 400, "{\"detail\":\"unreadable order: " + e.getOriginalMessage().replace('"', '\'') + "\"}");
            return;
        }
        if (unavailable.contains(caller.id())) {
            send(exchange, 503, "{\"detail\":\"the market summary has not been read yet\"}");
            return;
        }
        if (refusing.contains(caller.id())) {
            send(exchange, 400, "{\"detail\":\"The order is not valid\",\"errors\":[{\"field\":\"service\","
                    + "\"message\":\"no " + request.gpuModel() + " container offers " + request.service() + "\"}]}");
            return;
        }
        UUID orderId = UUID.randomUUID();
        orders.add(new ReceivedOrder(orderId, caller, request));
        send(exchange, 201, "{\"orderId\":\"" + orderId + "\",\"kind\":\"" + request.kind()
                + "\",\"job\":{\"jobId\":\"" + UUID.randomUUID() + "\",\"status\":\"MATCHING\"}}");
    }

    private void cancel(HttpExchange exchange, Caller caller, UUID orderId) throws IOException {
        Optional<ReceivedOrder> order = order(orderId).filter(found -> found.caller().id().equals(caller.id()));
        int status;
        if (order.isEmpty()) {
            status = 404;
        } else {
            status = cancelled.putIfAbsent(orderId, true) == null ? 200 : 409;
        }
        cancels.add(new ReceivedCancel(orderId, caller, status));
        send(exchange, status, "{\"orderId\":\"" + orderId + "\"}");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
