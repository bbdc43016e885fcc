-- checker-service: the containers it checks, checker licenses, check jobs and their seats, signed
-- reports, verdicts, QoS scores, bans, checker rewards and slash proposals. Wei are numeric(78, 0).

-- Containers as container-registry announces them (ContainerRegistered / SpecsUpdated / StatusChanged).
create table checked_container (
    container_id          text primary key,
    owner                 text        not null,
    region                text        not null,
    endpoint              text        not null,
    status                text        not null,
    gpu_model             text        not null,
    gpu_count             int         not null,
    vram_gb_per_gpu       int         not null,
    -- K x SC as announced at registration; the registry's current value is asked for when slashing.
    stake_requirement_wei numeric(78, 0) not null,
    registered_at         timestamptz not null,
    updated_at            timestamptz not null
);
create index checked_container_owner on checked_container (owner);
create index checked_container_status on checked_container (status);

-- The window of each kind last scheduled per container: a window gets one job.
create table check_schedule (
    container_id text        not null,
    kind         text        not null,
    window_start timestamptz not null,
    primary key (container_id, kind)
);

-- Checker licenses, changed only by CheckerLicense logs (license_change) and by their clients' polls.
create table license (
    license_id     bigint primary key,
    owner          text        not null,
    user_address   text,
    -- ERC-4907: the user counts while now <= user_expires.
    user_expires   timestamptz,
    -- false once burnt (transferred to the zero address).
    active         boolean     not null,
    region         text,
    last_polled_at timestamptz,
    banned_until   timestamptz,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index license_owner on license (owner);
create index license_user on license (user_address);

-- Every chain log applied to the licenses, once: a log delivered again changes nothing.
create table license_change (
    tx_hash      text        not null,
    log_index    int         not null,
    block_number bigint      not null,
    license_id   bigint      not null,
    change       text        not null,
    applied_at   timestamptz not null,
    primary key (tx_hash, log_index)
);

-- Minutes in which a license's client polled, per UTC day: the uptime the quarterly bonus asks for.
create table license_uptime (
    license_id     bigint not null,
    day            date   not null,
    online_minutes int    not null,
    primary key (license_id, day)
);

create table license_ban (
    license_id        bigint      not null,
    banned_from       timestamptz not null,
    banned_until      timestamptz not null,
    incorrect_results int         not null,
    primary key (license_id, banned_from)
);

-- One check of one container for one window; the registered specs are what a capacity check holds it to.
create table check_job (
    job_id           text primary key,
    container_id     text        not null,
    container_owner  text        not null,
    container_status text        not null,
    gpu_model        text        not null,
    gpu_count        int         not null,
    vram_gb_per_gpu  int         not null,
    kind             text        not null,
    window_start     timestamptz not null,
    window_end       timestamptz not null,
    decide_by        timestamptz not null,
    seats_wanted     int         not null,
    decided_at       timestamptz
);
create index check_job_undecided on check_job (decide_by) where decided_at is null;

-- Seats given up stay (TIMED_OUT, WITHDRAWN, VOIDED): a license never sits twice on a job.
create table check_seat (
    job_id      text        not null references check_job,
    license_id  bigint      not null,
    assigned_at timestamptz not null,
    answer_by   timestamptz not null,
    state       text        not null,
    primary key (job_id, license_id)
);
create index check_seat_open_license on check_seat (license_id) where state = 'OPEN';
create index check_seat_open_answer_by on check_seat (answer_by) where state = 'OPEN';

-- Admitted reports, exactly as signed: the evidence a slash rests on.
create table check_report (
    job_id       text        not null,
    license_id   bigint      not null,
    container_id text        not null,
    kind         text        not null,
    result       jsonb       not null,
    result_hash  text        not null,
    submitted_at bigint      not null,
    signature    text        not null,
    signer       text        not null,
    received_at  timestamptz not null,
    primary key (job_id, license_id),
    foreign key (job_id, license_id) references check_seat
);

create table check_verdict (
    job_id          text primary key references check_job,
    container_id    text        not null,
    kind            text        not null,
    outcome         text        not null,
    majority_result jsonb,
    result_hash     text        not null,
    reached_at      timestamptz not null
);
create index check_verdict_container on check_verdict (container_id, reached_at);

-- Each seat's part in a verdict: CORRECT ones are paid, INCORRECT ones count toward a ban, MISSING neither.
create table verdict_seat (
    job_id     text        not null references check_verdict,
    license_id bigint      not null,
    judgement  text        not null,
    reached_at timestamptz not null,
    primary key (job_id, license_id)
);
create index verdict_seat_license on verdict_seat (license_id, judgement, reached_at);
create index verdict_seat_correct_day on verdict_seat (reached_at) where judgement = 'CORRECT';

create table qos_score (
    container_id text primary key,
    score        numeric(7, 4) not null,
    samples      bigint        not null,
    updated_at   timestamptz   not null
);

-- A container's current run of failed liveness verdicts (OfflineEpisode).
create table offline_episode (
    container_id    text primary key,
    failure_job_ids text[]  not null,
    slash_asked     boolean not null
);

create table slash_proposal (
    slash_id            text primary key,
    container_id        text           not null,
    owner               text           not null,
    reason              text           not null,
    amount_wei          numeric(78, 0) not null,
    evidence_hash       text           not null,
    evidence_canonical  text           not null,
    evidence            jsonb          not null,
    affected_from       timestamptz    not null,
    affected_to         timestamptz    not null,
    proposed_at         timestamptz    not null,
    dispute_window_ends timestamptz    not null,
    state               text           not null,
    disputed_by         text,
    disputed_at         timestamptz,
    dispute_statement   text,
    resolved_by         text,
    resolved_at         timestamptz,
    resolution          text,
    executed_at         timestamptz
);
create index slash_proposal_container on slash_proposal (container_id);
create index slash_proposal_owner on slash_proposal (owner);
create index slash_proposal_executable on slash_proposal (dispute_window_ends) where state in ('PROPOSED', 'UPHELD');

-- Checker rewards, once per (license, kind, day); reward_day marks a day accrued, in the same transaction.
create table reward_accrual (
    accrual_id    uuid primary key,
    license_id    bigint         not null,
    owner         text           not null,
    kind          text           not null,
    day           date           not null,
    correct_tasks bigint         not null,
    amount_wei    numeric(78, 0) not null,
    accrued_at    timestamptz    not null,
    unique (license_id, kind, day)
);

create table reward_day (
    kind       text        not null,
    day        date        not null,
    accrued_at timestamptz not null,
    primary key (kind, day)
);
