package io.athgrid.maas.catalog;

import java.util.List;

/** OpenAI's list envelope: {@code {"object": "list", "data": [...]}}. */
public record OpenAiModelList(String object, List<OpenAiModel> data) {

    static OpenAiModelList of(List<OpenAiModel> models) {
        return new OpenAiModelList("list", models);
    }
}
