-- Missed demand is kept per owner and reason, not per container: a miss against a large fleet wrote a
-- row for every container the filters removed, which the load run showed flooding the database while
-- capacity was short. Reports only ever sum by owner and reason.
create table missed_demand_owner (
    missed_demand_id uuid         not null references missed_demand (id),
    owner            varchar(100) not null,
    reason           varchar(20)  not null check (reason in ('PRICE', 'SPEC', 'LATENCY', 'STATE')),
    removals         int          not null check (removals > 0),
    primary key (missed_demand_id, owner, reason)
);

insert into missed_demand_owner (missed_demand_id, owner, reason, removals)
select missed_demand_id, owner, reason, count(*) from missed_demand_removal
group by missed_demand_id, owner, reason;

drop table missed_demand_removal;

create index missed_demand_owner_owner on missed_demand_owner (owner);
