/**
 * Writes src/db/schema.ts, the row types of the migrated schema: migrates an empty in-memory database and reads
 * information_schema. Run after changing a migration:  pnpm --filter @xinyong/api db:types
 */
import { writeFileSync } from 'node:fs';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { SCHEMA_TYPES_FILE, schemaTypes } from '../db/schema-types';

const db = await openPglite();
try {
  await migrate(db);
  writeFileSync(SCHEMA_TYPES_FILE, await schemaTypes(db));
  console.log(`written ${SCHEMA_TYPES_FILE}`);
} finally {
  await db.close();
}
