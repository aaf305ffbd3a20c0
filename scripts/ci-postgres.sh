#!/usr/bin/env bash
# Installs and starts Debian's PostgreSQL and creates a role that may create test databases.
# Prints the URL for TEST_DATABASE_URL on its last line.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then pg_createcluster "$version" main >/dev/null; fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'xinyong_test') THEN
    CREATE ROLE xinyong_test LOGIN CREATEDB PASSWORD 'xinyong_test';
  END IF; END \\\$\\\$;\"" >/dev/null
# A second role for the API itself, which owns nothing: the tests check what it may not do to the access log.
su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'xinyong_test_api') THEN
    CREATE ROLE xinyong_test_api LOGIN PASSWORD 'xinyong_test_api';
  END IF; END \\\$\\\$;\"" >/dev/null
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname = 'xinyong_test'\" | grep -q 1 || createdb -O xinyong_test xinyong_test"
# Test databases are dropped WITH (FORCE); an autovacuum worker inside one can only be stopped with this role.
su postgres -c "psql -q -c 'GRANT pg_signal_backend TO xinyong_test'" >/dev/null
echo "postgres://xinyong_test:xinyong_test@127.0.0.1:5432/xinyong_test"
