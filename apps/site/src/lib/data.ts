import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './paths';

export interface Source {
  title: string;
  ref: string;
}
export interface FaqItem {
  id: string;
  q: string;
  a: string;
  source?: string | Source;
}
export interface GlossaryItem {
  id: string;
  term: string;
  plain: string;
  example?: string;
  aliases?: string[];
  source?: string | Source;
}
export interface Measure {
  id: string;
  name: string;
  description: string;
  legalBasis: Source[];
  listTypes: string[];
  authority: string;
}
export interface CatalogItem {
  id: string;
  name: string;
  sourceDepartment: string;
  disclosure: '公开' | '依申请' | '不公开';
  displayRule: string;
  basis: string | Source | Source[];
}

/**
 * Reads `items:` from a single YAML file under content/. A missing file gives an empty list so the
 * site still builds while content is being written; a file without `items` is an error.
 */
function readItems<T extends { id: string }>(file: string, required: (keyof T)[]): T[] {
  const full = path.join(contentDir, file);
  if (!existsSync(full)) return [];
  const doc = parse(readFileSync(full, 'utf8')) as { items?: T[] } | null;
  if (!doc || !Array.isArray(doc.items)) throw new Error(`${file}: expected a top-level "items" list`);
  const seen = new Set<string>();
  for (const [i, item] of doc.items.entries()) {
    for (const key of ['id', ...required] as (keyof T)[]) {
      if (item[key] === undefined || item[key] === null || item[key] === '')
        throw new Error(`${file}: item ${i + 1} has no "${String(key)}"`);
    }
    if (seen.has(item.id)) throw new Error(`${file}: duplicate id "${item.id}"`);
    seen.add(item.id);
  }
  return doc.items;
}

export const loadFaq = () => readItems<FaqItem>('faq.yaml', ['q', 'a']);
export const loadGlossary = () => readItems<GlossaryItem>('glossary.yaml', ['term', 'plain', 'source']);
export const loadMeasures = () => readItems<Measure>('measures.yaml', ['name', 'description']);
export const DISCLOSURE_LEVELS = ['公开', '依申请', '不公开'] as const;
export function loadCatalog(): CatalogItem[] {
  const items = readItems<CatalogItem>('catalog.yaml', ['name', 'disclosure']);
  const bad = items.find((i) => !(DISCLOSURE_LEVELS as readonly string[]).includes(i.disclosure));
  if (bad) throw new Error(`catalog.yaml: "${bad.id}" has disclosure "${bad.disclosure}", expected one of ${DISCLOSURE_LEVELS.join('、')}`);
  return items;
}

/** Sources are written either as a plain string or as {title, ref}; show both the same way. */
export function sourceText(s: string | Source | (string | Source)[] | undefined): string {
  if (!s) return '';
  if (typeof s === 'string') return s;
  if (Array.isArray(s)) return s.map(sourceText).join('；');
  return s.ref && !s.title.includes(s.ref) ? `${s.title}（${s.ref}）` : s.title;
}
