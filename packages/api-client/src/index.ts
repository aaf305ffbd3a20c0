import { type ClientOptions, HttpCore } from './core';
import { benefitsResource, entitiesResource, healthResource, listsResource } from './resources';

export type * from '@xinyong/contract';
export type { ClientOptions } from './core';
export * from './errors';

export function createClient(options: ClientOptions) {
  const core = new HttpCore(options);
  return {
    health: healthResource(core),
    benefits: benefitsResource(core),
    entities: entitiesResource(core),
    lists: listsResource(core),
  };
}
export type XinyongClient = ReturnType<typeof createClient>;
