import { type CollectionEntry, getCollection } from 'astro:content';
import { BENEFIT_AUDIENCES, BENEFIT_CATEGORIES } from '@xinyong/api-client/browser';

export type BenefitEntry = CollectionEntry<'benefits'>;
export type CategoryId = keyof typeof BENEFIT_CATEGORIES;
export type AudienceId = keyof typeof BENEFIT_AUDIENCES;

export const categoryIds = Object.keys(BENEFIT_CATEGORIES) as CategoryId[];
export const audienceIds = Object.keys(BENEFIT_AUDIENCES) as AudienceId[];
export const categoryName = (id: CategoryId): string => BENEFIT_CATEGORIES[id];
export const audienceName = (id: AudienceId): string => BENEFIT_AUDIENCES[id];

/** Real offers first, then by category order of the policy, then by name. */
export async function allBenefits(): Promise<BenefitEntry[]> {
  const entries = await getCollection('benefits');
  return entries.sort(
    (a, b) =>
      Number(a.data.example) - Number(b.data.example) ||
      categoryIds.indexOf(a.data.category) - categoryIds.indexOf(b.data.category) ||
      a.data.name.localeCompare(b.data.name, 'zh-CN'),
  );
}

export { explainerFor } from './basis';
