-- The insights count the failed transitions and the AWS errors of a period: an index by kind, outcome and time
-- finds them without reading the whole trail.
create index ix_audit_action_outcome_time on audit_entry (action, to_state, occurred_at);
