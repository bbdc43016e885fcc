package io.athgrid.maas.deployment;

import io.athgrid.maas.catalog.CatalogModel;
import io.athgrid.maas.catalog.ModelRequest;
import io.athgrid.maas.catalog.ModelRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Catalog models as the seeded catalog has them, for deployment rules without a database. */
final class CatalogModels {

    static final Instant ADDED = Instant.parse("2026-11-01T00:00:00Z");

    private CatalogModels() {
    }

    /** Llama 3.1 8B: one GPU with at least 24 GB. */
    static CatalogModel eightB() {
        return ModelRules.newModel(new ModelRequest("meta-llama/Llama-3.1-8B-Instruct", "Llama 3.1 8B Instruct",
                "llama3.1", new BigDecimal("8.03"), 131_072, 24, 24, 1, "vllm", List.of("--max-model-len 16384"),
                new BigDecimal("0.10"), new BigDecimal("0.15")), ADDED);
    }

    /** Llama 3.1 70B: four GPUs with at least 80 GB each, 192 GB in all. */
    static CatalogModel seventyB() {
        return ModelRules.newModel(new ModelRequest("meta-llama/Llama-3.1-70B-Instruct", "Llama 3.1 70B Instruct",
                "llama3.1", new BigDecimal("70.6"), 131_072, 192, 80, 4, "vllm", List.of("--tensor-parallel-size 4"),
                new BigDecimal("0.60"), new BigDecimal("0.80")), ADDED);
    }
}
