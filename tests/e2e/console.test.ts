import { join } from 'node:path';
import { totpCode } from '@xinyong/api/totp';
import { createClient } from '@xinyong/api-client';
import {
  attach,
  axeViolations,
  current,
  DAY_AND_NIGHT,
  focused,
  go,
  logIn,
  openPerson,
  pdfFile,
  photo,
  press,
  screenshotDir,
  tabTo,
  useSystem,
} from '@xinyong/test-support';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// The other half of the service: a department reviewer in the staff console at 1280 px, under the CSP the API
// serves at /console/, decides an objection a demo citizen filed in the mini-program, and the citizen sees it.
// The demo console account and its published demo TOTP secret (apps/api/src/demo/staff.ts, development only).
const REVIEWER = { username: 'console-chengguan', password: 'demo-console-cg-2026', totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };
const AUDITOR = { username: 'console-auditor', password: 'demo-console-audit-2026' };
const CREDIT_OFFICE = {
  username: 'console-credit-office',
  password: 'demo-console-xyb-2026',
  totpSecret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
};
const ZHANG_PENALTY = '济城管罚〔示例〕8号';
const REASON = '这次占道经营的处罚记录有误：当天我在外地出差，有火车票和审批单为证。';
const CORRECTED = '警告（经异议核实更正）';

const shot = (page: Page, name: string) => page.screenshot({ path: join(screenshotDir('console'), `${name}.png`), fullPage: true });
async function expectAccessible(page: Page) {
  // A dialog still zooming in is half transparent: its colours are judged once it has settled, as a person reads it.
  await page.waitForFunction(() => !document.querySelector('[class*="-appear"], [class*="-enter"]'));
  expect(await axeViolations(page)).toEqual([]);
}

