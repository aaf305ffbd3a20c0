-- What the person-like journeys of issue 12 found missing in the schema.

-- A repair application carries several proof files (the form promises 「拍照或 PDF」, one page of a receipt
-- is rarely the whole proof). The single column becomes a link table; existing applications keep their file.
CREATE TABLE repair_attachments (
  application_id bigint NOT NULL REFERENCES repair_applications (id),
  attachment_id bigint NOT NULL REFERENCES attachments (id),
  PRIMARY KEY (application_id, attachment_id)
);
INSERT INTO repair_attachments (application_id, attachment_id)
  SELECT id, proof_attachment_id FROM repair_applications WHERE proof_attachment_id IS NOT NULL;
ALTER TABLE repair_applications DROP COLUMN proof_attachment_id;

-- A commitment signed in the app remembers who signed it (a business's commitment has no person_id) and the
-- idempotency key of the form it was signed from. The unique index makes a lost answer and a second tap one
-- commitment, even after the idempotency answers themselves are pruned.
ALTER TABLE commitments
  ADD COLUMN signed_by_person_id bigint REFERENCES persons (id),
  ADD COLUMN idempotency_key text;
UPDATE commitments SET signed_by_person_id = person_id WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX commitments_idempotency_idx ON commitments (signed_by_person_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX commitments_signed_by_idx ON commitments (signed_by_person_id) WHERE signed_by_person_id IS NOT NULL;

-- An objection decided as 更正 changes the record: what was there before and what it says now, per field.
CREATE TABLE record_corrections (
  id bigserial PRIMARY KEY,
  objection_id bigint NOT NULL REFERENCES objections (id),
  record_kind text NOT NULL CHECK (record_kind IN ('penalty', 'dishonesty')),
  record_id bigint NOT NULL,
  field text NOT NULL CHECK (field IN ('content', 'legal_basis')),
  before text NOT NULL,
  after text NOT NULL,
  corrected_on date NOT NULL
);
CREATE INDEX record_corrections_record_idx ON record_corrections (record_kind, record_id);

-- How to apply for a 信易+ benefit, concretely: handling unit, channel, contact, optionally an online application.
ALTER TABLE benefits ADD COLUMN apply jsonb NOT NULL DEFAULT '{}'::jsonb;
