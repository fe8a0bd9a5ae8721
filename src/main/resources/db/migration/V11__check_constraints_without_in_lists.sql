-- The allowed values of the enumerated columns, written as "column = any (array[...])" instead of
-- "column in (...)". H2 2.4.240 ties a check constraint of the IN form to the session that created it; once
-- the pool closes that connection, every write the constraint checks fails ("Check constraint invalid").
-- The array form is evaluated in the writing session. PostgreSQL stores IN lists in this form itself.
-- See docs/decisions/DD001-20261202-h2-check-constraints.md.

alter table app_user drop constraint ck_app_user_role;
alter table app_user add constraint ck_app_user_role
    check (role = any (array['OPS', 'CSM', 'CUSTOMER', 'ADMIN']));

alter table customer_step drop constraint ck_step_status;
alter table customer_step add constraint ck_step_status
    check (status = any (array['TODO', 'IN_PROGRESS', 'DONE', 'SKIPPED', 'FAILED']));

alter table customer_step drop constraint ck_step_verification;
alter table customer_step add constraint ck_step_verification
    check (verification = any (array['UNVERIFIED', 'VERIFIED', 'MISMATCH', 'ERROR']));

alter table login_mark drop constraint ck_login_mark_kind;
alter table login_mark add constraint ck_login_mark_kind
    check (kind = any (array['FAILURE', 'LOCK']));
