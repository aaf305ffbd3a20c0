import { join } from 'node:path';
import { axeViolations, openPerson, screenshotDir, startSite, useSystem } from '@xinyong/test-support';
import { describe, expect, it } from 'vitest';

// Issue 13's case in the browser: 示例华夏贸易有限公司's food penalty decided 2024-11-22 (国家发展改革委令第58号: at least
// a year in food, at most three) is on the public profile on its last day, 2027-11-21, seen at 02:30 China time
// (when a date taken from UTC is a day behind). That it is gone on the 22nd is checked through the API
// (apps/api/test/routes/v1/entities-order58.test.ts).
const shots = screenshotDir('site');
const LAST_NIGHT = new Date('2027-11-21T02:30:00+08:00');
const run = useSystem({ clockAt: LAST_NIGHT }, startSite);
const NAME = '示例华夏贸易有限公司';
const DECISION = '济历下市监罚〔示例〕12号';

describe('the Order 58 food penalty on the public profile', () => {
  it('is shown on 2027-11-21 with that last day, at 375 px', async () => {
    const person = await openPerson(run.browser, { clockAt: run.system.now() });
    const { page } = person;
    await page.goto(`${run.system.origin}/lookup/`);
    await page.getByLabel('企业名称或统一社会信用代码').fill(NAME);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    const result = page.locator('#lookup-results li').filter({ hasText: NAME }).first();
    await result.getByRole('button', { name: NAME }).click();
    await page.locator('#lookup-profile h2').filter({ hasText: NAME }).waitFor();
    const penalty = page.locator('#lookup-profile li, #lookup-profile tr, #lookup-profile article').filter({ hasText: DECISION }).first();
    await penalty.waitFor();
    const text = (await penalty.textContent()) ?? '';
    expect(text).toContain('2024年11月22日');
    expect(text).toContain('2027年11月21日');
    expect(await axeViolations(page)).toEqual([]);
    await penalty.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'lookup-order58-last-day.png'), fullPage: true });
    await person.close();
  });
});
