package io.athgrid.maas.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns an unchecked {@link ModelRequest} into a new, active {@link CatalogModel}, or refuses it
 * listing every broken rule. Beyond each field's own range: one replica's GPUs must hold the memory
 * it needs, the engine's tensor parallel size must be the GPUs per replica, and the engine may serve
 * a shorter context than the model's but not a longer one.
 */
public final class ModelRules {

    public static final int MAX_DISPLAY_NAME_LENGTH = 100;
    public static final int MAX_CONTEXT_LENGTH = 10_000_000;
    public static final int MAX_PARAMETER_DECIMALS = 3;
    public static final BigDecimal MAX_PARAMETERS_BILLIONS = new BigDecimal("10000");
    private static final Pattern FAMILY = Pattern.compile("[a-z0-9][a-z0-9.-]{0,39}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ModelRules() {
    }

    public static CatalogModel newModel(ModelRequest request, Instant now) {
        List<Violation> violations = new ArrayList<>();
        ModelId.problem(request.id()).ifPresent(problem -> violations.add(new Violation("id", problem)));
        displayName(violations, request.displayName());
        if (request.family() == null || !FAMILY.matcher(request.family()).matches()) {
            violations.add(new Violation("family", "must be 1-40 lower-case letters, digits, '.' or '-', "
                    + "such as llama or qwen2.5"));
        }
        parameters(violations, request.parametersBillions());
        boolean contextKnown = range(violations, "contextLength", request.contextLength(), MAX_CONTEXT_LENGTH);
        boolean gpuVramKnown = range(violations, "minGpuVramGb", request.minGpuVramGb(), GpuNeeds.MAX_GPU_VRAM_GB);
        boolean gpusKnown = range(violations, "gpusPerReplica", request.gpusPerReplica(),
                GpuNeeds.MAX_GPUS_PER_REPLICA);
        boolean vramKnown = range(violations, "vramGb", request.vramGb(),
                GpuNeeds.MAX_GPU_VRAM_GB * GpuNeeds.MAX_GPUS_PER_REPLICA);
        if (gpuVramKnown && gpusKnown && vramKnown
                && request.minGpuVramGb() * request.gpusPerReplica() < request.vramGb()) {
            violations.add(new Violation("vramGb", "must fit on one replica's GPUs: " + request.gpusPerReplica()
                    + " x " + request.minGpuVramGb() + " GB hold only "
                    + request.gpusPerReplica() * request.minGpuVramGb() + " GB"));
        }
        Optional<ServingEngine> engine = ServingEngine.find(request.engine());
        if (engine.isEmpty()) {
            violations.add(new Violation("engine", "must be one of " + Arrays.stream(ServingEngine.values())
                    .map(ServingEngine::id).toList()));
        }
        List<String> options = request.engineArgs() == null ? List.of() : request.engineArgs();
        List<Violation> optionViolations = EngineArgs.check(options);
        violations.addAll(optionViolations);
        if (optionViolations.isEmpty()) {
            engineFits(violations, new EngineArgs(options), gpusKnown ? request.gpusPerReplica() : null,
                    contextKnown ? request.contextLength() : null);
        }
        TokenPrice.problem(request.usdPerMillionInputTokens())
                .ifPresent(problem -> violations.add(new Violation("usdPerMillionInputTokens", problem)));
        TokenPrice.problem(request.usdPerMillionOutputTokens())
                .ifPresent(problem -> violations.add(new Violation("usdPerMillionOutputTokens", problem)));
        if (!violations.isEmpty()) {
            throw new InvalidModelException(violations);
        }
        return new CatalogModel(ModelId.of(request.id()), request.displayName().strip(), request.family(),
                request.parametersBillions(), request.contextLength(), request.vramGb(),
                new GpuNeeds(request.minGpuVramGb(), request.gpusPerReplica()), engine.get(), new EngineArgs(options),
                new TokenPrice(request.usdPerMillionInputTokens(), request.usdPerMillionOutputTokens()),
                ModelState.ACTIVE, now, null);
    }

    /** The options against the GPUs and context, each null when not itself valid (and refused already). */
    private static void engineFits(List<Violation> violations, EngineArgs args, Integer gpus, Integer context) {
        if (gpus != null && gpus > 1 && !args.has(EngineArgs.TENSOR_PARALLEL_SIZE)) {
            violations.add(new Violation("engineArgs", "must carry " + EngineArgs.TENSOR_PARALLEL_SIZE + " " + gpus
                    + " to run one replica on its " + gpus + " GPUs"));
        } else if (gpus != null && args.tensorParallelSize() != gpus) {
            violations.add(new Violation("engineArgs", EngineArgs.TENSOR_PARALLEL_SIZE + " must equal "
                    + "gpusPerReplica (" + gpus + ")"));
        }
        if (args.pipelineParallelSize() != 1) {
            violations.add(new Violation("engineArgs", EngineArgs.PIPELINE_PARALLEL_SIZE + " must be 1: a replica "
                    + "runs tensor parallel on the GPUs of one node"));
        }
        if (context != null && args.maxModelLen().isPresent() && args.maxModelLen().getAsInt() > context) {
            violations.add(new Violation("engineArgs", EngineArgs.MAX_MODEL_LEN + " must not exceed contextLength ("
                    + context + ")"));
        }
    }

    private static void displayName(List<Violation> violations, String name) {
        if (name == null || name.isBlank()) {
            violations.add(new Violation("displayName", "is required"));
        } else if (name.strip().length() > MAX_DISPLAY_NAME_LENGTH || CONTROL.matcher(name).find()) {
            violations.add(new Violation("displayName", "must be at most " + MAX_DISPLAY_NAME_LENGTH
                    + " characters without control characters"));
        }
    }

    private static void parameters(List<Violation> violations, BigDecimal billions) {
        if (billions == null) {
            violations.add(new Violation("parametersBillions", "is required"));
        } else if (billions.signum() <= 0 || billions.compareTo(MAX_PARAMETERS_BILLIONS) > 0
                || billions.stripTrailingZeros().scale() > MAX_PARAMETER_DECIMALS) {
            violations.add(new Violation("parametersBillions", "must be above 0 and at most "
                    + MAX_PARAMETERS_BILLIONS + " (billions), with at most " + MAX_PARAMETER_DECIMALS + " decimals"));
        }
    }

    /** Whether {@code value} is given and within 1 .. max; a violation otherwise. */
    private static boolean range(List<Violation> violations, String field, Integer value, int max) {
        if (value == null) {
            violations.add(new Violation(field, "is required"));
            return false;
        }
        if (value < 1 || value > max) {
            violations.add(new Violation(field, "must be 1 .. " + max));
            return false;
        }
        return true;
    }
}
