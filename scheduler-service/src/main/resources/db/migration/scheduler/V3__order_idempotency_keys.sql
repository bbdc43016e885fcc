-- Idempotency keys of POST /orders: a client that retries with the same key gets the order its first
-- request created, never a second one. Scoped to the enterprise; the primary key makes two concurrent
-- first requests with one key serialise, and the later one answers as a repeat. Kept as long as the
-- order (no retention sweep yet): one small row per keyed order, growing no faster than job_order.
create table order_idempotency_key (
    enterprise_id    varchar(100) not null,
    idempotency_key  varchar(128) not null,
    order_id         uuid         not null unique references job_order (id),
    -- SHA-256 (hex) of the order as first requested: a repeat must ask for the same order.
    request_sha256   char(64)     not null,
    created_at       timestamptz  not null,
    primary key (enterprise_id, idempotency_key)
);
