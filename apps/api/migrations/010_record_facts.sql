-- Issue 13: the facts the display rules read, kept with each record so its window can be recomputed when a rule
-- or a parameter changes, and the version of the rule data that made each stored window.
--
-- penalty_types NULL means "not read yet": the recompute command (src/records/recompute.ts), which start-up runs
-- right after this migration, reads them and the field of supervision from the decision's own words
-- (@xinyong/domain penaltyTypesFromText, sectorFromLegalBasis) and then rewrites window_end under the rules in force.
ALTER TABLE penalties
  ADD COLUMN sector text,                          -- @xinyong/domain SECTORS; null: no field with rules of its own
  ADD COLUMN penalty_types text[],                 -- @xinyong/domain PENALTY_TYPES named in the decision
  ADD COLUMN procedure text CHECK (procedure IN ('summary', 'ordinary')),
  ADD COLUMN specific_serious boolean,             -- 527号 特定严重失信行为; null: derived by the rule
  ADD COLUMN conduct_ended_on date,
  ADD COLUMN law_period_end date,                  -- a period set by law (「另有规定的从其规定」) and its reference
  ADD COLUMN law_period_ref text,
  ADD COLUMN duty_outstanding boolean NOT NULL DEFAULT false,
  ADD COLUMN authority_kind text CHECK (authority_kind IN ('market_regulation', 'other')),
  ADD COLUMN repeated_same_kind boolean NOT NULL DEFAULT false,
  ADD COLUMN window_rule_version text,
  ADD CHECK ((law_period_end IS NULL) = (law_period_ref IS NULL));

ALTER TABLE dishonesty_entries
  ADD COLUMN window_rule_version text;

-- One line per run of the recompute command: what it found, under which rule data.
CREATE TABLE window_recomputations (
  id bigserial PRIMARY KEY,
  rules_version text NOT NULL,                     -- @xinyong/domain DISPLAY_RULES_VERSION
  ran_at timestamptz NOT NULL DEFAULT now(),
  scanned bigint NOT NULL,
  facts_read bigint NOT NULL,                      -- rows whose penalty types and field were read for the first time
  dates_changed bigint NOT NULL,
  version_only bigint NOT NULL,
  by_regime jsonb NOT NULL                         -- changed rows per regime or list id
);
