import type { Queryable } from '../db/client';
import { currentMigration } from '../db/migrate';

/** What the health check reports about the database. */
export function systemRepository(db: Queryable) {
  return {
    /** The latest applied migration; throws while the database cannot be reached. */
    migration: () => currentMigration(db),
  };
}
