package io.athgrid.maas.deployment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduler order of each replica (the order columns of deployment_replica, which the domain
 * does not know): which replicas wait for an order, which orders are to be cancelled, and the replica
 * an order's job events are about.
 */
public class ReplicaOrderStore {

    private final JdbcClient jdbc;

    public ReplicaOrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A replica and the deployment it belongs to. */
    public record ReplicaRef(String replicaId, String deploymentId) {
    }

    /**
     * A replica's order whose job may still run, and the enterprise account it was placed as (which alone may
     * ask about it or cancel it): one to cancel, or one to ask the scheduler about.
     */
    public record OpenOrder(String replicaId, String deploymentId, String account, UUID orderId) {
    }

    /**
     * REQUESTED replicas without an order that no one claimed since {@code claimsStaleBefore}, oldest
     * first, except in deployments the scheduler refused an order of since {@code refusedSince}.
     */
    public List<ReplicaRef> toOrder(Instant claimsStaleBefore, Instant refusedSince, int limit) {
        return jdbc.sql("""
                        select r.replica_id, r.deployment_id from deployment_replica r
                        where r.state = 'REQUESTED' and r.order_id is null
                          and (r.order_claimed_at is null or r.order_claimed_at < ?)
                          and not exists (select 1 from deployment_replica refused
                                          where refused.deployment_id = r.deployment_id
                                            and refused.order_refused_at >= ?)
                        order by r.updated_at, r.replica_id limit ?""")
                .params(ts(claimsStaleBefore), ts(refusedSince), limit)
                .query((rs, row) -> new ReplicaRef(rs.getString("replica_id"), rs.getString("deployment_id")))
                .list();
    }

    /** Takes the replica's ordering for this worker; false when another holds a fresh claim or it was ordered. */
    public boolean claim(String replicaId, Instant now, Instant claimsStaleBefore) {
        return jdbc.sql("""
                        update deployment_replica set order_claimed_at = ?
                        where replica_id = ? and state = 'REQUESTED' and order_id is null
                          and (order_claimed_at is null or order_claimed_at < ?)""")
                .params(ts(now), replicaId, ts(claimsStaleBefore))
                .update() == 1;
    }

    /** The scheduler did not answer: the next round may order the replica at once. */
    public void releaseClaim(String replicaId) {
        jdbc.sql("update deployment_replica set order_claimed_at = null where replica_id = ? and order_id is null")
                .param(replicaId).update();
    }

    /** The scheduler took the replica's order, placed as the enterprise {@code account}, recorded {@code now}. */
    public void recordOrder(String replicaId, UUID orderId, String account, Instant now) {
        jdbc.sql("update deployment_replica set order_id = ?, order_account = ?, order_recorded_at = ? where replica_id = ?")
                .params(orderId, account, ts(now), replicaId).update();
    }

    /**
     * REQUESTED replicas with an order whose job has not been seen to end, recorded and last asked about
     * before {@code lookedAtBefore} ({@link Reconciliation}), longest without news first.
     */
    public List<OpenOrder> toReconcile(Instant lookedAtBefore, int limit) {
        return jdbc.sql("""
                        select replica_id, deployment_id, order_account, order_id from deployment_replica
                        where state = 'REQUESTED' and order_id is not null and order_ended_at is null
                          and greatest(order_recorded_at, order_checked_at) < ?
                        order by greatest(order_recorded_at, order_checked_at), replica_id limit ?""")
                .params(ts(lookedAtBefore), limit)
                .query((rs, row) -> new OpenOrder(rs.getString("replica_id"), rs.getString("deployment_id"),
                        rs.getString("order_account"), rs.getObject("order_id", UUID.class)))
                .list();
    }

    /**
     * Takes asking about the replica's order for this worker, {@code now}; false when it was asked about (or
     * its order recorded or changed) since {@code lookedAtBefore}, or it is no longer requested.
     */
    public boolean claimCheck(OpenOrder order, Instant now, Instant lookedAtBefore) {
        return jdbc.sql("""
                        update deployment_replica set order_checked_at = ?
                        where replica_id = ? and order_id = ? and state = 'REQUESTED' and order_ended_at is null
                          and greatest(order_recorded_at, order_checked_at) < ?""")
                .params(ts(now), order.replicaId(), order.orderId(), ts(lookedAtBefore))
                .update() == 1;
    }

    public void markRefused(String replicaId, Instant now) {
        jdbc.sql("update deployment_replica set order_refused_at = ? where replica_id = ?")
                .params(ts(now), replicaId).update();
    }

    /** The order's job has ended: nothing is left to cancel. */
    public void markEnded(UUID orderId, Instant now) {
        jdbc.sql("update deployment_replica set order_ended_at = ? where order_id = ? and order_ended_at is null")
                .params(ts(now), orderId).update();
    }

    /** Orders whose replica is stopping, stopped or failed and whose job may still run, oldest first. */
    public List<OpenOrder> toCancel(int limit) {
        return jdbc.sql("""
                        select replica_id, deployment_id, order_account, order_id from deployment_replica
                        where order_id is not null and order_ended_at is null
                          and state in ('STOPPING', 'STOPPED', 'FAILED')
                        order by updated_at, replica_id limit ?""")
                .param(limit)
                .query((rs, row) -> new OpenOrder(rs.getString("replica_id"), rs.getString("deployment_id"),
                        rs.getString("order_account"), rs.getObject("order_id", UUID.class)))
                .list();
    }

    /** Stopping replicas with no job left running: no order, or one that has ended. */
    public List<ReplicaRef> stoppingWithoutJob(int limit) {
        return jdbc.sql("""
                        select replica_id, deployment_id from deployment_replica
                        where state = 'STOPPING' and (order_id is null or order_ended_at is not null)
                        order by updated_at, replica_id limit ?""")
                .param(limit)
                .query((rs, row) -> new ReplicaRef(rs.getString("replica_id"), rs.getString("deployment_id")))
                .list();
    }

    /** The replica an order was placed for, if it is one of ours. */
    public Optional<ReplicaRef> byOrder(UUID orderId) {
        return jdbc.sql("select replica_id, deployment_id from deployment_replica where order_id = ?")
                .param(orderId)
                .query((rs, row) -> new ReplicaRef(rs.getString("replica_id"), rs.getString("deployment_id")))
                .optional();
    }

    public Optional<String> deploymentOf(String replicaId) {
        return jdbc.sql("select deployment_id from deployment_replica where replica_id = ?").param(replicaId)
                .query(String.class).optional();
    }

    /** The order of each of the deployment's replicas that has one. */
    public Map<String, UUID> ordersOf(String deploymentId) {
        Map<String, UUID> orders = new HashMap<>();
        jdbc.sql("select replica_id, order_id from deployment_replica where deployment_id = ? and order_id is not null")
                .param(deploymentId)
                .query(rs -> {
                    orders.put(rs.getString("replica_id"), rs.getObject("order_id", UUID.class));
                });
        return orders;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
