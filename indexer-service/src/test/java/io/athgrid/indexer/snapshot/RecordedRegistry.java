package io.athgrid.indexer.snapshot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server answering the registry's {@code GET /containers?page=&size=2} with recorded
 * pages (src/test/resources/registry), remembering each request's query and Authorization header.
 * It stands in for the container-registry, which this module does not depend on.
 */
public final class RecordedRegistry implements AutoCloseable {

    private final HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile boolean available = true;

    public RecordedRegistry() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/containers", this::answer);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<String> queries() {
        return List.copyOf(queries);
    }

    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** While unavailable the registry answers 503, as one that is starting or down would. */
    public void available(boolean value) {
        available = value;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            queries.add(query);
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            if (!available) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String page = query.contains("page=1") ? "1" : "0";
            byte[] body = recorded("registry/containers-page-" + page + ".json");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] recorded(String resource) throws IOException {
        try (InputStream in = RecordedRegistry.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
