/** Applies pending migrations to DATABASE_URL or the embedded database in DATA_DIR, then prints the version. */
import { loadConfig } from '../config';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';

const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  console.log(`schema at migration ${await migrate(db)} (${db.driver})`);
} finally {
  await db.close();
}
