package io.athgrid.agent.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.athgrid.agent.registry.AgentJson;
import io.athgrid.protocol.container.HeartbeatRequest;
import io.athgrid.protocol.container.RegisterContainerRequest;
import io.athgrid.protocol.container.RegistrationTypedData;
import io.athgrid.protocol.signature.EthSignature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test double of the registry's HTTP API (a JDK HttpServer): answers with scripted statuses and,
 * when it accepts, checks the signatures the way the registry does (owner and node key recovered
 * from the EIP-712 digest, heartbeats by the node key), so a test sees exactly what went over the wire.
 */
public final class ScriptedRegistry implements AutoCloseable {

    public static final long CHAIN_ID = 421614;

    private final HttpServer server;
    private final Queue<Integer> registrationScript = new ConcurrentLinkedQueue<>();
    private final Queue<Integer> heartbeatScript = new ConcurrentLinkedQueue<>();
    private final Map<String, String> nodeKeys = new ConcurrentHashMap<>();
    private final List<RegisterContainerRequest> registrations = new CopyOnWriteArrayList<>();
    private final List<HeartbeatRequest> heartbeats = new CopyOnWriteArrayList<>();
    private final List<Integer> heartbeatAnswers = new CopyOnWriteArrayList<>();
    private final List<String> heartbeatContainerIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile long heartbeatIntervalSeconds = 60;
    private volatile String heartbeatStatus = "STANDBY";

    public ScriptedRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/registry/containers", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/registry");
    }

    /** The next registrations are answered with these statuses (then 201). */
    public ScriptedRegistry answerRegistrations(Integer... statuses) {
        registrationScript.addAll(List.of(statuses));
        return this;
    }

    /** The next heartbeats are answered with these statuses (then 202). */
    public ScriptedRegistry answerHeartbeats(Integer... statuses) {
        heartbeatScript.addAll(List.of(statuses));
        return this;
    }

    public ScriptedRegistry heartbeatIntervalSeconds(long seconds) {
        heartbeatIntervalSeconds = seconds;
        return this;
    }

    /** Accepted heartbeats answer with this container status from now on (STANDBY until set). */
    public ScriptedRegistry heartbeatStatus(String status) {
        heartbeatStatus = status;
        return this;
    }

    public List<RegisterContainerRequest> registrations() {
        return registrations;
    }

    public List<HeartbeatRequest> heartbeats() {
        return heartbeats;
    }

    /** The container id of each heartbeat received, in order. */
    public List<String> heartbeatContainerIds() {
        return heartbeatContainerIds;
    }

    public List<Integer> heartbeatAnswers() {
        return heartbeatAnswers;
    }

    public int acceptedRegistrations() {
        return nodeKeys.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (path.endsWith("/heartbeats")) {
                String id = path.split("/")[4];
                heartbeat(exchange, id, AgentJson.MAPPER.readValue(body, HeartbeatRequest.class));
            } else {
                register(exchange, AgentJson.MAPPER.readValue(body, RegisterContainerRequest.class));
            }
        }
    }

    private void register(HttpExchange exchange, RegisterContainerRequest request) throws IOException {
        registrations.add(request);
        Integer scripted = registrationScript.poll();
        if (scripted != null) {
            ExchangeAnswers.problem(exchange, scripted, "scripted answer");
            return;
        }
        byte[] digest = RegistrationTypedData.digest(request.registration(), CHAIN_ID);
        boolean ownerSigned = EthSignature.parse(request.ownerSignature()).recoverAddress(digest).equals(request.registration().owner());
        boolean nodeSigned = EthSignature.parse(request.nodeSignature()).recoverAddress(digest).equals(request.registration().nodeKey());
        if (!ownerSigned || !nodeSigned) {
            ExchangeAnswers.problem(exchange, 401, "signature does not match");
            return;
        }
        String id = "c-" + ids.incrementAndGet();
        nodeKeys.put(id, request.registration().nodeKey());
        ExchangeAnswers.json(exchange, 201, "{\"containerId\":\"" + id + "\",\"status\":\"CHECKING\",\"heartbeatIntervalSeconds\":"
                + heartbeatIntervalSeconds + "}");
    }

    private void heartbeat(HttpExchange exchange, String id, HeartbeatRequest request) throws IOException {
        heartbeatContainerIds.add(id);
        heartbeats.add(request);
        Integer scripted = heartbeatScript.poll();
        int status;
        if (scripted != null) {
            status = scripted;
        } else if (!nodeKeys.containsKey(id)) {
            status = 404;
        } else {
            String signer = EthSignature.parse(request.signature()).recoverAddress(request.heartbeat(id).hash());
            status = signer.equals(nodeKeys.get(id)) ? 202 : 401;
        }
        heartbeatAnswers.add(status);
        if (status == 202) {
            ExchangeAnswers.json(exchange, 202, "{\"containerId\":\"" + id + "\",\"status\":\"" + heartbeatStatus
                    + "\",\"heartbeatIntervalSeconds\":" + heartbeatIntervalSeconds + "}");
        } else {
            ExchangeAnswers.problem(exchange, status, "scripted answer " + status);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
