package io.athgrid.maas.catalog;

import io.athgrid.support.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog for every signed-in caller; operators add and retire models. Model ids contain '/',
 * so a model is addressed by the rest of the path: {@code GET /models/meta-llama/Llama-3.1-8B-Instruct}.
 */
@RestController
@RequestMapping("/models")
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "Active models by id; operators may include retired ones")
    @GetMapping
    List<ModelView> list(@AuthenticationPrincipal Caller caller,
            @RequestParam(defaultValue = "false") boolean includeRetired) {
        if (includeRetired && !caller.isOperator()) {
            throw new AccessDeniedException("Only operators list retired models; read one by its id");
        }
        return catalog.list(includeRetired).stream().map(ModelView::of).toList();
    }

    @Operation(summary = "One model, active or retired, by its id (the rest of the path, slashes included)")
    @GetMapping("/{*id}")
    ModelView get(@Parameter(description = "e.g. meta-llama/Llama-3.1-8B-Instruct") @PathVariable String id) {
        ModelId modelId = ModelIdParam.fromPath("id", id);
        return catalog.find(modelId).map(ModelView::of)
                .orElseThrow(() -> new ModelNotFoundException(modelId.value()));
    }

    @Operation(summary = "Add a model (operators): 201 with the model, 409 if the id exists in any case")
    @PostMapping
    ResponseEntity<ModelView> add(@AuthenticationPrincipal Caller caller, @RequestBody ModelRequest request) {
        requireOperator(caller, "add models");
        ModelView model = ModelView.of(catalog.add(request));
        return ResponseEntity.created(URI.create("models/" + model.id())).body(model);
    }

    @Operation(summary = "Retire a model (operators): no longer listed to enterprises, still readable; one-way")
    @PostMapping("/retire")
    ModelView retire(@AuthenticationPrincipal Caller caller, @RequestParam String id) {
        requireOperator(caller, "retire models");
        return ModelView.of(catalog.retire(ModelIdParam.parse("id", id)));
    }

    private static void requireOperator(Caller caller, String action) {
        if (!caller.isOperator()) {
            throw new AccessDeniedException("Only operators " + action);
        }
    }
}
