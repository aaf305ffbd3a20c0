import type { BenefitListQuery, EntitySearchQuery } from '@xinyong/contract';
import type { HttpCore } from './core';

export function benefitsResource(core: HttpCore) {
  return {
    list: (query: BenefitListQuery = {}) => core.call('benefits.list', { query }),
    get: (id: string) => core.call('benefits.get', { params: { id } }),
  };
}

/** Public lookups of market entities; natural persons are never reachable here. */
export function entitiesResource(core: HttpCore) {
  return {
    search: (query: EntitySearchQuery) => core.call('entities.search', { query }),
    profile: (code: string) => core.call('entities.profile', { params: { code: code.trim() } }),
  };
}

export function listsResource(core: HttpCore) {
  return {
    measures: () => core.call('lists.measures'),
    catalog: () => core.call('lists.catalog'),
  };
}

export function healthResource(core: HttpCore) {
  return () => core.call('health');
}
