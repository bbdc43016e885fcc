-- Each replica is one GPU job of the scheduler-service: the order placed for it, on the enterprise's
-- account. The domain (Deployment) knows nothing of orders; the placement worker keeps these columns.
--   order_claimed_at  a worker is submitting the replica's order since then (another waits until the
--                     claim is stale, so two instances do not order the same replica twice)
--   order_refused_at  the scheduler refused the replica's order (4xx): the deployment's next orders wait
--   order_ended_at    the order's job has ended (cancelled by us, or it failed, completed or was
--                     cancelled by its owner): nothing more to cancel

alter table deployment_replica
    add column order_id          uuid,
    add column order_claimed_at  timestamptz,
    add column order_refused_at  timestamptz,
    add column order_ended_at    timestamptz,
    add check (order_ended_at is null or order_id is not null);

create unique index deployment_replica_order on deployment_replica (order_id);

-- What the worker looks for each round: replicas to order, and orders to cancel.
create index deployment_replica_to_order on deployment_replica (updated_at)
    where state = 'REQUESTED' and order_id is null;
create index deployment_replica_to_cancel on deployment_replica (updated_at)
    where order_id is not null and order_ended_at is null and state in ('STOPPING', 'STOPPED', 'FAILED');
create index deployment_replica_refused on deployment_replica (deployment_id, order_refused_at)
    where order_refused_at is not null;
create index deployment_replica_stopping on deployment_replica (updated_at) where state = 'STOPPING';
