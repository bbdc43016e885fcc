package io.athgrid.agent.workload.simulated;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.athgrid.agent.heartbeat.DaemonScheduler;
import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.WorkloadException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A SIMULATED inference engine: an HTTP server that speaks vLLM's OpenAI API for one model, with
 * deterministic made-up text, {@link SimulatedTokenizer} token counts and realistic token timing.
 * No GPU, no model weights; for development, tests and the local run.
 *
 * <p>Endpoints: {@code GET /health}, {@code GET /v1/models}, {@code POST /v1/chat/completions},
 * {@code POST /v1/completions} (whole or streamed). Each request in progress holds a handler
 * thread while it waits for its tokens; more requests than threads wait in line, as on a busy GPU.
 */
public final class SimulatedEngine implements AutoCloseable {

    public static final int DEFAULT_HANDLER_THREADS = 64;

    /** Far above an 8192-token prompt (about 40 KB), well below what would hurt the agent's heap. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(SimulatedEngine.class.getName());

    static {
        // vLLM's server (uvicorn) sends each streamed token at once (TCP_NODELAY). The JDK server leaves
        // Nagle's algorithm on unless told before its first use in the JVM: a token written while the
        // previous one is unacknowledged would then wait for the peer's delayed ACK (up to 40 ms), and every
        // proxy in front of the engine would look slower than it is.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final EngineSpec spec;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ServedCounters counters = new ServedCounters();
    private final EngineRoutes routes;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SimulatedEngine(EngineSpec spec, HttpServer server, ExecutorService handlers, TokenPacer pacer, Clock clock) {
        this.spec = spec;
        this.server = server;
        this.handlers = handlers;
        this.routes = new EngineRoutes(spec, new RequestReader(spec),
                new CompletionResponder(spec.timing(), pacer, counters, clock), counters, clock.instant().getEpochSecond());
    }

    /** On a free port of the loopback interface. */
    public static SimulatedEngine start(EngineSpec spec) {
        return start(spec, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /** @param address where to listen; port 0 picks a free one */
    public static SimulatedEngine start(EngineSpec spec, InetSocketAddress address) {
        return start(spec, address, DEFAULT_HANDLER_THREADS, TokenPacer.WALL_CLOCK, Clock.systemUTC());
    }

    static SimulatedEngine start(EngineSpec spec, InetSocketAddress address, int handlerThreads, TokenPacer pacer,
            Clock clock) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new WorkloadException("the simulated engine cannot listen on " + address.getHostString() + ":"
                    + address.getPort() + ": " + e.getMessage(), e);
        }
        ExecutorService handlers = Executors.newFixedThreadPool(handlerThreads, DaemonScheduler.daemonThreads("simulated-engine"));
        SimulatedEngine engine = new SimulatedEngine(spec, server, handlers, pacer, clock);
        server.createContext("/", engine::handle);
        server.setExecutor(handlers);
        server.start();
        LOG.log(System.Logger.Level.INFO, "SIMULATED engine for {0} (max model length {1}) listening on {2}",
                spec.servedModelName(), String.valueOf(spec.maxModelLen()), engine.endpoint());
        return engine;
    }

    public EngineSpec spec() {
        return spec;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Its base URI; an engine listening on all interfaces is reached here through the loopback. */
    public URI endpoint() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress() : address.getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    public SimulatedEngineCounters counters() {
        return counters.snapshot();
    }

    /** Stops listening and ends the answers in progress (their clients see the connection close). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        handlers.shutdownNow();
        try {
            handlers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.log(System.Logger.Level.INFO, "SIMULATED engine for {0} stopped: {1}", spec.servedModelName(), counters());
    }

    private void handle(HttpExchange exchange) {
        try {
            routes.handle(exchange, System.nanoTime());
        } finally {
            exchange.close();
        }
    }
}
