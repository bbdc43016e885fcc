package io.athgrid.maas.deployment;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deployment, deployment_replica and deployment_history tables; every method runs in the
 * caller's transaction. A change is read with {@link #findForUpdate} (the deployment's row locked)
 * and written back with {@link #save}, so two changes of one deployment never interleave.
 */
public class DeploymentStore {

    private static final String COLUMNS = """
            deployment_id, tenant, model_id, gpu_model, region, min_replicas, max_replicas, desired, state,
            replicas_created""";

    private final JdbcClient jdbc;

    public DeploymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Deployment deployment, Instant now, String detail) {
        jdbc.sql("insert into deployment (" + COLUMNS + ", created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(deployment.deploymentId(), deployment.tenant(), deployment.modelId(), deployment.gpuModel(),
                        deployment.region(), deployment.bounds().min(), deployment.bounds().max(), deployment.desired(),
                        deployment.state().name(), deployment.replicasCreated(), ts(now), ts(now))
                .update();
        saveReplicas(deployment, now);
        history(deployment, now, detail);
    }

    public Optional<Deployment> find(String deploymentId) {
        return jdbc.sql("select " + COLUMNS + " from deployment where deployment_id = ?").param(deploymentId)
                .query((rs, row) -> deployment(rs)).optional();
    }

    public Optional<Deployment> findForUpdate(String deploymentId) {
        return jdbc.sql("select " + COLUMNS + " from deployment where deployment_id = ? for update").param(deploymentId)
                .query((rs, row) -> deployment(rs)).optional();
    }

    /** The tenant's deployments, newest first. */
    public List<Deployment> ofTenant(String tenant, int limit) {
        return jdbc.sql("select " + COLUMNS + " from deployment where tenant = ? order by created_at desc limit ?")
                .params(tenant, limit)
                .query((rs, row) -> deployment(rs))
                .list();
    }

    /** Every tenant's deployments, newest first: what operators look through. */
    public List<Deployment> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from deployment order by created_at desc limit ?")
                .param(limit)
                .query((rs, row) -> deployment(rs))
                .list();
    }

    /** The tenant's deployments of {@code modelId} that are not stopped, oldest first. */
    public List<Deployment> serving(String tenant, String modelId) {
        return jdbc.sql("select " + COLUMNS + " from deployment where tenant = ? and model_id = ? and state <> 'STOPPED' "
                        + "order by created_at")
                .params(tenant, modelId)
                .query((rs, row) -> deployment(rs))
                .list();
    }

    /** Every deployment that is not stopped: what the autoscaler and the health checks look after. */
    public List<String> active() {
        return jdbc.sql("select deployment_id from deployment where state <> 'STOPPED' order by created_at")
                .query(String.class).list();
    }

    /** Writes {@code after}; a history line when its state, wanted or ready count changed from {@code before}. */
    public void save(Deployment before, Deployment after, Instant now, String detail) {
        write(after, now);
        if (before.state() != after.state() || before.desired() != after.desired()
                || before.ready().size() != after.ready().size()) {
            history(after, now, detail);
        }
    }

    /**
     * Writes {@code after}; a history line whenever anything changed, a single replica's step included
     * (one failing and its replacement requested leaves the counts as they were, but its owner follows it).
     */
    public void saveNoting(Deployment before, Deployment after, Instant now, String detail) {
        write(after, now);
        if (!before.equals(after)) {
            history(after, now, detail);
        }
    }

    /** A history line for what happened around the deployment without changing it (an order placed). */
    public void note(Deployment deployment, Instant now, String detail) {
        history(deployment, now, detail);
    }

    private void write(Deployment after, Instant now) {
        jdbc.sql("update deployment set min_replicas = ?, max_replicas = ?, desired = ?, state = ?, replicas_created = ?, "
                        + "updated_at = ? where deployment_id = ?")
                .params(after.bounds().min(), after.bounds().max(), after.desired(), after.state().name(),
                        after.replicasCreated(), ts(now), after.deploymentId())
                .update();
        saveReplicas(after, now);
    }

    public List<HistoryLine> history(String deploymentId) {
        return jdbc.sql("select at, state, desired, ready, detail from deployment_history where deployment_id = ? "
                        + "order by seq")
                .param(deploymentId)
                .query((rs, row) -> new HistoryLine(rs.getTimestamp("at").toInstant(),
                        DeploymentState.valueOf(rs.getString("state")), rs.getInt("desired"), rs.getInt("ready"),
                        rs.getString("detail")))
                .list();
    }

    /** The last {@code limit} steps of a deployment's history, oldest first, and when it was created. */
    public RecentHistory recentHistory(String deploymentId, int limit) {
        List<HistoryLine> last = new ArrayList<>(jdbc.sql("select at, state, desired, ready, detail from deployment_history "
                        + "where deployment_id = ? order by seq desc limit ?")
                .params(deploymentId, limit)
                .query((rs, row) -> new HistoryLine(rs.getTimestamp("at").toInstant(),
                        DeploymentState.valueOf(rs.getString("state")), rs.getInt("desired"), rs.getInt("ready"),
                        rs.getString("detail")))
                .list());
        Collections.reverse(last);
        Instant createdAt = jdbc.sql("select created_at from deployment where deployment_id = ?").param(deploymentId)
                .query((rs, row) -> rs.getTimestamp("created_at").toInstant()).single();
        return new RecentHistory(createdAt, last);
    }

    /** @param lines the latest lines, oldest first */
    public record RecentHistory(Instant createdAt, List<HistoryLine> lines) {
    }

    /** One step of a deployment's history. */
    public record HistoryLine(Instant at, DeploymentState state, int desired, int ready, String detail) {
    }

    /**
     * Writes the replicas that changed; {@code placed_at} keeps when a replica was first seen on a container
     * (its start deadline counts from then).
     */
    private void saveReplicas(Deployment deployment, Instant now) {
        for (Replica replica : deployment.replicas()) {
            jdbc.sql("""
                            insert into deployment_replica (replica_id, deployment_id, state, container_id, endpoint, updated_at,
                                placed_at)
                            values (?, ?, ?, ?, ?, ?, ?)
                            on conflict (replica_id) do update set state = excluded.state,
                                container_id = excluded.container_id, endpoint = excluded.endpoint,
                                updated_at = excluded.updated_at,
                                placed_at = coalesce(deployment_replica.placed_at, excluded.placed_at)
                            where (deployment_replica.state, deployment_replica.container_id, deployment_replica.endpoint)
                                is distinct from (excluded.state, excluded.container_id, excluded.endpoint)""")
                    .params(replica.replicaId(), deployment.deploymentId(), replica.state().name(), replica.containerId(),
                            replica.endpoint() == null ? null : replica.endpoint().toString(), ts(now),
                            replica.containerId() == null ? null : ts(now))
                    .update();
        }
    }

    private void history(Deployment deployment, Instant now, String detail) {
        jdbc.sql("insert into deployment_history (deployment_id, at, state, desired, ready, detail) values (?, ?, ?, ?, ?, ?)")
                .params(deployment.deploymentId(), ts(now), deployment.state().name(), deployment.desired(),
                        deployment.ready().size(), detail.length() <= 300 ? detail : detail.substring(0, 300))
                .update();
    }

    private Deployment deployment(ResultSet rs) throws SQLException {
        String id = rs.getString("deployment_id");
        List<Replica> replicas = jdbc.sql("select replica_id, state, container_id, endpoint from deployment_replica "
                        + "where deployment_id = ? order by replica_id")
                .param(id)
                .query((row, n) -> new Replica(row.getString("replica_id"), ReplicaState.valueOf(row.getString("state")),
                        row.getString("container_id"), row.getString("endpoint") == null ? null
                                : URI.create(row.getString("endpoint"))))
                .list();
        return new Deployment(id, rs.getString("tenant"), rs.getString("model_id"), rs.getString("gpu_model"),
                rs.getString("region"), new ReplicaBounds(rs.getInt("min_replicas"), rs.getInt("max_replicas")),
                rs.getInt("desired"), DeploymentState.valueOf(rs.getString("state")), replicas,
                rs.getInt("replicas_created"));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
