-- Model deployments: an enterprise's model on GPU containers, and each replica's way.
-- The domain (io.athgrid.maas.deployment.Deployment) decides every change; these tables keep the
-- latest version of each deployment, its replicas, and the history of its states for its owner.

create table deployment (
    deployment_id     varchar(64)   primary key,
    tenant            varchar(100)  not null,
    model_id          varchar(192)  not null references catalog_model (id),
    gpu_model         varchar(32)   not null,
    region            varchar(32)   not null,
    min_replicas      int           not null check (min_replicas >= 0),
    max_replicas      int           not null check (max_replicas >= 1 and max_replicas >= min_replicas),
    desired           int           not null check (desired >= 0 and desired <= max_replicas),
    state             varchar(12)   not null check (state in ('PROVISIONING', 'READY', 'SCALING', 'STOPPED')),
    replicas_created  int           not null check (replicas_created >= 0),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);

create index deployment_tenant on deployment (tenant, created_at desc);
create index deployment_serving on deployment (tenant, model_id) where state <> 'STOPPED';

create table deployment_replica (
    replica_id     varchar(80)   primary key,
    deployment_id  varchar(64)   not null references deployment (deployment_id),
    state          varchar(10)   not null check (state in ('REQUESTED', 'STARTING', 'READY', 'STOPPING', 'STOPPED', 'FAILED')),
    container_id   varchar(64),
    endpoint       varchar(512),
    updated_at     timestamptz   not null,
    check (state in ('REQUESTED', 'FAILED', 'STOPPING', 'STOPPED') or (container_id is not null and endpoint is not null))
);

create index deployment_replica_deployment on deployment_replica (deployment_id);

-- What the owner follows: every state the deployment went through, with what moved it.
create table deployment_history (
    seq            bigserial     primary key,
    deployment_id  varchar(64)   not null references deployment (deployment_id),
    at             timestamptz   not null,
    state          varchar(12)   not null,
    desired        int           not null,
    ready          int           not null,
    detail         varchar(300)  not null
);

create index deployment_history_deployment on deployment_history (deployment_id, seq);
