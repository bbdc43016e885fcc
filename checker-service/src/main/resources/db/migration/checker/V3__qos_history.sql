-- A container's QoS over time: per UTC day the score as it stood after that day's last sample
-- (qos_score keeps only the current one). Written with qos_score in the verdict's transaction.
create table qos_score_day (
    container_id text          not null,
    day          date          not null,
    score        numeric(7, 4) not null,
    -- how many samples the score had seen by then (as qos_score.samples)
    samples      bigint        not null,
    updated_at   timestamptz   not null,
    primary key (container_id, day)
);

-- Each current score is the last one of the day it was reached on: the history starts there.
insert into qos_score_day (container_id, day, score, samples, updated_at)
select container_id, (updated_at at time zone 'UTC')::date, score, samples, updated_at from qos_score;
