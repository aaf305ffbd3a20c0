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
