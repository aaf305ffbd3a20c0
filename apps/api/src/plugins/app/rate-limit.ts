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

/**
 * Fixed-window counters in the database, so every API process enforces the same limits. `scale` multiplies
 * every limit (RATE_LIMIT_SCALE), e.g. for a load benchmark from one address.
 */
export default fp(async (app: FastifyInstance, opts: { scale: number }) => {
  const scale = opts.scale;

  const hit = async (bucket: string, key: Buffer, limit: Limit): Promise<number | null> => {
    const window = Math.floor(Date.now() / 1000 / limit.windowSeconds) * limit.windowSeconds;
    const { rows } = await app.db.query<{ count: number }>(
      `INSERT INTO rate_limit_counters (bucket, key, window_start, count) VALUES ($1, $2, to_timestamp($3), 1)
       ON CONFLICT (bucket, key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1 RETURNING count`,
      [bucket, key, window],
    );
    const count = rows[0]?.count ?? 0;
    // Old windows are cleared now and then by whoever opens a new one.
    if (count === 1 && Math.random() < 0.02) {
      void app.db.query("DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'").catch(() => {});
    }
    if (count <= Math.ceil(limit.limit * scale)) return null;
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

  const addressKey = (request: FastifyRequest) => app.personalData.lookupHash(`ip:${request.ip}`);
  const subjectKey = (request: FastifyRequest) => {
    const s = request.session;
    if (!s) return null;
    return app.personalData.lookupHash(s.personId ? `person:${s.personId}` : s.staffId ? `staff:${s.staffId}` : `session:${s.id}`);
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
} as const satisfies Record<string, RateLimitRule | Limit>;
