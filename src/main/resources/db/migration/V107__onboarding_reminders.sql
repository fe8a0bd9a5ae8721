-- Reminders to customers whose phase-1 steps have stopped moving: the CSM may switch them off per customer,
-- and the last one sent keeps the next one an interval away.
alter table customer add column reminders_off boolean not null default false;
alter table customer add column last_reminder_at timestamp with time zone;
