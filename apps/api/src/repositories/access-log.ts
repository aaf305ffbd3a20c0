import { createHash, createHmac } from 'node:crypto';
import type { AccessLog } from '@xinyong/contract';
import type { Queryable } from '../db/client';
import { loadAccessLogKey } from '../privacy/access-log-key';
import type { Subject } from './subject';

export interface AccessEntry {
  actorKind: 'subject' | 'staff' | 'system';
  actorId: number | null;
  actorRole: string;
  /** What the subject is shown as the reader, e.g. 本人 or 济南市市场监督管理局 审核员. */
  actorLabel: string;
  subjectPersonId: number | null;
  subjectEntityId?: number | null;
  action: 'read' | 'export' | 'decide';
  purpose: string;
  fields: string[];
  requestId?: string;
}

const GENESIS = Buffer.alloc(32);
const CHAIN_LOCK = 727276;

/**
 * The link covers every field and the previous link, so changing or removing any entry breaks the chain after it.
 * Version 2 is an HMAC under a key the database does not hold; version 1 (entries written before migration 009)
 * was a plain SHA-256 that anyone able to write the table could recompute, and is accepted only as the chain's start.
 */
function entryHash(prev: Buffer, at: string, e: AccessEntry, version: 1 | 2, key: Buffer): Buffer {
  const canonical = JSON.stringify([
    at,
    e.actorKind,
    e.actorId,
    e.actorRole,
    e.actorLabel,
    e.subjectPersonId,
    e.subjectEntityId ?? null,
    e.action,
    e.purpose,
    e.fields,
    e.requestId ?? null,
  ]);
  const mac = version === 2 ? createHmac('sha256', key) : createHash('sha256');
  return mac.update(prev).update(canonical).digest();
}

/** The development key unless one is given: tests and tools that build no app verify with what the app used. */
const defaultKey = () => loadAccessLogKey(process.env, false);

export type ChainVerdict = { ok: true; entries: number } | { ok: false; entries: number; firstBrokenSeq: number; reason: string };

/** One batch of the subject's entries as the database wrote it: a JSON array, and where the next batch starts. */
interface Batch {
  items: string | null;
  last: string | null;
  n: number;
}
const subjectWhere = (subject: Subject) =>
  subject.entityId ? 'subject_entity_id = $1' : 'subject_person_id = $1 AND subject_entity_id IS NULL';
/**
 * One entry as the subject sees it, written by the database: the page and the export both select it, so they cannot
 * drift apart. `at` is the ISO instant in UTC to the millisecond, as Date.prototype.toISOString writes it.
 */
const SUBJECT_ENTRY = `json_build_object('at', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'who', actor_label, 'role', actor_role, 'action', action, 'purpose', purpose, 'fields', fields)`;

