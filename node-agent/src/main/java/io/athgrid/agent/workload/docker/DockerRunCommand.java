package io.athgrid.agent.workload.docker;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.WorkloadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code docker run} command line of a vLLM engine:
 * {@code docker run -d --rm --gpus all --ipc=host -v <cache>:/root/.cache/huggingface -p <port>:8000
 * [-e HUGGING_FACE_HUB_TOKEN] <image> --model <weights> --served-model-name <name> --max-model-len <n>
 * --tensor-parallel-size <gpus> <args...>}.
 *
 * <p>{@code --ipc=host}: vLLM's workers share tensors through shared memory, which docker's default
 * 64 MB does not hold. The token is named, not given: docker copies its value from its own
 * environment, so it never shows in the process list.
 */
final class DockerRunCommand {

    static final int ENGINE_PORT = 8000;
    static final String CONTAINER_CACHE = "/root/.cache/huggingface";

    /** Engine arguments the runtime sets itself; given again they would contradict it. */
    private static final Set<String> RESERVED = Set.of("--model", "--served-model-name", "--max-model-len",
            "--tensor-parallel-size", "--port", "--host");

    private DockerRunCommand() {
    }

    static List<String> of(DockerSettings settings, EngineSpec spec, int hostPort) {
        for (String argument : spec.engineArgs()) {
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            if (RESERVED.contains(name)) {
                throw new WorkloadException("the engine argument " + name + " is set by the runtime (from the engine spec "
                        + "and the published port); leave it out of the engine args");
            }
        }
        List<String> command = new ArrayList<>(List.of(settings.docker(), "run", "-d", "--rm", "--gpus", "all", "--ipc=host",
                "-v", settings.modelCache().toAbsolutePath() + ":" + CONTAINER_CACHE, "-p", hostPort + ":" + ENGINE_PORT));
        if (settings.huggingFaceToken().isPresent()) {
            command.addAll(List.of("-e", DockerSettings.TOKEN_VARIABLE));
        }
        command.addAll(List.of(settings.image(), "--model", spec.weights(), "--served-model-name", spec.servedModelName(),
                "--max-model-len", String.valueOf(spec.maxModelLen()), "--tensor-parallel-size", String.valueOf(spec.gpus())));
        command.addAll(spec.engineArgs());
        return command;
    }
}
