-- The customer row keeps its checklist's percentage as the checklist computed it from the step catalog, so the
-- customers feature need not know how many steps there are. Rows written before have the 16 steps of then.
alter table customer add column progress_percent integer not null default 0;
update customer set progress_percent = completed_steps * 100 / 16;
