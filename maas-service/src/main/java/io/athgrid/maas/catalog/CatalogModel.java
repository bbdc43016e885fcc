package io.athgrid.maas.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A model the platform offers: what it is, what one replica needs, how the engine runs it and what
 * a million tokens cost. Immutable; {@link #retire} answers the retired model.
 *
 * @param parametersBillions the parameter count in billions, e.g. 8.03
 * @param contextLength      the model's own context window in tokens; the engine may serve less
 *                           ({@link #servedContextLength()})
 * @param vramGb             memory one replica needs: the weights plus headroom for the KV cache
 * @param retiredAt          when it was retired; null while {@link ModelState#ACTIVE}
 */
public record CatalogModel(
        ModelId id,
        String displayName,
        String family,
        BigDecimal parametersBillions,
        int contextLength,
        int vramGb,
        GpuNeeds gpuNeeds,
        ServingEngine engine,
        EngineArgs engineArgs,
        TokenPrice price,
        ModelState state,
        Instant addedAt,
        Instant retiredAt) {

    public CatalogModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(family, "family");
        parametersBillions = plain(Objects.requireNonNull(parametersBillions, "parametersBillions"));
        Objects.requireNonNull(gpuNeeds, "gpuNeeds");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(engineArgs, "engineArgs");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(addedAt, "addedAt");
        if ((state == ModelState.RETIRED) != (retiredAt != null)) {
            throw new IllegalArgumentException("a model has a retirement time exactly when it is retired");
        }
        if (retiredAt != null && retiredAt.isBefore(addedAt)) {
            throw new IllegalArgumentException("a model cannot be retired before it was added");
        }
    }

    /** The same number however it was written or stored: 8.030 and 8.03 are one parameter count. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Whether a node with {@code gpuCount} GPUs of {@code gpuModelVramGb} each can run one replica:
     * enough GPUs for the tensor parallel size, each with the minimum memory, holding {@link #vramGb}.
     */
    public boolean fitsOn(int gpuModelVramGb, int gpuCount) {
        return gpuNeeds.fitsOn(gpuModelVramGb, gpuCount, vramGb);
    }

    /** The longest context callers get: the engine's {@code --max-model-len} when set, else the model's own. */
    public int servedContextLength() {
        return engineArgs.maxModelLen().orElse(contextLength);
    }

    public boolean isActive() {
        return state == ModelState.ACTIVE;
    }

    /** This model retired at {@code at}; it stays readable for billing history but is no longer offered. */
    public CatalogModel retire(Instant at) {
        if (!isActive()) {
            throw new AlreadyRetiredException(id, retiredAt);
        }
        // Another instance's clock may run slightly behind the one that added the model.
        Instant retiredAt = at.isBefore(addedAt) ? addedAt : at;
        return new CatalogModel(id, displayName, family, parametersBillions, contextLength, vramGb, gpuNeeds, engine,
                engineArgs, price, ModelState.RETIRED, addedAt, retiredAt);
    }
}
