package io.athgrid.maas.inference;

import io.athgrid.maas.deployment.Deployment;
import io.athgrid.maas.deployment.DeploymentStore;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which deployment serves a tenant's model, and its ready replicas as they are now. Only the
 * tenant's own deployments are ever looked at: one enterprise never reaches another's replicas.
 */
public class Serving {

    private final DeploymentStore store;
    private final TransactionTemplate readOnly;

    public Serving(DeploymentStore store, TransactionTemplate readOnly) {
        this.store = store;
        this.readOnly = readOnly;
    }

    /** The tenant's deployment of the model: the first that has a ready replica, else the oldest. */
    public Optional<Deployment> of(String tenant, String model) {
        List<Deployment> serving = readOnly.execute(status -> store.serving(tenant, model));
        if (serving == null || serving.isEmpty()) {
            return Optional.empty();
        }
        return serving.stream().filter(deployment -> !deployment.ready().isEmpty()).findFirst()
                .or(() -> Optional.of(serving.get(0)));
    }

    /** The deployment as it is now (its replicas change while a request waits). */
    public Optional<Deployment> now(String deploymentId) {
        return Optional.ofNullable(readOnly.execute(status -> store.find(deploymentId).orElse(null)));
    }
}
