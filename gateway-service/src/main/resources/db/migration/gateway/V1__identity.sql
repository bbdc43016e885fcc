-- Enterprise customers; operators register them, they call the API with their keys.
create table enterprise (
    id         uuid primary key,
    name       text        not null unique,
    created_at timestamptz not null
);

-- API keys are stored only as the SHA-256 of the whole key; the key itself is shown once at creation.
create table api_key (
    id            uuid primary key,
    enterprise_id uuid        not null references enterprise (id),
    name          text        not null,
    prefix        text        not null,
    key_hash      text        not null unique,
    created_at    timestamptz not null,
    revoked_at    timestamptz
);

create index api_key_enterprise on api_key (enterprise_id, created_at);

-- Sign-In with Ethereum nonces: issued on request, deleted when a login consumes them or they expire.
create table siwe_nonce (
    nonce      text primary key,
    expires_at timestamptz not null
);

create index siwe_nonce_expires_at on siwe_nonce (expires_at);
