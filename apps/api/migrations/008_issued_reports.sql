-- 信用代证 (issue 16): every special credit report issued. What a verification needs is kept (number, the code's
-- digest, for whom, period, domains and per-domain result, the file's SHA-256) and the file itself, so the person
-- who asked can download it again. Nothing of a natural person is kept here but the requester's id.
CREATE TABLE issued_reports (
  id bigserial PRIMARY KEY,
  number text NOT NULL UNIQUE,
  code_digest text NOT NULL,                        -- sha256(number:code); the code itself is printed, never stored
  entity_id bigint NOT NULL REFERENCES entities (id),
  requester_person_id bigint NOT NULL REFERENCES persons (id),
  subject_name text NOT NULL,                       -- as printed on the report, even if the entity is renamed later
  subject_code text NOT NULL,
  example boolean NOT NULL DEFAULT false,
  period_from date NOT NULL,
  period_to date NOT NULL,
  as_of date NOT NULL,
  domains text[] NOT NULL,                          -- the domain ids asked for; empty = every domain
  sections jsonb NOT NULL,                          -- [{ id, name, conclusion, recordCount }]
  total_records integer NOT NULL,
  sha256 text NOT NULL,
  signer_fingerprint text NOT NULL,
  byte_size integer NOT NULL,
  file bytea NOT NULL,
  issued_at timestamptz NOT NULL
);
CREATE INDEX issued_reports_entity_idx ON issued_reports (entity_id, issued_at DESC);
