-- MaaS is sold per token (ADR 18): replicas' GPU orders are the platform's MaaS account's, and each
-- successful call's tokens are charged to the calling enterprise in USD.

-- The enterprise account a replica's order was placed as, which alone may cancel it at the scheduler.
-- Orders placed before this migration were placed as the deploying enterprise.
alter table deployment_replica add column order_account varchar(100);

update deployment_replica r set order_account = d.tenant
from deployment d
where d.deployment_id = r.deployment_id and r.order_id is not null;

alter table deployment_replica
    add constraint deployment_replica_order_account check ((order_id is null) = (order_account is null));

-- One row per successful /v1 call, written in the transaction of its TokensMetered event (same usage id,
-- which no second row may have). Prices are the catalog's at the call, kept so each row can be checked:
-- amount_usd = prompt_tokens x input price / 1e6 + completion_tokens x output price / 1e6, exactly. Prices
-- have at most 6 decimals, so amounts have at most 12 and are never rounded.
create table token_charge (
    usage_id                uuid            primary key,
    enterprise_id           varchar(100)    not null,
    deployment_id           varchar(64)     not null references deployment (deployment_id),
    model_id                varchar(192)    not null references catalog_model (id),
    replica_id              varchar(80)     not null,
    container_id            varchar(64),
    prompt_tokens           bigint          not null check (prompt_tokens >= 0),
    completion_tokens       bigint          not null check (completion_tokens >= 0),
    usd_per_million_input   numeric(10, 6)  not null check (usd_per_million_input > 0),
    usd_per_million_output  numeric(10, 6)  not null check (usd_per_million_output > 0),
    amount_usd              numeric(32, 12) not null check (amount_usd >= 0),
    metered_at              timestamptz     not null,
    check (amount_usd * 1000000 = prompt_tokens * usd_per_million_input + completion_tokens * usd_per_million_output)
);

-- An enterprise's bill for a period reads its rows by time.
create index token_charge_enterprise on token_charge (enterprise_id, metered_at);
