import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { openPglite } from '../../src/db/pglite';
import { SCHEMA_TYPES_FILE, schemaTypes } from '../../src/db/schema-types';

let db: SqlClient;
beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
});
afterAll(() => db.close());

describe('the generated row types (src/db/schema.ts)', () => {
  it('are what the migrations produce: run `pnpm --filter @xinyong/api db:types` after changing a migration', async () => {
    expect(readFileSync(SCHEMA_TYPES_FILE, 'utf8')).toBe(await schemaTypes(db));
  });

  it('cover every table of the migrated schema', async () => {
    const { rows } = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    const text = await schemaTypes(db);
    expect(rows.length).toBeGreaterThan(20);
    for (const { table_name } of rows) expect(text).toContain(`  ${table_name}: `);
  });
});
