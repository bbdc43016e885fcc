-- Each container's ATH bond as the staking-service last reported it from the chain. Only bonds
-- posted by the container's owner are kept; block_number/log_index name the chain log of the last
-- news applied.

create table container_bond (
    container_id  uuid           primary key references container (id),
    state         varchar(16)    not null check (state in ('ACTIVE', 'UNBONDING', 'WITHDRAWN')),
    amount_wei    numeric(78, 0) not null check (amount_wei >= 0),
    unbonding_end timestamptz,
    block_number  bigint         not null,
    log_index     integer        not null,
    updated_at    timestamptz    not null
);
