-- The onboarding times of existing customers and steps, from the steps' timestamps as the checklist computes them:
-- a phase is complete when every one of its steps is done or skipped, at the latest of their changes; a settled step
-- held the customer up since the settled step before it (by settle time, then code). Running it again gives the
-- same rows.
update customer c set
    phase1_completed_at = (select max(s.changed_at) from customer_step s
        where s.customer_id = c.id and substring(s.code from 1 for 1) = '1'
        having sum(case when s.status in ('DONE', 'SKIPPED') then 0 else 1 end) = 0),
    phase2_completed_at = (select max(s.changed_at) from customer_step s
        where s.customer_id = c.id and substring(s.code from 1 for 1) = '2'
        having sum(case when s.status in ('DONE', 'SKIPPED') then 0 else 1 end) = 0),
    phase3_completed_at = (select max(s.changed_at) from customer_step s
        where s.customer_id = c.id and substring(s.code from 1 for 1) = '3'
        having sum(case when s.status in ('DONE', 'SKIPPED') then 0 else 1 end) = 0),
    steps_changed_at = (select max(s.changed_at) from customer_step s where s.customer_id = c.id);
update customer set onboarded_at = case
    when phase1_completed_at is not null and phase2_completed_at is not null and phase3_completed_at is not null
    then greatest(phase1_completed_at, phase2_completed_at, phase3_completed_at) end;
update customer_step s set held_since = case when s.status in ('DONE', 'SKIPPED') then
    (select max(p.changed_at) from customer_step p
      where p.customer_id = s.customer_id and p.status in ('DONE', 'SKIPPED')
        and (p.changed_at < s.changed_at or (p.changed_at = s.changed_at and p.code < s.code))) end;
