import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  apiRefusal,
  axeViolations,
  checkScreen,
  current,
  DAY_AND_NIGHT,
  go,
  logIn,
  loseAnswers,
  openPerson,
  press,
  screenshotDir,
  shoot,
  tabTo,
  useSystem,
} from '@xinyong/test-support';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// 信用代证: the operator of 示例泉城小吃店 gets a special credit report in the mini-program (h5), the PDF is a real
// document (text a reader can extract, fonts embedded), and a second person who received it checks it on the site:
// by number and code, and by the file, where one changed byte fails. Under the served CSP, in China time, at 375px,
// by day and at 02:30 China time.
const XIAOCHI = '示例泉城小吃店';
const REPAIRABLE = '济市中市监罚〔示例〕11号';
const shots = screenshotDir('site');
const files = screenshotDir('report-files');

const poppler = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const reportPosts = (r: Request) => r.method() === 'POST' && r.url().endsWith('/api/v1/me/reports');

/** The number and code a receiver reads on the first page of the PDF. */
function numberAndCode(pdfPath: string): { number: string; code: string } {
  const text = poppler('pdftotext', ['-raw', pdfPath, '-']).replace(/\s+/g, '');
  return {
    number: /SDXY-\d{8}-[2-9A-HJKMNP-Z]{8}/.exec(text)?.[0] ?? '',
    code: /核验码([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/.exec(text)?.[1] ?? '',
  };
}

/** Tab to a control and press a key, as a keyboard user does. */
async function keyTo(page: Page, target: ReturnType<Page['locator']>, key = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

describe.each(DAY_AND_NIGHT)('a special credit report $when', ({ clockAt, suffix }) => {
  const run = useSystem({ clockAt });

  it('is requested by the operator, opens as a PDF, and is verified by someone else; a changed byte fails', async () => {
    // ---- the operator, on the phone ----------------------------------------------------------------------------
    const operator = await run.app({ route: '/pages/me/index' });
    const { page } = operator;
    await logIn(operator.page, '示例身份：李先生');
    await current(page).locator('.nut-button', { hasText: '以这家单位办理' }).first().click();
    await current(page).getByText(`正在代办：${XIAOCHI}`).waitFor({ timeout: 30_000 });
    await current(page).getByText('专项信用报告', { exact: true }).click();
    await current(page).getByText(`为“${XIAOCHI}”申请`).waitFor({ timeout: 30_000 });
    const findings: Record<string, unknown[]> = {};
    findings.mine = await checkScreen(page, `report-mine-empty${suffix}`, false);
    await press(page, '申请新报告');
    await current(page).getByText('报告期', { exact: true }).waitFor({ timeout: 30_000 });
    // The default period is the last three years, ending on the data date.
    const from = await current(page).locator('input').first().inputValue();
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    findings.request = await checkScreen(page, `report-request${suffix}`, false);
    await press(page, '生成报告');
    await current(page).getByText('报告已生成').waitFor({ timeout: 60_000 });
    findings.issued = await checkScreen(page, `report-issued${suffix}`, false);
    const download = page.waitForEvent('download');
    await press(page, '下载报告（PDF）');
    const pdfPath = join(files, `report${suffix}.pdf`);
    await (await download).saveAs(pdfPath);
    await operator.close();

    // ---- the PDF, as a reader opens it ----------------------------------------------------------------------------
    const text = poppler('pdftotext', ['-raw', pdfPath, '-']).replace(/\s+/g, '');
    expect(text).toContain(XIAOCHI);
    expect(text).toContain(REPAIRABLE);
    expect(text).toContain('报告期内无违法违规记录');
    const number = /SDXY-\d{8}-[2-9A-HJKMNP-Z]{8}/.exec(text)?.[0] ?? '';
    const code = /核验码([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/.exec(text)?.[1] ?? '';
    expect(number).not.toBe('');
    expect(code).not.toBe('');
    // Every font is embedded and subset (pdffonts: the emb and sub columns say yes).
    const fonts = poppler('pdffonts', [pdfPath]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);

    // ---- the receiver, on the site ------------------------------------------------------------------------------
    const receiver = await openPerson(run.browser);
    const site = receiver.page;
    await site.goto(`${run.system.origin}/reports/verify/`);
    await site.getByLabel('报告编号').fill(number);
    await site.getByLabel('核验码').fill(code.toLowerCase());
    const sent = site.waitForRequest((r) => r.url().endsWith('/api/v1/reports/verify'));
    await site.getByLabel('核验码').press('Enter');
    expect((await sent).method()).toBe('POST');
    const result = site.locator('#verify-result');
    await result.getByRole('heading', { name: '核验通过' }).waitFor({ timeout: 30_000 });
    const shown = (await result.textContent()) ?? '';
    expect(shown).toContain(XIAOCHI);
    expect(shown).toContain('市场监管：报告期内有 1 条违法违规记录');
    expect(shown).toContain('报告期内无违法违规记录');
    // Nothing of the record itself and nothing personal: the conclusion per domain only.
    expect(shown).not.toContain(REPAIRABLE);
    expect(shown).not.toContain('李四海');
    expect(await axeViolations(site)).toEqual([]);
    await site.screenshot({ path: join(shots, `report-verify-genuine${suffix}.png`), fullPage: true });

    // The genuine file passes; one changed byte fails, with a message that says why.
    await site.getByLabel('报告 PDF 文件').setInputFiles(pdfPath);
    await site.getByRole('button', { name: '核验文件' }).click();
    await result.getByRole('heading', { name: '核验通过' }).waitFor({ timeout: 30_000 });
    await result.getByText('文件与签发时完全一致').waitFor();
    const bytes = readFileSync(pdfPath);
    const at = bytes.indexOf('/ReportNumber') - 20;
    bytes[at] = bytes[at] === 0x20 ? 0x0a : 0x20;
    const changedPath = join(files, `report-changed${suffix}.pdf`);
    writeFileSync(changedPath, bytes);
    await site.getByLabel('报告 PDF 文件').setInputFiles(changedPath);
    await site.getByRole('button', { name: '核验文件' }).click();
    await result.getByRole('heading', { name: '核验未通过' }).waitFor({ timeout: 30_000 });
    expect((await result.textContent()) ?? '').toMatch(/改动/);
    await site.screenshot({ path: join(shots, `report-verify-changed${suffix}.png`), fullPage: true });
    expect(await axeViolations(site)).toEqual([]);
    await receiver.close();

    for (const [screen, found] of Object.entries(findings)) expect(found, screen).toEqual([]);
  });

  it('is requested, downloaded and verified by keyboard alone, in 长辈模式 at 375 px', async () => {
    const operator = await run.app({ route: '/pages/me/index', elder: true });
    const { page } = operator;
    await logIn(page, '示例身份：李先生');
    const findings: Record<string, unknown[]> = {};
    await keyTo(page, current(page).getByRole('button', { name: '以这家单位办理' }).first());
    await current(page).getByText(`正在代办：${XIAOCHI}`).waitFor({ timeout: 30_000 });
    await keyTo(page, current(page).getByRole('link', { name: /^专项信用报告/ }));
    await current(page).getByText(`为“${XIAOCHI}”申请`).waitFor({ timeout: 30_000 });
    await keyTo(page, current(page).getByRole('button', { name: '申请新报告' }));
    const market = current(page).getByRole('checkbox', { name: '市场监管' });
    await keyTo(page, market, 'Space');
    await expect.poll(() => market.getAttribute('aria-checked')).toBe('true');
    await current(page).getByText('已选 1 个领域。').waitFor();
    findings.request = await checkScreen(page, `report-request-keyboard${suffix}`, true);
    await keyTo(page, current(page).getByRole('button', { name: '生成报告' }));
    await current(page).getByText('报告已生成').waitFor({ timeout: 60_000 });
    findings.issued = await checkScreen(page, `report-issued-keyboard${suffix}`, true);
    const download = page.waitForEvent('download');
    await keyTo(page, current(page).getByRole('button', { name: '下载报告（PDF）' }));
    const pdfPath = join(files, `report-keyboard${suffix}.pdf`);
    await (await download).saveAs(pdfPath);
    await operator.close();
    const { number, code } = numberAndCode(pdfPath);
    expect(number).not.toBe('');

    // The receiver, on the site, at 375 px, by keyboard only: by code, then by the file through the Chinese picker.
    const receiver = await openPerson(run.browser);
    const site = receiver.page;
    await site.goto(`${run.system.origin}/reports/verify/`);
    await tabTo(site, site.getByLabel('报告编号'));
    await site.keyboard.type(number);
    await site.keyboard.press('Tab');
    await site.keyboard.type(code);
    await site.keyboard.press('Enter');
    const result = site.locator('#verify-result');
    await result.getByRole('heading', { name: '核验通过' }).waitFor({ timeout: 30_000 });
    expect((await result.textContent()) ?? '').toContain('市场监管：报告期内有 1 条违法违规记录');
    // Only the chosen domain is in this report.
    expect((await result.textContent()) ?? '').toContain('共 1 个领域');

    const picker = site.getByLabel('报告 PDF 文件');
    await tabTo(site, picker);
    // The focus shows on the drawn button, and the browser's English label is nowhere to be seen.
    const ring = await site.locator('.file-pick__button').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');
    expect(await site.locator('.file-pick').textContent()).toContain('选择 PDF 文件');
    expect(await site.locator('.file-pick').textContent()).toContain('还没有选择文件');
    await site.screenshot({ path: join(shots, `report-verify-picker-focus${suffix}.png`), fullPage: true });
    const chooser = site.waitForEvent('filechooser');
    await site.keyboard.press('Space');
    await (await chooser).setFiles(pdfPath);
    await site.getByText(`已选择：report-keyboard${suffix}.pdf`).waitFor();
    await keyTo(site, site.getByRole('button', { name: '核验文件' }));
    await result.getByText('文件与签发时完全一致').waitFor({ timeout: 30_000 });
    expect(await axeViolations(site)).toEqual([]);
    await site.screenshot({ path: join(shots, `report-verify-keyboard${suffix}.png`), fullPage: true });
    await receiver.close();
    for (const [screen, found] of Object.entries(findings)) expect(found, screen).toEqual([]);
  });

  it('keeps the request through an expired session and a lost answer: one report', async () => {
    const person = await run.app({ route: '/pages/me/index' });
    const { page } = person;
    person.allow(/status of 401 \(Unauthorized\)/);
    person.allow(/ERR_CONNECTION_RESET/);
    await logIn(page, '示例身份：李先生');
    await current(page).locator('.nut-button', { hasText: '以这家单位办理' }).first().click();
    await current(page).getByText(`正在代办：${XIAOCHI}`).waitFor({ timeout: 30_000 });
    await current(page).getByText('专项信用报告', { exact: true }).click();
    const count = async () => {
      const title = await current(page)
        .getByText(/^本单位的报告（\d+）$/)
        .textContent({ timeout: 30_000 });
      return Number(/（(\d+)）/.exec(title ?? '')?.[1]);
    };
    const before = await count();
    await press(page, '申请新报告');
    await current(page).getByRole('checkbox', { name: '生态环境' }).click();
    await current(page).getByText('已选 1 个领域。').waitFor();

    const keys: string[] = [];
    page.on('request', (r) => {
      if (reportPosts(r)) keys.push(r.headers()['idempotency-key'] ?? '');
    });
    await page.route('**/api/v1/me/reports', apiRefusal(401, 'SESSION_EXPIRED', '登录已过期，请重新登录'));
    await press(page, '生成报告');
    await current(page).getByText('您填写的内容还在').waitFor({ timeout: 30_000 });
    await page.unroute('**/api/v1/me/reports');
    await press(page, '示例身份：李先生');
    await current(page).getByText('已为您保留重新登录前填写的内容和文件').waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('/pkg-report/request/index');
    expect(await current(page).getByRole('checkbox', { name: '生态环境' }).getAttribute('aria-checked')).toBe('true');
    await shoot(page, `report-request-resumed${suffix}`, false);

    // The answer is lost on the way back (the report was issued), also on the client's own retries: the person's
    // second tap gets the same report.
    await loseAnswers(page, '**/api/v1/me/reports', 3);
    await press(page, '生成报告');
    await current(page).getByText('网络连接失败').waitFor({ timeout: 30_000 });
    await press(page, '生成报告');
    await current(page).getByText('报告已生成').waitFor({ timeout: 60_000 });
    await page.unroute('**/api/v1/me/reports');
    expect(new Set(keys).size).toBe(1);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    await press(page, '回到我的报告');
    await go(page, '/pkg-report/mine/index');
    await expect.poll(count, { timeout: 30_000 }).toBe(before + 1);
    await person.close();
  });

  it('is verified by number and code with JavaScript off: the form posts, the answer is the site’s page', async () => {
    const operator = await run.app({ route: '/pages/me/index' });
    const { page } = operator;
    await logIn(page, '示例身份：李先生');
    await current(page).locator('.nut-button', { hasText: '以这家单位办理' }).first().click();
    await current(page).getByText(`正在代办：${XIAOCHI}`).waitFor({ timeout: 30_000 });
    await current(page).getByText('专项信用报告', { exact: true }).click();
    await press(page, '申请新报告');
    await press(page, '生成报告');
    await current(page).getByText('报告已生成').waitFor({ timeout: 60_000 });
    const download = page.waitForEvent('download');
    await press(page, '下载报告（PDF）');
    const pdfPath = join(files, `report-nojs${suffix}.pdf`);
    await (await download).saveAs(pdfPath);
    await operator.close();
    const { number, code } = numberAndCode(pdfPath);

    const receiver = await openPerson(run.browser, { javaScriptEnabled: false });
    const site = receiver.page;
    await site.goto(`${run.system.origin}/reports/verify/`);
    await site.getByLabel('报告编号').fill(number);
    await site.getByLabel('核验码').fill(code);
    const answer = site.waitForResponse((r) => r.url().endsWith('/api/v1/reports/verify'));
    await site.getByRole('button', { name: '核验', exact: true }).click();
    const res = await answer;
    expect(res.headers()['content-type']).toMatch(/^text\/html/);
    // The site's own policy, not the API's (which would refuse the page's styles).
    expect(res.headers()['content-security-policy']).toContain("style-src 'self'");
    const result = site.locator('#verify-result');
    await result.getByRole('heading', { name: '核验通过' }).waitFor({ timeout: 30_000 });
    expect((await result.textContent()) ?? '').toContain(XIAOCHI);
    expect((await result.textContent()) ?? '').not.toContain(REPAIRABLE);
    // Styled as the site: its header and stylesheet came with the page, under its policy.
    expect(await site.locator('header').first().isVisible()).toBe(true);
    await site.screenshot({ path: join(shots, `report-verify-nojs${suffix}.png`), fullPage: true });

    // A wrong code, by the same form, is refused on the page.
    await site.getByRole('link', { name: '核验另一份报告' }).click();
    await site.getByLabel('报告编号').fill(number);
    await site.getByLabel('核验码').fill(code === '2222-2222' ? '3333-3333' : '2222-2222');
    await site.getByRole('button', { name: '核验', exact: true }).click();
    await result.getByRole('heading', { name: '核验未通过' }).waitFor({ timeout: 30_000 });
    await site.screenshot({ path: join(shots, `report-verify-nojs-refused${suffix}.png`), fullPage: true });
    await receiver.close();
  });
});
