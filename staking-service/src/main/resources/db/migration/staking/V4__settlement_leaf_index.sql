-- The RewardDistributor records claims in a bitmap by leaf index, and the index is part of the
-- leaf: the account's position among the epoch's leaves in ascending account order.
alter table settlement_leaf add column leaf_index int;

-- Rows written before this version: the same definition, so the column can be required.
update settlement_leaf l set leaf_index = numbered.position
from (select epoch, account, (row_number() over (partition by epoch order by account) - 1)::int as position
      from settlement_leaf) numbered
where l.epoch = numbered.epoch and l.account = numbered.account;

alter table settlement_leaf alter column leaf_index set not null;
alter table settlement_leaf add constraint settlement_leaf_index_unique unique (epoch, leaf_index);
alter table settlement_leaf add constraint settlement_leaf_index_check check (leaf_index >= 0);
