-- The model catalog: what the platform serves, what one replica needs and what tokens cost.
-- Retired models stay (state RETIRED) because usage and bills name them; ids are never reused.
-- Money: USD per million tokens as exact decimals.

create table catalog_model (
    id                      varchar(192)   primary key,
    display_name            varchar(100)   not null,
    family                  varchar(40)    not null,
    parameters_billions     numeric(8, 3)  not null check (parameters_billions > 0),
    context_length          int            not null check (context_length > 0),
    vram_gb                 int            not null check (vram_gb > 0),
    min_gpu_vram_gb         int            not null check (min_gpu_vram_gb > 0),
    gpus_per_replica        int            not null check (gpus_per_replica > 0),
    engine                  varchar(20)    not null,
    -- One option per element, e.g. '--tensor-parallel-size 4'.
    engine_args             text[]         not null,
    usd_per_million_input   numeric(10, 6) not null check (usd_per_million_input > 0),
    usd_per_million_output  numeric(10, 6) not null check (usd_per_million_output > 0),
    state                   varchar(8)     not null check (state in ('ACTIVE', 'RETIRED')),
    added_at                timestamptz    not null,
    retired_at              timestamptz,
    check ((state = 'RETIRED') = (retired_at is not null)),
    check (gpus_per_replica * min_gpu_vram_gb >= vram_gb)
);

-- Two ids that differ only in case would confuse every caller: one of them is refused.
create unique index catalog_model_id_any_case on catalog_model (lower(id));
