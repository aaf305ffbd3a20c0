import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Apps call the rules; they never restate them (issue 13: "grep finds no deadline, period or fee in apps/").
 * A fee sentence or a number of working days, months or years written in an app's source is a second copy of a
 * rule in content/rules that will not change when the rule does. Sentences built from an API answer or from
 * `@xinyong/domain/texts` pass; so does a unit next to a number that comes from data (`${n} 个工作日`).
 */

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/;
const FEE = /免费|不收费|收费|收取.{0,6}费用/g;
const PERIOD =
  /[0-9０-９一二三四五六七八九十两百]+\s*(?:个工作日|工作日|自然日|个月|月内|年内|天内|日内|周年|年以上|年以下|年后|天后|月后)/g;

/** Left where they are, each for the reason given; every entry must still be found (stale entries fail). */
// Nothing is allowed at present; an entry names the file, the words and why they cannot come from the rules.
const ALLOWED: { file: string; text: string; why: string }[] = [];

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Every fee word and every literal period in a source text, by line. */
export function findRestatedRules(file: string, source: string): Finding[] {
  const found: Finding[] = [];
  source.split('\n').forEach((line, i) => {
    for (const pattern of [FEE, PERIOD]) for (const m of line.matchAll(pattern)) found.push({ file, line: i + 1, text: m[0] });
  });
  return found;
}

function appSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist' && entry.name !== 'generated') walk(path);
      } else if (SOURCE.test(entry.name) && !/\.test\.\w+$/.test(entry.name)) files.push(path);
    }
  };
  for (const app of readdirSync(join(ROOT, 'apps'))) walk(join(ROOT, 'apps', app, 'src'));
  return files;
}

describe('no app restates a fee, deadline or period', () => {
  it('finds fee words and literal periods, and lets numbers from data through', () => {
    const sample = [
      "const a = '信用修复全程免费';",
      "const b = '提出异议不收费';",
      "const c = '3 个工作日内答复';",
      "const d = '公示期最短三个月';",
      "const e = '信用修复不收取任何费用';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source text holding a template literal.
      'const f = `${n} 个工作日内答复`;',
      "const g = '2024年11月22日';",
      "const h = '办理时限 · 费用';",
    ].join('\n');
    expect(findRestatedRules('sample.ts', sample).map((f) => [f.line, f.text])).toEqual([
      [1, '免费'],
      [2, '不收费'],
      [3, '3 个工作日'],
      [4, '三个月'],
      [5, '收取任何费用'],
    ]);
  });

  it('finds none in apps/*/src outside the allow-list, and every allow-list entry is still needed', () => {
    const files = appSources();
    expect(files.length).toBeGreaterThan(50);
    const unexplained: string[] = [];
    const used = new Set<number>();
    for (const path of files) {
      const file = relative(ROOT, path);
      const source = readFileSync(path, 'utf8');
      const lines = source.split('\n');
      for (const f of findRestatedRules(file, source)) {
        const allowed = ALLOWED.findIndex((a) => a.file === file && (lines[f.line - 1] ?? '').includes(a.text));
        if (allowed >= 0) used.add(allowed);
        else unexplained.push(`${file}:${f.line} “${f.text}”`);
      }
    }
    expect(unexplained).toEqual([]);
    expect(ALLOWED.filter((_, i) => !used.has(i)).map((a) => `${a.file}: ${a.text}`)).toEqual([]);
  });
});
