import type {
  Benefit,
  BenefitList,
  BenefitListQuery,
  CatalogList,
  EntityProfile,
  EntitySearchQuery,
  EntitySearchResult,
  Health,
  MeasureList,
} from '@xinyong/contract';
import type { HttpCore } from './core';

export function benefitsResource(core: HttpCore) {
  return {
    list: (query: BenefitListQuery = {}) => core.get<BenefitList>('/benefits', { ...query }),
    get: (id: string) => core.get<Benefit>(`/benefits/${encodeURIComponent(id)}`),
  };
}

/** Public lookups of market entities; natural persons are never reachable here. */
export function entitiesResource(core: HttpCore) {
  return {
    search: (query: EntitySearchQuery) => core.get<EntitySearchResult>('/entities', { ...query }),
    profile: (code: string) => core.get<EntityProfile>(`/entities/${encodeURIComponent(code.trim())}`),
  };
}

export function listsResource(core: HttpCore) {
  return {
    measures: () => core.get<MeasureList>('/measures'),
    catalog: () => core.get<CatalogList>('/catalog'),
  };
}

export function healthResource(core: HttpCore) {
  return () => core.get<Health>('/health');
}
