package io.athgrid.maas.catalog;

import io.athgrid.support.web.ResourceNotFoundException;

/** No catalog model has this id (or, for enterprises on /v1, none that is still offered). */
public class ModelNotFoundException extends ResourceNotFoundException {

    private final String modelId;

    public ModelNotFoundException(String modelId) {
        // OpenAI's own wording, which clients and SDK users recognise.
        super("The model `" + modelId + "` does not exist or you do not have access to it.");
        this.modelId = modelId;
    }

    public String modelId() {
        return modelId;
    }
}
