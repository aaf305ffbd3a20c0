-- Rate-limit counters, shared by every API process. Keys are keyed hashes of addresses or subjects,
-- never the address itself (an IP address is personal data).
CREATE UNLOGGED TABLE rate_limit_counters (
  bucket text NOT NULL,
  key bytea NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (bucket, key, window_start)
);
