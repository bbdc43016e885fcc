package io.athgrid.maas.engine;

import io.athgrid.maas.deployment.ReplicaState;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engines replicas run, as the deployment_replica table holds them: what a container should run and
 * what the health checks look after. Read only; every change goes through the deployment's domain.
 */
public class EngineStore {

    private final JdbcClient jdbc;

    public EngineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A replica whose engine should run on a container, and the catalog model it serves. */
    public record PlacedEngine(String replicaId, String modelId) {
    }

    /**
     * An engine the health checks look after.
     *
     * @param endpoint where it answers; null while its node agent has not reported it
     * @param placedAt when the replica was placed on its container
     */
    public record WatchedEngine(String replicaId, ReplicaState state, URI endpoint, Instant placedAt) {
    }

    /** The starting and ready replicas placed on {@code containerId}, by replica id. */
    public List<PlacedEngine> placedOn(String containerId) {
        return jdbc.sql("""
                        select r.replica_id, d.model_id from deployment_replica r
                        join deployment d on d.deployment_id = r.deployment_id
                        where r.container_id = ? and r.state in ('STARTING', 'READY')
                        order by r.replica_id""")
                .param(containerId)
                .query((rs, row) -> new PlacedEngine(rs.getString("replica_id"), rs.getString("model_id")))
                .list();
    }

    /** Every starting and ready replica. */
    public List<WatchedEngine> watched() {
        return jdbc.sql("""
                        select replica_id, state, endpoint, placed_at from deployment_replica
                        where state in ('STARTING', 'READY') order by replica_id""")
                .query((rs, row) -> {
                    String endpoint = rs.getString("endpoint");
                    Timestamp placedAt = rs.getTimestamp("placed_at");
                    return new WatchedEngine(rs.getString("replica_id"), ReplicaState.valueOf(rs.getString("state")),
                            endpoint == null ? null : URI.create(endpoint), placedAt == null ? null : placedAt.toInstant());
                })
                .list();
    }
}
