import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// index.html draws the first view of two tabs before the bundle runs; it must say what the page then says.
const html = readFileSync(path.join(__dirname, 'index.html'), 'utf8');
const shellText = (id: string) => {
  const block = html.match(new RegExp(`<div class="xy-shell" id="${id}">([\\s\\S]*?)\\n  </div>`))?.[1] ?? '';
  return [...block.matchAll(/<span[^>]*>([^<]+)<\/span>/g)].map((m) => m[1]);
};

describe('the h5 first view in index.html', () => {
  it.each([
    ['xy-shell-index', 'pages/index/index.tsx'],
    ['xy-shell-benefits', 'pages/benefits/index.tsx'],
  ])('%s has the words of %s', (id, page) => {
    const source = readFileSync(path.join(__dirname, page), 'utf8').replace(/\s*\n\s*/g, '');
    const words = shellText(id);
    expect(words).toHaveLength(2);
    for (const text of words) expect(source).toContain(text);
  });
});
