-- Ids of events a consumer has applied, written in the transaction of the effect, so a
-- redelivered event is recognised and skipped.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
