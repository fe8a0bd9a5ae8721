-- Failed logins are counted per username and source address, per address and per username, so that someone who
-- knows a username can lock it only from their own address. FAILURE rows have both; a LOCK row locks the
-- username from the address, the username from everywhere (no address) or the address (no username).
alter table login_mark add column source_address varchar(64);
alter table login_mark alter column username drop not null;
alter table login_mark add constraint ck_login_mark_subject check (username is not null or source_address is not null);
create index ix_login_mark_address on login_mark (source_address, kind, at_time);
