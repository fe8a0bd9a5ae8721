-- PostgreSQL only, after every migration run: when the console runs as a database role of its own
-- (console.database.app-role) while migrations run as the owner of the schema (spring.flyway.user), that
-- role may read and write every table but only read and append the audit trail, and never touch
-- Flyway's history. Re-applied at each start, so tables added by later migrations are covered.
DO $$
BEGIN
    IF '${appRole}' <> '' THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${appRole}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                current_schema(), '${appRole}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), '${appRole}');
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM %I', '${appRole}');
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', '${appRole}');
    END IF;
END
$$;
