package io.athgrid.protocol.check;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A capacity check: the hardware the checker found and benchmarked, and whether it qualifies for
 * what the container registered (the checker compares the two; the referee only counts votes).
 * Model and GPU count are exact, VRAM is compared in 4 GB steps and the benchmark score in
 * half-octave bands ({@link Bands}).
 *
 * @param gpuModel       a {@code GpuModel} name as registrations use it, or {@code UNKNOWN}
 * @param benchmarkScore the reference benchmark's score for the whole node (higher is faster)
 */
public record CapacityResult(boolean qualified, String gpuModel, int gpuCount, int vramGbPerGpu,
        BigDecimal benchmarkScore) implements CheckResult {

    // The canonical form separates fields with ';' and '='; a model name must not contain them.
    private static final Pattern MODEL = Pattern.compile("[A-Z0-9_]{1,40}");

    public CapacityResult {
        Objects.requireNonNull(benchmarkScore, "benchmarkScore");
        if (gpuModel == null || !MODEL.matcher(gpuModel).matches()) {
            throw new IllegalArgumentException("a GPU model is 1 to 40 of A-Z, 0-9 and _");
        }
        if (gpuCount < 0 || vramGbPerGpu < 0 || benchmarkScore.signum() < 0) {
            throw new IllegalArgumentException("counts, VRAM and score must not be negative");
        }
    }

    @Override
    public CheckKind kind() {
        return CheckKind.CAPACITY;
    }

    /** VRAM per GPU to the nearest 4 GB. */
    public int vramBand() {
        return Bands.vramGb(vramGbPerGpu);
    }

    /** The half-octave band of the benchmark score. */
    public int benchmarkBand() {
        return Bands.halfOctave(benchmarkScore);
    }

    @Override
    public String canonical() {
        return CheckResult.prefix(kind()) + ";qualified=" + qualified + ";gpuModel=" + gpuModel + ";gpuCount="
                + gpuCount + ";vram=" + vramBand() + ";benchmark=" + benchmarkBand();
    }
}
