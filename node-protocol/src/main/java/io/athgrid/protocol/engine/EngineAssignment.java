package io.athgrid.protocol.engine;

import java.util.List;

/**
 * One engine a container should run: a replica of a deployment.
 *
 * @param replicaId       the replica, to report its endpoint under
 * @param engine          the serving engine, e.g. {@code vllm}
 * @param servedModelName the model as requests name it (the catalog's id), e.g. {@code llama-3.1-8b-instruct}
 * @param weights         what the engine loads, e.g. {@code meta-llama/Llama-3.1-8B-Instruct}
 * @param maxModelLen     the context length in tokens
 * @param gpus            GPUs the engine uses (tensor parallel size)
 * @param engineArgs      further engine arguments from the catalog
 */
public record EngineAssignment(String replicaId, String engine, String servedModelName, String weights,
        int maxModelLen, int gpus, List<String> engineArgs) {

    public EngineAssignment {
        engineArgs = engineArgs == null ? List.of() : List.copyOf(engineArgs);
    }
}
