-- The AWS error code (the error class) of an AWS_ERROR entry, kept apart from the message, so that the insights
-- count failures per step and class from an index alone instead of taking the code out of every message.
alter table audit_entry add column error_code varchar(80);
-- Failed transitions and AWS errors of a period, with what the insights group and scope them by, in the index.
drop index ix_audit_action_outcome_time;
create index ix_audit_failed_transitions on audit_entry (action, to_state, occurred_at, step_code, customer_id);
create index ix_audit_error_codes on audit_entry (action, occurred_at, step_code, error_code, customer_id);

-- How long each settled step held its customer up, in seconds (null while the step is open): kept on the step, so
-- that the time per step takes percentiles of a column, from an index with the period filter, without the
-- customer's creation time or timestamp arithmetic per row.
alter table customer_step add column held_seconds double precision;
drop index ix_step_changed;
create index ix_step_held on customer_step (changed_at, held_seconds, code, customer_id);
