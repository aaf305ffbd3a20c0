-- 查询使用登记 (鲁信用办〔2021〕3号 parts 3 and 7): every time a department looks up a business's credit information,
-- who did, for which department, for which use on the application list, under which matter's number, and what they saw.
-- Kept as written: like the access log, a registration is never changed or removed by the API.
CREATE TABLE credit_queries (
  id bigserial PRIMARY KEY,
  query_no text NOT NULL UNIQUE,
  at timestamptz NOT NULL DEFAULT now(),
  staff_id bigint NOT NULL REFERENCES staff_accounts (id),
  department text NOT NULL,
  purpose_id text NOT NULL,
  purpose_label text NOT NULL,
  reference_no text NOT NULL CHECK (length(reference_no) BETWEEN 4 AND 40),
  entity_id bigint NOT NULL REFERENCES entities (id),
  seen text[] NOT NULL,
  request_id text
);
CREATE INDEX credit_queries_at_idx ON credit_queries (at DESC, id DESC);
CREATE INDEX credit_queries_department_idx ON credit_queries (department, at DESC);
CREATE INDEX credit_queries_entity_idx ON credit_queries (entity_id, at DESC);
CREATE FUNCTION credit_queries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'credit_queries is append-only';
END $$;
CREATE TRIGGER credit_queries_no_update BEFORE UPDATE OR DELETE ON credit_queries
  FOR EACH ROW EXECUTE FUNCTION credit_queries_append_only();
-- With a separate owner (migration 009), the API's role may only read and append registrations.
DO $$
DECLARE
  api text := current_setting('xinyong.api_role', true);
BEGIN
  IF api IS NULL OR api = '' OR api = current_user THEN
    RETURN;
  END IF;
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON credit_queries FROM %I', api);
END $$;

-- Staff TOTP secrets sealed at rest (AES-256-GCM under STAFF_TOTP_KEY, bound to the username). The key is not in the
-- database, so this migration's step in src/db/migrate.ts seals the existing secrets and then drops totp_secret.
ALTER TABLE staff_accounts ADD COLUMN totp_sealed bytea;

-- Lockout abuse (GB/T 22239-2019 8.1.4.1 b; OWASP ASVS 4.0 2.2.1): wrong attempts are counted per account and client
-- address (the keyed hash of it, never the address), so a stranger knowing a username locks only their own address.
-- staff_accounts.failed_logins / locked_until now count every address: a wider threshold that locks out addresses the
-- account has never logged in from, while a known address (last_success_at) with the right password and code still works.
CREATE TABLE staff_login_clients (
  staff_id bigint NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
  client_hash bytea NOT NULL,
  failed_logins integer NOT NULL DEFAULT 0,
  -- how many times this address has been locked since its last good login: each lock lasts twice the one before
  lockouts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_success_at timestamptz,
  PRIMARY KEY (staff_id, client_hash)
);

-- What administrators did to accounts: unlock, disable, enable, enrol or reset the second factor. Append-only.
CREATE TABLE staff_account_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_staff_id bigint NOT NULL REFERENCES staff_accounts (id),
  target_staff_id bigint NOT NULL REFERENCES staff_accounts (id),
  action text NOT NULL CHECK (action IN ('unlock', 'disable', 'enable', 'enrol_totp')),
  request_id text
);
CREATE INDEX staff_account_events_target_idx ON staff_account_events (target_staff_id, at DESC);
CREATE FUNCTION staff_account_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'staff_account_events is append-only';
END $$;
CREATE TRIGGER staff_account_events_no_update BEFORE UPDATE OR DELETE ON staff_account_events
  FOR EACH ROW EXECUTE FUNCTION staff_account_events_append_only();

-- The case page's history names who did each step: the reviewer for a decision (null: the applicant's own step).
ALTER TABLE objection_events ADD COLUMN staff_id bigint REFERENCES staff_accounts (id);
ALTER TABLE repair_events ADD COLUMN staff_id bigint REFERENCES staff_accounts (id);
