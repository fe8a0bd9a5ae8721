-- How long the existing settled steps held their customers up: from the settled step before (held_since, which
-- V116 computed) or the customer's creation, to the step's settle time. Running it again gives the same rows.
update customer_step s set held_seconds = case when s.status in ('DONE', 'SKIPPED') then
    extract(epoch from s.changed_at) - extract(epoch from coalesce(s.held_since,
        (select c.created_at from customer c where c.id = s.customer_id))) end;
