package io.athgrid.maas.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A model in OpenAI's shape ({@code GET /v1/models}): what OpenAI SDKs parse.
 *
 * @param created when the model was added to the catalog, in epoch seconds
 */
public record OpenAiModel(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {

    /** Models are served by the platform, whoever published the weights. */
    public static final String OWNER = "athgrid";

    static OpenAiModel of(CatalogModel model) {
        return new OpenAiModel(model.id().value(), "model", model.addedAt().getEpochSecond(), OWNER);
    }
}
