import { join } from 'node:path';
import type { Config } from './config';
import { loadBenefits } from './content/load-benefits';
import { loadCommitmentContent } from './content/load-commitments';
import { loadCatalog, loadMeasures } from './content/load-lists';
import type { SqlClient } from './db/client';
import { kyselyOver } from './db/kysely';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { seedDemoCases } from './demo/cases';
import { seedDemoIfEmpty } from './demo/generate';
import { seedDemoStaff } from './demo/staff';
import { benefitsRepository } from './repositories/benefits';
import { commitmentsRepository } from './repositories/commitments';
import { contentListsRepository } from './repositories/content-lists';
import { recomputeWindows, windowsAreStale } from './repositories/windows';

/**
 * Opens the database, applies migrations and loads the content catalogues; with demo, an empty database
 * gets the small demo set. Content is read and validated before anything is written, so a bad file leaves
 * the database as it was.
 */
export async function prepareDatabase(config: Config, db?: SqlClient, options: { demo?: boolean } = {}): Promise<SqlClient> {
  const benefits = loadBenefits(join(config.contentDir, 'benefits'));
  const measures = loadMeasures(config.contentDir);
  const catalog = loadCatalog(config.contentDir);
  const commitmentContent = loadCommitmentContent(config.contentDir);
  const client = db ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  try {
    await migrateAsOwner(config, client);
    // Windows stored under other rule data (or before migration 010 kept their facts) are made again before serving.
    if (await windowsAreStale(client)) await recomputeWindows(client);
    // Each catalogue in one transaction: readers see the old or the new one, never a mix.
    await client.transaction((tx) => benefitsRepository(tx).replaceAll(benefits));
    await client.transaction((tx) => contentListsRepository(tx).replaceAll(measures, catalog));
    await client.transaction((tx) =>
      commitmentsRepository(kyselyOver(tx)).replaceContent(commitmentContent.texts, commitmentContent.matters),
    );
    if (options.demo) {
      await seedDemoIfEmpty(client);
      await seedDemoStaff(client);
      await seedDemoCases(client);
    }
    return client;
  } catch (error) {
    if (!db) await client.close();
    throw error;
  }
}

/**
 * Migrations run as the owner role when DATABASE_OWNER_URL is set (naming the API's role for the grants in
 * migration 009), else over the API's own connection.
 */
async function migrateAsOwner(config: Config, client: SqlClient): Promise<void> {
  if (!config.databaseOwnerUrl || !config.databaseUrl) {
    await migrate(client);
    return;
  }
  const owner = await openDatabase({ databaseUrl: config.databaseOwnerUrl });
  try {
    await migrate(owner, undefined, { apiRole: decodeURIComponent(new URL(config.databaseUrl).username) });
  } finally {
    await owner.close();
  }
}
