-- 信易+ catalogue, loaded from content/benefits/*.yaml at start-up. The YAML is the source of truth;
-- this table is a queryable copy replaced as a whole on each load.
CREATE TABLE benefits (
  id text PRIMARY KEY,
  name text NOT NULL,
  category text NOT NULL,
  audience text[] NOT NULL,
  provider text NOT NULL,
  region text NOT NULL,
  summary text NOT NULL,
  criteria jsonb NOT NULL,
  how_to_apply text NOT NULL,
  basis jsonb NOT NULL,
  example boolean NOT NULL,
  source_file text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX benefits_category_idx ON benefits (category);
