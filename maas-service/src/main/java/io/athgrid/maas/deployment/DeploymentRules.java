package io.athgrid.maas.deployment;

import io.athgrid.maas.catalog.CatalogModel;
import io.athgrid.maas.catalog.GpuNeeds;
import io.athgrid.maas.catalog.ModelId;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns an unchecked {@link DeploymentRequest} into a {@link ValidDeployment}, or refuses it naming
 * every offending field: an unknown or retired model, an unknown GPU model or one whose memory cannot
 * hold a replica of the model, replica bounds out of range, an unknown region (the platform's
 * {@link Region} codes, as containers register and orders name them).
 */
public final class DeploymentRules {

    private final Function<ModelId, Optional<CatalogModel>> catalog;
    private final GpuTable gpus;

    public DeploymentRules(Function<ModelId, Optional<CatalogModel>> catalog, GpuTable gpus) {
        this.catalog = catalog;
        this.gpus = gpus;
    }

    public ValidDeployment validate(DeploymentRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        CatalogModel model = model(problems, request.model());
        GpuModel gpuModel = gpuModel(problems, request.gpuModel(), model);
        ReplicaBounds bounds = bounds(problems, request.minReplicas(), request.maxReplicas());
        Region region = region(problems, request.region());
        if (!problems.isEmpty()) {
            throw new InvalidDeploymentException(problems);
        }
        return new ValidDeployment(model, gpuModel, bounds, region);
    }

    private CatalogModel model(List<FieldProblem> problems, String text) {
        Optional<String> malformed = ModelId.problem(text);
        if (malformed.isPresent()) {
            problems.add(new FieldProblem("model", "model " + malformed.get()));
            return null;
        }
        Optional<CatalogModel> found = catalog.apply(ModelId.of(text));
        if (found.isEmpty()) {
            problems.add(new FieldProblem("model", "unknown model " + text + ": GET /models lists what can be deployed"));
            return null;
        }
        if (!found.get().isActive()) {
            problems.add(new FieldProblem("model", "model " + text + " is retired and can no longer be deployed"));
            return null;
        }
        return found.get();
    }

    /** New bounds for a deployment ({@code POST /deployments/{id}/scale}), or every broken rule. */
    public static ReplicaBounds validBounds(Integer min, Integer max) {
        List<FieldProblem> problems = new ArrayList<>();
        ReplicaBounds bounds = bounds(problems, min, max);
        if (!problems.isEmpty()) {
            throw new InvalidDeploymentException(problems);
        }
        return bounds;
    }

    private GpuModel gpuModel(List<FieldProblem> problems, String text, CatalogModel model) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("gpuModel", "is required"));
            return null;
        }
        Optional<GpuModel> found = gpus.find(text);
        if (found.isEmpty()) {
            problems.add(new FieldProblem("gpuModel", "unknown GPU model " + text + ": one of "
                    + Arrays.stream(GpuModel.values()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
        if (model != null) {
            GpuNeeds needs = model.gpuNeeds();
            int vram = gpus.vramGb(found.get());
            if (!model.fitsOn(vram, needs.gpusPerReplica())) {
                problems.add(new FieldProblem("gpuModel", "a " + found.get() + " has " + vram + " GB per GPU; "
                        + model.id() + " needs " + needs.gpusPerReplica() + " GPU(s) with at least "
                        + needs.minGpuVramGb() + " GB each, " + model.vramGb() + " GB in all"));
            }
        }
        return found.get();
    }

    private static ReplicaBounds bounds(List<FieldProblem> problems, Integer min, Integer max) {
        boolean minOk = inRange(problems, "minReplicas", min, 0);
        boolean maxOk = inRange(problems, "maxReplicas", max, 1);
        if (!minOk || !maxOk) {
            return null;
        }
        if (min > max) {
            problems.add(new FieldProblem("minReplicas", "must not exceed maxReplicas (" + max + ")"));
            return null;
        }
        return new ReplicaBounds(min, max);
    }

    private static boolean inRange(List<FieldProblem> problems, String field, Integer value, int least) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
            return false;
        }
        if (value < least || value > ReplicaBounds.MOST) {
            problems.add(new FieldProblem(field, "must be " + least + " .. " + ReplicaBounds.MOST));
            return false;
        }
        return true;
    }

    private static Region region(List<FieldProblem> problems, String text) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("region", "is required"));
            return null;
        }
        Optional<Region> found = Region.find(text.toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            problems.add(new FieldProblem("region", "unknown region " + text + ": one of "
                    + Arrays.stream(Region.values()).map(Region::code).collect(Collectors.joining(", "))));
        }
        return found.orElse(null);
    }
}
