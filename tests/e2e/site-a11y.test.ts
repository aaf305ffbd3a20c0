import { join } from 'node:path';
import {
  axeViolations,
  builtPages,
  openPerson,
  pageType,
  SCRIPTED_PAGES,
  screenshotDir,
  startSite,
  useSystem,
} from '@xinyong/test-support';
import { describe, expect, it } from 'vitest';

// Every page of the built site, in Chromium, at desktop width and at 375 px: axe with WCAG 2.2 AA tags must find nothing.
const pages = builtPages();
const shots = screenshotDir('site');
const shotTaken = new Set<string>();
// A reading page is complete at load; a scripted page may still be fetching its script or search index.
const settled = (path: string) => (SCRIPTED_PAGES.has(path) ? 'networkidle' : 'load') as 'networkidle' | 'load';
const run = useSystem({}, startSite);

it('finds the whole site to crawl', () => {
  // 9 explainers + original, 5 guides, the 信易+ catalogue, FAQ, lists, stories, updates, search, 404 …
  expect(pages.length).toBeGreaterThanOrEqual(50);
  for (const p of ['/', '/policy/section-6/', '/guides/repair/', '/benefits/', '/search/', '/lookup/', '/repair-progress/', '/404.html'])
    expect(pages).toContain(p);
});

describe.each(pages)('%s', (path) => {
  it('has no WCAG 2.2 AA violations on a desktop screen, and ships JavaScript only where it must', async () => {
    const person = await openPerson(run.browser, { device: 'desktop' });
    const { page } = person;
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const response = await page.goto(`${run.system.origin}${path}`, { waitUntil: settled(path) });
    expect(response?.status()).toBe(200);
    const html = (await response?.text()) ?? '';
    if (SCRIPTED_PAGES.has(path)) {
      expect(html).toMatch(/<script\b/);
    } else {
      expect(html, 'a reading page has a <script> element').not.toMatch(/<script\b/i);
      expect(scripts, 'a reading page requested JavaScript').toEqual([]);
    }
    expect(await axeViolations(page)).toEqual([]);
    await person.close();
  });

  it('has no WCAG 2.2 AA violations at 375 px, and nothing scrolls sideways', async () => {
    const person = await openPerson(run.browser);
    const { page } = person;
    await page.goto(`${run.system.origin}${path}`, { waitUntil: settled(path) });
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the page is wider than the phone screen').toBeLessThanOrEqual(0);
    const type = pageType(path);
    if (!shotTaken.has(type)) {
      shotTaken.add(type);
      await page.screenshot({ path: join(shots, `${type}.png`), fullPage: true });
    }
    await person.close();
  });
});
