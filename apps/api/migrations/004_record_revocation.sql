-- An objection found a record wrong and the department deleted it: the row is kept for the audit trail
-- (and the subject's export) but leaves every public answer, every 信易+ check and the subject's record list.
ALTER TABLE penalties ADD COLUMN revoked_on date;
ALTER TABLE dishonesty_entries ADD COLUMN revoked_on date;
