// The page lists the Lighthouse runner (run.ts) measures: which build, how it is served, which pages.

export interface Page {
  path: string;
  label: string;
}

export interface PageList {
  /** The report's heading. */
  title: string;
  /** The build the pages come from (repository-relative); its index.html must exist. */
  built: string;
  /** What builds it. */
  build: string;
  /**
   * 'static': a small static server over a copy of the build (gzip for text, long caching for hashed files, as
   * any static host would); 'system': the whole system as `npm start` serves it, for pages that call the API, with
   * the copy of the build given in this environment variable.
   */
  serve: { kind: 'static' } | { kind: 'system'; buildEnv: 'H5_DIR' | 'SITE_DIR' };
  pages: Page[];
  /** Targets reported beside the figures (from the issue); nothing fails on them. */
  targets?: { lcpMs: number; tbtMs: number };
}

export const PAGE_LISTS = {
  site: {
    title: 'the 信用山东 site (mobile)',
    built: 'apps/site/dist',
    build: 'pnpm --filter @xinyong/site build',
    serve: { kind: 'static' },
    pages: [
      { path: '/', label: '首页' },
      { path: '/policy/section-6/', label: '政策解读（第六部分）' },
      { path: '/guides/repair/', label: '信用修复指南' },
      { path: '/benefits/', label: '信易+ 目录' },
      // Not a reading page: measured to show what the live-lookup island costs on first load (no query, so no API call).
      { path: '/lookup/', label: '查企业信用（实时查询页）' },
    ],
  },
  h5: {
    title: 'the mini-program h5 build (mobile)',
    built: 'apps/miniprogram/dist/h5',
    build: 'pnpm --filter @xinyong/miniprogram build:h5',
    // The h5 app calls /api/v1 on its own origin.
    serve: { kind: 'system', buildEnv: 'H5_DIR' },
    pages: [
      { path: '/m/#/pages/index/index', label: '首页' },
      { path: '/m/#/pages/benefits/index', label: '信易+' },
    ],
    // Issue 18 point 5 (the earlier issue asked for LCP under 2500 ms).
    targets: { lcpMs: 2000, tbtMs: 200 },
  },
} as const satisfies Record<string, PageList>;

export type PageListName = keyof typeof PAGE_LISTS;
