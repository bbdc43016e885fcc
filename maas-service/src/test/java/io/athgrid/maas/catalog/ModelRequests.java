package io.athgrid.maas.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A valid request for a 70B model on 4 x 80 GB, to vary one field at a time. */
final class ModelRequests {

    String id = "meta-llama/Llama-3.3-70B-Instruct";
    String displayName = "Llama 3.3 70B Instruct";
    String family = "llama3.3";
    BigDecimal parametersBillions = new BigDecimal("70.6");
    Integer contextLength = 131_072;
    Integer vramGb = 192;
    Integer minGpuVramGb = 80;
    Integer gpusPerReplica = 4;
    String engine = "vllm";
    List<String> engineArgs = new ArrayList<>(List.of("--tensor-parallel-size 4", "--max-model-len 65536"));
    BigDecimal usdPerMillionInputTokens = new BigDecimal("0.60");
    BigDecimal usdPerMillionOutputTokens = new BigDecimal("0.80");

    static ModelRequests seventyB() {
        return new ModelRequests();
    }

    /** An 8B model on one 24 GB GPU. */
    static ModelRequests eightB() {
        ModelRequests request = new ModelRequests();
        request.id = "meta-llama/Llama-3.1-8B-Instruct";
        request.displayName = "Llama 3.1 8B Instruct";
        request.family = "llama3.1";
        request.parametersBillions = new BigDecimal("8.03");
        request.vramGb = 24;
        request.minGpuVramGb = 24;
        request.gpusPerReplica = 1;
        request.engineArgs = new ArrayList<>(List.of("--max-model-len 16384"));
        request.usdPerMillionInputTokens = new BigDecimal("0.10");
        request.usdPerMillionOutputTokens = new BigDecimal("0.15");
        return request;
    }

    ModelRequest build() {
        return new ModelRequest(id, displayName, family, parametersBillions, contextLength, vramGb, minGpuVramGb,
                gpusPerReplica, engine, engineArgs, usdPerMillionInputTokens, usdPerMillionOutputTokens);
    }
}
