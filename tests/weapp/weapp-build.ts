import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '@xinyong/test-support';

/** The WeChat build as `pnpm build:weapp` leaves it (npm test builds it first). */
export const WEAPP = join(ROOT, 'apps', 'miniprogram', 'dist', 'weapp');

export interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  sitemapLocation?: string;
  lazyCodeLoading?: string;
}

export function appJson(): AppJson {
  if (!existsSync(join(WEAPP, 'app.json')))
    throw new Error('apps/miniprogram/dist/weapp is missing: run `pnpm build:weapp` (or `node scripts/setup.mjs --weapp`) first.');
  return JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as AppJson;
}

/** Every page of the build, main package and subpackages, as WeChat names them (pkg-my/records/index). */
export function allPages(app = appJson()): string[] {
  return [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}
