package io.athgrid.maas.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A catalog model as {@code /models} shows it; the same field names as {@link ModelRequest}. */
public record ModelView(
        String id,
        String displayName,
        String family,
        BigDecimal parametersBillions,
        int contextLength,
        int servedContextLength,
        int vramGb,
        int minGpuVramGb,
        int gpusPerReplica,
        String engine,
        List<String> engineArgs,
        BigDecimal usdPerMillionInputTokens,
        BigDecimal usdPerMillionOutputTokens,
        ModelState state,
        Instant addedAt,
        Instant retiredAt) {

    static ModelView of(CatalogModel model) {
        return new ModelView(model.id().value(), model.displayName(), model.family(), model.parametersBillions(),
                model.contextLength(), model.servedContextLength(), model.vramGb(), model.gpuNeeds().minGpuVramGb(),
                model.gpuNeeds().gpusPerReplica(), model.engine().id(), model.engineArgs().options(),
                model.price().usdPerMillionInput(), model.price().usdPerMillionOutput(), model.state(),
                model.addedAt(), model.retiredAt());
    }
}
