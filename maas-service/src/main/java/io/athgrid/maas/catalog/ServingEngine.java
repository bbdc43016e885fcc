package io.athgrid.maas.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The inference servers a catalog model can run on; each serves the OpenAI-compatible API. */
public enum ServingEngine {
    VLLM("vllm");

    private final String id;

    ServingEngine(String id) {
        this.id = id;
    }

    /** The name used in requests, storage and on containers' pre-installed services. */
    public String id() {
        return id;
    }

    public static Optional<ServingEngine> find(String id) {
        return Arrays.stream(values()).filter(engine -> engine.id.equals(id)).findFirst();
    }
}
