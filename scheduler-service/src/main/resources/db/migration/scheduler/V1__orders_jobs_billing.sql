-- Orders (what a customer asked for and the rate locked for it), jobs (how it is being served),
-- leases (one container of one placement), and the billing ledger (charges, refunds, provider fee
-- accruals). Money: USD as exact decimals, ATH as integer wei.

create table job_order (
    id                          uuid primary key,
    enterprise_id               varchar(100)   not null,
    kind                        varchar(16)    not null check (kind in ('ON_DEMAND', 'RESERVED')),
    gpu_model                   varchar(32)    not null,
    gpus_per_node               int            not null check (gpus_per_node > 0),
    nodes                       int            not null check (nodes > 0),
    min_vram_gb_per_gpu         int,
    min_bandwidth_mbps          int,
    region                      varchar(32)    not null,
    max_latency_ms              int            not null,
    service                     varchar(40)    not null,
    max_price_usd_per_gpu_hour  numeric(12, 6) not null check (max_price_usd_per_gpu_hour > 0),
    policy                      varchar(24)    not null,
    starts_at                   timestamptz,
    duration_seconds            bigint         check (duration_seconds > 0),
    usd_per_ath                 numeric(30, 12) not null check (usd_per_ath > 0),
    rate_source                 varchar(100)   not null,
    rate_as_of                  timestamptz    not null,
    created_at                  timestamptz    not null
);

create index job_order_enterprise on job_order (enterprise_id, created_at desc);

create table job (
    id                uuid primary key,
    order_id          uuid          not null unique references job_order (id),
    status            varchar(16)   not null,
    -- 1 for the first placement, one more each time the job is rescheduled.
    placement         int           not null,
    reservation_id    uuid,
    -- Work claimed by an attempt (matching, provisioning) is not picked again before this time.
    next_attempt_at   timestamptz,
    matching_since    timestamptz,
    -- The last "why not matched" answer of the Indexer while the job waits for capacity.
    no_match          text,
    provision_due_at  timestamptz,
    renewed_until     timestamptz,
    submitted_at      timestamptz   not null,
    matched_at        timestamptz,
    started_at        timestamptz,
    ends_at           timestamptz,
    finished_at       timestamptz,
    status_reason     varchar(200)
);

create index job_due on job (status, next_attempt_at);
create index job_provisioning on job (provision_due_at) where status = 'PROVISIONING';
create index job_ending on job (ends_at) where status = 'RUNNING';

create table lease (
    id                      uuid primary key,
    job_id                  uuid           not null references job (id),
    placement               int            not null,
    reservation_id          uuid           not null,
    container_id            varchar(64)    not null,
    owner                   varchar(100)   not null,
    gpus                    int            not null check (gpus > 0),
    price_usd_per_gpu_hour  numeric(12, 6) not null,
    started_at              timestamptz,
    metered_until           timestamptz,
    ended_at                timestamptz,
    end_reason              varchar(32)
);

create index lease_job on lease (job_id, placement);
create index lease_active_container on lease (container_id) where ended_at is null;

-- Every charge, on-demand usage in arrears or a reserved 24 h period in advance.
-- amount_wei = protocol_fee_wei + provider_fee_wei, always.
create table charge (
    id                uuid primary key,
    job_id            uuid           not null references job (id),
    order_id          uuid           not null,
    enterprise_id     varchar(100)   not null,
    lease_id          uuid           not null references lease (id),
    container_id      varchar(64)    not null,
    owner             varchar(100)   not null,
    period_start      timestamptz    not null,
    period_end        timestamptz    not null check (period_end > period_start),
    gpu_seconds       bigint         not null check (gpu_seconds >= 0),
    amount_usd        numeric(24, 8) not null check (amount_usd >= 0),
    amount_wei        numeric(78, 0) not null check (amount_wei >= 0),
    protocol_fee_wei  numeric(78, 0) not null check (protocol_fee_wei >= 0),
    provider_fee_wei  numeric(78, 0) not null check (provider_fee_wei >= 0),
    metered_at        timestamptz    not null,
    check (amount_wei = protocol_fee_wei + provider_fee_wei)
);

create index charge_order on charge (order_id, period_start);
create index charge_lease on charge (lease_id, period_start);
create index charge_metered on charge (metered_at);

-- A downtime refund of (part of) one charge; a charge is refunded at most once.
create table refund (
    id                uuid primary key,
    charge_id         uuid           not null unique references charge (id),
    job_id            uuid           not null,
    order_id          uuid           not null,
    container_id      varchar(64)    not null,
    owner             varchar(100)   not null,
    period_start      timestamptz    not null,
    period_end        timestamptz    not null,
    amount_usd        numeric(24, 8) not null check (amount_usd >= 0),
    amount_wei        numeric(78, 0) not null check (amount_wei >= 0),
    protocol_fee_wei  numeric(78, 0) not null check (protocol_fee_wei >= 0),
    provider_fee_wei  numeric(78, 0) not null check (provider_fee_wei >= 0),
    reason            varchar(32)    not null,
    issued_at         timestamptz    not null,
    check (amount_wei = protocol_fee_wei + provider_fee_wei)
);

create index refund_order on refund (order_id);
create index refund_issued on refund (issued_at);

-- Reserved orders: a 24 h period in which the job lost its containers is not charged at all.
create table waived_period (
    order_id      uuid        not null references job_order (id),
    period_start  timestamptz not null,
    primary key (order_id, period_start)
);

-- Reservations the Indexer must still be told to release (written with the change that ends them).
create table pending_release (
    reservation_id uuid primary key,
    queued_at      timestamptz not null
);

-- Provider fees per container and UTC day. A day whose refunds exceed its charges accrues nothing
-- and carries the difference (carry_wei <= 0) into the next day.
create table fee_accrual (
    id            uuid primary key,
    container_id  varchar(64)    not null,
    owner         varchar(100)   not null,
    day           date           not null,
    amount_wei    numeric(78, 0) not null check (amount_wei >= 0),
    carry_wei     numeric(78, 0) not null check (carry_wei <= 0),
    accrued_at    timestamptz    not null,
    vests_at      timestamptz    not null,
    unique (container_id, day)
);

-- The UTC days whose provider fees have been accrued (every container at once).
create table accrued_day (
    day         date primary key,
    accrued_at  timestamptz not null
);
