import { openPerson, startSite, useSystem } from '@xinyong/test-support';
import { describe, expect, it } from 'vitest';

// An ID number typed into the business lookup stays on the person's screen: not in the address bar, not in a
// request to the API. Before, it went into ?q= (history, shared links, and the server's log on reload).
const run = useSystem({}, startSite);
const ID = '370102199001011237';

describe('the business lookup and a person’s ID number', () => {
  it('keeps it out of the address and sends nothing, typed or reloaded', async () => {
    const person = await openPerson(run.browser);
    const { page } = person;
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/')) sent.push(r.url());
    });
    await page.goto(`${run.system.origin}/lookup/`);
    await page.getByLabel('企业名称或统一社会信用代码').fill(ID);
    await page.keyboard.press('Enter');
    await page.locator('#lookup-status').filter({ hasText: '个人的信用信息不公开' }).waitFor();
    expect(page.url()).not.toContain(ID);
    expect(new URL(page.url()).search).toBe('');

    // As a form sent before the script ran, or bookmarked: the number leaves the address at once.
    await page.goto(`${run.system.origin}/lookup/?q=${ID}`);
    await page.locator('#lookup-status').filter({ hasText: '个人的信用信息不公开' }).waitFor();
    expect(page.url()).not.toContain(ID);
    expect(sent.filter((u) => u.includes(ID.slice(-6)))).toEqual([]);
    await person.close();
  });
});
