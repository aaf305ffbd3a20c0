-- Self-service: identities, sessions, the access log, objections, repair, commitments, staff.
-- Everything a request needs across API processes lives here, not in process memory, so any number of
-- processes behind a load balancer behave as one service.

-- WeChat identities: the openid is itself personal data, so only its keyed hash is kept.
CREATE TABLE wechat_identities (
  openid_hash bytea PRIMARY KEY,
  person_id bigint REFERENCES persons (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Sessions: random opaque tokens, stored hashed; idle and absolute expiry.
CREATE TABLE sessions (
  id bigserial PRIMARY KEY,
  token_hash bytea NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('citizen', 'staff')),
  person_id bigint REFERENCES persons (id),        -- null until real-name verification
  staff_id bigint,
  openid_hash bytea,
  provider text NOT NULL,                           -- wechat / development / password
  acting_entity_id bigint REFERENCES entities (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  absolute_expires_at timestamptz NOT NULL,
  ended_at timestamptz
);

-- Acting for a business besides its recorded legal representative: an authorisation staff recorded.
CREATE TABLE business_authorisations (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES persons (id),
  entity_id bigint NOT NULL REFERENCES entities (id),
  recorded_by_staff_id bigint NOT NULL,
  basis text NOT NULL,                              -- e.g. 授权委托书 and its date
  valid_from date NOT NULL,
  valid_until date,
  revoked_at timestamptz,
  UNIQUE (person_id, entity_id, valid_from)
);

-- Who read personal data: append-only and hash-chained (each entry's hash covers the previous hash).
CREATE TABLE access_log (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('subject', 'staff', 'system')),
  actor_id bigint,
  actor_role text NOT NULL,                         -- 本人 / 部门审核员 / …
  actor_label text NOT NULL,                        -- what the subject is shown: 本人, 济南市市场监督管理局 审核员
  subject_person_id bigint REFERENCES persons (id),
  subject_entity_id bigint REFERENCES entities (id),
  action text NOT NULL,                             -- read / export / decide
  purpose text NOT NULL,
  fields text[] NOT NULL,
  request_id text,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL UNIQUE
);
CREATE INDEX access_log_person_idx ON access_log (subject_person_id, seq DESC);
CREATE INDEX access_log_entity_idx ON access_log (subject_entity_id, seq DESC);

CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only';
END $$;
CREATE TRIGGER access_log_no_update BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_append_only();

-- Uploaded materials (objection evidence, proof of fulfilled obligations), checked by content.
CREATE TABLE attachments (
  id bigserial PRIMARY KEY,
  public_id text NOT NULL UNIQUE,                   -- random, so ids cannot be guessed
  owner_person_id bigint NOT NULL REFERENCES persons (id),
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  byte_size integer NOT NULL,
  sha256 bytea NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Objections: extend the minimal table of the public-credit migration.
ALTER TABLE objections
  ADD COLUMN public_id text UNIQUE,
  ADD COLUMN person_id bigint REFERENCES persons (id),
  ADD COLUMN entity_id bigint REFERENCES entities (id),
  ADD COLUMN department text,
  ADD COLUMN reason text,
  ADD COLUMN accept_by date,
  ADD COLUMN decide_by date,
  ADD COLUMN decision_reason text,
  ADD COLUMN decided_by_staff_id bigint,
  ADD COLUMN decided_at timestamptz,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
-- One open objection per record at a time.
CREATE UNIQUE INDEX objections_one_open_idx ON objections (record_kind, record_id) WHERE status IN ('submitted', 'accepted');

CREATE TABLE objection_attachments (
  objection_id bigint NOT NULL REFERENCES objections (id),
  attachment_id bigint NOT NULL REFERENCES attachments (id),
  PRIMARY KEY (objection_id, attachment_id)
);

CREATE TABLE objection_events (
  id bigserial PRIMARY KEY,
  objection_id bigint NOT NULL REFERENCES objections (id),
  status text NOT NULL,
  note text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

-- Credit commitments texts, versioned; a signed commitment is a row in commitments.
CREATE TABLE commitment_texts (
  version text PRIMARY KEY,
  title text NOT NULL,
  body text NOT NULL,
  effective_from date NOT NULL
);

CREATE TABLE repair_applications (
  id bigserial PRIMARY KEY,
  public_id text NOT NULL UNIQUE,
  query_code text NOT NULL UNIQUE,                  -- given to the applicant to follow progress
  record_kind text NOT NULL CHECK (record_kind IN ('penalty', 'dishonesty')),
  record_id bigint NOT NULL,
  person_id bigint NOT NULL REFERENCES persons (id), -- who applied (the subject, or the entity's representative)
  entity_id bigint REFERENCES entities (id),
  department text NOT NULL,
  status text NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected', 'withdrawn')),
  proof_attachment_id bigint NOT NULL REFERENCES attachments (id),
  commitment_id bigint NOT NULL REFERENCES commitments (id),
  fee_yuan integer NOT NULL DEFAULT 0 CHECK (fee_yuan = 0), -- repair is free of charge (鲁信用办〔2021〕3号 §6)
  submitted_on date NOT NULL,
  decide_by date NOT NULL,
  decision_reason text,
  decided_by_staff_id bigint,
  decided_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One application per record at a time.
CREATE UNIQUE INDEX repair_one_open_idx ON repair_applications (record_kind, record_id) WHERE status = 'submitted';

CREATE TABLE repair_events (
  id bigserial PRIMARY KEY,
  application_id bigint NOT NULL REFERENCES repair_applications (id),
  status text NOT NULL,
  note text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

-- Department reviewer accounts.
CREATE TABLE staff_accounts (
  id bigserial PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,                      -- scrypt$N$r$p$salt$hash
  display_name text NOT NULL,
  department text NOT NULL,
  roles text[] NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Idempotency keys: a retried submission returns the first answer instead of filing twice.
CREATE TABLE idempotency_keys (
  actor text NOT NULL,
  key text NOT NULL,
  method text NOT NULL,
  route text NOT NULL,
  request_hash bytea NOT NULL,
  status_code integer,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (actor, key)
);
