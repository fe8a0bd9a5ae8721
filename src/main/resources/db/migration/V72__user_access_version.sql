-- Changes with every change of a user's access (disabled, role, customer, password); a session issued with
-- another value is no longer valid.
alter table app_user add column access_version bigint not null default 0;
