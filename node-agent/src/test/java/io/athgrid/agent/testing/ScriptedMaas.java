package io.athgrid.agent.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.athgrid.agent.registry.AgentJson;
import io.athgrid.protocol.engine.EngineAssignment;
import io.athgrid.protocol.engine.EngineAssignments;
import io.athgrid.protocol.engine.EngineCall;
import io.athgrid.protocol.engine.EnginePollRequest;
import io.athgrid.protocol.engine.EngineReportRequest;
import io.athgrid.protocol.signature.EthSignature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.core.JacksonException;

/**
 * A stand-in for maas-service's engine channel (a JDK HttpServer at {@code /api/maas}) that checks
 * every call the way the service does: the signature must recover to the container's node key, the
 * call must be sent within 120 s of now, and its sequence must be above the last one the container
 * used (for polls and reports alike). Polls are answered with the engines assigned to the container,
 * reports of assigned replicas with 202 (or a scripted status); refused calls are kept with the reason.
 */
public final class ScriptedMaas implements AutoCloseable {

    private static final long WINDOW_SECONDS = 120;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, String> nodeKeys = new ConcurrentHashMap<>();
    private final Map<String, List<EngineAssignment>> assignments = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSequences = new HashMap<>();
    private final Queue<Integer> reportScript = new ConcurrentLinkedQueue<>();
    private final List<String> polls = new CopyOnWriteArrayList<>();
    private final List<Report> reports = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private volatile long pollIntervalSeconds = 1;

    /** A report that passed the checks, with the status it was answered with. */
    public record Report(String containerId, String replicaId, String endpoint, int status) {
    }

    public ScriptedMaas() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/maas/containers/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/maas");
    }

    /** The container is known with this node key (maas-service learns it from ContainerRegistered). */
    public ScriptedMaas knowNodeKey(String containerId, String nodeAddress) {
        nodeKeys.put(containerId, nodeAddress);
        return this;
    }

    /** From now on, polls of the container are answered with these engines. */
    public ScriptedMaas assign(String containerId, EngineAssignment... engines) {
        assignments.put(containerId, List.of(engines));
        return this;
    }

    /** The next reports that pass the checks are answered with these statuses, then with 202. */
    public ScriptedMaas answerReports(Integer... statuses) {
        reportScript.addAll(List.of(statuses));
        return this;
    }

    /** The container id of every poll that passed the checks, in order. */
    public List<String> polls() {
        return polls;
    }

    public List<Report> reports() {
        return reports;
    }

    /** Why calls were refused: "poll c-1: 401 ...". */
    public List<String> refusals() {
        return refusals;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getRawPath().split("/");
            byte[] body = exchange.getRequestBody().readAllBytes();
            // ["", "api", "maas", "containers", id, "engines", "poll"] or [..., "engines", replica, "endpoint"]
            boolean poll = path.length == 7 && path[5].equals("engines") && path[6].equals("poll");
            boolean report = path.length == 8 && path[5].equals("engines") && path[7].equals("endpoint");
            if (!exchange.getRequestMethod().equals("POST") || !(poll || report)) {
                ExchangeAnswers.problem(exchange, 404, "no such endpoint");
                return;
            }
            String containerId = decode(path[4]);
            try {
                if (poll) {
                    poll(exchange, containerId, AgentJson.MAPPER.readValue(body, EnginePollRequest.class));
                } else {
                    report(exchange, containerId, decode(path[6]), AgentJson.MAPPER.readValue(body, EngineReportRequest.class));
                }
            } catch (JacksonException e) {
                refusals.add(containerId + ": 400 malformed body");
                ExchangeAnswers.problem(exchange, 400, "malformed body");
            }
        }
    }

    private void poll(HttpExchange exchange, String containerId, EnginePollRequest request) throws IOException {
        int refused = check("poll " + containerId, request.call(containerId), request.signature());
        if (refused != 0) {
            ExchangeAnswers.problem(exchange, refused, "refused");
            return;
        }
        polls.add(containerId);
        EngineAssignments answer = new EngineAssignments(containerId, assignments.getOrDefault(containerId, List.of()),
                pollIntervalSeconds);
        ExchangeAnswers.json(exchange, 200, AgentJson.MAPPER.writeValueAsString(answer));
    }

    private void report(HttpExchange exchange, String containerId, String replicaId, EngineReportRequest request)
            throws IOException {
        int refused = check("report " + containerId + "/" + replicaId, request.call(containerId, replicaId), request.signature());
        if (refused == 0 && assignments.getOrDefault(containerId, List.of()).stream()
                .noneMatch(engine -> engine.replicaId().equals(replicaId))) {
            refusals.add("report " + containerId + "/" + replicaId + ": 404 not a replica on this container");
            refused = 404;
        }
        if (refused == 0 && !absoluteHttp(request.endpoint())) {
            refusals.add("report " + containerId + "/" + replicaId + ": 400 endpoint " + request.endpoint());
            refused = 400;
        }
        if (refused != 0) {
            ExchangeAnswers.problem(exchange, refused, "refused");
            return;
        }
        Integer scripted = reportScript.poll();
        int status = scripted == null ? 202 : scripted;
        reports.add(new Report(containerId, replicaId, request.endpoint(), status));
        if (status == 202) {
            ExchangeAnswers.json(exchange, 202, "{\"replicaId\":\"" + replicaId + "\",\"state\":\"STARTING\"}");
        } else {
            ExchangeAnswers.problem(exchange, status, "scripted answer " + status);
        }
    }

    /** 0 when the call passes, else the status maas-service answers. */
    private int check(String what, EngineCall call, String signature) {
        String nodeKey = nodeKeys.get(call.containerId());
        if (nodeKey == null) {
            refusals.add(what + ": 404 unknown container");
            return 404;
        }
        String signer;
        try {
            signer = EthSignature.parse(signature).recoverAddress(call.hash());
        } catch (RuntimeException e) {
            signer = "";
        }
        if (!signer.equalsIgnoreCase(nodeKey)) {
            refusals.add(what + ": 401 signed by " + signer + ", not the node key " + nodeKey);
            return 401;
        }
        if (Math.abs(Instant.now().getEpochSecond() - call.sentAt()) > WINDOW_SECONDS) {
            refusals.add(what + ": 400 sent at " + call.sentAt() + ", outside the window");
            return 400;
        }
        synchronized (lastSequences) {
            long last = lastSequences.getOrDefault(call.containerId(), Long.MIN_VALUE);
            if (call.sequence() <= last) {
                refusals.add(what + ": 409 sequence " + call.sequence() + " not above " + last);
                return 409;
            }
            lastSequences.put(call.containerId(), call.sequence());
        }
        return 0;
    }

    private static boolean absoluteHttp(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
