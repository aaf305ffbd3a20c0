import type { Selectable } from 'kysely';
import { hashToken, newToken } from '../auth/tokens';
import type { Queryable } from '../db/client';
import type { SessionsTable } from '../db/schema';
import { AUTHORISATION_IN_FORCE } from './entities';

export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;

export interface Session {
  id: number;
  kind: 'citizen' | 'staff';
  personId: number | null;
  staffId: number | null;
  provider: string;
  actingEntityId: number | null;
}

type SessionRow = Pick<Selectable<SessionsTable>, 'id' | 'person_id' | 'staff_id' | 'provider' | 'acting_entity_id'> & {
  kind: Session['kind'];
};

export type SessionLookup = { ok: true; session: Session } | { ok: false; reason: 'unknown' | 'expired' | 'ended' };

/**
 * Sessions live in the database so every API process sees the same ones. Hand-written SQL: `use` runs on every
 * authenticated request.
 */
export function sessionsRepository(db: Queryable) {
  return {
    async create(input: {
      kind: Session['kind'];
      personId?: number | null;
      staffId?: number | null;
      provider: string;
      openidHash?: Buffer | null;
    }) {
      const token = newToken();
      const { rows } = await db.query<{ id: number }>(
        `INSERT INTO sessions (token_hash, kind, person_id, staff_id, provider, openid_hash, absolute_expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7)) RETURNING id`,
        [
          hashToken(token),
          input.kind,
          input.personId ?? null,
          input.staffId ?? null,
          input.provider,
          input.openidHash ?? null,
          SESSION_ABSOLUTE_HOURS,
        ],
      );
      return { token, id: rows[0]?.id as number, idleMinutes: SESSION_IDLE_MINUTES };
    },

    /** Validates and slides the idle window in one statement, so concurrent requests cannot revive an expired session. */
    async use(token: string): Promise<SessionLookup> {
      // Acting for a business is checked again on every request, in the same statement: an authorisation revoked
      // (or a legal representative replaced) ends it at once in every process, with no copy anywhere to outlive it.
      const { rows } = await db.query<SessionRow>(
        `UPDATE sessions s SET last_seen_at = now(),
           acting_entity_id = CASE WHEN s.acting_entity_id IS NOT NULL AND (
             EXISTS (SELECT 1 FROM entities e WHERE e.id = s.acting_entity_id AND e.legal_rep_person_id = s.person_id)
             OR EXISTS (SELECT 1 FROM business_authorisations a
                        WHERE a.entity_id = s.acting_entity_id AND a.person_id = s.person_id AND ${AUTHORISATION_IN_FORCE}))
             THEN s.acting_entity_id END
         WHERE token_hash = $1 AND ended_at IS NULL AND absolute_expires_at > now()
           AND last_seen_at > now() - make_interval(mins => $2)
         RETURNING id, kind, person_id, staff_id, provider, acting_entity_id`,
        [hashToken(token), SESSION_IDLE_MINUTES],
      );
      const row = rows[0];
      if (row) {
        return {
          ok: true,
          session: {
            id: row.id,
            kind: row.kind,
            personId: row.person_id,
            staffId: row.staff_id,
            provider: row.provider,
            actingEntityId: row.acting_entity_id,
          },
        };
      }
      const { rows: known } = await db.query<{ ended: boolean }>(
        'SELECT ended_at IS NOT NULL AS ended FROM sessions WHERE token_hash = $1',
        [hashToken(token)],
      );
      if (!known[0]) return { ok: false, reason: 'unknown' };
      return { ok: false, reason: known[0].ended ? 'ended' : 'expired' };
    },

    async actFor(sessionId: number, entityId: number | null) {
      await db.query('UPDATE sessions SET acting_entity_id = $2 WHERE id = $1', [sessionId, entityId]);
    },

    /** The keyed hash of the WeChat openid the session began with, to link it to the person once verified. */
    async openidHash(sessionId: number): Promise<Buffer | null> {
      const { rows } = await db.query<{ openid_hash: Uint8Array | null }>('SELECT openid_hash FROM sessions WHERE id = $1', [sessionId]);
      return rows[0]?.openid_hash ? Buffer.from(rows[0].openid_hash) : null;
    },

    async end(sessionId: number) {
      await db.query('UPDATE sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [sessionId]);
    },
  };
}
export type SessionsRepository = ReturnType<typeof sessionsRepository>;
