import { join } from 'node:path';
import { CatalogFile, type CatalogItem, type Measure, MeasureFile } from '@xinyong/contract';
import { ContentError, parseYamlFile } from './yaml-file';

function uniqueIds<T extends { id: string }>(file: string, items: T[]): T[] {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new ContentError(file, 1, `id “${item.id}”重复`);
    seen.add(item.id);
  }
  return items;
}

export const loadMeasures = (contentDir: string): Measure[] =>
  uniqueIds('measures.yaml', parseYamlFile<{ items: Measure[] }>(join(contentDir, 'measures.yaml'), 'measures.yaml', MeasureFile).items);

export const loadCatalog = (contentDir: string): CatalogItem[] =>
  uniqueIds('catalog.yaml', parseYamlFile<{ items: CatalogItem[] }>(join(contentDir, 'catalog.yaml'), 'catalog.yaml', CatalogFile).items);
