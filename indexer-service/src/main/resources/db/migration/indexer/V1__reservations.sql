-- Reservations: the database is the one arbiter between concurrent requests and indexer replicas
-- (ADR 9). A container is held by at most one active row of container_reservation.
create table reservation (
    id            uuid primary key,
    job_id        varchar(100) not null unique,
    lease_seconds bigint       not null check (lease_seconds > 0),
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    released_at   timestamptz,
    release_cause varchar(20)  check (release_cause in ('RELEASED', 'EXPIRED'))
);

create table container_reservation (
    reservation_id          uuid          not null references reservation (id),
    container_id            varchar(64)   not null,
    owner                   varchar(100)  not null,
    region                  varchar(40)   not null,
    price_usd_per_gpu_hour  numeric(18,6) not null,
    gpus                    int           not null check (gpus > 0),
    expires_at              timestamptz   not null,
    released_at             timestamptz,
    primary key (reservation_id, container_id)
);

-- The conditional write: "insert ... on conflict do nothing" against this index never gives a
-- container to two active reservations, whichever replica writes.
create unique index container_reservation_active on container_reservation (container_id)
    where released_at is null;

-- Missed demand: each no-match, and per candidate container the filter that removed it.
create table missed_demand (
    id            uuid primary key,
    day           date         not null,
    occurred_at   timestamptz  not null,
    job_id        varchar(100),
    gpu_model     varchar(40)  not null,
    gpus_per_node int          not null,
    nodes         int          not null,
    region        varchar(40)  not null,
    service       varchar(40)  not null
);

create table missed_demand_removal (
    missed_demand_id uuid         not null references missed_demand (id),
    container_id     varchar(64)  not null,
    owner            varchar(100) not null,
    filter           varchar(20)  not null,
    reason           varchar(20)  not null check (reason in ('PRICE', 'SPEC', 'LATENCY', 'STATE')),
    primary key (missed_demand_id, container_id)
);

create index missed_demand_day on missed_demand (day);
create index missed_demand_removal_owner on missed_demand_removal (owner);
