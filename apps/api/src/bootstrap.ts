import { join } from 'node:path';
import type { Config } from './config';
import { loadBenefits } from './content/load-benefits';
import { loadCommitmentTexts } from './content/load-commitments';
import { loadCatalog, loadMeasures } from './content/load-lists';
import type { SqlClient } from './db/client';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { seedDemoIfEmpty } from './demo/generate';
import { seedDemoStaff } from './demo/staff';
import { benefitsRepository } from './repositories/benefits';
import { contentListsRepository } from './repositories/content-lists';
import { replaceCommitmentTexts } from './self-service/commitments';

/**
 * Opens the database, applies migrations and loads the content catalogues; with demo, an empty database
 * gets the small demo set. Content is read and validated before anything is written, so a bad file leaves
 * the database as it was.
 */
export async function prepareDatabase(config: Config, db?: SqlClient, options: { demo?: boolean } = {}): Promise<SqlClient> {
  const benefits = loadBenefits(join(config.contentDir, 'benefits'));
  const measures = loadMeasures(config.contentDir);
  const catalog = loadCatalog(config.contentDir);
  const commitmentTexts = loadCommitmentTexts(config.contentDir);
  const client = db ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  try {
    await migrate(client);
    await benefitsRepository(client).replaceAll(benefits);
    await contentListsRepository(client).replaceAll(measures, catalog);
    await client.transaction((tx) => replaceCommitmentTexts(tx, commitmentTexts));
    if (options.demo) {
      await seedDemoIfEmpty(client);
      await seedDemoStaff(client);
    }
    return client;
  } catch (error) {
    if (!db) await client.close();
    throw error;
  }
}
