-- Staff who sign in through the company's identity provider: the provider's subject ("sub") ties the
-- console's user to the provider's account, whatever name or e-mail address it later has.
alter table app_user add column sso_subject varchar(255);
alter table app_user add constraint uk_app_user_sso_subject unique (sso_subject);
