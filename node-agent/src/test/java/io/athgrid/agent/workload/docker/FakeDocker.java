package io.athgrid.agent.workload.docker;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.simulated.SimulatedEngine;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The docker CLI as a test double: records every command and, for {@code docker run}, starts a
 * SIMULATED engine on the published host port the way the vLLM container would come up.
 */
final class FakeDocker implements CommandRunner {

    static final String CONTAINER_ID = "4f1c2b3a5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a8";

    enum Behaviour { SERVES, NEVER_HEALTHY, CRASHES, RUN_FAILS }

    private final Behaviour behaviour;
    private final List<List<String>> commands = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> environments = new CopyOnWriteArrayList<>();
    private volatile SimulatedEngine engine;

    FakeDocker(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    @Override
    public CommandResult run(List<String> command, Map<String, String> environment, Duration timeout) {
        commands.add(List.copyOf(command));
        environments.add(Map.copyOf(environment));
        return switch (command.get(1)) {
            case "run" -> run(command);
            case "inspect" -> behaviour == Behaviour.CRASHES ? new CommandResult(1, "", "Error: No such object: " + CONTAINER_ID)
                    : new CommandResult(0, "true\n", "");
            case "logs" -> new CommandResult(0, "INFO loading safetensors\n", "ERROR torch.OutOfMemoryError: CUDA out of memory\n");
            case "stop" -> stop();
            default -> new CommandResult(1, "", "unknown command " + command);
        };
    }

    List<List<String>> commands() {
        return commands;
    }

    List<Map<String, String>> environments() {
        return environments;
    }

    private CommandResult run(List<String> command) {
        if (behaviour == Behaviour.RUN_FAILS) {
            return new CommandResult(125, "", "docker: Error response from daemon: could not select device driver \"\" with "
                    + "capabilities: [[gpu]].\n");
        }
        if (behaviour == Behaviour.SERVES) {
            String published = command.get(command.indexOf("-p") + 1);
            int port = Integer.parseInt(published.substring(0, published.indexOf(':')));
            String model = command.get(command.indexOf("--served-model-name") + 1);
            engine = SimulatedEngine.start(EngineSpec.of(model), new InetSocketAddress("127.0.0.1", port));
        }
        return new CommandResult(0, "Unable to find image locally\n" + CONTAINER_ID + "\n", "");
    }

    private CommandResult stop() {
        if (engine != null) {
            engine.close();
        }
        return new CommandResult(0, CONTAINER_ID + "\n", "");
    }
}
