package io.athgrid.maas.engine;

import io.athgrid.maas.catalog.Catalog;
import io.athgrid.maas.catalog.CatalogModel;
import io.athgrid.maas.catalog.ModelId;
import io.athgrid.maas.deployment.DeploymentService;
import io.athgrid.maas.deployment.Replica;
import io.athgrid.maas.deployment.ReplicaState;
import io.athgrid.maas.engine.EngineStore.PlacedEngine;
import io.athgrid.protocol.engine.EngineAssignment;
import io.athgrid.protocol.engine.EngineAssignments;
import io.athgrid.protocol.engine.EngineCall;
import io.athgrid.protocol.engine.EnginePollRequest;
import io.athgrid.protocol.engine.EngineReportRequest;
import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.InvalidSignatureException;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import io.athgrid.support.web.ResourceNotFoundException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * The node agents' side of the engine channel: a container polls for the engines it should run and reports
 * where a started one answers. Every call is checked in this order, and a refused call writes nothing:
 * well-formed (400), a known container (404), signed by its node key (401), sent within the call window
 * (400), a sequence above the container's last (409), and for a report a replica placed on that container
 * (404) that is still starting or ready (409). The sequence is taken in the transaction that answers, so a
 * call refused after it leaves it as it was.
 */
public class EngineChannel {

    private final ContainerNodeKeys keys;
    private final EngineStore engines;
    private final DeploymentService deployments;
    private final Catalog catalog;
    private final CallWindow window;
    private final EngineAddresses addresses;
    private final long pollIntervalSeconds;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public EngineChannel(ContainerNodeKeys keys, EngineStore engines, DeploymentService deployments, Catalog catalog,
            CallWindow window, EngineAddresses addresses, long pollIntervalSeconds, TransactionTemplate transaction,
            Clock clock) {
        this.keys = keys;
        this.engines = engines;
        this.deployments = deployments;
        this.catalog = catalog;
        this.window = window;
        this.addresses = addresses;
        this.pollIntervalSeconds = pollIntervalSeconds;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The engines {@code containerId} should run now: its replicas that are starting or ready. */
    public EngineAssignments poll(String containerId, EnginePollRequest request) {
        EngineCall call = request.call(containerId);
        verify(call, request.signature());
        return transaction.execute(status -> {
            accept(call);
            return new EngineAssignments(containerId, assignments(containerId), pollIntervalSeconds);
        });
    }

    /** The replica's engine on {@code containerId} answers at the reported endpoint. */
    public EngineReportAccepted report(String containerId, String replicaId, EngineReportRequest request) {
        EngineCall call = request.call(containerId, replicaId);
        verify(call, request.signature());
        URI endpoint = EngineEndpoints.parse(call.endpoint());
        return transaction.execute(status -> {
            accept(call);
            Replica replica = deployments.engineReported(replicaId, containerId, endpoint)
                    .flatMap(deployment -> deployment.replica(replicaId))
                    .filter(found -> containerId.equals(found.containerId()))
                    .orElseThrow(() -> new ResourceNotFoundException("No replica " + replicaId + " is placed on container "
                            + containerId));
            if (replica.state() != ReplicaState.STARTING && replica.state() != ReplicaState.READY) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Replica " + replicaId + " is " + replica.state()
                        + ": its engine is no longer wanted");
            }
            return new EngineReportAccepted(containerId, replicaId, replica.state().name(),
                    replica.endpoint().toString());
        });
    }

    private void verify(EngineCall call, String signature) {
        List<CallProblem> problems = EngineCallRules.problems(call, signature, addresses);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The call is malformed", problems.stream()
                    .map(problem -> new FieldError(problem.field(), problem.message())).toList());
        }
        String nodeKey = keys.nodeKey(call.containerId()).orElseThrow(() -> new ResourceNotFoundException(
                "No container " + call.containerId() + " is known to maas-service"));
        if (!signedBy(call, signature, nodeKey)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The call is not signed by the container's node key");
        }
        if (!window.contains(call.sentAt(), clock.instant())) {
            throw new InvalidRequestException("sentAt", "must be within " + window.width().toSeconds()
                    + " seconds of maas-service's clock (epoch seconds)");
        }
    }

    private static boolean signedBy(EngineCall call, String signature, String nodeKey) {
        try {
            return EthSignature.parse(signature).recoverAddress(call.hash()).equals(nodeKey);
        } catch (InvalidSignatureException e) {
            return false;
        }
    }

    private void accept(EngineCall call) {
        if (!keys.advance(call.containerId(), call.sequence(), now())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The sequence must be above the container's last "
                    + "accepted one (a replayed call)");
        }
    }

    private List<EngineAssignment> assignments(String containerId) {
        Map<String, Optional<CatalogModel>> models = new HashMap<>();
        return engines.placedOn(containerId).stream()
                .flatMap(placed -> models.computeIfAbsent(placed.modelId(), id -> catalog.find(ModelId.of(id)))
                        .map(model -> assignment(placed, model)).stream())
                .toList();
    }

    /** The catalog id names both the weights to load and the model as requests name it. */
    private static EngineAssignment assignment(PlacedEngine placed, CatalogModel model) {
        return new EngineAssignment(placed.replicaId(), model.engine().id(), model.id().value(), model.id().value(),
                model.servedContextLength(), model.gpuNeeds().gpusPerReplica(), model.engineArgs().options());
    }

    private Instant now() {
        return clock.instant();
    }
}
