import { type ClientOptions, HttpCore } from './core';
import {
  attachmentsResource,
  authResource,
  commitmentsResource,
  meResource,
  objectionsResource,
  PersonalCache,
  repairsResource,
} from './personal';
import { benefitsResource, entitiesResource, healthResource, listsResource } from './resources';
import { staffResource } from './staff';

export type * from '@xinyong/contract';
/** What an upload may be, for screens that say so before anything is sent. */
export { ATTACHMENT_LIMITS } from '@xinyong/contract';
export { type ClientOptions, newIdempotencyKey } from './core';
export * from './errors';
export { redact } from './privacy';

export function createClient(options: ClientOptions) {
  const cache = new PersonalCache();
  const core = new HttpCore({
    ...options,
    onSessionEnded: (code) => {
      cache.invalidate();
      options.onSessionEnded?.(code);
    },
  });
  return {
    health: healthResource(core),
    benefits: benefitsResource(core),
    entities: entitiesResource(core),
    lists: listsResource(core),
    auth: authResource(core, () => cache.invalidate()),
    me: meResource(core, cache),
    objections: objectionsResource(core, cache),
    repairs: repairsResource(core, cache),
    commitments: commitmentsResource(core, cache),
    attachments: attachmentsResource(core),
    staff: staffResource(core),
    /** Drops every personal answer held in memory (the mini-program calls it when 我的信用 is left for a while). */
    clearPersonalData: () => cache.invalidate(),
    /** How many personal answers are held right now (for tests of the safeguards). */
    get personalEntries() {
      return cache.size;
    },
  };
}
export type XinyongClient = ReturnType<typeof createClient>;
