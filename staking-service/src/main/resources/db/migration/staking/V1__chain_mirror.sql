-- The mirror of athgrid's contracts on chain, written only by the chain follower from confirmed
-- logs. Every change row names the log it came from (tx_hash, log_index: applied once) and its
-- block (block_number: what a reorg rolls back). Current tables (chain_lock, chain_bond) are what
-- the latest change left; a rollback rebuilds them from the change rows that remain.
-- Amounts are wei of ATH; addresses and hashes lower-case 0x hex.

-- How far the follower got: the last block applied, its hash (to notice a reorg under it) and its
-- time (the mirror holds every confirmed log up to it).
create table chain_cursor (
    name          varchar(32) primary key,
    block_number  bigint      not null,
    block_hash    varchar(66),
    block_time    timestamptz,
    updated_at    timestamptz not null
);

-- Blocks that held applied logs: where a reorg search looks for the last block still canonical.
create table chain_block (
    block_number  bigint      primary key,
    block_hash    varchar(66) not null,
    block_time    timestamptz not null
);

create table chain_lock_change (
    holder        varchar(42)    not null,
    pool          varchar(8)     not null check (pool in ('AI', 'GAMING')),
    kind          varchar(16)    not null check (kind in ('LOCKED', 'INCREASED', 'EXTENDED', 'WITHDRAWN')),
    -- What the log added (negative for a withdrawal); the columns after it are the lock after the log.
    delta_wei     numeric(78, 0) not null,
    amount_wei    numeric(78, 0) not null check (amount_wei >= 0),
    lock_start    timestamptz    not null,
    unlock_time   timestamptz    not null,
    block_number  bigint         not null,
    block_time    timestamptz    not null,
    tx_hash       varchar(66)    not null,
    log_index     int            not null,
    primary key (tx_hash, log_index)
);

create index chain_lock_change_latest on chain_lock_change (holder, pool, block_number desc, log_index desc);
create index chain_lock_change_block_time on chain_lock_change (block_time);
create index chain_lock_change_block on chain_lock_change (block_number);

create table chain_lock (
    holder        varchar(42)    not null,
    pool          varchar(8)     not null check (pool in ('AI', 'GAMING')),
    amount_wei    numeric(78, 0) not null check (amount_wei > 0),
    lock_start    timestamptz    not null,
    unlock_time   timestamptz    not null,
    block_number  bigint         not null,
    primary key (holder, pool)
);

create table chain_bond_change (
    container_id  varchar(36)    not null,
    owner         varchar(42)    not null,
    change        varchar(20)    not null
        check (change in ('POSTED', 'INCREASED', 'SLASHED', 'UNBONDING_STARTED', 'WITHDRAWN')),
    delta_wei     numeric(78, 0) not null,
    amount_wei    numeric(78, 0) not null check (amount_wei >= 0),
    unbonding_end timestamptz,
    evidence_hash varchar(66),
    block_number  bigint         not null,
    block_time    timestamptz    not null,
    tx_hash       varchar(66)    not null,
    log_index     int            not null,
    primary key (tx_hash, log_index)
);

create index chain_bond_change_latest on chain_bond_change (container_id, block_number desc, log_index desc);
create index chain_bond_change_block on chain_bond_change (block_number);

create table chain_bond (
    container_id  varchar(36)    primary key,
    owner         varchar(42)    not null,
    amount_wei    numeric(78, 0) not null check (amount_wei >= 0),
    unbonding_end timestamptz,
    block_number  bigint         not null
);

create index chain_bond_owner on chain_bond (owner);

-- RewardDistributor: what was claimed (once per epoch and account on chain) and the roots posted.
create table chain_claim (
    epoch         bigint         not null,
    account       varchar(42)    not null,
    amount_wei    numeric(78, 0) not null check (amount_wei >= 0),
    block_number  bigint         not null,
    block_time    timestamptz    not null,
    tx_hash       varchar(66)    not null,
    log_index     int            not null,
    primary key (tx_hash, log_index),
    unique (epoch, account)
);

create index chain_claim_account on chain_claim (account, epoch);
create index chain_claim_block on chain_claim (block_number);

create table chain_root (
    epoch         bigint         primary key,
    root          varchar(66)    not null,
    total_wei     numeric(78, 0) not null check (total_wei >= 0),
    block_number  bigint         not null,
    block_time    timestamptz    not null,
    tx_hash       varchar(66)    not null,
    log_index     int            not null,
    unique (tx_hash, log_index)
);

create index chain_root_block on chain_root (block_number);
