package io.athgrid.staking.settlement;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON-RPC proxy between the service and anvil that loses what a test tells it to: the faults
 * of a network and of a process that dies between sending a transaction and hearing the answer.
 */
final class RpcProxy implements AutoCloseable {

    enum Mode {
        /** Everything passes. */
        PASS,
        /** eth_sendRawTransaction reaches the node, but its answer is lost: the caller sees an error. */
        LOSE_SEND_ANSWERS,
        /** eth_sendRawTransaction never reaches the node. */
        HOLD_SENDS
    }

    private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([A-Za-z_]+)\"");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI target;
    private final AtomicInteger sendsForwarded = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private volatile Mode mode = Mode.PASS;

    private RpcProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static RpcProxy to(String rpcUrl) throws IOException {
        return new RpcProxy(URI.create(rpcUrl));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    /** eth_sendRawTransaction calls that reached the node. */
    int sendsForwarded() {
        return sendsForwarded.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            forward(exchange);
        } finally {
            exchange.close();
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean send = "eth_sendRawTransaction".equals(method(body));
        if (send && mode == Mode.HOLD_SENDS) {
            answer(exchange, 503, "held by the test proxy");
            return;
        }
        HttpResponse<String> forwarded;
        try {
            forwarded = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            answer(exchange, 502, "the node is unreachable: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 502, "interrupted");
            return;
        }
        if (send) {
            sendsForwarded.incrementAndGet();
            if (mode == Mode.LOSE_SEND_ANSWERS) {
                answer(exchange, 503, "the answer was lost by the test proxy");
                return;
            }
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        answer(exchange, forwarded.statusCode(), forwarded.body());
    }

    private static String method(String body) {
        Matcher matcher = METHOD.matcher(body);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
