-- The channel to the node agents on GPU containers (io.athgrid.maas.engine): which engines a container
-- should run, where each answers, and the node keys that sign those calls.

-- A replica is STARTING from its job's JobStarted, on a container, before its engine's endpoint is known:
-- the node agent reports the endpoint later. Only a READY replica must have one (it passed a health check
-- there). placed_at is when the replica was first seen on a container: its start deadline counts from then.
alter table deployment_replica
    drop constraint deployment_replica_check,
    add constraint deployment_replica_placed
        check (state in ('REQUESTED', 'FAILED', 'STOPPING', 'STOPPED') or container_id is not null),
    add constraint deployment_replica_ready check (state <> 'READY' or endpoint is not null),
    add column placed_at timestamptz;

-- Replicas placed before this migration count from their last change.
update deployment_replica set placed_at = updated_at where container_id is not null;

-- The engines a container polls for, and those the health checks look after.
create index deployment_replica_engines on deployment_replica (container_id) where state in ('STARTING', 'READY');

-- Each container's node key (its address, from the registry's ContainerRegistered), which must have
-- signed every call about the container's engines, and the highest call sequence accepted from it:
-- a call whose sequence is not above it is a replay.
create table container_node_key (
    container_id   varchar(64)  primary key,
    node_key       varchar(42)  not null check (node_key ~ '^0x[0-9a-f]{40}$'),
    registered_at  timestamptz  not null,
    last_sequence  bigint       not null default 0 check (last_sequence >= 0),
    last_call_at   timestamptz
);
