-- GET /rewards/daily sums one account's accruals per UTC day of accrued_at over a window of days:
-- a range scan of the account's rows in that window instead of all its rows since genesis.
create index ledger_accrual_owner_accrued_at on ledger_accrual (owner, accrued_at);
