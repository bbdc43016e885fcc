-- Events written in the same transaction as the state change they announce; the relay
-- publishes them to Kafka and marks them published.
create table outbox_event (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    event_key     text        not null,
    event_type    text        not null,
    event_version int         not null,
    trace_id      text        not null,
    occurred_at   timestamptz not null,
    envelope      text        not null,
    published_at  timestamptz
);

-- The relay only ever scans what is still unpublished.
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;
