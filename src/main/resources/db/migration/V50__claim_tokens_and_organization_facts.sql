-- The AWS call that holds a step's IN_PROGRESS claim: only that call may settle the step, so a late answer of
-- an earlier call cannot overwrite a step that was settled or claimed again meanwhile.
alter table customer_step add column claim_token varchar(36);

-- What the last verification learned of the customer's organization (DescribeOrganization): the payer type is
-- answered from it, never by asking AWS while a page renders.
alter table customer add column organization_management_account varchar(12);
alter table customer add column organization_checked_at timestamp with time zone;

-- A step's details show its latest entries of the trail.
create index ix_audit_customer_step on audit_entry (customer_id, step_code, occurred_at);