describe.each(DAY_AND_NIGHT)('$when', ({ clockAt, suffix }) => {
  const run = useSystem({ clockAt });
  const desk = () => openPerson(run.browser, { device: 'desktop', clockAt: run.system.now() });
  /** The code the reviewer's authenticator shows now, on the system's clock (at 02:30 China time in the night run). */
  const code = () => totpCode(REVIEWER.totpSecret, run.system.now());

  async function logInToConsole(page: Page) {
    await page.goto(`${run.system.origin}/console/`);
    await page.getByLabel('用户名').fill(REVIEWER.username);
    await page.getByLabel('密码').fill(REVIEWER.password);
    await page.getByLabel('动态口令').fill(code());
    await page
      .getByRole('button', { name: '登 录' })
      .or(page.getByRole('button', { name: '登录' }))
      .click();
    await page.getByRole('heading', { name: '异议待办' }).waitFor({ timeout: 30_000 });
  }

  it('a reviewer logs in with TOTP, opens the objection a citizen filed in the mini-program, decides it, and the citizen sees it', async () => {
    // The citizen objects in the mini-program, with a photo and a PDF.
    const phone = await run.app({ route: '/pkg-my/records/index' });
    await press(phone.page, '去登录');
    await logIn(phone.page, '示例身份：张先生', ZHANG_PENALTY);
    await current(phone.page).locator('.xy-card', { hasText: ZHANG_PENALTY }).locator('.nut-button', { hasText: '提出异议' }).click();
    await current(phone.page).locator('textarea').fill(REASON);
    await attach(phone.page, [photo('火车票.png')]);
    await current(phone.page).getByText('已上传').waitFor({ timeout: 30_000 });
    await attach(phone.page, [pdfFile('出差审批单.pdf')]);
    await expect.poll(() => current(phone.page).getByText('已上传').count(), { timeout: 30_000 }).toBe(2);
    await press(phone.page, '下一步：核对信息');
    await press(phone.page, '确认提交');
    await current(phone.page).getByText('异议已提交').waitFor({ timeout: 30_000 });
    const confirmation = (await current(phone.page).locator('.xy-confirmation').textContent()) ?? '';
    const id = /受理编号([2-9A-Z]{12})/.exec(confirmation)?.[1] ?? '';
    expect(id).toHaveLength(12);

    // The reviewer, at a desk.
    const reviewer = await desk();
    const { page } = reviewer;
    await page.goto(`${run.system.origin}/console/`);
    await page.getByRole('heading', { name: '信用山东工作台' }).waitFor();
    await expectAccessible(page);
    await shot(page, `login${suffix}`);
    await logInToConsole(page);
    const row = page.getByRole('row', { name: new RegExp(id) });
    await row.waitFor();
    expect(await row.textContent()).toContain('已提交，待受理');
    expect(await row.textContent()).toMatch(/剩 \d+ 个工作日/);
    await expectAccessible(page);
    await shot(page, `queue${suffix}`);

    await row.getByRole('button', { name: `办理 ${id}` }).click();
    await page.getByRole('heading', { name: `异议 ${id}` }).waitFor();
    await page.getByText(ZHANG_PENALTY).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(ZHANG_PENALTY);
    expect(text).toContain(REASON);
    // The applicant's name is masked; the full name never reaches the reviewer's page.
    expect(text).toContain('张*');
    expect(text).not.toContain('张三丰');
    // The evidence, shown in the page from memory.
    await page
      .getByRole('button', { name: '查 看' })
      .or(page.getByRole('button', { name: '查看' }))
      .first()
      .click();
    const image = page.locator('img.xy-image');
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    await page
      .getByRole('button', { name: '查 看' })
      .or(page.getByRole('button', { name: '查看' }))
      .first()
      .click();
    // The PDF as pictures of its pages, rendered on the server: no PDF viewer, nothing framed under the console's CSP.
    const pdfPage = page.locator('img.xy-pdf-page').first();
    await pdfPage.waitFor();
    // Rendered with its longest side 1,400 px (an A4 page: 989 × 1,400).
    await expect.poll(() => pdfPage.evaluate((img: HTMLImageElement) => img.complete && img.naturalHeight)).toBe(1400);
    expect(await pdfPage.getAttribute('src')).toMatch(/^blob:/);
    expect(await pdfPage.getAttribute('alt')).toMatch(/第 1 页/);
    expect(await page.locator('iframe').count()).toBe(0);

    // First accept, then correct: each step confirmed after its effect is shown.
    await page.getByRole('radio', { name: '已受理，核实中' }).check();
    await page.getByText('核实期间这条记录标注“异议处理中”').waitFor();
    await page.getByLabel('理由（申请人会看到）').fill('材料齐全，予以受理，将在规定期限内核实。');
    await page.getByRole('button', { name: '下一步：确认决定' }).click();
    const dialog = page.getByRole('dialog', { name: '确认作出决定' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('《山东省社会信用条例》');
    await expectAccessible(page);
    await shot(page, `confirm-accept${suffix}`);
    await dialog.getByRole('button', { name: '确认作出决定' }).click();
    await page.getByText('已作出决定：已受理，核实中').waitFor();

    await page.getByRole('radio', { name: '已更正' }).check();
    await page.getByText('记录立即按更正后的内容公示').waitFor();
    await page.getByLabel('更正后的内容').fill(CORRECTED);
    await page.getByLabel('理由（申请人会看到）').fill('经核实，当事人当天不在现场，处罚内容更正。');
    await page.getByRole('button', { name: '下一步：确认决定' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '确认作出决定' }).click();
    await page.getByText('这个案件已经办结').waitFor();
    expect(await page.locator('main').textContent()).toContain('当前状态已更正');
    // The record on the case page is the corrected one.
    expect(await page.locator('main').textContent()).toContain(CORRECTED);
    // The history: every step with when and who, the applicant masked.
    const history = page.locator('.xy-history li');
    await expect.poll(() => history.count()).toBe(3);
    const steps = await history.allTextContents();
    expect(steps[0]).toMatch(/已提交.*\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} · 申请人 张\*/);
    expect(steps[1]).toContain('已受理，核实中');
    expect(steps[1]).toContain('济南市城市管理局 示例审核员（城管·工作台）');
    expect(steps[1]).toContain('材料齐全，予以受理');
    expect(steps[2]).toContain('已更正');
    expect(steps.join('')).not.toContain('张三丰');
    await expectAccessible(page);
    await shot(page, `case-decided${suffix}`);

    // The citizen's side, at once: the record says what the department decided, and the looks are in the access log.
    await go(phone.page, '/pages/me/index');
    await go(phone.page, '/pkg-my/records/index');
    const corrected = current(phone.page).locator('.xy-card', { hasText: ZHANG_PENALTY });
    await corrected.getByText('经异议核实更正了处罚内容').waitFor({ timeout: 30_000 });
    expect(await corrected.textContent()).toContain(CORRECTED);
    const zhang = createClient({ baseURL: `${run.system.origin}/api/v1`, retryBaseDelayMs: 0 });
    await zhang.auth.devLogin('zhang');
    const log = (await zhang.me.accessLog()).items;
    const byReviewer = log.filter((e) => e.who === '济南市城市管理局 审核员');
    expect(byReviewer.map((e) => e.purpose)).toEqual(expect.arrayContaining(['审核异议申请', '核实异议材料']));
    expect(byReviewer.filter((e) => e.action === 'decide')).toHaveLength(2);

    // Signing out ends the session on the server too.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByText('您已退出登录。').waitFor();
    await reviewer.close();
    await phone.close();
  });

  it('locks an account after five wrong passwords and says until when', async () => {
    const person = await desk();
    const { page } = person;
    person.allow(/status of 40[13]/);
    await page.goto(`${run.system.origin}/console/`);
    await page.getByLabel('用户名').fill(AUDITOR.username);
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel('密码').fill(`wrong-password-${i}`);
      await page.getByLabel('密码').press('Enter');
      await page
        .getByRole('alert')
        .filter({ hasText: i < 5 ? '用户名或密码不正确' : '账号在这台电脑上已锁定' })
        .waitFor();
    }
    const alert = (await page.getByRole('alert').textContent()) ?? '';
    expect(alert).toMatch(/账号在这台电脑上已锁定 15 分钟。请在 \d{2}:\d{2} 以后再试/);
    // The right password does not open it now.
    await page.getByLabel('密码').fill(AUDITOR.password);
    await page.getByLabel('密码').press('Enter');
    await page.getByRole('alert').filter({ hasText: '账号在这台电脑上已锁定' }).waitFor();
    await expectAccessible(page);
    await shot(page, `locked${suffix}`);
  });

  it('is operable by keyboard alone: the credit office logs in with its code, reads the account list, signs out', async () => {
    // Another account than the reviewer's: a code is accepted once, and the reviewer's was spent in this 30-second step.
    const person = await desk();
    const { page } = person;
    await page.goto(`${run.system.origin}/console/`);
    await page.getByLabel('用户名').waitFor();
    // The user name field has the focus when the page opens.
    expect(await focused(page)).toContain('<input');
    await page.keyboard.type(CREDIT_OFFICE.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(CREDIT_OFFICE.password);
    await tabTo(page, page.getByLabel('动态口令'));
    await page.keyboard.type(totpCode(CREDIT_OFFICE.totpSecret, run.system.now()));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '工作人员账号' }).waitFor({ timeout: 30_000 });
    const reviewerRow = page.getByRole('row', { name: /console-chengguan/ });
    expect(await reviewerRow.textContent()).toContain('已绑定');
    expect(await page.getByRole('row', { name: /reviewer-shizhong/ }).textContent()).toContain('未绑定');
    // A reviewer's queue is not on offer to the credit office.
    expect(await page.getByRole('menuitem', { name: '异议待办' }).count()).toBe(0);
    await expectAccessible(page);
    await shot(page, `accounts${suffix}`);
    await tabTo(page, page.getByRole('button', { name: '退出登录' }), { back: true });
    await page.keyboard.press('Enter');
    await page.getByText('您已退出登录。').waitFor();
    expect(await focused(page)).not.toBe('(nothing: the page itself)');
  });
});
