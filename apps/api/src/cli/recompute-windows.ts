/**
 * Recomputes every stored display window under the rules in force and prints what changed.
 *   pnpm --filter @xinyong/api windows:recompute
 * Writes to DATABASE_URL (PostgreSQL) or to the embedded PGlite in DATA_DIR, like the server. Start-up runs the
 * same after a rule change; run it by hand after editing content/rules/ on a running deployment (other API
 * processes hear a notice and drop their cached public answers at once).
 */
import { loadConfig } from '../config';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import { recomputeWindows } from '../repositories/windows';

const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(db);
  const r = await recomputeWindows(db);
  const regimes = Object.entries(r.byRegime)
    .map(([id, n]) => `${id} ${n}`)
    .join('，');
  console.log(
    `规则版本 ${r.rulesVersion}：检查 ${r.scanned} 条，首次读取事实 ${r.factsRead} 条，公示截止日变化 ${r.datesChanged} 条，仅版本变化 ${r.versionOnly} 条${regimes ? `（${regimes}）` : ''}。`,
  );
} finally {
  await db.close();
}
