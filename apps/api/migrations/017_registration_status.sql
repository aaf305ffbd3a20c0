-- 登记状态 from business registration: a person searching a name expects the businesses still trading first, and a
-- profile must say when a business has been deregistered (注销) or had its licence revoked (吊销): its records stay
-- public for their display windows either way. Rows loaded before this migration had no status and are taken as 存续.
ALTER TABLE entities ADD COLUMN registration_status text NOT NULL DEFAULT 'active'
  CHECK (registration_status IN ('active', 'revoked', 'deregistered'));
