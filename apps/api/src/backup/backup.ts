import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * Backup and restore for both databases the API runs on. PostgreSQL: pg_dump's custom format and pg_restore (upload
 * bodies are rows there). PGlite: one gzip tar holding its own data-directory tarball (dumpDataDir) as database.tgz
 * and the directory of upload bodies (kept beside the embedded database, see uploads/file-store.ts) as attachments/;
 * a backup made before the bodies moved out (the data-directory tarball alone) still restores. Neither overwrites
 * data that is already there unless the caller says force.
 */
export class BackupError extends Error {
  override name = 'BackupError';
}

export type Target = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string; attachmentsDir?: string };

const DATABASE_MEMBER = 'database.tgz';
const ATTACHMENTS_MEMBER = 'attachments';

export interface BackupResult {
  kind: Target['kind'];
  file: string;
  bytes: number;
  ms: number;
}

const PG_DUMP_MAGIC = Buffer.from('PGDMP');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export function describeTarget(t: Target): string {
  return t.kind === 'postgres' ? `PostgreSQL ${withoutPassword(t.url)}` : `PGlite ${t.dataDir}`;
}

export async function backup(source: Target, outFile: string): Promise<BackupResult> {
  const start = Date.now();
  mkdirSync(dirname(outFile), { recursive: true });
  if (source.kind === 'postgres') {
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${outFile}`], source.url);
  } else {
    if (!isNonEmptyDir(source.dataDir)) throw new BackupError(`没有找到数据目录 ${source.dataDir}，无法备份。`);
    const stage = mkdtempSync(join(tmpdir(), 'xinyong-backup-'));
    try {
      const db = await PGlite.create(source.dataDir);
      try {
        const blob = await db.dumpDataDir('gzip');
        writeFileSync(join(stage, DATABASE_MEMBER), Buffer.from(await blob.arrayBuffer()));
      } finally {
        await db.close();
      }
      const members = [DATABASE_MEMBER];
      // A link, followed by tar (-h): the bodies are read once, into the archive, never copied to a staging folder.
      if (source.attachmentsDir && isNonEmptyDir(source.attachmentsDir)) {
        symlinkSync(source.attachmentsDir, join(stage, ATTACHMENTS_MEMBER), 'dir');
        members.push(ATTACHMENTS_MEMBER);
      }
      await tar(['-czhf', outFile, '-C', stage, ...members]);
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }
  return { kind: source.kind, file: outFile, bytes: statSync(outFile).size, ms: Date.now() - start };
}

export interface RestoreResult {
  kind: Target['kind'];
  ms: number;
  tables: number;
}

export async function restore(target: Target, fromFile: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const start = Date.now();
  if (!existsSync(fromFile)) throw new BackupError(`找不到备份文件 ${fromFile}。`);
  const head = readFileSync(fromFile).subarray(0, 5);
  if (target.kind === 'postgres') {
    if (!head.equals(PG_DUMP_MAGIC))
      throw new BackupError('这不是 pg_dump --format=custom 的备份文件（PGlite 的备份只能还原到 PGlite 数据目录）。');
    const tables = await userTables(target.url);
    if (tables > 0 && !options.force) {
      throw new BackupError(`目标数据库已有 ${tables} 张表。还原会覆盖其中的数据；确认无误请加 --force。`);
    }
    await run(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', fromFile],
      target.url,
    );
    return { kind: 'postgres', ms: Date.now() - start, tables: await userTables(target.url) };
  }
  if (!head.subarray(0, 2).equals(GZIP_MAGIC)) throw new BackupError('这不是 PGlite 数据目录的备份文件（gzip 压缩的 tar）。');
  const members = (await tar(['-tzf', fromFile])).split('\n').map((m) => m.replace(/\/$/, ''));
  const bundled = members.includes(DATABASE_MEMBER);
  const withBodies = bundled && members.includes(ATTACHMENTS_MEMBER);
  // Every refusal before anything is written.
  if (existsSync(target.dataDir) && isNonEmptyDir(target.dataDir) && !options.force)
    throw new BackupError(`目标数据目录 ${target.dataDir} 已存在且不为空。还原会替换它；确认无误请加 --force。`);
  if (withBodies && !target.attachmentsDir)
    throw new BackupError('备份里有上传的材料，请指定材料目录（ATTACHMENTS_DIR 或 --attachments）。');
  if (withBodies && target.attachmentsDir && isNonEmptyDir(target.attachmentsDir) && !options.force)
    throw new BackupError(`材料目录 ${target.attachmentsDir} 已存在且不为空。还原会替换它；确认无误请加 --force。`);

  const stage = mkdtempSync(join(tmpdir(), 'xinyong-restore-'));
  try {
    let database = fromFile;
    if (bundled) {
      await tar(['-xzf', fromFile, '-C', stage]);
      database = join(stage, DATABASE_MEMBER);
    }
    rmSync(target.dataDir, { recursive: true, force: true });
    mkdirSync(target.dataDir, { recursive: true });
    if (withBodies && target.attachmentsDir) {
      rmSync(target.attachmentsDir, { recursive: true, force: true });
      cpSync(join(stage, ATTACHMENTS_MEMBER), target.attachmentsDir, { recursive: true });
    }
    const db = await PGlite.create(target.dataDir, { loadDataDir: new Blob([readFileSync(database)]) });
    try {
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
      );
      return { kind: 'pglite', ms: Date.now() - start, tables: rows[0]?.n ?? 0 };
    } finally {
      await db.close();
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** GNU tar, for the embedded database's bundle; answers what it printed. */
function tar(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      err += String(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(new BackupError(error.code === 'ENOENT' ? '找不到 tar。请安装 tar（Debian: apt-get install tar）。' : error.message)),
    );
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new BackupError(`tar 失败（${code}）：${err.trim()}`))));
  });
}

function isNonEmptyDir(path: string): boolean {
  try {
    return readdirSync(path).length > 0;
  } catch {
    return false;
  }
}

async function userTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

function withoutPassword(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/** Runs a PostgreSQL client tool; the password goes through PGPASSWORD so it never shows in the process list. */
function run(tool: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${u.toString()}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `找不到 ${tool}。请安装 PostgreSQL 客户端（Debian: apt-get install postgresql-client）。`
            : error.message,
        ),
      ),
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${tool} 失败（退出码 ${code}）：${stderr.trim()}`))));
  });
}