/** Who read personal data: an append-only, hash-chained log. */
export function accessLogRepository(db: Queryable, key: Buffer = defaultKey()) {
  return {
    /**
     * Appends one entry inside the caller's transaction: the read and its log line commit together or not at all.
     * A transaction-scoped advisory lock serialises appends across all API processes, keeping the chain linear.
     */
    async append(entry: AccessEntry): Promise<void> {
      await db.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      const { rows } = await db.query<{ hash: Buffer }>('SELECT hash FROM access_log ORDER BY seq DESC LIMIT 1');
      const prev = rows[0]?.hash ? Buffer.from(rows[0].hash) : GENESIS;
      const at = new Date().toISOString();
      await db.query(
        `INSERT INTO access_log (at, actor_kind, actor_id, actor_role, actor_label, subject_person_id, subject_entity_id, action, purpose, fields,
           request_id, prev_hash, hash, mac_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 2)`,
        [
          at,
          entry.actorKind,
          entry.actorId,
          entry.actorRole,
          entry.actorLabel,
          entry.subjectPersonId,
          entry.subjectEntityId ?? null,
          entry.action,
          entry.purpose,
          entry.fields,
          entry.requestId ?? null,
          prev,
          entryHash(prev, at, entry, 2, key),
        ],
      );
    },

    /** The subject's view of the log: who, when, why, what; never the other parties' identifiers. */
    async ofSubject(subject: Subject, page: number, pageSize = 50): Promise<AccessLog> {
      const { rows } = await db.query<{ entry: AccessLog['items'][number]; total: number }>(
        `SELECT ${SUBJECT_ENTRY} AS entry, count(*) OVER () AS total
         FROM access_log WHERE ${subjectWhere(subject)} ORDER BY seq DESC OFFSET $2 LIMIT $3`,
        [subject.entityId ?? subject.personId, (page - 1) * pageSize, pageSize],
      );
      return { items: rows.map((r) => r.entry), total: Number(rows[0]?.total ?? 0) };
    },

    /**
     * Every entry about the subject, newest first, for the export of all that is held: no cap, so none is left out.
     * The database writes each batch as one JSON text: PGlite parses every row and column in JavaScript on the only
     * thread, which for a long log held every other request for longer than the export itself needs.
     */
    async allOfSubject(subject: Subject, batchSize = 5000): Promise<AccessLog['items']> {
      const items: AccessLog['items'] = [];
      let before: string | null = null;
      for (;;) {
        const { rows }: { rows: Batch[] } = await db.query<Batch>(
          `SELECT json_agg(${SUBJECT_ENTRY} ORDER BY seq DESC)::text AS items, min(seq)::text AS last, count(*)::int AS n
           FROM (SELECT * FROM access_log WHERE ${subjectWhere(subject)} AND ($2::bigint IS NULL OR seq < $2::bigint)
                 ORDER BY seq DESC LIMIT $3) AS batch`,
          [subject.entityId ?? subject.personId, before, batchSize],
        );
        const row: Batch | undefined = rows[0];
        if (row?.items) items.push(...(JSON.parse(row.items) as AccessLog['items']));
        if (!row || Number(row.n) < batchSize) return items;
        before = row.last;
      }
    },

    /** The newest entry's position and link: what a checkpoint anchors outside the database. */
    async head(): Promise<{ seq: number; hash: Buffer } | null> {
      const { rows } = await db.query<{ seq: number; hash: Uint8Array }>('SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1');
      const r = rows[0];
      return r ? { seq: Number(r.seq), hash: Buffer.from(r.hash) } : null;
    },

    /**
     * Checks the chain against checkpoints kept outside the database: each anchored entry must still be there with
     * the same link. A truncated or regrown chain verifies by itself, but not against its checkpoints.
     */
    async checkAgainst(checkpoints: { seq: number; hash: Buffer }[]): Promise<ChainVerdict> {
      const { rows: all } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log');
      const entries = Number(all[0]?.n ?? 0);
      for (const c of checkpoints) {
        const { rows } = await db.query<{ hash: Uint8Array }>('SELECT hash FROM access_log WHERE seq = $1', [c.seq]);
        const stored = rows[0]?.hash;
        if (!stored || !Buffer.from(stored).equals(c.hash)) {
          return {
            ok: false,
            entries,
            firstBrokenSeq: c.seq,
            reason: stored ? 'an anchored entry was changed' : 'an anchored entry is gone (the log was truncated or cut)',
          };
        }
      }
      return { ok: true, entries };
    },

    /** Walks the whole chain in order; names the first entry whose hash or link does not hold. */
    async verify(batchSize = 5000): Promise<ChainVerdict> {
      let prev = GENESIS;
      let lastSeq = 0;
      let count = 0;
      let keyed = false;
      for (;;) {
        const { rows } = await db.query<Record<string, unknown>>(
          `SELECT seq, at, actor_kind, actor_id, actor_role, actor_label, subject_person_id, subject_entity_id, action, purpose, fields, request_id,
                  prev_hash, hash, mac_version
           FROM access_log WHERE seq > $1 ORDER BY seq LIMIT $2`,
          [lastSeq, batchSize],
        );
        if (rows.length === 0) return { ok: true, entries: count };
        for (const r of rows) {
          const seq = Number(r.seq);
          const at = new Date(r.at as string | Date).toISOString();
          if (!Buffer.from(r.prev_hash as Uint8Array).equals(prev)) {
            return {
              ok: false,
              entries: count,
              firstBrokenSeq: seq,
              reason: 'prev_hash does not match the previous entry (an entry was removed or reordered)',
            };
          }
          const version = Number(r.mac_version) === 2 ? 2 : 1;
          if (version === 1 && keyed) {
            return {
              ok: false,
              entries: count,
              firstBrokenSeq: seq,
              reason: 'an unkeyed entry after keyed ones (it was written around the key)',
            };
          }
          keyed ||= version === 2;
          const expected = entryHash(
            prev,
            at,
            {
              actorKind: r.actor_kind as AccessEntry['actorKind'],
              actorId: r.actor_id === null ? null : Number(r.actor_id),
              actorRole: r.actor_role as string,
              actorLabel: r.actor_label as string,
              subjectPersonId: r.subject_person_id === null ? null : Number(r.subject_person_id),
              subjectEntityId: r.subject_entity_id === null ? null : Number(r.subject_entity_id),
              action: r.action as AccessEntry['action'],
              purpose: r.purpose as string,
              fields: r.fields as string[],
              requestId: (r.request_id as string | null) ?? undefined,
            },
            version,
            key,
          );
          const stored = Buffer.from(r.hash as Uint8Array);
          if (!stored.equals(expected))
            return { ok: false, entries: count, firstBrokenSeq: seq, reason: 'hash does not match the entry (it was changed)' };
          prev = stored;
          lastSeq = seq;
          count++;
        }
      }
    },
  };
}
export type AccessLogRepository = ReturnType<typeof accessLogRepository>;

/** The chain verdict of a whole database (tests, backup checks). */
export const verifyAccessLog = (db: Queryable, key?: Buffer) => accessLogRepository(db, key).verify();
