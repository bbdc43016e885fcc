package io.athgrid.agent.cli;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.EngineTiming;
import io.athgrid.agent.workload.WorkloadException;
import io.athgrid.agent.workload.simulated.SimulatedEngine;
import io.athgrid.agent.workload.simulated.SimulatedEngineCounters;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A SIMULATED OpenAI-compatible inference engine in this process, until SIGINT/SIGTERM. */
@Command(name = "simulate-engine", mixinStandardHelpOptions = true,
        description = {"Runs a SIMULATED inference engine (no GPU, no model): an OpenAI-compatible server like vLLM's "
                + "(/health, /v1/models, /v1/chat/completions, /v1/completions, streaming or not) that answers with "
                + "deterministic made-up text at an H100's pace, until SIGINT/SIGTERM. Prints its endpoint."})
public final class SimulateEngineCommand implements Callable<Integer> {

    private static final System.Logger LOG = System.getLogger(SimulateEngineCommand.class.getName());
    private static final Duration REPORT_INTERVAL = Duration.ofSeconds(30);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    @Option(names = "--model", required = true, paramLabel = "NAME",
            description = "The served model name requests must use, e.g. meta-llama/Llama-3.1-8B-Instruct.")
    String model;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--max-model-len", paramLabel = "TOKENS", defaultValue = "8192",
            description = "Context length: prompt and completion tokens together (default: ${DEFAULT-VALUE}).")
    int maxModelLen;

    @Option(names = "--ttft-ms", paramLabel = "MS", defaultValue = "25", converter = MillisConverter.class,
            description = "Time to the first token of an empty prompt, ms (default: ${DEFAULT-VALUE}).")
    Duration firstTokenBase;

    @Option(names = "--prefill-ms", paramLabel = "MS", defaultValue = "0.05", converter = MillisConverter.class,
            description = "Added to the time to first token per prompt token, ms (default: ${DEFAULT-VALUE}).")
    Duration prefillPerToken;

    @Option(names = "--itl-ms", paramLabel = "MS", defaultValue = "12", converter = MillisConverter.class,
            description = "Inter-token latency: time between two output tokens, ms (default: ${DEFAULT-VALUE}).")
    Duration interTokenLatency;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(commandSpec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        EngineSpec spec;
        try {
            spec = EngineSpec.of(model).withMaxModelLen(maxModelLen).withTiming(new EngineTiming(firstTokenBase,
                    prefillPerToken, interTokenLatency));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandSpec.commandLine(), e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (SimulatedEngine engine = start(spec);
                SignalShutdown shutdown = SignalShutdown.register("simulated engine: stopping", stopped::countDown)) {
            commandSpec.commandLine().getOut().println(engine.endpoint());
            commandSpec.commandLine().getOut().flush();
            serveUntilStopped(engine, stopped);
            // Straight to stderr: on a signal, java.util.logging's own hook may have closed its handlers already.
            System.err.println("simulated engine: " + engine.counters());
        }
        return 0;
    }

    private SimulatedEngine start(EngineSpec spec) {
        InetSocketAddress address = new InetSocketAddress(bind, port);
        if (address.isUnresolved()) {
            throw new CommandLine.ParameterException(commandSpec.commandLine(), "--bind " + bind + " is not an address of this host");
        }
        try {
            return SimulatedEngine.start(spec, address);
        } catch (WorkloadException e) {
            throw new AgentException(e.getMessage(), e);
        }
    }

    /** Logs the counters when they changed; an interrupt stops it like a signal. */
    private static void serveUntilStopped(SimulatedEngine engine, CountDownLatch stopped) {
        SimulatedEngineCounters reported = engine.counters();
        try {
            while (!stopped.await(REPORT_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                SimulatedEngineCounters now = engine.counters();
                if (!now.equals(reported)) {
                    LOG.log(Level.INFO, "simulated engine: {0}", now);
                    reported = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
