-- Each applied CheckerLicense log keeps what it changed, so that after a reorg the licenses it
-- touched are rebuilt from the changes still on the canonical chain. Rows applied before this
-- migration have none of it (no chain was followed then: the follower port had no implementation).
alter table license_change add column from_address text;  -- Transfer
alter table license_change add column to_address   text;  -- Transfer
alter table license_change add column user_address text;  -- UpdateUser; the zero address removes the delegate
alter table license_change add column expires      bigint; -- UpdateUser, unix seconds as logged
create index license_change_block on license_change (block_number);
create index license_change_history on license_change (license_id, block_number, log_index);

-- The CheckerLicense follower's cursor and the blocks that held applied logs (chain-support).
create table chain_cursor (
    name          varchar(32) primary key,
    block_number  bigint      not null,
    block_hash    varchar(66),
    block_time    timestamptz,
    updated_at    timestamptz not null
);
create table chain_block (
    block_number  bigint      primary key,
    block_hash    varchar(66) not null,
    block_time    timestamptz not null
);
