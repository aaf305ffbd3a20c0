import { createHmac } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AccessLogRepository } from '../repositories/access-log';

export interface Checkpoint {
  seq: number;
  hash: Buffer;
  at: string;
}

const signed = (key: Buffer, c: Checkpoint) =>
  createHmac('sha256', key)
    .update(`xinyong-access-log-checkpoint\n${c.seq}\n${c.hash.toString('hex')}\n${c.at}`)
    .digest('hex');

/**
 * Anchors the access log's head outside the database: one signed line (HMAC under ACCESS_LOG_KEY) appended to a
 * file the database role cannot reach. Whoever rewrites or truncates the table afterwards cannot make the chain
 * agree with its checkpoints again. Nothing is written while the log is empty or unchanged since `last`.
 */
export async function writeCheckpoint(
  log: Pick<AccessLogRepository, 'head'>,
  key: Buffer,
  file: string,
  last?: Checkpoint | null,
): Promise<Checkpoint | null> {
  const head = await log.head();
  if (!head || (last && last.seq === head.seq && last.hash.equals(head.hash))) return last ?? null;
  const checkpoint = { ...head, at: new Date().toISOString() };
  await mkdir(dirname(file), { recursive: true });
  const line = { seq: checkpoint.seq, hash: checkpoint.hash.toString('hex'), at: checkpoint.at, mac: signed(key, checkpoint) };
  await appendFile(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
  return checkpoint;
}

/** The checkpoints in the file whose signature holds; a forged or damaged line is reported, not trusted. */
export async function readCheckpoints(file: string, key: Buffer): Promise<{ valid: Checkpoint[]; forged: number }> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const valid: Checkpoint[] = [];
  let forged = 0;
  for (const raw of text.split('\n').filter(Boolean)) {
    try {
      const line = JSON.parse(raw) as { seq: number; hash: string; at: string; mac: string };
      const c = { seq: Number(line.seq), hash: Buffer.from(line.hash, 'hex'), at: line.at };
      if (signed(key, c) === line.mac) valid.push(c);
      else forged++;
    } catch {
      forged++;
    }
  }
  return { valid, forged };
}
