-- A replica's job events are matched to it by its order id, recorded once the scheduler answered the
-- order. An event consumed before that (a crash between the answer and recording it) finds no replica and
-- is done with, so the placement round asks the scheduler about the orders of replicas still REQUESTED a
-- while after their order was recorded (reconcile-after), and applies what it answers.
--   order_recorded_at  when the replica's order id was recorded
--   order_checked_at   when a worker last asked the scheduler about the order's job (a claim too: another
--                      worker asks again only reconcile-after later)
alter table deployment_replica
    add column order_recorded_at timestamptz,
    add column order_checked_at  timestamptz;

-- Orders recorded before this migration count from the replica's last change.
update deployment_replica set order_recorded_at = updated_at where order_id is not null;

-- What the round looks for: requested replicas whose order's job may have started or ended unseen.
create index deployment_replica_to_reconcile on deployment_replica (greatest(order_recorded_at, order_checked_at))
    where state = 'REQUESTED' and order_id is not null and order_ended_at is null;
