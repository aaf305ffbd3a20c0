import { join } from 'node:path';
import { totpCode } from '@xinyong/api/totp';
import { axeViolations, checkScreen, current, DAY_AND_NIGHT, go, logIn, openPerson, screenshotDir, useSystem } from '@xinyong/test-support';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entityByStatus } from './registration';

// The demo queue's overdue and due-soon cases, and 查询使用登记, the third journey of issue 17: a department reviewer at
// 1280 px under the console's CSP, by pointer (console.test.ts has the keyboard-only journey), queries a business for a
// use on the application list and a matter's number; the credit office finds it in the register;
// the business's demo representative sees it in the mini-program's 谁查看了我的信息 (h5, 375 px).
// Demo accounts and their published demo TOTP secrets: apps/api/src/demo/staff.ts (development only).
const REVIEWER = { username: 'console-chengguan', password: 'demo-console-cg-2026', totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };
const CREDIT_OFFICE = {
  username: 'console-credit-office',
  password: 'demo-console-xyb-2026',
  totpSecret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
};
// The demo business 李先生 represents (apps/api/src/demo/fixed.ts).
const XIAOCHI = { code: '92370103EX0000037M', name: '示例泉城小吃店' };
const REFERENCE = '济城管许〔2026〕12号';

const shot = (page: Page, name: string) => page.screenshot({ path: join(screenshotDir('console'), `${name}.png`), fullPage: true });
async function expectAccessible(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]'));
  expect(await axeViolations(page)).toEqual([]);
}

describe.each(DAY_AND_NIGHT)('$when', ({ clockAt, suffix }) => {
  const run = useSystem({ clockAt });
  const desk = () => openPerson(run.browser, { device: 'desktop', clockAt: run.system.now() });

  async function logInToConsole(page: Page, account: typeof REVIEWER, landing: string) {
    await page.goto(`${run.system.origin}/console/`);
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(account.password);
    await page.getByLabel('动态口令').fill(totpCode(account.totpSecret, run.system.now()));
    await page.getByLabel('动态口令').press('Enter');
    await page.getByRole('heading', { name: landing }).waitFor({ timeout: 30_000 });
  }

  it('a department user registers a query, the credit office sees it, and the business sees it in its access log', async () => {
    const reviewer = await desk();
    const { page } = reviewer;
    await logInToConsole(page, REVIEWER, '异议待办');
    // The demo queue (apps/api/src/demo/cases.ts): one case past its working-day deadline, first, and one due soon.
    const overdue = page.getByRole('row', { name: /SLYQDEMO2026/ });
    const dueSoon = page.getByRole('row', { name: /SLJJDEMO2026/ });
    await overdue.waitFor({ timeout: 30_000 });
    expect(await overdue.textContent()).toMatch(/已超期.*已超 \d+ 个工作日/);
    expect(await dueSoon.textContent()).toMatch(/即将到期.*剩 1 个工作日/);
    const ids = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(ids.findIndex((t) => t.includes('SLYQDEMO2026'))).toBeLessThan(ids.findIndex((t) => t.includes('SLJJDEMO2026')));
    await expectAccessible(page);
    await shot(page, `queue-overdue${suffix}`);
    // Ant's inline menu does not move between items by arrow key here: a person clicks the item.
    await page.getByRole('menuitem', { name: '信用信息查询' }).click();
    await page.getByRole('heading', { name: '信用信息查询' }).waitFor();
    // The list's source line appears once the application list has loaded.
    await page.getByText(/^清单依据：/).waitFor({ timeout: 30_000 });
    expect(await page.locator('main').textContent()).toContain('清单依据：鲁信用办〔2021〕3号');

    // The code, a use picked from the list, and no reference yet.
    await page.getByLabel('统一社会信用代码').fill(XIAOCHI.code);
    await page.getByRole('combobox', { name: '查询用途（应用清单）' }).click();
    // Ant's role=option elements are a hidden list for screen readers; the visible choices carry the use as their title.
    await page.locator('.ant-select-dropdown').getByTitle('政府采购供应商资格审查（示例）', { exact: true }).click();
    await expect.poll(() => page.locator('.ant-select-content, .ant-select-selection-item').first().textContent()).toContain('政府采购');
    await page.getByRole('button', { name: '查询并登记' }).click();
    await page.getByText('请填写办理事项的编号').waitFor();
    await expectAccessible(page);
    await shot(page, `query-no-reference${suffix}`);

    await page.getByLabel('办理事项编号（文号或案件编号）').fill(REFERENCE);
    await page.getByLabel('办理事项编号（文号或案件编号）').press('Enter');
    const registered = page.getByText(/^已登记：CX[A-Z0-9]{12}$/);
    await registered.waitFor({ timeout: 30_000 });
    const queryNo = ((await registered.textContent()) ?? '').replace('已登记：', '');
    const answer = (await page.locator('main').textContent()) ?? '';
    expect(answer).toContain(XIAOCHI.name);
    expect(answer).toContain(`事项编号 ${REFERENCE}`);
    expect(answer).toContain('本次看到：基本信息、行政许可');
    expect(answer).toContain('登记状态存续');
    await expectAccessible(page);
    await shot(page, `query-registered${suffix}`);

    // A department deciding a matter must see that the business has closed.
    const closed = await entityByStatus(run.system.origin, 'closed');
    await page.getByLabel('统一社会信用代码').fill(closed.code);
    await page.getByRole('button', { name: '查询并登记' }).click();
    await page.getByRole('heading', { name: closed.name }).waitFor({ timeout: 30_000 });
    expect(await page.locator('main .ant-descriptions').textContent()).toContain(`登记状态${closed.label}`);
    await reviewer.close();

    // The credit office finds it in the register.
    const office = await desk();
    await logInToConsole(office.page, CREDIT_OFFICE, '工作人员账号');
    await office.page.getByRole('menuitem', { name: '查询使用登记' }).click();
    await office.page.getByRole('heading', { name: '查询使用登记' }).waitFor();
    const row = office.page.getByRole('row', { name: new RegExp(queryNo) });
    await row.waitFor({ timeout: 30_000 });
    const line = (await row.textContent()) ?? '';
    for (const text of ['济南市城市管理局', '政府采购供应商资格审查（示例）', REFERENCE, XIAOCHI.name, XIAOCHI.code])
      expect(line).toContain(text);
    await expectAccessible(office.page);
    await shot(office.page, `query-register${suffix}`);
    await office.close();

    // The business's representative, in the mini-program, acting for the business.
    const phone = await run.app({ route: '/pages/me/index' });
    await logIn(phone.page, '示例身份：李先生', '您可以代办的单位');
    await current(phone.page)
      .getByRole('button', { name: `以这家单位办理：${XIAOCHI.name}` })
      .click();
    await current(phone.page).getByText(`正在代办：${XIAOCHI.name}`).waitFor({ timeout: 30_000 });
    await go(phone.page, '/pkg-my/access-log/index');
    const entry = current(phone.page).locator('.xy-card', { hasText: '济南市城市管理局 查看了您的信息' });
    await entry.waitFor({ timeout: 30_000 });
    expect(await entry.textContent()).toContain(`目的：应查尽查：政府采购供应商资格审查（示例）（事项编号 ${REFERENCE}）`);
    expect(await checkScreen(phone.page, `access-log-department-query${suffix}`, false)).toEqual([]);
    await phone.close();
  });
});
