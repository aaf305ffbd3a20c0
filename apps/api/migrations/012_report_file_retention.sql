-- 信用代证 retention (issue 16): the signed file of a report is deleted after the period in content/retention.yaml;
-- what verification needs (number, code digest, SHA-256, subject, period, per-domain result) stays, so a receiver
-- still gets a clear answer, and the requester is told the file is gone rather than "not found".
ALTER TABLE issued_reports ALTER COLUMN file DROP NOT NULL;
ALTER TABLE issued_reports ADD COLUMN file_deleted_at timestamptz;
ALTER TABLE issued_reports ADD CONSTRAINT issued_reports_file_or_deleted CHECK ((file IS NULL) = (file_deleted_at IS NOT NULL));
CREATE INDEX issued_reports_file_kept_idx ON issued_reports (issued_at) WHERE file IS NOT NULL;
