/**
 * Demo data generator.
 *   pnpm --filter @xinyong/api demo:generate -- --entities 1000000 --seed 1 [--fresh] [--today 2026-11-28] [--chunk 20000]
 * Writes to DATABASE_URL (PostgreSQL) or to the embedded PGlite in DATA_DIR, like the server.
 */
import { parseArgs } from 'node:util';
import { chinaDateAt, isCivilDate } from '@xinyong/domain';
import { loadConfig } from '../config';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import {
  DEFER_INDEXES_FROM,
  dependentTables,
  dropSecondaryIndexes,
  type GenerateResult,
  generateDemo,
  restoreIndexes,
  truncateCreditData,
} from '../demo/generate';
import { loadKeys, personalDataCrypto } from '../privacy/personal-data-crypto';

const USAGE = `用法：demo:generate -- [--entities 数量] [--seed 种子] [--fresh] [--today YYYY-MM-DD] [--chunk 每批数量]
  --entities  主体数量（含固定示例主体），默认 500
  --seed      随机种子，默认 1；相同种子、数量和日期生成相同数据
  --fresh     先清空信用数据表（主体、自然人、许可、处罚、名单、承诺、异议）及引用它们的表
              （会话、访问记录、修复申请等）；生产环境拒绝执行
  --today     按哪一天生成（默认今天，中国时间）
  --chunk     每批写入的主体数量，默认 20000（不影响生成的数据）`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      entities: { type: 'string', default: '500' },
      seed: { type: 'string', default: '1' },
      fresh: { type: 'boolean', default: false },
      today: { type: 'string' },
      chunk: { type: 'string', default: '20000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const entities = Number(values.entities);
  const seed = Number(values.seed);
  const chunkSize = Number(values.chunk);
  const today = values.today ?? chinaDateAt(new Date());
  if (
    !Number.isInteger(entities) ||
    entities < 1 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(chunkSize) ||
    chunkSize < 1 ||
    !isCivilDate(today)
  ) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const crypto = personalDataCrypto(loadKeys(process.env, config.env === 'production'));
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const where = db.driver === 'postgres' ? 'PostgreSQL（DATABASE_URL）' : `PGlite（${config.dataDir}）`;
  try {
    await migrate(db);
    const runStart = Date.now();
    if (values.fresh) {
      if (config.env === 'production') {
        console.error('生产环境不允许 --fresh：它会清空信用数据以及引用它们的访问记录、会话、异议和修复申请。');
        return 1;
      }
      const also = await dependentTables(db);
      await truncateCreditData(db);
      console.log(`已清空信用数据表${also.length ? `，并连带清空：${also.join('、')}` : ''}。`);
    } else {
      const { rows } = await db.query('SELECT 1 FROM entities LIMIT 1');
      if (rows.length) {
        console.error('数据库中已有主体数据。如需重新生成，请加 --fresh（会清空信用数据表）。');
        return 1;
      }
    }
    console.log(`生成示例数据：${entities.toLocaleString('en')} 个主体，种子 ${seed}，日期 ${today}，写入 ${where}`);
    // A fresh large load builds the secondary indexes once at the end instead of row by row.
    const deferred = values.fresh && entities >= DEFER_INDEXES_FROM ? await dropSecondaryIndexes(db) : [];
    if (deferred.length) console.log(`  暂时删除 ${deferred.length} 个辅助索引，写入后重建。`);
    let result: GenerateResult;
    try {
      result = await generateDemo(db, {
        seed,
        entities,
        today,
        chunkSize,
        crypto,
        onProgress: (p) => {
          const s = (p.elapsedMs / 1000).toFixed(1);
          console.log(
            `  ${p.entities.toLocaleString('en')} / ${p.totalEntities.toLocaleString('en')} 个主体，${p.records.toLocaleString('en')} 条记录，${s} 秒`,
          );
        },
      });
    } finally {
      if (deferred.length) {
        const indexStart = Date.now();
        await restoreIndexes(db, deferred);
        console.log(`  重建索引用时 ${((Date.now() - indexStart) / 1000).toFixed(1)} 秒。`);
      }
    }
    await db.exec(
      'ANALYZE entities; ANALYZE licences; ANALYZE penalties; ANALYZE dishonesty_entries; ANALYZE red_list_entries; ANALYZE commitments',
    );
    const total = (Date.now() - runStart) / 1000;
    console.log(
      [
        `完成，用时 ${total.toFixed(1)} 秒（生成和写入 ${(result.elapsedMs / 1000).toFixed(1)} 秒，其余为建索引和统计）：`,
        `  主体 ${result.entities.toLocaleString('en')}，自然人 ${result.persons}`,
        `  许可 ${result.licences.toLocaleString('en')}，处罚 ${result.penalties.toLocaleString('en')}，严重失信名单 ${result.dishonestyEntries.toLocaleString('en')}`,
        `  守信激励名单 ${result.redListEntries.toLocaleString('en')}，信用承诺 ${result.commitments.toLocaleString('en')}，异议 ${result.objections.toLocaleString('en')}`,
        `  记录合计 ${result.records.toLocaleString('en')}（所有数据均标记为示例）`,
      ].join('\n'),
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
