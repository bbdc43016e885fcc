package io.athgrid.agent.workload;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One inference engine to run: the weights it loads, the name it serves them under, its context
 * length, how many GPUs it spreads over, extra engine arguments (for vLLM) and, for the SIMULATED
 * engine, its timing.
 *
 * @param servedModelName the model, as requests name it, e.g. {@code meta-llama/Llama-3.1-8B-Instruct}
 * @param weights what the engine loads: a Hugging Face id or a local path; often the served name itself
 * @param maxModelLen the context length in tokens: prompt and completion together
 * @param gpus GPUs the engine uses (vLLM's tensor parallel size)
 * @param engineArgs further vLLM arguments, one process argument each, e.g. {@code --gpu-memory-utilization 0.9}
 * @param timing how fast the simulated engine answers (a real engine ignores it)
 */
public record EngineSpec(String servedModelName, String weights, int maxModelLen, int gpus, List<String> engineArgs,
        EngineTiming timing) {

    public static final int DEFAULT_MAX_MODEL_LEN = 8192;

    /** Longer than any open-weight model's context today; a larger number is a typo. */
    public static final int MAX_MODEL_LEN_LIMIT = 16 * 1024 * 1024;

    /** More GPUs than any one host holds; tensor parallelism does not cross hosts. */
    public static final int MAX_GPUS = 64;

    /**
     * Hugging Face ids ({@code org/name}) and local paths; never a leading '-', which vLLM would read
     * as an option.
     */
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9._/][A-Za-z0-9._/:+-]{0,255}");

    public EngineSpec {
        requireModelName(servedModelName, "servedModelName");
        requireModelName(weights, "weights");
        if (maxModelLen < 1 || maxModelLen > MAX_MODEL_LEN_LIMIT) {
            throw new IllegalArgumentException("the max model length must be 1 to " + MAX_MODEL_LEN_LIMIT + " tokens, not "
                    + maxModelLen);
        }
        if (gpus < 1 || gpus > MAX_GPUS) {
            throw new IllegalArgumentException("an engine uses 1 to " + MAX_GPUS + " GPUs, not " + gpus);
        }
        engineArgs = List.copyOf(engineArgs);
        Objects.requireNonNull(timing, "timing");
    }

    /** The model's own weights under its name, an 8192-token context, one GPU, no extra arguments, H100 timing. */
    public static EngineSpec of(String servedModelName) {
        return new EngineSpec(servedModelName, servedModelName, DEFAULT_MAX_MODEL_LEN, 1, List.of(), EngineTiming.H100_8B);
    }

    public EngineSpec withWeights(String newWeights) {
        return new EngineSpec(servedModelName, newWeights, maxModelLen, gpus, engineArgs, timing);
    }

    public EngineSpec withMaxModelLen(int tokens) {
        return new EngineSpec(servedModelName, weights, tokens, gpus, engineArgs, timing);
    }

    public EngineSpec withGpus(int count) {
        return new EngineSpec(servedModelName, weights, maxModelLen, count, engineArgs, timing);
    }

    public EngineSpec withEngineArgs(List<String> args) {
        return new EngineSpec(servedModelName, weights, maxModelLen, gpus, args, timing);
    }

    public EngineSpec withTiming(EngineTiming newTiming) {
        return new EngineSpec(servedModelName, weights, maxModelLen, gpus, engineArgs, newTiming);
    }

    private static void requireModelName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!MODEL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a model name: up to 256 letters, digits and "
                    + "._/:+- characters, not starting with '-' (e.g. meta-llama/Llama-3.1-8B-Instruct)");
        }
    }
}
