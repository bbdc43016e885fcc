-- Containers, their lifecycle history, stake parameters and requirements, and daily uptime.

create table container (
    id                      uuid primary key,
    owner                   varchar(42)   not null,
    fingerprint             varchar(66)   not null,
    node_key                varchar(42)   not null,
    -- The node key's public key (0x + 128 hex), recovered at registration; heartbeats are verified with it.
    node_public_key         varchar(130)  not null,
    gpu_model               varchar(32)   not null,
    gpu_count               integer       not null,
    vram_gb_per_gpu         integer       not null,
    cpu_cores               integer       not null,
    ram_gb                  integer       not null,
    disk_gb                 integer       not null,
    bandwidth_mbps          integer       not null,
    services                varchar(2000) not null,
    region                  varchar(32)   not null,
    latitude                numeric       not null,
    longitude               numeric       not null,
    endpoint                varchar(255)  not null,
    price_usd_per_gpu_hour  numeric(12, 6) not null,
    status                  varchar(24)   not null,
    -- While OFFLINE: the state a heartbeat brings the container back to.
    resume_status           varchar(24),
    unbonds_at              timestamptz,
    registered_at           timestamptz   not null,
    status_changed_at       timestamptz   not null,
    -- Written by the periodic heartbeat flush only, for display and the restart grace period.
    last_heartbeat_at       timestamptz,
    last_heartbeat_sequence bigint,
    version                 bigint        not null
);

-- A fingerprint and a node key belong to at most one container that is not retired.
create unique index container_fingerprint_live on container (fingerprint) where status <> 'RETIRED';
create unique index container_node_key_live on container (node_key) where status <> 'RETIRED';
create index container_owner on container (owner, registered_at);
create index container_status on container (status);

create table container_status_change (
    id              bigserial primary key,
    container_id    uuid        not null references container (id),
    previous_status varchar(24),
    status          varchar(24) not null,
    resume_status   varchar(24),
    reason          varchar(64) not null,
    -- What the operator or system said about the change, beyond its trigger.
    note            varchar(500),
    changed_at      timestamptz not null
);

create index container_status_change_container on container_status_change (container_id, changed_at, id);

create table stake_k_value (
    month       varchar(7)     not null,
    gpu_model   varchar(32)    not null,
    k_value_wei numeric(78, 0) not null,
    updated_at  timestamptz    not null,
    primary key (month, gpu_model)
);

create table stake_coefficient (
    month       varchar(7)      primary key,
    coefficient numeric(40, 18) not null,
    updated_at  timestamptz     not null
);

create table container_stake_requirement (
    container_id        uuid            not null references container (id),
    month               varchar(7)      not null,
    k_value_wei         numeric(78, 0)  not null,
    staking_coefficient numeric(40, 18) not null,
    amount_wei          numeric(78, 0)  not null,
    computed_at         timestamptz     not null,
    primary key (container_id, month)
);

create table container_uptime_day (
    container_id                 uuid         not null references container (id),
    day                          date         not null,
    offline_minutes              integer      not null,
    month_to_date_uptime_percent numeric(6, 3) not null,
    daily_slo_met                boolean      not null,
    monthly_slo_met              boolean      not null,
    reported_at                  timestamptz  not null,
    primary key (container_id, day)
);
