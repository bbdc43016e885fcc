-- Idempotency keys of POST /claims: a wallet that retries a claim with the same key (a timeout, a double
-- click) gets the claim its first request created, never a second one (with QUICK_30_DAYS a second claim
-- would return another 75 % to the pools). Scoped to the wallet. The key row is written first in the
-- claim's transaction: the primary key makes two concurrent first requests with one key serialise before
-- either locks the wallet's balances, and the later one answers as a repeat. The claim it names is
-- inserted later in the same transaction, hence the deferred foreign key. Kept as long as the claim.
create table ledger_claim_idempotency_key (
    owner            text         not null,
    idempotency_key  varchar(128) not null,
    claim_id         uuid         not null unique references ledger_claim (id) deferrable initially deferred,
    -- SHA-256 (hex) of the claim as first requested (amountWei, option): a repeat must ask for the same claim.
    request_sha256   char(64)     not null,
    created_at       timestamptz  not null,
    primary key (owner, idempotency_key)
);
