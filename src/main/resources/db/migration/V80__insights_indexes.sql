-- The insights count failed transitions and AWS errors of a period: an index by kind and time finds them
-- without reading the whole trail.
create index ix_audit_action_time on audit_entry (action, occurred_at);
