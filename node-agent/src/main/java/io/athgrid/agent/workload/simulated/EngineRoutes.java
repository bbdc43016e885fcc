package io.athgrid.agent.workload.simulated;

import com.sun.net.httpserver.HttpExchange;
import io.athgrid.agent.workload.EngineSpec;
import java.io.IOException;
import java.util.Set;

/** Which path and method gets which answer; every error in the OpenAI shape. */
final class EngineRoutes {

    private static final System.Logger LOG = System.getLogger(EngineRoutes.class.getName());

    private final EngineSpec spec;
    private final RequestReader reader;
    private final CompletionResponder responder;
    private final ServedCounters counters;
    private final long startedSeconds;

    EngineRoutes(EngineSpec spec, RequestReader reader, CompletionResponder responder, ServedCounters counters,
            long startedSeconds) {
        this.spec = spec;
        this.reader = reader;
        this.responder = responder;
        this.counters = counters;
        this.startedSeconds = startedSeconds;
    }

    void handle(HttpExchange exchange, long arrivalNanos) {
        try {
            route(exchange, arrivalNanos);
        } catch (OpenAiError error) {
            counters.rejected();
            trySend(exchange, error);
        } catch (IOException clientGone) {
            // Gone before there was anything to answer.
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException bug) {
            LOG.log(System.Logger.Level.WARNING, "simulated engine: failed to answer " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI(), bug);
            counters.rejected();
            trySend(exchange, OpenAiError.internal("The SIMULATED engine failed: " + bug));
        }
    }

    private void route(HttpExchange exchange, long arrivalNanos) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        switch (path) {
            case "/health" -> {
                allow(exchange, Set.of("GET", "HEAD"));
                Exchanges.sendEmpty(exchange, 200);
            }
            case "/v1/models" -> {
                allow(exchange, Set.of("GET"));
                Exchanges.sendJson(exchange, 200, OpenAiJson.modelList(spec, startedSeconds));
            }
            case "/v1/chat/completions" -> generate(exchange, Endpoint.CHAT_COMPLETIONS, arrivalNanos);
            case "/v1/completions" -> generate(exchange, Endpoint.COMPLETIONS, arrivalNanos);
            default -> throw OpenAiError.unknownUrl(method, path);
        }
    }

    private void generate(HttpExchange exchange, Endpoint endpoint, long arrivalNanos) throws IOException, InterruptedException {
        allow(exchange, Set.of("POST"));
        CompletionRequest request = reader.read(endpoint, Exchanges.readBody(exchange, SimulatedEngine.MAX_BODY_BYTES));
        responder.respond(exchange, request, arrivalNanos);
    }

    private static void allow(HttpExchange exchange, Set<String> methods) {
        if (!methods.contains(exchange.getRequestMethod())) {
            String allowed = String.join(", ", methods.stream().sorted().toList());
            exchange.getResponseHeaders().set("Allow", allowed);
            throw OpenAiError.methodNotAllowed(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), allowed);
        }
    }

    private static void trySend(HttpExchange exchange, OpenAiError error) {
        try {
            Exchanges.sendJson(exchange, error.status, OpenAiJson.error(error));
        } catch (IOException | RuntimeException alreadyAnswering) {
            // The headers went out already, or the client is gone: nothing more to tell it.
        }
    }
}
