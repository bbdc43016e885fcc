package io.athgrid.maas.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /models}, unchecked; {@link ModelRules} turns it into a {@link CatalogModel}.
 * {@code engineArgs} may be left out (no options).
 */
public record ModelRequest(
        String id,
        String displayName,
        String family,
        BigDecimal parametersBillions,
        Integer contextLength,
        Integer vramGb,
        Integer minGpuVramGb,
        Integer gpusPerReplica,
        String engine,
        List<String> engineArgs,
        BigDecimal usdPerMillionInputTokens,
        BigDecimal usdPerMillionOutputTokens) {
}
