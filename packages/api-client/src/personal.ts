import { type Attachment, type NewObjection, type NewRepair, ROUTES, type SessionToken } from '@xinyong/contract';
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
    wechatLogin: async (code: string) => keep(await core.call('auth.wechat', { body: { code } })),
    /** Development provider only: the API does not offer it in production. */
    devLogin: async (citizen: string) => keep(await core.call('auth.devLogin', { body: { citizen } })),
    /** Name and ID number go in the body; the server answers with a new token and never echoes them. */
    verify: async (input: { name: string; idNumber: string; ticket: string }) => keep(await core.call('auth.verify', { body: input })),
    logout: async () => {
      try {
        if (core.hasToken) await core.call('auth.logout');
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
    get: () => cache.get('me', () => core.call('me.get')),
    records: () => cache.get('records', () => core.call('me.records')),
    accessLog: (page = 1) => core.call('me.accessLog', { query: { page } }),
    benefits: () => cache.get('benefits', () => core.call('me.benefits')),
    export: () => core.call('me.export'),
    actFor: async (entityCode: string | null) => {
      await core.call('me.actFor', { body: { entityCode } });
      cache.invalidate();
    },
  };
}

export function objectionsResource(core: HttpCore, cache: PersonalCache) {
  return {
    list: () => core.call('objections.list'),
    get: (id: string) => core.call('objections.get', { params: { id } }),
    /** Pass the same idempotencyKey for every retry of one form (newIdempotencyKey() when the form opens). */
    create: async (body: NewObjection, options: { idempotencyKey?: string } = {}) => {
      const created = await core.call('objections.create', { body, idempotencyKey: options.idempotencyKey });
      cache.invalidate();
      return created;
    },
  };
}

export function repairsResource(core: HttpCore, cache: PersonalCache) {
  return {
    eligibility: (recordId: string) => core.call('repairs.eligibility', { body: { recordId } }),
    create: async (body: NewRepair, options: { idempotencyKey?: string } = {}) => {
      const created = await core.call('repairs.create', { body, idempotencyKey: options.idempotencyKey });
      cache.invalidate();
      return created;
    },
    list: () => core.call('repairs.list'),
    get: (id: string) => core.call('repairs.get', { params: { id } }),
    /** Public: progress by the query code on the receipt; the code goes in the body, not the URL. */
    progress: (body: { queryCode: string }) => core.call('repairs.progress', { body }),
  };
}

export function commitmentsResource(core: HttpCore, cache: PersonalCache) {
  return {
    current: () => core.call('commitments.current'),
    list: () => core.call('commitments.list'),
    sign: async (body: { version: string; matter: string; note?: string; agreed: true }, options: { idempotencyKey?: string } = {}) => {
      const signed = await core.call('commitments.sign', { body, idempotencyKey: options.idempotencyKey });
      cache.invalidate();
      return signed;
    },
    withdraw: async (id: string) => {
      const withdrawn = await core.call('commitments.withdraw', { params: { id } });
      cache.invalidate();
      return withdrawn;
    },
  };
}

export function attachmentsResource(core: HttpCore) {
  const path = ROUTES['attachments.upload'].path;
  return {
    /** For Taro.uploadFile in the mini-program (axios there cannot send files): where and how to upload. */
    uploadTarget: () => ({ url: `${core.baseURL}${path}`, name: 'file', header: core.authHeaders() }),
    /** Browsers and Node: multipart upload of one file. */
    upload: (file: Blob, filename: string): Promise<Attachment> => {
      const form = new FormData();
      form.append('file', file, filename);
      return core.call('attachments.upload', { body: form });
    },
  };
}
