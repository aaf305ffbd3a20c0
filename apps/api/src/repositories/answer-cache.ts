/**
 * A short-lived, bounded memory of public answers (entity search and profiles), so that the many people
 * looking up the same well-known companies cost one database read per period, not one each. It keeps an
 * answer no longer than the Cache-Control max-age the API already gives a CDN for it, so it never shows
 * anything older than a CDN in front of the API would. Personal answers never come here.
 */
export interface AnswerCacheOptions {
  /**
   * Most bytes of answers kept, measured as their JSON (objects take a few times that in memory); the least
   * recently used goes first. 0 turns the cache off.
   */
  maxBytes: number;
  ttlMs: number;
  now?: () => number;
}

export interface AnswerCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

export interface AnswerCache {
  /** The kept answer for key, or load()'s; concurrent misses for one key share a single load. */
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Forgets everything, including loads already running: called after every write this process makes. */
  clear(): void;
  /** Called on every clear(): the HTTP layer keeps the same answers as ready bytes and forgets them with these. */
  onClear(listener: () => void): void;
  stats(): AnswerCacheStats;
}

const sizeOf = (value: unknown) => JSON.stringify(value)?.length ?? 0;

export function answerCache({ maxBytes, ttlMs, now = Date.now }: AnswerCacheOptions): AnswerCache {
  // A Map iterates in insertion order; re-inserting on every hit makes the first key the least recently used.
  const entries = new Map<string, { value: unknown; expires: number; size: number }>();
  let bytes = 0;
  const drop = (key: string) => {
    const gone = entries.get(key);
    if (!gone) return;
    bytes -= gone.size;
    entries.delete(key);
  };
  const loading = new Map<string, Promise<unknown>>();
  let generation = 0;
  let hits = 0;
  let misses = 0;
  const listeners: (() => void)[] = [];

  return {
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      if (maxBytes <= 0) return load();
      const kept = entries.get(key);
      if (kept && kept.expires > now()) {
        hits += 1;
        entries.delete(key);
        entries.set(key, kept);
        return kept.value as T;
      }
      if (kept) drop(key);
      const running = loading.get(key);
      if (running) {
        hits += 1;
        return running as Promise<T>;
      }
      misses += 1;
      const startedIn = generation;
      const promise = load().then((value) => {
        // A load that began before a write may carry the old answer: it is returned, but not kept.
        if (startedIn === generation && value !== undefined) {
          const size = sizeOf(value);
          if (size <= maxBytes) {
            drop(key);
            entries.set(key, { value, expires: now() + ttlMs, size });
            bytes += size;
            while (bytes > maxBytes) drop(entries.keys().next().value as string);
          }
        }
        return value;
      });
      loading.set(key, promise);
      const forget = () => {
        if (loading.get(key) === promise) loading.delete(key);
      };
      promise.then(forget, forget);
      return promise;
    },

    clear() {
      generation += 1;
      entries.clear();
      bytes = 0;
      loading.clear();
      for (const listener of listeners) listener();
    },

    onClear(listener) {
      listeners.push(listener);
    },

    stats: () => ({ hits, misses, entries: entries.size, bytes }),
  };
}
