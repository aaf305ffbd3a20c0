-- Issue 15: uploads stored as they are, and an access log the API's own role cannot rewrite.

-- JPEG, PNG and PDF are compressed already: storing them as they are spares the database a futile compression
-- pass over every 5 MB upload (on the embedded database that pass runs on the API's only thread).
ALTER TABLE attachments ALTER COLUMN content SET STORAGE EXTERNAL;

-- Which link an access-log entry carries: 1 = plain SHA-256 (entries written before this migration, accepted only
-- as the start of the chain), 2 = HMAC-SHA256 under ACCESS_LOG_KEY, a key the database does not hold.
ALTER TABLE access_log ADD COLUMN mac_version smallint NOT NULL DEFAULT 1 CHECK (mac_version IN (1, 2));

-- Separate owner. On a PostgreSQL server the migrations run as the owner role (DATABASE_OWNER_URL) and the API
-- connects as its own role (DATABASE_URL), which the migrator names in xinyong.api_role. That role may read and
-- change the service's tables, but may only read and append to the access log: no UPDATE, DELETE or TRUNCATE, and,
-- not being the owner, it cannot drop the append-only trigger, the table or the grants either. Tables created by
-- later migrations are granted by the default privileges below.
-- The embedded PGlite has a single role: there the trigger and the keyed chain stand alone (docs: README).
DO $$
DECLARE
  api text := current_setting('xinyong.api_role', true);
BEGIN
  IF api IS NULL OR api = '' OR api = current_user THEN
    RETURN;
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', api);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', api);
  EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', api);
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON access_log FROM %I', api);
  EXECUTE format('REVOKE UPDATE ON SEQUENCE access_log_seq_seq FROM %I', api);
  EXECUTE format('REVOKE ALL ON schema_migrations FROM %I', api);
  EXECUTE format('GRANT SELECT ON schema_migrations TO %I', api);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', api);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', api);
  REVOKE ALL ON access_log FROM PUBLIC;
END $$;

-- On the embedded database an upload's bytes live in a content-addressed directory beside it (the row keeps
-- sha256); only rows on a PostgreSQL server carry them.
ALTER TABLE attachments ALTER COLUMN content DROP NOT NULL;
