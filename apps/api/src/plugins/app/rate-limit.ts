import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../errors';

export interface Limit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitRule {
  perAddress?: Limit;
  /** Counted per verified person or staff member, whatever address they come from. */
  perSubject?: Limit;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** An onRequest hook counting requests in the shared database, answering 429 with Retry-After over the limit. */
    rateLimit: (bucket: string, rule: RateLimitRule) => (request: FastifyRequest) => Promise<void>;
    /** Counts one event (e.g. a lookup of an unknown code) without a request of its own. */
    countEvent: (bucket: string, request: FastifyRequest, limit: Limit) => Promise<void>;
  }
}

const FLUSH_MS = 250;

/**
 * Fixed-window counters in the database, so every API process enforces the same limits. `scale` multiplies
 * every limit (RATE_LIMIT_SCALE), e.g. for a load benchmark from one address.
 */
export default fp(async (app: FastifyInstance, opts: { scale: number }) => {
  const scale = opts.scale;

  /**
   * Counts are shared through the database, but not every request writes: each process adds up its own hits and
   * flushes them at most every FLUSH_MS, or at once when the shared count comes near the limit. Far from the limit
   * a hot key (every request from one proxy address) costs a few writes a second, not one per request; near it,
   * every process sees the exact total.
   */
  const local = new Map<
    string,
    { window: number; key: Buffer; shared: number; pending: number; flushedAt: number; flushing: Promise<void> | null }
  >();

  const flush = (bucket: string, state: NonNullable<ReturnType<typeof local.get>>) => {
    if (state.flushing) return state.flushing;
    const amount = state.pending;
    state.pending = 0;
    state.flushedAt = Date.now();
    state.flushing = app.repos.rateLimits
      .add(bucket, state.key, state.window, amount)
      .then((count) => {
        state.shared = count ?? state.shared + amount;
        if (state.shared === amount && Math.random() < 0.02) {
          // Old windows are cleared now and then by whoever opens a new one.
          void app.repos.rateLimits.pruneOlderThanADay().catch(() => {});
        }
      })
      .catch((error) => {
        state.pending += amount;
        throw error;
      })
      .finally(() => {
        state.flushing = null;
      });
    return state.flushing;
  };

  /**
   * `who` is the plain identity (an address, a person); only its keyed hash is ever written, and it is computed
   * once per window, not on every request.
   */
  const hit = async (bucket: string, who: string, limit: Limit): Promise<number | null> => {
    const window = Math.floor(Date.now() / 1000 / limit.windowSeconds) * limit.windowSeconds;
    const id = `${bucket}:${who}`;
    let state = local.get(id);
    if (!state || state.window !== window) {
      if (local.size > 50_000) for (const [k, v] of local) if (v.window !== window && !v.flushing) local.delete(k);
      const key = state?.key ?? app.personalData.lookupHash(who);
      state = { window, key, shared: 0, pending: 0, flushedAt: 0, flushing: null };
      local.set(id, state);
    }
    state.pending += 1;
    const allowed = Math.ceil(limit.limit * scale);
    const nearLimit = state.shared + state.pending >= allowed / 2;
    if (nearLimit || Date.now() - state.flushedAt >= FLUSH_MS) {
      if (state.flushing) await state.flushing.catch(() => {});
      await flush(bucket, state);
    }
    if (state.shared + state.pending <= allowed) return null;
    return window + limit.windowSeconds - Math.floor(Date.now() / 1000);
  };

  const refuse = (retryAfter: number): never => {
    throw new AppError(
      429,
      'RATE_LIMITED',
      `操作太频繁，请 ${Math.max(1, Math.ceil(retryAfter / 60))} 分钟后再试。`,
      Math.max(1, retryAfter),
    );
  };

  const addressKey = (request: FastifyRequest) => `ip:${request.ip}`;
  const subjectKey = (request: FastifyRequest) => {
    const s = request.session;
    if (!s) return null;
    return s.personId ? `person:${s.personId}` : s.staffId ? `staff:${s.staffId}` : `session:${s.id}`;
  };

  app.decorate('rateLimit', (bucket: string, rule: RateLimitRule) => async (request: FastifyRequest) => {
    if (rule.perAddress) {
      const wait = await hit(`${bucket}:address`, addressKey(request), rule.perAddress);
      if (wait !== null) refuse(wait);
    }
    const subject = rule.perSubject && subjectKey(request);
    if (rule.perSubject && subject) {
      const wait = await hit(`${bucket}:subject`, subject, rule.perSubject);
      if (wait !== null) refuse(wait);
    }
  });

  app.decorate('countEvent', async (bucket: string, request: FastifyRequest, limit: Limit) => {
    const wait = await hit(`${bucket}:address`, addressKey(request), limit);
    if (wait !== null) {
      throw new AppError(
        429,
        'RATE_LIMITED',
        '查询不存在的代码次数太多，请稍后再试。如需批量核验，请联系信用办获取数据服务。',
        Math.max(1, wait),
      );
    }
  });
});

/** The limits in force; each names what it protects. Multiplied by RATE_LIMIT_SCALE. */
export const LIMITS = {
  /** Name search: a person searches a few times a minute; a scraper thousands. */
  search: { perAddress: { limit: 60, windowSeconds: 60 } },
  /** Profiles by code: normal browsing stays far below this. */
  profile: { perAddress: { limit: 120, windowSeconds: 60 } },
  /** Unknown codes: enumeration produces mostly misses, people rarely more than a few. */
  profileMiss: { limit: 20, windowSeconds: 600 },
  login: { perAddress: { limit: 10, windowSeconds: 60 } },
  verify: { perAddress: { limit: 20, windowSeconds: 3600 }, perSubject: { limit: 5, windowSeconds: 600 } },
  upload: { perAddress: { limit: 60, windowSeconds: 3600 }, perSubject: { limit: 30, windowSeconds: 3600 } },
  progress: { perAddress: { limit: 20, windowSeconds: 60 } },
  submit: { perSubject: { limit: 20, windowSeconds: 3600 } },
  /** 信用代证: each report is rendered and signed (CPU); a business needs a few a day, not hundreds. */
  report: { perAddress: { limit: 60, windowSeconds: 3600 }, perSubject: { limit: 20, windowSeconds: 3600 } },
  /** Report verification: a receiver checks a few reports; guessing codes needs millions of tries. */
  reportVerify: { perAddress: { limit: 30, windowSeconds: 600 } },
} as const satisfies Record<string, RateLimitRule | Limit>;
