package io.athgrid.agent.workload;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One inference engine to run: the model it serves under which name, its context length, extra
 * engine arguments (for vLLM) and, for the SIMULATED engine, its timing.
 *
 * @param servedModelName the model, as requests name it, e.g. {@code meta-llama/Llama-3.1-8B-Instruct}
 * @param maxModelLen the context length in tokens: prompt and completion together
 * @param engineArgs further vLLM arguments, e.g. {@code --gpu-memory-utilization 0.9}
 * @param timing how fast the simulated engine answers (a real engine ignores it)
 */
public record EngineSpec(String servedModelName, int maxModelLen, List<String> engineArgs, EngineTiming timing) {

    public static final int DEFAULT_MAX_MODEL_LEN = 8192;

    /** Longer than any open-weight model's context today; a larger number is a typo. */
    public static final int MAX_MODEL_LEN_LIMIT = 16 * 1024 * 1024;

    /**
     * Hugging Face ids ({@code org/name}) and local paths; never a leading '-', which vLLM would read
     * as an option.
     */
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9._/][A-Za-z0-9._/:+-]{0,255}");

    public EngineSpec {
        Objects.requireNonNull(servedModelName, "servedModelName");
        if (!MODEL_NAME.matcher(servedModelName).matches()) {
            throw new IllegalArgumentException("'" + servedModelName + "' is not a model name: up to 256 letters, digits and "
                    + "._/:+- characters, not starting with '-' (e.g. meta-llama/Llama-3.1-8B-Instruct)");
        }
        if (maxModelLen < 1 || maxModelLen > MAX_MODEL_LEN_LIMIT) {
            throw new IllegalArgumentException("the max model length must be 1 to " + MAX_MODEL_LEN_LIMIT + " tokens, not "
                    + maxModelLen);
        }
        engineArgs = List.copyOf(engineArgs);
        Objects.requireNonNull(timing, "timing");
    }

    /** The model with an 8192-token context, no extra arguments and H100 timing. */
    public static EngineSpec of(String servedModelName) {
        return new EngineSpec(servedModelName, DEFAULT_MAX_MODEL_LEN, List.of(), EngineTiming.H100_8B);
    }

    public EngineSpec withMaxModelLen(int tokens) {
        return new EngineSpec(servedModelName, tokens, engineArgs, timing);
    }

    public EngineSpec withEngineArgs(List<String> args) {
        return new EngineSpec(servedModelName, maxModelLen, args, timing);
    }

    public EngineSpec withTiming(EngineTiming newTiming) {
        return new EngineSpec(servedModelName, maxModelLen, engineArgs, newTiming);
    }
}
