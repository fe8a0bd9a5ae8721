-- Verification outcomes are recorded as AWS_CALL entries; the earlier STEP_VERIFICATION entries said the same
-- (the step, the outcome, AWS's message) and are read as such from now on.
update audit_entry set action = 'AWS_CALL' where action = 'STEP_VERIFICATION';
