package io.athgrid.maas.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for {@code POST /models}: a valid 70B model under a fresh id, to vary per test. */
final class CatalogFixture {

    private CatalogFixture() {
    }

    static String freshId() {
        return "athgrid-it/Model-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> seventyB(String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("displayName", "Llama 3.3 70B Instruct");
        body.put("family", "llama3.3");
        body.put("parametersBillions", new BigDecimal("70.6"));
        body.put("contextLength", 131_072);
        body.put("vramGb", 192);
        body.put("minGpuVramGb", 80);
        body.put("gpusPerReplica", 4);
        body.put("engine", "vllm");
        body.put("engineArgs", List.of("--tensor-parallel-size 4", "--max-model-len 65536"));
        body.put("usdPerMillionInputTokens", new BigDecimal("0.60"));
        body.put("usdPerMillionOutputTokens", new BigDecimal("0.80"));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
