package io.athgrid.maas.inference;

import com.github.benmanes.caffeine.cache.Ticker;
import io.athgrid.maas.deployment.Deployment;
import io.athgrid.maas.deployment.DeploymentStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which deployment serves a tenant's model, and its ready replicas. Only the tenant's own deployments
 * are ever looked at: one enterprise never reaches another's replicas. {@link #of} answers from
 * {@link RecentReads} (a replica that just failed may still be picked for a moment: the proxy then
 * tries another); {@link #now} always reads the database, for a request waiting on a replica.
 */
public class Serving {

    private final DeploymentStore store;
    private final TransactionTemplate readOnly;
    private final RecentReads<TenantModel, List<Deployment>> recent;

    public Serving(DeploymentStore store, TransactionTemplate readOnly, Duration refreshAfter, Duration expireAfter,
            Ticker ticker) {
        this.store = store;
        this.readOnly = readOnly;
        this.recent = new RecentReads<>(this::read, refreshAfter, expireAfter, ticker);
    }

    /** The tenant's deployment of the model: the first that has a ready replica, else the oldest. */
    public Optional<Deployment> of(String tenant, String model) {
        return recent.get(new TenantModel(tenant, model)).flatMap(serving -> serving.stream()
                .filter(deployment -> !deployment.ready().isEmpty()).findFirst()
                .or(() -> Optional.of(serving.get(0))));
    }

    /** The deployment as it is now (its replicas change while a request waits). */
    public Optional<Deployment> now(String deploymentId) {
        return Optional.ofNullable(readOnly.execute(status -> store.find(deploymentId).orElse(null)));
    }

    private Optional<List<Deployment>> read(TenantModel key) {
        List<Deployment> serving = readOnly.execute(status -> store.serving(key.tenant(), key.model()));
        return serving == null || serving.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(serving));
    }

    private record TenantModel(String tenant, String model) {
    }
}
