import type {
  AccessLog,
  Attachment,
  CommitmentText,
  Me,
  MyBenefits,
  MyExport,
  MyRecords,
  NewObjection,
  NewRepair,
  Objection,
  RepairApplication,
  RepairEligibility,
  RepairProgress,
  SessionToken,
  SignedCommitment,
} from '@xinyong/contract';
import type { HttpCore } from './core';

const PERSONAL_TTL_MS = 60_000;

/**
 * Personal answers live in this Map only: never Taro storage, localStorage or cookies. Logout, session
 * expiry and clear() drop all of it, so nothing personal outlives the session in memory either.
 */
export class PersonalCache {
  private readonly entries = new Map<string, { at: number; value: unknown }>();

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < PERSONAL_TTL_MS) return hit.value as T;
    const value = await load();
    this.entries.set(key, { at: Date.now(), value });
    return value;
  }

  invalidate() {
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}

export function authResource(core: HttpCore, forget: () => void) {
  const keep = (session: SessionToken) => {
    forget();
    core.setToken(session.token);
    return { verified: session.verified, idleMinutes: session.idleMinutes };
  };
  return {
    wechatLogin: async (code: string) => keep(await core.post<SessionToken>('/auth/wechat', { code })),
    /** Development provider only: the API does not offer it in production. */
    devLogin: async (citizen: string) => keep(await core.post<SessionToken>('/auth/dev-login', { citizen })),
    /** Name and ID number go in the body; the server answers with a new token and never echoes them. */
    verify: async (input: { name: string; idNumber: string; ticket: string }) => keep(await core.post<SessionToken>('/auth/verify', input)),
    logout: async () => {
      try {
        if (core.hasToken) await core.post<void>('/auth/logout', {});
      } finally {
        core.setToken(null);
        forget();
      }
    },
    get loggedIn() {
      return core.hasToken;
    },
  };
}

export function meResource(core: HttpCore, cache: PersonalCache) {
  return {
    get: () => cache.get('me', () => core.get<Me>('/me')),
    records: () => cache.get('records', () => core.get<MyRecords>('/me/records')),
    accessLog: (page = 1) => core.get<AccessLog>('/me/access-log', { page }),
    benefits: () => cache.get('benefits', () => core.get<MyBenefits>('/me/benefits')),
    export: () => core.get<MyExport>('/me/export'),
    actFor: async (entityCode: string | null) => {
      await core.post<void>('/me/acting', { entityCode });
      cache.invalidate();
    },
  };
}

export function objectionsResource(core: HttpCore, cache: PersonalCache) {
  return {
    list: () => core.get<{ items: Objection[] }>('/me/objections'),
    get: (id: string) => core.get<Objection>(`/me/objections/${encodeURIComponent(id)}`),
    /** Pass the same idempotencyKey for every retry of one form (newIdempotencyKey() when the form opens). */
    create: async (body: NewObjection, options: { idempotencyKey?: string } = {}) => {
      const created = await core.post<Objection>('/me/objections', body, { idempotent: true, key: options.idempotencyKey });
      cache.invalidate();
      return created;
    },
  };
}

export function repairsResource(core: HttpCore, cache: PersonalCache) {
  return {
    eligibility: (recordId: string) => core.post<RepairEligibility>('/me/repairs/eligibility', { recordId }),
    create: async (body: NewRepair, options: { idempotencyKey?: string } = {}) => {
      const created = await core.post<RepairApplication>('/me/repairs', body, { idempotent: true, key: options.idempotencyKey });
      cache.invalidate();
      return created;
    },
    list: () => core.get<{ items: RepairApplication[] }>('/me/repairs'),
    get: (id: string) => core.get<RepairApplication>(`/me/repairs/${encodeURIComponent(id)}`),
    /** Public: progress by the query code on the receipt; the code goes in the body, not the URL. */
    progress: (body: { queryCode: string }) => core.post<RepairProgress>('/repairs/progress', body),
  };
}

export function commitmentsResource(core: HttpCore, cache: PersonalCache) {
  return {
    current: () => core.get<CommitmentText>('/commitment-texts/current'),
    list: () => core.get<{ current: CommitmentText; signed: SignedCommitment[] }>('/me/commitments'),
    sign: async (body: { version: string; matter: string; agreed: true }, options: { idempotencyKey?: string } = {}) => {
      const signed = await core.post<SignedCommitment>('/me/commitments', body, { idempotent: true, key: options.idempotencyKey });
      cache.invalidate();
      return signed;
    },
  };
}

export function attachmentsResource(core: HttpCore) {
  return {
    /** For Taro.uploadFile in the mini-program (axios there cannot send files): where and how to upload. */
    uploadTarget: () => ({ url: `${core.baseURL}/me/attachments`, name: 'file', header: core.authHeaders() }),
    /** Browsers and Node: multipart upload of one file. */
    upload: (file: Blob, filename: string) => {
      const form = new FormData();
      form.append('file', file, filename);
      return core.post<Attachment>('/me/attachments', form);
    },
  };
}
