import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * The glossary's terms and their other spellings, for the Markdown plugin at build time (astro.config.mjs
 * cannot import the TypeScript data module). Same folder rule as paths.ts: XINYONG_CONTENT_DIR, else content/.
 */
export function glossaryTerms() {
  const siteRoot = fileURLToPath(new URL('../..', import.meta.url));
  const file = path.join(path.resolve(siteRoot, process.env.XINYONG_CONTENT_DIR ?? '../../content'), 'glossary.yaml');
  if (!existsSync(file)) return [];
  const doc = parse(readFileSync(file, 'utf8'));
  return (doc?.items ?? []).map((item) => ({ id: String(item.id), words: [String(item.term), ...(item.aliases ?? []).map(String)] }));
}
