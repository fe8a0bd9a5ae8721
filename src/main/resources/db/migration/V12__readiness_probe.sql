-- The readiness check inserts a row here in a transaction that it rolls back (DatabaseWritesHealthIndicator):
-- an instance whose database answers queries but refuses writes is then not ready. The table stays empty, and
-- instances never wait for each other's probes (no shared row, no key). Its check constraint has the form of
-- the schema's enumerated columns, so the probe is evaluated the way their writes are.

create table readiness_probe (
    kind       varchar(8) not null,
    probed_at  timestamp with time zone not null,
    constraint ck_readiness_probe_kind check (kind = any (array['WRITE']))
);
