import { openPerson, startSite, useSystem } from '@xinyong/test-support';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// Full-text search is pagefind's index of the built site; Chinese has no spaces, so this checks that two- and
// three-character words are found through the search page itself, as a visitor uses it.
const run = useSystem({}, startSite);

async function search(page: Page, words: string): Promise<{ href: string; title: string }[]> {
  await page.goto(`${run.system.origin}/search/`);
  await page.getByLabel('输入想找的内容').fill(words);
  await page.getByRole('button', { name: '搜索' }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === words);
  await page
    .getByRole('status')
    .filter({ hasText: `「${words}」` })
    .waitFor();
  return page
    .locator('#search-results li h2 a')
    .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.textContent ?? '' })));
}

describe('site search in Chinese', () => {
  it('finds the repair guide for 修复', async () => {
    const { page, close } = await openPerson(run.browser);
    const results = await search(page, '修复');
    expect(results.map((r) => r.href)).toContain('/guides/repair/');
    await expect(page.locator('#search-results mark').first().textContent()).resolves.toContain('修复');
    await close();
  });

  it('finds the loan benefits for 信易贷', async () => {
    const { page, close } = await openPerson(run.browser);
    const results = await search(page, '信易贷');
    const loans = results.filter((r) => /^\/benefits\/loan-/.test(r.href));
    expect(loans.length, JSON.stringify(results)).toBeGreaterThan(0);
    await close();
  });

  it('says so when nothing matches', async () => {
    const { page, close } = await openPerson(run.browser);
    expect(await search(page, '火星殖民')).toEqual([]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('没有找到');
    await close();
  });
});
