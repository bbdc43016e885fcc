package io.athgrid.maas.catalog;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * OpenAI's models API for enterprises' API keys ({@code client.models.list()}): only active models,
 * so a retired one is neither listed nor retrievable here. Errors take OpenAI's shape (see the
 * {@code openai} package).
 */
@RestController
@RequestMapping("/v1/models")
class OpenAiModelsController {

    private final Catalog catalog;

    OpenAiModelsController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "OpenAI: list the models an enterprise can call")
    @GetMapping
    OpenAiModelList list() {
        return OpenAiModelList.of(catalog.list(false).stream().map(OpenAiModel::of).toList());
    }

    @Operation(summary = "OpenAI: retrieve one model by its id (the rest of the path, slashes included)")
    @GetMapping("/{*model}")
    OpenAiModel retrieve(@PathVariable String model) {
        ModelId id = ModelIdParam.fromPath("model", model);
        return catalog.find(id).filter(CatalogModel::isActive).map(OpenAiModel::of)
                .orElseThrow(() -> new ModelNotFoundException(id.value()));
    }
}
