create table account (
    id         uuid primary key,
    owner      text        not null,
    opened_at  timestamptz not null
);

-- What the test consumer did with each AccountOpened it received, to count its applications.
create table account_opened_seen (
    id         bigint generated always as identity primary key,
    account_id uuid not null
);
