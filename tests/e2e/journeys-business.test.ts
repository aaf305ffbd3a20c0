import { current, launchChromium, press, type RunningSystem, startSystem } from '@xinyong/test-support';
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreeAndLogin, apiClient, openPhone, PDF, PNG, pickFiles, picture, seriousFindings, unexpected } from './journeys-support';

// A business owner finds their shop's public record, goes from there into its repair (login, verification, acting
// for the business), attaches a photo and a PDF, checks what will be sent, and submits once; the reviewer approves
// and the record leaves the public profile. Under the served CSP, in China time, at 375px.
const XIAOCHI = { code: '92370103EX0000037M', name: '示例泉城小吃店' };
const REPAIRABLE = '济市中市监罚〔示例〕11号';

let system: RunningSystem;
let browser: Browser;
beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('a business owner', () => {
  it('goes from the public profile into that record’s repair, attaches a photo and a PDF, and files one application', async () => {
    const { context, page, problems } = await openPhone(browser, system.origin, '/pages/index/index');
    const findings: Record<string, unknown[]> = {};

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
    await picture(page, 'business-profile');
    findings.profile = await seriousFindings(page);

    await record.locator('.nut-button', { hasText: '我是经营者，申请信用修复' }).click();
    await current(page).getByText('经营者本人登录').waitFor();
    await press(page, '去登录');
    await agreeAndLogin(page, '示例身份：李先生', '以这家单位办理并继续');
    // After login the person is back where they asked to go, and one tap acts for the business.
    expect(page.url()).toContain('/pkg-my/repair-start/index');
    await picture(page, 'business-act-for');
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
    await page.route('**/api/v1/me/attachments', async (route: Route) => {
      attempts++;
      if (attempts === 1)
        return route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'SERVICE_UNAVAILABLE', message: '服务正忙，请稍后重试。', requestId: 'r1' } }),
        });
      if (attempts === 3) await held;
      return route.continue();
    });
    await pickFiles(page, [{ name: '缴款凭证.png', mimeType: 'image/png', buffer: PNG }]);
    await current(page).getByRole('alert').filter({ hasText: '服务正忙' }).waitFor({ timeout: 30_000 });
    await picture(page, 'business-upload-failed');
    await current(page).getByRole('button', { name: '重试上传第 1 个文件' }).click();
    await current(page).getByText('已上传').first().waitFor({ timeout: 30_000 });

    await pickFiles(page, [{ name: '整改报告.pdf', mimeType: 'application/pdf', buffer: PDF }]);
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
    await picture(page, 'business-uploading');
    release();
    await expect.poll(() => current(page).getByText('已上传').count(), { timeout: 30_000 }).toBe(2);
    await page.unroute('**/api/v1/me/attachments');
    await picture(page, 'business-files');
    findings.repair = await seriousFindings(page);

    // 核对信息 shows what will be sent; a double tap on submit files one application.
    await next.click();
    const review = current(page).locator('.xy-review');
    await review.waitFor();
    const reviewed = (await review.textContent()) ?? '';
    for (const part of [REPAIRABLE, '缴款凭证.png', '整改报告.pdf', '信用承诺书', '0 元']) expect(reviewed).toContain(part);
    await picture(page, 'business-review');
    findings.review = await seriousFindings(page);
    const posts: { key: string | undefined }[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/me/repairs')) posts.push({ key: r.headers()['idempotency-key'] });
    });
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/repairs') && r.request().method() === 'POST');
    await current(page).locator('.nut-button', { hasText: '确认提交修复申请' }).dblclick();
    const application = await (await answer).json();
    await current(page).getByText('信用修复申请已提交').waitFor({ timeout: 30_000 });
    expect(posts).toHaveLength(1);
    const confirmation = (await current(page).locator('.xy-confirmation').textContent()) ?? '';
    // The receipt: 受理编号, 查询码, and the deadline the API answered, never one the app worked out.
    expect(confirmation).toContain(application.id);
    expect(confirmation).toContain(application.queryCode);
    const [y, m, d] = String(application.decideBy).split('-');
    expect(confirmation).toContain(`${y}年${Number(m)}月${Number(d)}日 前办结`);
    expect(confirmation).toContain('2 份');
    await picture(page, 'business-confirmation');
    findings.confirmation = await seriousFindings(page);

    // Anyone with the query code, typed in groups with hyphens, sees the progress without logging in.
    const other = await openPhone(browser, system.origin, '/pkg-entity/progress/index');
    const code = String(application.queryCode);
    const field = current(other.page).locator('input[aria-label="查询码"]');
    await field.fill(`${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8).toLowerCase()}`);
    await field.press('Enter');
    await current(other.page).getByText('办结期限').waitFor({ timeout: 30_000 });

    // The reviewer approves; the record leaves the public profile.
    const reviewer = apiClient(system.origin);
    await reviewer.staff.login('reviewer-shizhong', 'demo-shizhong-2026');
    const staffCase = await reviewer.staff.getCase<{ attachments: { mediaType: string }[] }>('repair', application.id, '审核信用修复材料');
    expect(staffCase.attachments.map((a) => a.mediaType)).toEqual(['image/png', 'application/pdf']);
    await reviewer.staff.decideRepair(application.id, { outcome: 'approved', reason: '已缴清罚款并完成整改，准予修复。' });
    const profile = await apiClient(system.origin).entities.profile(XIAOCHI.code);
    expect(profile.penalties.map((p) => p.decisionNo)).not.toContain(REPAIRABLE);

    expect(Object.fromEntries(Object.entries(findings).filter(([, v]) => v.length > 0))).toEqual({});
    expect(unexpected(problems, /status of 503 \(Service Unavailable\)/)).toEqual([]);
    expect(other.problems).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('is told how to get access when the account cannot act for the business', async () => {
    const { context, page, problems } = await openPhone(
      browser,
      system.origin,
      `/pkg-my/repair-start/index?code=${XIAOCHI.code}&decisionNo=${encodeURIComponent('济市中市监罚〔示例〕5号')}`,
    );
    await press(page, '去登录');
    await agreeAndLogin(page, '示例身份：赵女士', '您的账号不能代办这家单位');
    expect(await current(page).textContent()).toContain('授权委托书');
    await picture(page, 'business-cannot-act');
    expect(await seriousFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
