-- The provider dashboard reads one wallet's leases, ledger rows and accruals, every 15 s while a page is
-- open. Owners are compared case-insensitively (a wallet's address may arrive in checksum case).
create index lease_owner on lease (lower(owner), started_at desc nulls first);
create index charge_owner on charge (lower(owner), metered_at);
create index refund_owner on refund (lower(owner), issued_at);
create index fee_accrual_owner on fee_accrual (lower(owner), day);
