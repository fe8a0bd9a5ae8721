-- The AWS error code (the error class) of an AWS_ERROR entry, kept apart from the message, so that the insights
-- count failures per step and class from an index alone instead of taking the code out of every message.
alter table audit_entry add column error_code varchar(80);
-- Failed transitions and AWS errors of a period, with what the insights group and scope them by, in the index.
drop index ix_audit_action_outcome_time;
create index ix_audit_failed_transitions on audit_entry (action, to_state, occurred_at, step_code, customer_id);
create index ix_audit_error_codes on audit_entry (action, occurred_at, step_code, error_code, customer_id);
