-- Settlement on chain: the transactions this service sends (epoch roots, bond slashes) with the
-- state that makes each happen exactly once, the computed epoch trees with every leaf (so proofs
-- survive restarts and are served without recomputation), and the bond slash orders.
-- Money: ATH as integer wei (numeric(78,0) holds any uint256). Hashes and addresses: 0x hex.

create table outgoing_tx (
    id                        varchar(120) primary key,
    seq                       bigint generated always as identity unique,
    purpose                   varchar(32)   not null,
    subject                   varchar(80)   not null,
    status                    varchar(16)   not null
        check (status in ('QUEUED', 'SIGNED', 'BROADCAST', 'MINED', 'CONFIRMED', 'SKIPPED', 'HALTED', 'FAILED')),
    sender                    varchar(42),
    nonce                     numeric(78, 0),
    to_address                varchar(42),
    call_data                 text,
    max_fee_per_gas           numeric(78, 0),
    max_priority_fee_per_gas  numeric(78, 0),
    gas_limit                 numeric(78, 0),
    -- Stored and committed before it is broadcast; a restart broadcasts exactly these bytes again.
    raw_tx                    text,
    tx_hash                   varchar(66),
    broadcast_at              timestamptz,
    block_number              bigint,
    block_hash                varchar(66),
    gas_used                  bigint,
    reverted                  boolean       not null default false,
    reason                    text,
    created_at                timestamptz   not null,
    finished_at               timestamptz,
    unique (purpose, subject)
);

create index outgoing_tx_unfinished on outgoing_tx (seq)
    where status in ('QUEUED', 'SIGNED', 'BROADCAST', 'MINED');

-- Every transaction ever signed for an intent: the audit trail of nonces and hashes.
create table outgoing_tx_attempt (
    tx_id       varchar(120)   not null references outgoing_tx (id),
    attempt     int            not null,
    nonce       numeric(78, 0) not null,
    tx_hash     varchar(66)    not null unique,
    raw_tx      text           not null,
    signed_at   timestamptz    not null,
    primary key (tx_id, attempt)
);

-- One row per epoch settled (or found empty), in epoch order.
create table settlement_epoch (
    epoch        bigint primary key check (epoch >= 0),
    status       varchar(16)    not null check (status in ('POSTING', 'SETTLED', 'EMPTY', 'HALTED', 'FAILED')),
    root         varchar(66),
    total_wei    numeric(78, 0) not null check (total_wei >= 0),
    leaf_count   int            not null check (leaf_count >= 0),
    -- The whole Merkle tree, node i at bytes [32 i, 32 i + 32): a proof is read as a few slices.
    tree_nodes   bytea,
    tx_id        varchar(120) references outgoing_tx (id),
    tx_hash      varchar(66),
    block_number bigint,
    reason       text,
    computed_at  timestamptz    not null,
    settled_at   timestamptz,
    check ((status = 'EMPTY') = (root is null))
);

-- Uncompressed out-of-line storage: substring() reads only the pages of the nodes it needs.
alter table settlement_epoch alter column tree_nodes set storage external;

create table settlement_leaf (
    epoch       bigint         not null references settlement_epoch (epoch),
    account     varchar(42)    not null check (account = lower(account)),
    amount_wei  numeric(78, 0) not null check (amount_wei > 0),
    node_index  int            not null,
    primary key (epoch, account)
);

create table bond_slash_order (
    slash_id       varchar(120)   primary key,
    container_id   varchar(36)    not null,
    amount_wei     numeric(78, 0) not null check (amount_wei > 0),
    evidence_hash  varchar(66)    not null,
    status         varchar(16)    not null check (status in ('ORDERED', 'EXECUTED', 'SKIPPED', 'FAILED')),
    tx_id          varchar(120)   not null references outgoing_tx (id),
    slashed_wei    numeric(78, 0),
    tx_hash        varchar(66),
    reason         text,
    ordered_at     timestamptz    not null,
    finished_at    timestamptz
);

create index bond_slash_order_container on bond_slash_order (container_id, ordered_at);
