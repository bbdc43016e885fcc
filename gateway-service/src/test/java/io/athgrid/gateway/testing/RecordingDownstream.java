package io.athgrid.gateway.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for a service behind the gateway: it records what arrives and
 * answers 200 with a small JSON body.
 */
public final class RecordingDownstream {

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    private RecordingDownstream(HttpServer server) {
        this.server = server;
    }

    public static RecordingDownstream start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            RecordingDownstream downstream = new RecordingDownstream(server);
            server.createContext("/", exchange -> {
                Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                headers.putAll(exchange.getRequestHeaders());
                downstream.received.add(new Received(exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers));
                byte[] body = "{\"served\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return downstream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Forgets what arrived so far. */
    public void clear() {
        received.clear();
    }

    /** The next request that arrived, waiting a little for it. */
    public Received next() {
        try {
            Received next = received.poll(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("no request reached the downstream service");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public boolean nothingArrived() {
        return received.isEmpty();
    }

    /** One request as the service saw it; header names are case-insensitive. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }
}
