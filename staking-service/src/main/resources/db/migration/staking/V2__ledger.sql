-- The vATH ledger: epochs, rewards, vesting, claims and slashes taken from rewards (staking-service's
-- epoch, reward, ledger and claim packages). Amounts are wei in NUMERIC(78,0): any uint256 fits.

-- The newest closed epoch. Every booking reads it under a share lock and the epoch close takes it
-- exclusively, so nothing is attributed to an epoch while or after it closes.
create table ledger_cursor (
    id          int    primary key check (id = 1),
    last_closed bigint not null
);
insert into ledger_cursor (id, last_closed) values (1, -1);

-- Double-entry journal: an entry's lines sum to zero; booking_key makes bookings idempotent.
create table ledger_entry (
    id          bigint generated always as identity primary key,
    booking_key text        not null unique,
    kind        text        not null,
    epoch       bigint,
    booked_at   timestamptz not null
);
create index ledger_entry_epoch on ledger_entry (epoch);

-- owner '' and origin '' name the platform's accounts and buckets without an origin.
create table ledger_line (
    entry_id   bigint        not null references ledger_entry (id),
    owner      text          not null,
    bucket     text          not null,
    origin     text          not null,
    amount_wei numeric(78,0) not null check (amount_wei <> 0),
    primary key (entry_id, owner, bucket, origin)
);

-- Every entry's lines are written by one statement; after it, each entry it touched must balance.
create function ledger_entries_balance() returns trigger language plpgsql as $$
declare
    unbalanced bigint;
begin
    select l.entry_id into unbalanced
    from ledger_line l
    where l.entry_id in (select distinct entry_id from new_lines)
    group by l.entry_id
    having sum(l.amount_wei) <> 0
    limit 1;
    if unbalanced is not null then
        raise exception 'ledger entry % does not balance', unbalanced;
    end if;
    return null;
end
$$;
create trigger ledger_line_balanced after insert on ledger_line
    referencing new table as new_lines for each statement execute function ledger_entries_balance();

-- The journal is append-only: a correction is a new entry.
create function ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger journal is append-only';
end
$$;
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function ledger_is_append_only();
create trigger ledger_line_append_only before update or delete on ledger_line
    for each row execute function ledger_is_append_only();

-- Running balance per account, updated with every line (and locked by claims and slashes).
create table ledger_balance (
    owner       text          not null,
    bucket      text          not null,
    origin      text          not null,
    balance_wei numeric(78,0) not null,
    primary key (owner, bucket, origin),
    check (balance_wei >= 0 or bucket = 'SOURCE')
);

-- Amounts vesting linearly from starts_at to ends_at: host rewards and provider fees (VESTING),
-- claims (CLAIMING).
create table ledger_grant (
    id           uuid          primary key,
    owner        text          not null,
    bucket       text          not null check (bucket in ('VESTING', 'CLAIMING')),
    origin       text          not null,
    amount_wei   numeric(78,0) not null check (amount_wei > 0),
    slashed_wei  numeric(78,0) not null default 0,
    released_wei numeric(78,0) not null default 0,
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    check (released_wei >= 0 and slashed_wei >= 0 and released_wei + slashed_wei <= amount_wei)
);
create index ledger_grant_open on ledger_grant (starts_at) where released_wei + slashed_wei < amount_wei;
create index ledger_grant_owner on ledger_grant (owner, bucket);

-- What each account earned per epoch, kind and source; announced as RewardsAccrued at the close.
create table ledger_accrual (
    id          bigint generated always as identity primary key,
    epoch       bigint        not null,
    owner       text          not null,
    kind        text          not null,
    source      text          not null,
    amount_wei  numeric(78,0) not null check (amount_wei > 0),
    booking_key text          not null,
    accrued_at  timestamptz   not null
);
create index ledger_accrual_epoch on ledger_accrual (epoch, owner);
create index ledger_accrual_owner on ledger_accrual (owner, epoch);

-- Closed epochs: what was emitted into them and accrued from it; the root that settled them.
-- ends_at is the next epoch's start (the displayed end, Wednesday 23:59, is 2 minutes earlier).
create table ledger_epoch (
    epoch        bigint        primary key,
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    emitted_wei  numeric(78,0) not null,
    accrued_wei  numeric(78,0) not null,
    returned_wei numeric(78,0) not null,
    accounts     int           not null,
    closed_at    timestamptz   not null,
    settled_root text,
    settled_tx   text,
    settled_at   timestamptz,
    check (emitted_wei = accrued_wei)
);

-- Each emission pool's share-out per epoch; scheduled = accrued + returned, to the wei.
create table ledger_epoch_emission (
    epoch         bigint        not null,
    origin        text          not null,
    scheduled_wei numeric(78,0) not null,
    accrued_wei   numeric(78,0) not null,
    returned_wei  numeric(78,0) not null,
    primary key (epoch, origin),
    check (scheduled_wei = accrued_wei + returned_wei)
);

-- Released from claims up to each epoch's end: the leaves of the epoch's Merkle root.
create table ledger_payout (
    epoch      bigint        not null,
    owner      text          not null,
    amount_wei numeric(78,0) not null check (amount_wei > 0),
    primary key (epoch, owner)
);

-- Claims: amount_wei taken from available vATH, payable_wei released over the option's duration,
-- returned_wei given back to the pools (quick claims).
create table ledger_claim (
    id           uuid          primary key,
    owner        text          not null,
    option       text          not null,
    amount_wei   numeric(78,0) not null,
    payable_wei  numeric(78,0) not null,
    returned_wei numeric(78,0) not null,
    grant_id     uuid          not null references ledger_grant (id),
    created_at   timestamptz   not null
);
create index ledger_claim_owner on ledger_claim (owner, created_at desc);

-- Container slashes: what was taken from rewards, what was ordered from the bond.
create table ledger_slash (
    slash_id          text          primary key,
    container_id      text          not null,
    owner             text          not null,
    reason            text          not null,
    amount_wei        numeric(78,0) not null,
    from_rewards_wei  numeric(78,0) not null,
    from_bond_wei     numeric(78,0) not null,
    bond_ordered      boolean       not null,
    evidence_hash     text          not null,
    executed_at       timestamptz   not null,
    booked_at         timestamptz   not null,
    check (amount_wei = from_rewards_wei + from_bond_wei)
);

-- Container units earned in an epoch: confirmed STANDBY GPU-seconds (PROOF_OF_CAPACITY, one row per
-- check job) and delivered GPU-seconds (PROOF_OF_DELIVERY, one row per charge, less refunds).
create table reward_unit (
    source_ref    text          primary key,
    kind          text          not null,
    epoch         bigint        not null,
    container_id  text          not null,
    owner         text          not null,
    units         bigint        not null check (units >= 0),
    removed_units bigint        not null default 0,
    charge_wei    numeric(78,0),
    recorded_at   timestamptz   not null,
    check (removed_units >= 0 and removed_units <= units)
);
create index reward_unit_epoch on reward_unit (epoch, kind);

create table reward_unit_refund (
    refund_id     text        primary key,
    source_ref    text        not null,
    removed_units bigint      not null,
    recorded_at   timestamptz not null
);

-- Emission schedules as started: the ATH/USD rate locked at the start and the wei it gives.
create table reward_schedule (
    id          text          primary key,
    pool        text          not null,
    total_usd   numeric       not null,
    epochs      int           not null,
    start_epoch bigint        not null,
    usd_per_ath numeric       not null,
    rate_source text          not null,
    rate_as_of  timestamptz   not null,
    total_wei   numeric(78,0) not null,
    locked_at   timestamptz   not null
);
