import { type CoreOptions, HttpCore } from './core';
import { monitoringResource } from './monitoring';
import {
  attachmentsResource,
  authResource,
  commitmentsResource,
  meResource,
  objectionsResource,
  PersonalCache,
  repairsResource,
} from './personal';
import { reportsResource } from './reports';
import { benefitsResource, entitiesResource, healthResource, listsResource } from './resources';
import { staffResource } from './staff';
import type { Transport } from './transport';

/** The client over a given transport; the entry points (index.ts, browser.ts) pick their runtime's default. */
export function createClientOver(options: CoreOptions & { transport: Transport }) {
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
    reports: reportsResource(core),
    monitoring: monitoringResource(core),
    /**
     * Any route of the contract's table, typed from it: a route added to the table is callable here at once. (Personal
     * answers fetched this way are not cached; the named methods above keep the cache rules.)
     */
    call: core.call.bind(core) as HttpCore['call'],
    /** Drops every personal answer held in memory (the mini-program calls it when 我的信用 is left for a while). */
    clearPersonalData: () => cache.invalidate(),
    /** How many personal answers are held right now (for tests of the safeguards). */
    get personalEntries() {
      return cache.size;
    },
  };
}
export type XinyongClient = ReturnType<typeof createClientOver>;
