import { createClient } from '@xinyong/api-client';
import { feeTexts } from '@xinyong/api-client/texts';
import {
  apiRefusal,
  attach,
  checkScreen,
  chinaDateOf,
  current,
  DAY_AND_NIGHT,
  logIn,
  pdfFile,
  photo,
  press,
  shoot,
  useSystem,
  writtenDate,
} from '@xinyong/test-support';
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// A business owner finds their shop's public record, goes from there into its repair (login, verification, acting
// for the business), attaches a photo and a PDF, checks what will be sent, and submits once; the reviewer approves
// and the record leaves the public profile. Under the served CSP, in China time, at 375px: by day, and with the
// whole system and the phone at 02:30 China time, when a date taken from a UTC string is a day behind.
const XIAOCHI = { code: '92370103EX0000037M', name: '示例泉城小吃店' };
const REPAIRABLE = '济市中市监罚〔示例〕11号';

describe.each(DAY_AND_NIGHT)('a business owner $when', ({ clockAt, suffix }) => {
  const run = useSystem({ clockAt });
  // The phone's clock shows what the system's clock shows (and a test can move it on).
  const phone = (route: string) => run.app({ route });
  const api = () => createClient({ baseURL: `${run.system.origin}/api/v1`, retryBaseDelayMs: 0 });

  it('goes from the public profile into that record’s repair, attaches a photo and a PDF, and files one application', async () => {
    const person = await phone('/pages/index/index');
    const { page } = person;
    // The first upload is answered 503 on purpose; the browser logs it.
    person.allow(/status of 503 \(Service Unavailable\)/);
    const findings: Record<string, unknown[]> = {};
    // The phone and the system agree on the time (at night: the small hours in China).
    const phoneNow = await page.evaluate(() => Date.now());
    expect(Math.abs(phoneNow - run.system.now().getTime())).toBeLessThan(60_000);

    // Search by code typed in groups, and Enter searches.
    const input = current(page).locator('input[aria-label="企业名称或统一社会信用代码"]');
    await input.fill(`${XIAOCHI.code.slice(0, 4)} ${XIAOCHI.code.slice(4, 8)}-${XIAOCHI.code.slice(8)}`);
    await current(page).getByText('已去掉空格和短横线').waitFor();
    await input.press('Enter');
    await current(page).locator('.xy-home__result', { hasText: XIAOCHI.name }).click();
    const record = current(page).locator('.xy-card', { hasText: REPAIRABLE });
    await record.waitFor({ timeout: 30_000 });
    // Every sub-page has a way back and a way home in h5.
    await current(page).getByRole('navigation', { name: '页面导航' }).getByRole('button', { name: '返回上一页' }).waitFor();
    findings.profile = await checkScreen(page, `business-profile${suffix}`, false);

    await record.locator('.nut-button', { hasText: '我是经营者，申请信用修复' }).click();
    await current(page).getByText('经营者本人登录').waitFor();
    await press(page, '去登录');
    await logIn(page, '示例身份：李先生', '以这家单位办理并继续');
    // After login the person is back where they asked to go, and one tap acts for the business.
    expect(page.url()).toContain('/pkg-my/repair-start/index');
    await shoot(page, `business-act-for${suffix}`, false);
    await press(page, '以这家单位办理并继续');
    await current(page).locator('.xy-tag', { hasText: '现在可以申请' }).waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('/pkg-my/repair/index?recordId=');

    // The first upload fails (the server is busy): a clear message and 重试. The second is held back a while:
    // submit waits for it.
    let attempts = 0;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const busy = apiRefusal(503, 'SERVICE_UNAVAILABLE', '服务正忙，请稍后重试。');
    await page.route('**/api/v1/me/attachments', async (route: Route) => {
      attempts++;
      if (attempts === 1) return busy(route);
      if (attempts === 3) await held;
      return route.continue();
    });
    await attach(page, [photo('缴款凭证.png')]);
    await current(page).getByRole('alert').filter({ hasText: '服务正忙' }).waitFor({ timeout: 30_000 });
    await shoot(page, `business-upload-failed${suffix}`, false);
    await current(page).getByRole('button', { name: '重试上传第 1 个文件' }).click();
    await current(page).getByText('已上传').first().waitFor({ timeout: 30_000 });

    await attach(page, [pdfFile('整改报告.pdf')]);
    await current(page)
      .getByText(/正在上传 \d+%/)
      .waitFor();
    await current(page).getByRole('progressbar', { name: '第 2 个文件上传进度' }).waitFor();
    await current(page)
      .getByRole('checkbox', { name: /我已阅读并承诺/ })
      .click();
    const next = current(page).locator('.nut-button', { hasText: '下一步：核对信息' });
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    await current(page).getByText('还有 1 个文件正在上传，传完才能提交。').first().waitFor();
    await shoot(page, `business-uploading${suffix}`, false);
    release();
    await expect.poll(() => current(page).getByText('已上传').count(), { timeout: 30_000 }).toBe(2);
    await page.unroute('**/api/v1/me/attachments');
    findings.repair = await checkScreen(page, `business-files${suffix}`, false);

    // 核对信息 shows what will be sent; a double tap on submit files one application.
    await next.click();
    const review = current(page).locator('.xy-review');
    await review.waitFor();
    const reviewed = (await review.textContent()) ?? '';
    // The fee line is the rule's sentence (content/rules/repair.yaml), as everywhere the app speaks of the fee.
    for (const part of [REPAIRABLE, '缴款凭证.png', '整改报告.pdf', '信用承诺书', feeTexts().repair.text]) expect(reviewed).toContain(part);
    findings.review = await checkScreen(page, `business-review${suffix}`, false);
    const posts: { key: string | undefined }[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/me/repairs')) posts.push({ key: r.headers()['idempotency-key'] });
    });
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/repairs') && r.request().method() === 'POST');
    const before = run.system.now();
    await current(page).locator('.nut-button', { hasText: '确认提交修复申请' }).dblclick();
    const application = await (await answer).json();
    // Filed on China's calendar date of the system's clock (at 02:30 the UTC date is still yesterday's).
    expect([chinaDateOf(before), chinaDateOf(run.system.now())]).toContain(application.submittedOn);
    await current(page).getByText('信用修复申请已提交').waitFor({ timeout: 30_000 });
    expect(posts).toHaveLength(1);
    const confirmation = (await current(page).locator('.xy-confirmation').textContent()) ?? '';
    // The receipt: 受理编号, 查询码, and the deadline the API answered, never one the app worked out.
    expect(confirmation).toContain(application.id);
    expect(confirmation).toContain(application.queryCode);
    expect(confirmation).toContain(`${writtenDate(String(application.decideBy))} 前办结`);
    expect(confirmation).toContain('2 份');
    findings.confirmation = await checkScreen(page, `business-confirmation${suffix}`, false);

    // Anyone with the query code, typed in groups with hyphens, sees the progress without logging in.
    const other = await phone('/pkg-entity/progress/index');
    const code = String(application.queryCode);
    const field = current(other.page).locator('input[aria-label="查询码"]');
    await field.fill(`${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8).toLowerCase()}`);
    await field.press('Enter');
    await current(other.page).getByText('办结期限').waitFor({ timeout: 30_000 });
    expect(await current(other.page).textContent()).toContain(`提交日期：${writtenDate(String(application.submittedOn))}`);

    // The reviewer approves; the record leaves the public profile.
    const reviewer = api();
    await reviewer.staff.login('reviewer-shizhong', 'demo-shizhong-2026');
    const staffCase = await reviewer.staff.getCase<{ attachments: { mediaType: string }[] }>('repair', application.id, '审核信用修复材料');
    expect(staffCase.attachments.map((a) => a.mediaType)).toEqual(['image/png', 'application/pdf']);
    await reviewer.staff.decideRepair(application.id, { outcome: 'approved', reason: '已缴清罚款并完成整改，准予修复。' });
    const profile = await api().entities.profile(XIAOCHI.code);
    expect(profile.penalties.map((p) => p.decisionNo)).not.toContain(REPAIRABLE);

    expect(Object.fromEntries(Object.entries(findings).filter(([, v]) => v.length > 0))).toEqual({});
    await other.close();
    await person.close();
  });

  it('is told how to get access when the account cannot act for the business', async () => {
    const person = await phone(
      `/pkg-my/repair-start/index?code=${XIAOCHI.code}&decisionNo=${encodeURIComponent('济市中市监罚〔示例〕5号')}`,
    );
    const { page } = person;
    await press(page, '去登录');
    await logIn(page, '示例身份：赵女士', '您的账号不能代办这家单位');
    expect(await current(page).textContent()).toContain('授权委托书');
    expect(await checkScreen(page, `business-cannot-act${suffix}`, false)).toEqual([]);
    await person.close();
  });
});
