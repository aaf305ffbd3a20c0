-- Issue 15: what a business's commitment shows in public comes from a closed list, never from what was typed.
-- The list is content (content/commitment.yaml, matters), loaded at start-up like the texts. A commitment keeps the
-- label it was signed under (matter) and its code; anything the signer wrote goes to note, which only the signer,
-- the business's representatives and a reviewer of a case that uses it ever see. A commitment can be withdrawn
-- (packages/domain commitmentWithdrawal decides when): it then leaves the public profile and stays in the signer's own
-- records with its date.
CREATE TABLE commitment_matters (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  kind text NOT NULL,
  label text NOT NULL,
  position integer NOT NULL
);

ALTER TABLE commitments
  ADD COLUMN matter_code text,
  ADD COLUMN note text CHECK (char_length(note) <= 200),
  ADD COLUMN withdrawn_on date,
  ADD COLUMN withdrawn_by_person_id bigint REFERENCES persons (id),
  ADD CONSTRAINT commitments_withdrawn_by CHECK ((withdrawn_on IS NULL) = (withdrawn_by_person_id IS NULL));

-- Commitments signed in the app before this migration carried a free-text matter. The two the apps sent map onto the
-- list; any other text is moved into the private note and the public matter becomes the voluntary commitment's label.
UPDATE commitments SET matter_code = 'credit-repair', matter = '申请信用修复'
 WHERE signed_by_person_id IS NOT NULL AND matter = '信用修复';
UPDATE commitments SET matter_code = 'xinyi-plus', matter = '申请信易+ 激励措施', kind = '信易+'
 WHERE signed_by_person_id IS NOT NULL AND matter = '信易+ 申请';
UPDATE commitments SET note = left(matter, 200), matter_code = 'voluntary', matter = '主动向社会作出信用承诺', kind = '主动型'
 WHERE signed_by_person_id IS NOT NULL AND matter_code IS NULL;
