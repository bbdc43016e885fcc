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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server answering the scheduler-service's order API as the scheduler does: {@code POST
 * /orders} (201 with an {@code orderId}), {@code GET /orders/{id}} (200 with the order's {@code job}: its
 * {@code status}, {@code statusReason} and {@code containers}, as the scheduler's {@code OrderView}; a new
 * order's job is {@code MATCHING} until a test says otherwise with {@link #job}) and {@code POST
 * /orders/{id}/cancel} (200, or 409 once cancelled; the job is then {@code CANCELLED}), each a 404 for an order
 * another enterprise account placed. It stands in for the remote scheduler,
 * which needs the indexer and a fleet to run; it verifies the internal token as a service does, reads each
 * body strictly into the scheduler's own {@link OrderRequest} (an unknown field is a 400), and remembers
 * what it got and from whom. Per market (GPU model and region, as the scheduler's refusals depend on it) it
 * can refuse orders as the scheduler does (400 problem+json), be unavailable (503), or take orders and lose
 * its answers (a 503 after the order was made, as a crash between the scheduler's answer and recording it
 * leaves things); a test doing so uses a market no other test deploys to.
 *
 * <p>Every order comes from the MaaS account, so the scheduler cannot tell whose deployment an order
 * serves; for the tests' convenience, {@link #ordersOf} and {@link #cancelsOf} read the tenant of the
 * replica carrying an order id from maas-service's tables ({@link #tenantsBy}).
 */
public final class SchedulerStandIn implements AutoCloseable {

    private static final Pattern CANCEL = Pattern.compile("/orders/([0-9a-f-]{36})/cancel");
    private static final Pattern ORDER = Pattern.compile("/orders/([0-9a-f-]{36})");
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** An order the stand-in took, for whom, as the scheduler read it. */
    public record ReceivedOrder(UUID orderId, Caller caller, OrderRequest request) {
    }

    /** A cancel the stand-in was asked for, and its answer. */
    public record ReceivedCancel(UUID orderId, Caller caller, int status) {
    }

    /** An order's job as {@code GET /orders/{id}} answers it; containers of its current placement, still leased. */
    public record StandInJob(String status, String statusReason, List<String> containerIds) {
    }

    private static final StandInJob MATCHING = new StandInJob("MATCHING", null, List.of());

    private final HttpServer server;
    private final JwtDecoder tokens = InternalTokenDecoder.create(
            new InternalTokenProperties(ServiceIntegrationTest.TEST_SECRET, null));
    private final List<ReceivedOrder> orders = new CopyOnWriteArrayList<>();
    private final List<ReceivedCancel> cancels = new CopyOnWriteArrayList<>();
    private final Map<UUID, Boolean> cancelled = new ConcurrentHashMap<>();
    private final Set<String> refusing = ConcurrentHashMap.newKeySet();
    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();
    private final Set<String> losingAnswers = ConcurrentHashMap.newKeySet();
    private final Map<UUID, StandInJob> jobs = new ConcurrentHashMap<>();
    private final List<UUID> lookups = new CopyOnWriteArrayList<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    /** As the scheduler keys orders: per caller and Idempotency-Key, the order the first request created. */
    private final Map<String, UUID> ordersByKey = new ConcurrentHashMap<>();
    private volatile Function<UUID, Optional<String>> tenantOfOrder = orderId -> Optional.empty();

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

    /** How to tell the tenant whose replica carries an order id (maas-service's own tables know). */
    public void tenantsBy(Function<UUID, Optional<String>> tenantOfOrder) {
        this.tenantOfOrder = tenantOfOrder;
    }

    /** The orders taken for {@code tenant}'s replicas (whoever placed them), in the order they came. */
    public List<ReceivedOrder> ordersOf(String tenant) {
        return orders.stream().filter(order -> isTenants(order.orderId(), tenant)).toList();
    }

    public Optional<ReceivedOrder> order(UUID orderId) {
        return orders.stream().filter(order -> order.orderId().equals(orderId)).findFirst();
    }

    /** The cancels asked for orders of {@code tenant}'s replicas, in the order they came. */
    public List<ReceivedCancel> cancelsOf(String tenant) {
        return cancels.stream().filter(cancel -> isTenants(cancel.orderId(), tenant)).toList();
    }

    /** The cancels asked for {@code orderId}, by whomever. */
    public List<ReceivedCancel> cancelsOf(UUID orderId) {
        return cancels.stream().filter(cancel -> cancel.orderId().equals(orderId)).toList();
    }

    /** Every {@code POST /orders} for {@code gpuModel} in {@code region}, answered or not. */
    public long attemptsIn(String gpuModel, String region) {
        return attempts.stream().filter(market(gpuModel, region)::equals).count();
    }

    /** Refuse orders for {@code gpuModel} in {@code region} as the scheduler refuses one no container can take. */
    public void refuse(String gpuModel, String region) {
        refusing.add(market(gpuModel, region));
    }

    /** Answer orders for {@code gpuModel} in {@code region} with 503 while {@code down} (a scheduler starting). */
    public void unavailable(String gpuModel, String region, boolean down) {
        if (down) {
            unavailable.add(market(gpuModel, region));
        } else {
            unavailable.remove(market(gpuModel, region));
        }
    }

    /**
     * Take orders for {@code gpuModel} in {@code region} but answer 503 while {@code losing}, as if the answer
     * never reached maas-service: a repeat under the same key then answers the order made.
     */
    public void losesAnswers(String gpuModel, String region, boolean losing) {
        if (losing) {
            losingAnswers.add(market(gpuModel, region));
        } else {
            losingAnswers.remove(market(gpuModel, region));
        }
    }

    /** The order made under the replica's Idempotency-Key, by whichever account. */
    public Optional<UUID> orderFor(String replicaId) {
        return ordersByKey.entrySet().stream().filter(entry -> entry.getKey().endsWith("/" + replicaId))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The order's job from now on, as {@code GET /orders/{id}} answers it. */
    public void job(UUID orderId, String status, String statusReason, String... containerIds) {
        jobs.put(orderId, new StandInJob(status, statusReason, List.of(containerIds)));
    }

    /** How often {@code GET /orders/{id}} was asked about the order (by its account). */
    public long lookupsOf(UUID orderId) {
        return lookups.stream().filter(orderId::equals).count();
    }

    private boolean isTenants(UUID orderId, String tenant) {
        return tenantOfOrder.apply(orderId).filter(tenant::equals).isPresent();
    }

    private static String market(String gpuModel, String region) {
        return gpuModel + " in " + region;
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
            Matcher order = ORDER.matcher(path);
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/orders")) {
                submit(exchange, caller);
            } else if ("POST".equals(exchange.getRequestMethod()) && cancel.matches()) {
                cancel(exchange, caller, UUID.fromString(cancel.group(1)));
            } else if ("GET".equals(exchange.getRequestMethod()) && order.matches()) {
                lookUp(exchange, caller, UUID.fromString(order.group(1)));
            } else {
                send(exchange, 404, "{\"detail\":\"not found\"}");
            }
        }
    }

    private void submit(HttpExchange exchange, Caller caller) throws IOException {
        OrderRequest request;
        try {
            request = STRICT.readValue(exchange.getRequestBody().readAllBytes(), OrderRequest.class);
        } catch (JacksonException e) {
            send(exchange, 400, "{\"detail\":\"unreadable order: " + e.getOriginalMessage().replace('"', '\'') + "\"}");
            return;
        }
        String market = market(request.gpuModel(), request.region());
        attempts.add(market);
        if (unavailable.contains(market)) {
            send(exchange, 503, "{\"detail\":\"the market summary has not been read yet\"}");
            return;
        }
        if (refusing.contains(market)) {
            send(exchange, 400, "{\"detail\":\"The order is not valid\",\"errors\":[{\"field\":\"service\","
                    + "\"message\":\"no " + request.gpuModel() + " container offers " + request.service() + "\"}]}");
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        UUID repeated = key == null ? null : ordersByKey.get(caller.id() + "/" + key);
        if (repeated != null) {
            answerTaken(exchange, market, "{\"orderId\":\"" + repeated + "\",\"kind\":\"" + request.kind() + "\"}");
            return;
        }
        UUID orderId = UUID.randomUUID();
        if (key != null) {
            ordersByKey.put(caller.id() + "/" + key, orderId);
        }
        orders.add(new ReceivedOrder(orderId, caller, request));
        answerTaken(exchange, market, "{\"orderId\":\"" + orderId + "\",\"kind\":\"" + request.kind()
                + "\",\"job\":{\"jobId\":\"" + UUID.randomUUID() + "\",\"status\":\"MATCHING\"}}");
    }

    /** 201 with the order taken, unless the market loses its answers. */
    private void answerTaken(HttpExchange exchange, String market, String body) throws IOException {
        if (losingAnswers.contains(market)) {
            send(exchange, 503, "{\"detail\":\"the answer was lost\"}");
        } else {
            send(exchange, 201, body);
        }
    }

    private void lookUp(HttpExchange exchange, Caller caller, UUID orderId) throws IOException {
        if (order(orderId).filter(found -> found.caller().id().equals(caller.id())).isEmpty()) {
            send(exchange, 404, "{\"detail\":\"No order " + orderId + "\"}");
            return;
        }
        lookups.add(orderId);
        StandInJob job = jobs.getOrDefault(orderId, MATCHING);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("jobId", UUID.nameUUIDFromBytes(orderId.toString().getBytes(StandardCharsets.UTF_8)).toString());
        view.put("status", job.status());
        view.put("statusReason", job.statusReason());
        view.put("containers", job.containerIds().stream().map(containerId -> {
            Map<String, Object> lease = new LinkedHashMap<>();
            lease.put("containerId", containerId);
            lease.put("gpus", 4);
            lease.put("endedAt", null);
            return lease;
        }).toList());
        send(exchange, 200, STRICT.writeValueAsString(Map.of("orderId", orderId.toString(), "job", view)));
    }

    private void cancel(HttpExchange exchange, Caller caller, UUID orderId) throws IOException {
        Optional<ReceivedOrder> order = order(orderId).filter(found -> found.caller().id().equals(caller.id()));
        int status;
        if (order.isEmpty()) {
            status = 404;
        } else {
            status = cancelled.putIfAbsent(orderId, true) == null ? 200 : 409;
            jobs.put(orderId, new StandInJob("CANCELLED", "cancelled by its account", List.of()));
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
