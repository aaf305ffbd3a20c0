-- Public credit information: subjects, their records, and the lists that govern them.
-- Natural persons live apart from entities, with identifiers encrypted and a keyed hash for lookup,
-- so no public query can reach them by accident: public queries read entities and entity-linked rows only.

-- Market entities: legal persons, unincorporated organisations, individual businesses.
CREATE TABLE entities (
  id bigserial PRIMARY KEY,
  code text COLLATE "C" NOT NULL UNIQUE,          -- 统一社会信用代码; "C" so LIKE 'prefix%' uses the index
  name text NOT NULL,
  subject_type text NOT NULL CHECK (subject_type IN ('legal_person', 'unincorporated', 'individual_business')),
  type_label text NOT NULL,                       -- 企业法人, 个体工商户, … from the code's prefix
  region_code text NOT NULL,                      -- characters 3–8 of the code (GB/T 2260)
  city_code text,                                 -- 4-digit Shandong city, null outside Shandong
  established_on date,
  legal_rep_name text,                            -- public for entities (business registration); never an ID number
  legal_rep_person_id bigint,                     -- link for acting on the entity's behalf; never exposed
  address text,
  tax_credit_grade text CHECK (tax_credit_grade IN ('A', 'B', 'M', 'C', 'D')),
  name_bigrams text[] NOT NULL,                   -- every 2-character window of the name, for short Chinese queries
  example boolean NOT NULL DEFAULT false,         -- invented demo data, shown as 示例
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Exact name and name prefix (text_pattern_ops makes LIKE 'q%' indexable under any server locale).
CREATE INDEX entities_name_pattern_idx ON entities (name text_pattern_ops);
-- Substring search of 2 characters and up: the bigrams of the query must all be present. A trigram index
-- cannot serve 2-character Chinese queries (TOOLCHAIN.md), a bigram array can serve every length >= 2.
CREATE INDEX entities_name_bigrams_idx ON entities USING gin (name_bigrams);

-- Natural persons: never listed or searched publicly. Identifiers only encrypted; lookup by keyed hash.
CREATE TABLE persons (
  id bigserial PRIMARY KEY,
  id_hash bytea NOT NULL UNIQUE,                  -- HMAC-SHA256 of the normalised ID number
  id_cipher bytea NOT NULL,                       -- AES-256-GCM
  name_cipher bytea NOT NULL,
  name_masked text NOT NULL,                      -- 张** (for the subject's own screens)
  id_masked text NOT NULL,                        -- 3***************1X
  example boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE entities ADD CONSTRAINT entities_legal_rep_fk FOREIGN KEY (legal_rep_person_id) REFERENCES persons (id);

-- Every record is about exactly one subject: an entity or a person.
-- window_end / publishable are computed by @xinyong/domain when the row is written (a function of the
-- class, the decision date and the authority's display end), so public queries filter on plain columns.

CREATE TABLE licences (                           -- 行政许可 (XK_*)
  id bigserial PRIMARY KEY,
  entity_id bigint REFERENCES entities (id),
  person_id bigint REFERENCES persons (id),
  decision_doc_name text,                         -- XK_XKWS
  decision_no text NOT NULL,                      -- XK_WSH
  category text NOT NULL,                         -- XK_XKLB: 普通/特许/认可/核准/登记/其他
  licence_name text NOT NULL,                     -- XK_XKZS
  licence_no text,                                -- XK_XKBH
  content text NOT NULL,                          -- XK_NR
  decision_date date NOT NULL,                    -- XK_JDRQ
  valid_from date,                                -- XK_YXQZ
  valid_to date,                                  -- XK_YXQZI
  authority text NOT NULL,                        -- XK_XKJG
  authority_code text,                            -- XK_XKJGDM
  status text NOT NULL DEFAULT '有效',            -- XK_ZT
  data_source text,
  example boolean NOT NULL DEFAULT false,
  CHECK ((entity_id IS NULL) <> (person_id IS NULL)),
  UNIQUE (decision_no, authority)
);
CREATE INDEX licences_entity_idx ON licences (entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX licences_person_idx ON licences (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE penalties (                          -- 行政处罚 (CF_*)
  id bigserial PRIMARY KEY,
  entity_id bigint REFERENCES entities (id),
  person_id bigint REFERENCES persons (id),
  decision_no text NOT NULL,                      -- CF_WSH
  violation_type text,                            -- CF_WFXW
  facts text,                                     -- CF_SY
  legal_basis text NOT NULL,                      -- CF_YJ
  category text NOT NULL,                         -- CF_CFLB: 警告/罚款/没收违法所得/…
  content text NOT NULL,                          -- CF_NR
  fine_wan numeric(14, 4),                        -- CF_NR_FK, 万元
  confiscation_wan numeric(14, 4),                -- CF_NR_WFFF
  licence_action text,                            -- CF_NR_ZKDX: suspended/revoked licence
  info_class text NOT NULL CHECK (info_class IN ('轻微', '一般', '严重')),
  decision_date date NOT NULL,                    -- CF_JDRQ
  authority_display_end date,                     -- CF_GSJZQ as supplied
  window_end date,                                -- last day in force per the domain rule; null: never displayed
  authority text NOT NULL,                        -- CF_CFJG
  authority_code text,                            -- CF_CFJGDM
  data_source text NOT NULL,                      -- CF_SJLY
  data_source_code text,                          -- CF_SJLYDM
  subject_minor boolean NOT NULL DEFAULT false,   -- a minor's penalty is never published
  duty_fulfilled_on date,
  repaired_on date,                               -- repair takes it out of every public answer
  example boolean NOT NULL DEFAULT false,
  CHECK ((entity_id IS NULL) <> (person_id IS NULL)),
  UNIQUE (decision_no, authority)
);
CREATE INDEX penalties_entity_idx ON penalties (entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX penalties_person_idx ON penalties (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE dishonesty_entries (                 -- 严重失信主体名单
  id bigserial PRIMARY KEY,
  entity_id bigint REFERENCES entities (id),
  person_id bigint REFERENCES persons (id),
  list_type text NOT NULL,                        -- e.g. 拖欠农民工工资失信联合惩戒对象名单
  legal_basis text NOT NULL,
  authority text NOT NULL,
  reason text NOT NULL,
  decision_no text NOT NULL,
  decision_date date NOT NULL,
  listed_from date NOT NULL,
  listed_until date,                              -- set by the authority; null: until exit conditions are met
  window_end date,
  exit_conditions text NOT NULL,
  removed_on date,                                -- moved off the list (exit or expiry decision)
  repaired_on date,
  example boolean NOT NULL DEFAULT false,
  CHECK ((entity_id IS NULL) <> (person_id IS NULL)),
  UNIQUE (decision_no, authority)
);
CREATE INDEX dishonesty_entity_idx ON dishonesty_entries (entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX dishonesty_person_idx ON dishonesty_entries (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE red_list_entries (                   -- 守信激励名单
  id bigserial PRIMARY KEY,
  entity_id bigint NOT NULL REFERENCES entities (id),
  list_name text NOT NULL,                        -- e.g. 纳税信用A级纳税人
  authority text NOT NULL,
  basis text NOT NULL,
  listed_on date NOT NULL,
  valid_until date,
  example boolean NOT NULL DEFAULT false,
  UNIQUE (entity_id, list_name, listed_on)
);

CREATE TABLE commitments (                        -- 信用承诺
  id bigserial PRIMARY KEY,
  entity_id bigint REFERENCES entities (id),
  person_id bigint REFERENCES persons (id),
  kind text NOT NULL,                             -- 主动型 / 审批替代型 / 信用修复型 / 信易+
  text_version text NOT NULL,                     -- the versioned commitment text that was signed
  matter text NOT NULL,                           -- what it was made for
  signed_on date NOT NULL,
  public boolean NOT NULL DEFAULT true,           -- entity commitments are published; a person's never
  example boolean NOT NULL DEFAULT false,
  CHECK ((entity_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX commitments_entity_idx ON commitments (entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX commitments_person_idx ON commitments (person_id) WHERE person_id IS NOT NULL;

-- Objections against a record. Kept minimal here (the public profile marks disputed records);
-- the self-service flow extends it.
CREATE TABLE objections (
  id bigserial PRIMARY KEY,
  record_kind text NOT NULL CHECK (record_kind IN ('licence', 'penalty', 'dishonesty')),
  record_id bigint NOT NULL,
  status text NOT NULL CHECK (status IN ('submitted', 'accepted', 'corrected', 'deleted', 'upheld', 'rejected', 'withdrawn')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX objections_open_idx ON objections (record_kind, record_id) WHERE status IN ('submitted', 'accepted');

-- Punishment measures ledger and the public data catalogue, loaded from content/ like the 信易+ catalogue.
CREATE TABLE measures (
  id text PRIMARY KEY,
  name text NOT NULL,
  description text NOT NULL,
  legal_basis jsonb NOT NULL,
  list_types text[] NOT NULL,
  authority text NOT NULL
);

CREATE TABLE catalog_items (
  id text PRIMARY KEY,
  name text NOT NULL,
  source_department text NOT NULL,
  disclosure text NOT NULL CHECK (disclosure IN ('公开', '依申请', '不公开')),
  display_rule text NOT NULL,
  basis jsonb NOT NULL
);
