package io.athgrid.maas.deployment;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
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
 * Enterprises deploy catalog models onto GPU containers and follow and stop their deployments;
 * operators read every deployment; other wallets get 403. Another enterprise's deployment is 404.
 */
@RestController
@RequestMapping("/deployments")
class DeploymentController {

    private static final int MAX_LIMIT = 200;

    private final DeploymentService deployments;

    DeploymentController(DeploymentService deployments) {
        this.deployments = deployments;
    }

    @Operation(summary = "Deploy a catalog model (enterprises): 201 with the deployment, its first replicas requested")
    @PostMapping
    ResponseEntity<DeploymentView> create(@AuthenticationPrincipal Caller caller,
            @RequestBody DeploymentRequest request) {
        requireEnterprise(caller);
        DeploymentView view = deployments.view(deployments.create(caller.id(), request));
        return ResponseEntity.created(URI.create("deployments/" + view.deploymentId())).body(view);
    }

    @Operation(summary = "The caller's deployments, newest first; operators see everyone's (or one tenant's)")
    @GetMapping
    List<DeploymentView> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String tenant,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be 1 .. " + MAX_LIMIT);
        }
        String whose;
        if (caller.isOperator()) {
            whose = tenant;
        } else {
            requireEnterprise(caller);
            if (tenant != null && !tenant.equals(caller.id())) {
                throw new AccessDeniedException("Only operators list another enterprise's deployments");
            }
            whose = caller.id();
        }
        return deployments.newest(whose, limit).stream().map(deployments::view).toList();
    }

    @Operation(summary = "One deployment: state, replicas (with their orders, containers, endpoints) and history")
    @GetMapping("/{id}")
    DeploymentView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        if (!caller.isOperator()) {
            requireEnterprise(caller);
        }
        return deployments.view(visible(caller, id));
    }

    @Operation(summary = "Stop for good (its owner): every replica's order is cancelled; stopping again changes nothing")
    @PostMapping("/{id}/stop")
    DeploymentView stop(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        requireEnterprise(caller);
        return deployments.view(deployments.stop(visible(caller, id).deploymentId(), caller.id()));
    }

    @Operation(summary = "New replica bounds (its owner): replicas are requested or taken away to stay within them")
    @PostMapping("/{id}/scale")
    DeploymentView scale(@AuthenticationPrincipal Caller caller, @PathVariable String id,
            @RequestBody ScaleRequest request) {
        requireEnterprise(caller);
        return deployments.view(deployments.rebound(visible(caller, id).deploymentId(), request, caller.id()));
    }

    /** The deployment if the caller may see it: its owner, or an operator; 404 for anyone else. */
    private Deployment visible(Caller caller, String id) {
        return deployments.find(id)
                .filter(deployment -> caller.isOperator() || deployment.tenant().equals(caller.id()))
                .orElseThrow(() -> new DeploymentNotFoundException(id));
    }

    private static void requireEnterprise(Caller caller) {
        if (caller.kind() != CallerKind.ENTERPRISE) {
            throw new AccessDeniedException("Deployments are made and managed with an enterprise API key");
        }
    }
}
