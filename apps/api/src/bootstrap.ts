import { join } from 'node:path';
import type { Config } from './config';
import { loadBenefits } from './content/load-benefits';
import type { SqlClient } from './db/client';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { benefitsRepository } from './repositories/benefits';

/**
 * Opens the database, applies migrations and loads the content catalogues. Content is read and
 * validated before anything is written, so a bad file leaves the database as it was.
 */
export async function prepareDatabase(config: Config, db?: SqlClient): Promise<SqlClient> {
  const benefits = loadBenefits(join(config.contentDir, 'benefits'));
  const client = db ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  try {
    await migrate(client);
    await benefitsRepository(client).replaceAll(benefits);
    return client;
  } catch (error) {
    if (!db) await client.close();
    throw error;
  }
}
