import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';
import { type RunningSystem, type SystemOptions, startSystem } from './system';

/** The built Astro site, as tests crawl it. */
export const SITE_DIST = join(ROOT, 'apps', 'site', 'dist');

/** Pages that load a script on purpose: everything else is a reading page and ships no JavaScript. */
export const SCRIPTED_PAGES = new Set(['/search/', '/lookup/', '/repair-progress/', '/reports/verify/']);

/**
 * Every built page as a site path, from the site's own lister (apps/site/scripts/pages.mjs). Run as a program,
 * not imported, since packages reach each other only through their published entry points.
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
export function startSite(options: Omit<SystemOptions, 'skipSetup'> = {}): Promise<RunningSystem> {
  builtPages();
  return startSystem({ ...options, skipSetup: true });
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
