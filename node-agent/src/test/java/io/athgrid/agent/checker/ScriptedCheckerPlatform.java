package io.athgrid.agent.checker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.athgrid.agent.registry.AgentJson;
import io.athgrid.agent.testing.ExchangeAnswers;
import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.CheckerDomain;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import io.athgrid.protocol.check.SignedCheckReport;
import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.PersonalMessages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A test double of the platform as a checker client sees it (a JDK HttpServer): the gateway's SIWE
 * sign-in and the checker API of /work/briefs/checker-api.md. It checks what the real ones check that
 * matters to the client (the SIWE message's domain, URI, chain, nonce and signature; the report's
 * EIP-712 signature by the session's wallet, its result hashing to the signed hash, its seat) and
 * answers scripted statuses when told to, so a test sees exactly what went over the wire.
 */
public final class ScriptedCheckerPlatform implements AutoCloseable {

    public static final long CHAIN_ID = 421614;
    public static final String LICENSE_CONTRACT = "0x5fbdb2315678afecb367f032d93f642f64180aa3";

    /** A report the platform accepted: who sent it, the body, and what it read from it. */
    public record Received(String wallet, JsonNode body, SignedCheckReport signed, CheckResult result) {
    }

    private final HttpServer server;
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> licenses = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ObjectNode>> openSeats = new ConcurrentHashMap<>();
    private final Queue<Integer> pollScript = new ConcurrentLinkedQueue<>();
    private final Queue<String[]> reportScript = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> reportAnswers = new CopyOnWriteArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile long domainChainId = CHAIN_ID;
    private volatile boolean refuseLogins;
    private volatile Duration sessionLifetime = Duration.ofMinutes(15);

    public ScriptedCheckerPlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public CheckerDomain domain() {
        return new CheckerDomain(CHAIN_ID, LICENSE_CONTRACT);
    }

    /** {@code wallet} may sign for license {@code licenseId}. */
    public ScriptedCheckerPlatform license(String wallet, long licenseId) {
        licenses.computeIfAbsent(wallet, key -> new CopyOnWriteArrayList<>()).add(licenseId);
        return this;
    }

    /** Opens a seat for {@code wallet}'s license; returns its job id. */
    public String assign(String wallet, long licenseId, String containerId, CheckKind kind, String endpoint, Instant answerBy) {
        String jobId = UUID.randomUUID().toString();
        ObjectNode seat = AgentJson.MAPPER.createObjectNode()
                .put("jobId", jobId).put("licenseId", Long.toString(licenseId)).put("containerId", containerId)
                .put("kind", kind.name()).put("endpoint", endpoint).put("region", "eu-central")
                .put("windowStart", Instant.now().toString()).put("answerBy", answerBy.toString());
        seat.putObject("registered").put("gpuModel", "H100_SXM").put("gpuCount", 8).put("vramGbPerGpu", 80);
        openSeats.computeIfAbsent(wallet, key -> new ConcurrentHashMap<>()).put(jobId + "#" + licenseId, seat);
        return jobId;
    }

    /** The next polls are answered with these statuses (then as usual). */
    public ScriptedCheckerPlatform answerPolls(Integer... statuses) {
        pollScript.addAll(List.of(statuses));
        return this;
    }

    /** The next report is answered with {@code status} and, unless empty, a rejection {@code reason}. */
    public ScriptedCheckerPlatform answerNextReport(int status, String reason) {
        reportScript.add(new String[] {Integer.toString(status), reason});
        return this;
    }

    public ScriptedCheckerPlatform domainChainId(long chainId) {
        domainChainId = chainId;
        return this;
    }

    public ScriptedCheckerPlatform refuseLogins() {
        refuseLogins = true;
        return this;
    }

    public ScriptedCheckerPlatform sessionLifetime(Duration lifetime) {
        sessionLifetime = lifetime;
        return this;
    }

    /** Every session token stops working, as when the gateway's tokens lapse. */
    public void expireSessions() {
        sessions.clear();
    }

    public List<Received> received() {
        return received;
    }

    /** What each report was answered: "202", or "409 LATE" and the like. */
    public List<String> reportAnswers() {
        return reportAnswers;
    }

    public int logins() {
        return logins.get();
    }

    public int polls() {
        return polls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            switch (path) {
                case "/api/identity/siwe/nonce" -> nonce(exchange);
                case "/api/identity/siwe/login" -> login(exchange, AgentJson.MAPPER.readTree(body));
                case "/api/checker/domain", "/api/checker/assignments", "/api/checker/reports" -> {
                    String wallet = caller(exchange);
                    if (wallet == null) {
                        problem(exchange, 401, "sign in first", null);
                    } else if (path.endsWith("/domain")) {
                        json(exchange, 200, AgentJson.MAPPER.createObjectNode().put("chainId", domainChainId)
                                .put("verifyingContract", LICENSE_CONTRACT));
                    } else if (path.endsWith("/assignments")) {
                        assignments(exchange, wallet);
                    } else {
                        report(exchange, wallet, AgentJson.MAPPER.readTree(body));
                    }
                }
                default -> problem(exchange, 404, "no such path " + path, null);
            }
        }
    }

    private void nonce(HttpExchange exchange) throws IOException {
        String nonce = UUID.randomUUID().toString().replace("-", "");
        nonces.add(nonce);
        json(exchange, 200, AgentJson.MAPPER.createObjectNode().put("nonce", nonce)
                .put("expiresAt", Instant.now().plusSeconds(300).toString()));
    }

    private void login(HttpExchange exchange, JsonNode request) throws IOException {
        String message = request.path("message").asString();
        String[] lines = message.split("\n", -1);
        String address = lines[1].toLowerCase(Locale.ROOT);
        String signer = EthSignature.parse(request.path("signature").asString()).recoverAddress(PersonalMessages.hash(message));
        boolean valid = !refuseLogins
                && lines[0].equals(url().getAuthority() + " wants you to sign in with your Ethereum account:")
                && message.contains("\nURI: " + url() + "\n")
                && message.contains("\nChain ID: " + CHAIN_ID + "\n")
                && nonces.remove(field(lines, "Nonce: "))
                && signer.equals(address);
        if (!valid) {
            problem(exchange, 401, "sign-in refused", null);
            return;
        }
        logins.incrementAndGet();
        String token = UUID.randomUUID().toString();
        sessions.put(token, address);
        json(exchange, 200, AgentJson.MAPPER.createObjectNode().put("token", token)
                .put("expiresAt", Instant.now().plus(sessionLifetime).toString()).put("address", address));
    }

    private void assignments(HttpExchange exchange, String wallet) throws IOException {
        polls.incrementAndGet();
        Integer scripted = pollScript.poll();
        if (scripted != null) {
            problem(exchange, scripted, "scripted answer " + scripted, null);
            return;
        }
        ObjectNode answer = AgentJson.MAPPER.createObjectNode();
        ArrayNode licenseIds = answer.putArray("licenses");
        licenses.getOrDefault(wallet, List.of()).forEach(id -> licenseIds.add(Long.toString(id)));
        ArrayNode seats = answer.putArray("assignments");
        openSeats.getOrDefault(wallet, Map.of()).values().forEach(seats::add);
        json(exchange, 200, answer);
    }

    private void report(HttpExchange exchange, String wallet, JsonNode body) throws IOException {
        String[] scripted = reportScript.poll();
        if (scripted != null) {
            reject(exchange, Integer.parseInt(scripted[0]), scripted[1]);
            return;
        }
        CheckKind kind = CheckKind.valueOf(body.path("kind").asString());
        CheckReport report = new CheckReport(body.path("jobId").asString(), Long.parseLong(body.path("licenseId").asString()),
                body.path("containerId").asString(), kind, body.path("resultHash").asString(), body.path("submittedAt").asLong());
        SignedCheckReport signed = new SignedCheckReport(report, body.path("signature").asString());
        if (!signed.signer(domain()).equals(wallet)) {
            reject(exchange, 401, "BAD_SIGNATURE");
            return;
        }
        Class<? extends CheckResult> type = switch (kind) {
            case LIVENESS -> LivenessResult.class;
            case QOE -> QoeResult.class;
            case CAPACITY -> CapacityResult.class;
        };
        CheckResult result = AgentJson.MAPPER.treeToValue(body.path("result"), type);
        if (!result.resultHash().equals(report.resultHash())) {
            reject(exchange, 400, "RESULT_MISMATCH");
            return;
        }
        if (openSeats.getOrDefault(wallet, Map.of()).remove(report.jobId() + "#" + report.licenseId()) == null) {
            reject(exchange, 403, "NOT_ASSIGNED");
            return;
        }
        received.add(new Received(wallet, body, signed, result));
        reportAnswers.add("202");
        json(exchange, 202, AgentJson.MAPPER.createObjectNode().put("accepted", true));
    }

    private void reject(HttpExchange exchange, int status, String reason) throws IOException {
        reportAnswers.add(reason.isEmpty() ? Integer.toString(status) : status + " " + reason);
        problem(exchange, status, "scripted rejection", reason.isEmpty() ? null : reason);
    }

    private String caller(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization == null || !authorization.startsWith("Bearer ") ? null
                : sessions.get(authorization.substring("Bearer ".length()));
    }

    private static String field(String[] lines, String prefix) {
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        return "";
    }

    private static void problem(HttpExchange exchange, int status, String detail, String reason) throws IOException {
        ObjectNode problem = AgentJson.MAPPER.createObjectNode().put("status", status).put("detail", detail);
        if (reason != null) {
            problem.put("reason", reason);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        ExchangeAnswers.send(exchange, status, problem.toString());
    }

    private static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        ExchangeAnswers.json(exchange, status, body.toString());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
