-- When each phase of a customer's checklist was completed (its last step settled), when the whole checklist was,
-- and the latest step change: kept on the customer's row with the rest of its progress, so the insights read one
-- row per customer instead of every step. The periods filter on them, hence the indexes.
alter table customer add column phase1_completed_at timestamp with time zone;
alter table customer add column phase2_completed_at timestamp with time zone;
alter table customer add column phase3_completed_at timestamp with time zone;
alter table customer add column onboarded_at timestamp with time zone;
alter table customer add column steps_changed_at timestamp with time zone;
create index ix_customer_created on customer (created_at);
create index ix_customer_phase1_completed on customer (phase1_completed_at);
create index ix_customer_phase2_completed on customer (phase2_completed_at);
create index ix_customer_phase3_completed on customer (phase3_completed_at);
create index ix_customer_onboarded on customer (onboarded_at);

-- A settled step held its customer up from the settle time of the customer's settled step before it: kept on the
-- step, so that the time per step needs no window over every customer's steps.
alter table customer_step add column held_since timestamp with time zone;
create index ix_step_changed on customer_step (changed_at);
