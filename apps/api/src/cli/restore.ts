/**
 * Restores a backup made by the backup command into the configured database.
 *   pnpm --filter @xinyong/api restore -- --from backups/xinyong.dump [--force]
 * DATABASE_URL set: pg_restore --clean --if-exists into that database, refused when it already has tables unless
 * --force. Otherwise into DATA_DIR (or --target DIR), refused when the folder exists and is not empty unless --force.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, describeTarget, restore, type Target } from '../backup/backup';
import { loadConfig } from '../config';

const USAGE = `用法：restore -- --from 文件 [--target 目录或 postgres://…] [--force]
  --from    备份文件
  --target  还原到哪里，默认是 DATABASE_URL，没有时是 DATA_DIR
  --attachments  内嵌数据库的备份里上传的材料还原到哪个目录，默认是 ATTACHMENTS_DIR
  --force   目标已有数据时仍然还原（会覆盖）`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      from: { type: 'string' },
      target: { type: 'string' },
      attachments: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.from) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const asked = values.target;
  const attachmentsDir = values.attachments ? resolve(cwd, values.attachments) : config.attachmentsDir;
  const target: Target = asked
    ? /^postgres(ql)?:\/\//.test(asked)
      ? { kind: 'postgres', url: asked }
      : { kind: 'pglite', dataDir: resolve(cwd, asked), attachmentsDir }
    : config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl }
      : { kind: 'pglite', dataDir: config.dataDir, attachmentsDir };
  const result = await restore(target, resolve(cwd, values.from), { force: values.force });
  console.log(`已还原到 ${describeTarget(target)}：${result.tables} 张表，用时 ${(result.ms / 1000).toFixed(1)} 秒。`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof BackupError ? error.message : error);
    process.exit(1);
  },
);
