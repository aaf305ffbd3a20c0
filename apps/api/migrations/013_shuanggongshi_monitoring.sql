-- Issue 17, 双公示 monitoring (鲁信用办〔2021〕3号 section 3: the NDRC's monthly monitoring and quarterly evaluation).
-- What the figures need is recorded at import, as it happens: each run of the importer (CLI or console), when the
-- platform received each record and which department pushed it, whether it met the field standard without remark,
-- and every row refused with its line, field and reason. Records written before this migration (the demo) have no
-- receipt and are not counted: nobody knows when they were pushed.
CREATE TABLE import_runs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('licence', 'penalty')),
  file_name text NOT NULL,
  content_sha256 text NOT NULL UNIQUE,             -- the same file committed twice is one run
  via text NOT NULL CHECK (via IN ('cli', 'console')),
  staff_id bigint REFERENCES staff_accounts (id),  -- who committed it in the console
  received_at timestamptz NOT NULL,
  received_on date NOT NULL,                       -- China's date of receipt: working days are counted from it
  rows_read integer NOT NULL,
  imported integer NOT NULL,
  unchanged integer NOT NULL,
  rejected integer NOT NULL,
  warnings jsonb NOT NULL DEFAULT '[]'
);

CREATE TABLE import_rejections (
  id bigserial PRIMARY KEY,
  run_id bigint NOT NULL REFERENCES import_runs (id),
  kind text NOT NULL CHECK (kind IN ('licence', 'penalty')),
  department text NOT NULL,                        -- the row's data source unit, else its authority, else 未填写
  line integer NOT NULL,
  field text NOT NULL,
  reason text NOT NULL
);
CREATE INDEX import_rejections_run_idx ON import_rejections (run_id);

ALTER TABLE licences
  ADD COLUMN import_run_id bigint REFERENCES import_runs (id),
  ADD COLUMN received_on date,
  ADD COLUMN pushed_by text,                       -- XK_LYDW (来源单位), else the authority
  ADD COLUMN meets_standard boolean;               -- accepted with no remark on a standard field
ALTER TABLE penalties
  ADD COLUMN import_run_id bigint REFERENCES import_runs (id),
  ADD COLUMN received_on date,
  ADD COLUMN pushed_by text,                       -- CF_SJLY (数据来源单位)
  ADD COLUMN meets_standard boolean;
CREATE INDEX licences_received_idx ON licences (received_on) WHERE received_on IS NOT NULL;
CREATE INDEX penalties_received_idx ON penalties (received_on) WHERE received_on IS NOT NULL;
