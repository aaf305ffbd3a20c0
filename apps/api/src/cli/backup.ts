/**
 * Backs up the database the API is configured for.
 *   pnpm --filter @xinyong/api backup -- --out backups/xinyong.dump
 * DATABASE_URL set: pg_dump --format=custom. Otherwise the embedded PGlite in DATA_DIR and the upload bodies in
 * ATTACHMENTS_DIR, as one gzip tar; stop the API first, since PGlite allows one process at a time.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, backup, describeTarget, type Target } from '../backup/backup';
import { loadConfig } from '../config';

const USAGE = `用法：backup -- --out 文件
  --out  备份写到哪个文件。设置了 DATABASE_URL 时用 pg_dump 自定义格式，否则备份 DATA_DIR 里的 PGlite 数据目录和 ATTACHMENTS_DIR 里上传的材料（先停止 API 服务）。`;

function configuredTarget(): Target {
  const config = loadConfig();
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir, attachmentsDir: config.attachmentsDir };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || !values.out) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const source = configuredTarget();
  const result = await backup(source, resolve(process.env.INIT_CWD ?? process.cwd(), values.out));
  console.log(
    `已备份 ${describeTarget(source)} → ${result.file}（${(result.bytes / 1024).toFixed(1)} KB，用时 ${(result.ms / 1000).toFixed(1)} 秒）`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof BackupError ? error.message : error);
    process.exit(1);
  },
);
