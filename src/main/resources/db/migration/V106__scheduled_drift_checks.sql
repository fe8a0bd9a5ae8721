-- ShedLock's lock rows: a scheduled job runs on the one instance that holds its row's lock for the interval.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- A fleet check found a verified step no longer as it should be; cleared when a check finds all steps in order.
alter table customer add column drifted boolean not null default false;
