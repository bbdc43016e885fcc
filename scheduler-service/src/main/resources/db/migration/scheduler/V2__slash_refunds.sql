-- A charge may now be refunded in parts: a downtime refund and a slash's affected period can each
-- cover some of it. The parts never overlap: each refund is computed from what is left of the
-- charge while the job's row is locked, as every change of a job's ledger is.
alter table refund drop constraint refund_charge_id_key;
create index refund_charge on refund (charge_id);

-- Slashes whose refunds have been issued: a slash is refunded once, whatever event id it comes under.
create table slash_refund (
    slash_id       varchar(100) primary key,
    container_id   varchar(64)  not null,
    affected_from  timestamptz  not null,
    affected_to    timestamptz  not null,
    reason         varchar(32)  not null,
    refunded_at    timestamptz  not null
);

create index charge_container on charge (container_id, period_start);
