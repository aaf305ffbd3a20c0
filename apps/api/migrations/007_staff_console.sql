-- The staff console: a second factor, lockout after failed attempts, and roles beyond the department reviewer.
-- totp_secret: base32 RFC 6238 secret (null: not enrolled; production refuses such an account at login).
-- totp_last_step: the last 30-second step whose code was accepted, so no code is accepted twice.
-- failed_logins / locked_until: wrong passwords or codes in a row, and the time until which the account refuses to log in.
ALTER TABLE staff_accounts ADD COLUMN totp_secret text;
ALTER TABLE staff_accounts ADD COLUMN totp_last_step bigint;
ALTER TABLE staff_accounts ADD COLUMN failed_logins integer NOT NULL DEFAULT 0;
ALTER TABLE staff_accounts ADD COLUMN locked_until timestamptz;
-- reviewer: decides the cases of its department; credit_office: the 信用办's administrator; auditor: reads, decides nothing.
ALTER TABLE staff_accounts ADD CONSTRAINT staff_accounts_roles_known CHECK (roles <@ ARRAY['reviewer', 'credit_office', 'auditor']::text[]);
