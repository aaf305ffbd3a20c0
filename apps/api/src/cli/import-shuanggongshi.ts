/**
 * Import 双公示 CSV files (NDRC field codes as headers; XK_* licensing or CF_* penalties, detected).
 *   pnpm --filter @xinyong/api run import -- 文件1.csv [文件2.csv …] [--json] [--today YYYY-MM-DD]
 * (`run` is needed: `pnpm import` is pnpm's own lockfile command.) Paths are relative to where it is typed.
 * Writes to DATABASE_URL (PostgreSQL) or the embedded PGlite in DATA_DIR, like the server.
 * Exit code: 0 every row imported or already present; 2 some rows rejected; 1 a file could not be read.
 * Each file is one import run for the 双公示 monitoring (received today, or on --today; the same file is received once).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chinaDateAt, isCivilDate } from '@xinyong/domain';
import { loadConfig } from '../config';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import { CsvError } from '../import/csv';
import { formatReport, ImportFileError, type ImportReport, importShuanggongshi } from '../import/shuanggongshi';
import { loadKeys, personalDataCrypto } from '../privacy/personal-data-crypto';

const USAGE = `用法：import -- 文件.csv [更多文件…] [--json] [--today YYYY-MM-DD]
  文件表头使用国家发展改革委双公示字段代码（XK_* 行政许可，CF_* 行政处罚），UTF-8 编码，可带 BOM。
  处罚文件可增加 CF_XXLB 列（信息类别：轻微/一般/严重）；没有时按处罚类别推定，并在报告中逐行提示。
  --json   以 JSON 输出报告
  --today  按哪一天校验日期，也是记入监测的收到日期（默认今天，中国时间）`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const today = values.today ?? chinaDateAt(new Date());
  if (!isCivilDate(today)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const crypto = personalDataCrypto(loadKeys(process.env, config.env === 'production'));
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const reports: ImportReport[] = [];
  let failed = false;
  try {
    await migrate(db);
    for (const path of positionals) {
      try {
        // pnpm runs scripts in the package folder; INIT_CWD is where the person typed the command.
        const bytes = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), path));
        const report = await importShuanggongshi(db, bytes, { crypto, today, file: basename(path) });
        reports.push(report);
        if (!values.json) console.log(`${formatReport(report)}\n`);
      } catch (error) {
        if (!(error instanceof ImportFileError || error instanceof CsvError || (error as NodeJS.ErrnoException).code === 'ENOENT'))
          throw error;
        failed = true;
        const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '找不到文件。' : (error as Error).message;
        if (values.json) reports.push({ file: basename(path), error: message } as unknown as ImportReport);
        else console.error(`文件：${basename(path)}\n无法导入：${message}\n`);
      }
    }
  } finally {
    await db.close();
  }
  if (values.json) console.log(JSON.stringify(reports, null, 2));
  if (failed) return 1;
  return reports.some((r) => r.rejected > 0) ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
