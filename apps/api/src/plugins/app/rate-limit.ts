import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
    rateLimit: (
      bucket: string,
      rule: RateLimitRule,
    ) => (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => void;
    /** Counts one event (e.g. a lookup of an unknown code) without a request of its own. */
    countEvent: (bucket: string, request: FastifyRequest, limit: Limit) => Promise<void>;
  }
}

const FLUSH_MS = 250;

/** One identity's count in one window, as this process knows it. */
interface Count {
  window: number;
  /** The keyed hash of the identity: the only form of it that is written. */
  key: Buffer;
  shared: number;
  pending: number;
  flushedAt: number;
  flushing: Promise<void> | null;
}

/** A bucket with its limit: made once per route (or event), so a request builds no strings and no objects. */
interface Bucket {
  name: string;
  windowSeconds: number;
  allowed: number;
  /** What an identity is hashed as ('ip:' + address, as it always was). */
  prefix: string;
  counts: Map<string, Count>;
}

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
   * every process sees the exact total. Far from the limit a check is a Map look-up and two additions, answered
   * without a promise.
   */
  const buckets = new Map<string, Bucket>();
  let counted = 0;
  const bucketFor = (name: string, limit: Limit, prefix: string): Bucket => {
    let bucket = buckets.get(name);
    if (bucket === undefined) {
      bucket = { name, windowSeconds: limit.windowSeconds, allowed: Math.ceil(limit.limit * scale), prefix, counts: new Map() };
      buckets.set(name, bucket);
    } else if (bucket.windowSeconds !== limit.windowSeconds || bucket.allowed !== Math.ceil(limit.limit * scale)) {
      // One count per bucket name in the database: two limits on it would each see the other's requests.
      throw new Error(`rate-limit bucket ${name} is used with two different limits`);
    }
    return bucket;
  };

  const flush = (bucket: Bucket, state: Count) => {
    if (state.flushing) return state.flushing;
    const amount = state.pending;
    state.pending = 0;
    state.flushedAt = Date.now();
    state.flushing = app.repos.rateLimits
      .add(bucket.name, state.key, state.window, amount)
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

  /** Seconds to wait when over the limit, else null. */
  const verdict = (bucket: Bucket, state: Count) =>
    state.shared + state.pending <= bucket.allowed ? null : state.window + bucket.windowSeconds - Math.floor(Date.now() / 1000);

  const flushed = async (bucket: Bucket, state: Count) => {
    if (state.flushing) await state.flushing.catch(() => {});
    await flush(bucket, state);
    return verdict(bucket, state);
  };

  /**
   * `who` is the plain identity (an address, a person); only its keyed hash is ever written, and it is computed
   * once per window, not on every request. Answers at once unless the count must be flushed first.
   */
  const hit = (bucket: Bucket, who: string): number | null | Promise<number | null> => {
    const now = Date.now();
    const window = Math.floor(now / 1000 / bucket.windowSeconds) * bucket.windowSeconds;
    let state = bucket.counts.get(who);
    if (state === undefined || state.window !== window) {
      if (counted > 50_000) {
        counted = 0;
        for (const b of buckets.values())
          for (const [k, v] of b.counts) {
            if (v.window !== Math.floor(now / 1000 / b.windowSeconds) * b.windowSeconds && !v.flushing) b.counts.delete(k);
            else counted += 1;
          }
      }
      const key = state?.key ?? app.personalData.lookupHash(bucket.prefix + who);
      if (state === undefined) counted += 1;
      state = { window, key, shared: 0, pending: 0, flushedAt: 0, flushing: null };
      bucket.counts.set(who, state);
    }
    state.pending += 1;
    if (state.shared + state.pending >= bucket.allowed / 2 || now - state.flushedAt >= FLUSH_MS) return flushed(bucket, state);
    return verdict(bucket, state);
  };

  const refusal = (retryAfter: number) =>
    new AppError(429, 'RATE_LIMITED', `操作太频繁，请 ${Math.max(1, Math.ceil(retryAfter / 60))} 分钟后再试。`, Math.max(1, retryAfter));

  const subjectKey = (request: FastifyRequest) => {
    const s = request.session;
    if (!s) return null;
    return s.personId ? `person:${s.personId}` : s.staffId ? `staff:${s.staffId}` : `session:${s.id}`;
  };

  app.decorate('rateLimit', (name: string, rule: RateLimitRule) => {
    const address = rule.perAddress && bucketFor(`${name}:address`, rule.perAddress, 'ip:');
    const subject = rule.perSubject && bucketFor(`${name}:subject`, rule.perSubject, '');
    const bySubject = (request: FastifyRequest, done: (error?: Error) => void) => {
      const who = subject && subjectKey(request);
      if (!subject || !who) return done();
      const wait = hit(subject, who);
      if (wait === null) return done();
      if (typeof wait === 'number') return done(refusal(wait));
      wait.then((w) => done(w === null ? undefined : refusal(w)), done);
    };
    // Callback style: far from the limit nothing is awaited, so no promise is made.
    return (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
      if (!address) return bySubject(request, done);
      const wait = hit(address, request.ip);
      if (wait === null) return bySubject(request, done);
      if (typeof wait === 'number') return done(refusal(wait));
      wait.then((w) => (w === null ? bySubject(request, done) : done(refusal(w))), done);
    };
  });

  app.decorate('countEvent', async (name: string, request: FastifyRequest, limit: Limit) => {
    const wait = await hit(bucketFor(`${name}:address`, limit, 'ip:'), request.ip);
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
