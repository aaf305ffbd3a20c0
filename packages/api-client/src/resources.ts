import type { Benefit, BenefitList, BenefitListQuery, Health } from '@xinyong/contract';
import type { HttpCore } from './core';

export function benefitsResource(core: HttpCore) {
  return {
    list: (query: BenefitListQuery = {}) => core.get<BenefitList>('/benefits', { ...query }),
    get: (id: string) => core.get<Benefit>(`/benefits/${encodeURIComponent(id)}`),
  };
}

export function healthResource(core: HttpCore) {
  return () => core.get<Health>('/health');
}
