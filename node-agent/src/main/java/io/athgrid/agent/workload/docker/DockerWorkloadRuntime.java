package io.athgrid.agent.workload.docker;

import io.athgrid.agent.workload.EngineHealth;
import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.RunningEngine;
import io.athgrid.agent.workload.WorkloadException;
import io.athgrid.agent.workload.WorkloadRuntime;
import io.athgrid.agent.workload.docker.CommandRunner.CommandResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs vLLM engines as docker containers on this GPU host ({@link DockerRunCommand}), waits until
 * their {@code /health} answers, and stops them with {@code docker stop} (the container was started
 * with {@code --rm}, so that also removes it).
 */
public final class DockerWorkloadRuntime implements WorkloadRuntime {

    private static final System.Logger LOG = System.getLogger(DockerWorkloadRuntime.class.getName());
    private static final Pattern CONTAINER_ID = Pattern.compile("[0-9a-f]{12,64}");
    private static final int LOG_LINES_ON_FAILURE = 40;

    private final DockerSettings settings;
    private final CommandRunner runner;
    private final EngineHealth health;

    public DockerWorkloadRuntime(DockerSettings settings) {
        this(settings, new ProcessCommandRunner(), EngineHealth.create());
    }

    public DockerWorkloadRuntime(DockerSettings settings, CommandRunner runner, EngineHealth health) {
        this.settings = settings;
        this.runner = runner;
        this.health = health;
    }

    @Override
    public RunningEngine start(EngineSpec spec) {
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        int port = settings.hostPort() != 0 ? settings.hostPort() : FreePort.find();
        List<String> command = DockerRunCommand.of(settings, spec, port);
        Map<String, String> environment = settings.huggingFaceToken()
                .map(token -> Map.of(DockerSettings.TOKEN_VARIABLE, token)).orElse(Map.of());
        // The image may be pulled first: that is part of the start, not of one quick docker command.
        CommandResult run = runner.run(command, environment, settings.startTimeout());
        if (!run.succeeded()) {
            throw new WorkloadException("`docker run` for " + spec.servedModelName() + " failed (exit " + run.exitCode() + "): "
                    + run.stderr().strip());
        }
        String containerId = lastLine(run.stdout());
        if (!CONTAINER_ID.matcher(containerId).matches()) {
            throw new WorkloadException("`docker run` printed no container id but '" + containerId + "'");
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        LOG.log(System.Logger.Level.INFO, "engine {0}: container {1} started, waiting for {2}/health", spec.servedModelName(),
                containerId, endpoint);
        awaitHealthy(spec, containerId, endpoint, deadline);
        LOG.log(System.Logger.Level.INFO, "engine {0}: healthy at {1}", spec.servedModelName(), endpoint);
        return new DockerRunningEngine(spec, containerId, endpoint, this);
    }

    private void awaitHealthy(EngineSpec spec, String containerId, URI endpoint, long deadline) {
        while (!health.isHealthy(endpoint)) {
            if (!running(containerId)) {
                throw startFailed(spec, containerId, "the container stopped before the engine became healthy");
            }
            if (System.nanoTime() - deadline > 0) {
                throw startFailed(spec, containerId, "the engine was not healthy within " + settings.startTimeout());
            }
            try {
                Thread.sleep(settings.healthPollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopQuietly(containerId);
                throw new WorkloadException("interrupted while " + spec.servedModelName() + " was starting; container "
                        + containerId + " stopped", e);
            }
        }
    }

    private boolean running(String containerId) {
        CommandResult inspect = docker(List.of("inspect", "--format", "{{.State.Running}}", containerId));
        return inspect.succeeded() && inspect.stdout().strip().equals("true");
    }

    /** The engine's last log lines tell why (no GPU, a gated model without token, out of memory). */
    private WorkloadException startFailed(EngineSpec spec, String containerId, String reason) {
        CommandResult logs = docker(List.of("logs", "--tail", String.valueOf(LOG_LINES_ON_FAILURE), containerId));
        stopQuietly(containerId);
        String lastLogs = logs.succeeded() ? (logs.stdout() + logs.stderr()).strip() : "(no logs: the container is gone)";
        return new WorkloadException("engine " + spec.servedModelName() + " (container " + containerId + "): " + reason
                + "; its last log lines:\n" + lastLogs);
    }

    void stop(String containerId) {
        CommandResult stop = docker(List.of("stop", containerId));
        if (!stop.succeeded() && !stop.stderr().contains("No such container")) {
            throw new WorkloadException("`docker stop " + containerId + "` failed (exit " + stop.exitCode() + "): "
                    + stop.stderr().strip());
        }
    }

    private void stopQuietly(String containerId) {
        try {
            stop(containerId);
        } catch (WorkloadException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
    }

    private CommandResult docker(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(settings.docker());
        command.addAll(arguments);
        return runner.run(command, Map.of(), settings.commandTimeout());
    }

    boolean healthy(URI endpoint) {
        return health.isHealthy(endpoint);
    }

    private static String lastLine(String output) {
        List<String> lines = output.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }
}
