import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT, type RunningSystem, startSystem } from './system';

export const SITE_DIST = join(ROOT, 'apps', 'site', 'dist');

/** Pages that load a script on purpose: everything else is a reading page and ships no JavaScript. */
export const SCRIPTED_PAGES = new Set(['/search/', '/lookup/', '/repair-progress/']);

/**
 * Every built page as a site path, from the site's own lister (apps/site/scripts/pages.mjs). Run as a program,
 * not imported, since tests reach another package only through its published entry points.
 */
export function builtPages(): string[] {
  if (!existsSync(SITE_DIST))
    throw new Error('apps/site/dist is missing: run `node scripts/setup.mjs` or `pnpm --filter @xinyong/site build` first.');
  const out = execFileSync(process.execPath, [join(ROOT, 'apps', 'site', 'scripts', 'pages.mjs'), '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as string[];
}

/**
 * The whole system as `npm start` runs it, minus the set-up step: these tests check the build already in
 * apps/site/dist (run `node scripts/setup.mjs` or the site build first), so a rebuild elsewhere cannot stall them.
 */
export function startSite(): Promise<RunningSystem> {
  builtPages();
  return startSystem({ XINYONG_SKIP_SETUP: '1' });
}

/** One representative page per template, for screenshots. */
export function pageType(path: string): string {
  if (path === '/') return 'home';
  if (path === '/404.html') return '404';
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 1) return parts[0] as string;
  if (parts[0] === 'policy' && parts[1] === 'original') return 'policy-original';
  if (parts[0] === 'benefits' && parts.length === 3) return `benefits-${parts[1]}`;
  return `${parts[0]}-detail`;
}

/**
 * WCAG 2.2 AA, as the house rules ask. No rule is switched off: if one ever must be, list it in
 * `disabledRules` here with the reason beside it.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const disabledRules: Record<string, { enabled: false }> = {};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core inside the page and returns its violations in a form that reads well in a failed assertion. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern: the
  // policy stays enforced for the page itself (an injected <script> tag would be refused by it).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const result = await page.evaluate(
    async ({ tags, rules }) => {
      const w = window as unknown as { axe: typeof axe };
      const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { tags: TAGS, rules: disabledRules },
  );
  return result;
}
