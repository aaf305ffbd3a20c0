import { readFileSync } from 'node:fs';
import { current, go, launchChromium, press, type RunningSystem, startSystem } from '@xinyong/test-support';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreeAndLogin, apiClient, chinaDate, openPhone, PNG, pickFiles, picture, seriousFindings, unexpected } from './journeys-support';

// A citizen objects to a record and keeps their work through a lost answer and an expired session, reads their data
// as a report, controls their consent, and is asked to verify again after five minutes away.
const ZHANG_PENALTY = '济城管罚〔示例〕8号';
const REASON = '这次占道经营的处罚记录有误：当天我在外地出差，有火车票为证。';

let system: RunningSystem;
let browser: Browser;
beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const objectionPosts = (r: Request) => r.method() === 'POST' && r.url().endsWith('/api/v1/me/objections');

describe('a citizen filing an objection', () => {
  it('keeps one application through a lost answer and an expired session, confirms it, and sees it corrected', async () => {
    const { context, page, problems } = await openPhone(browser, system.origin, '/pkg-my/records/index');
    // Asked for a personal page first: after login the person is back on it.
    await press(page, '去登录');
    await agreeAndLogin(page, '示例身份：张先生', ZHANG_PENALTY);
    expect(page.url()).toContain('/pkg-my/records/index');

    await current(page).locator('.xy-card', { hasText: ZHANG_PENALTY }).locator('.nut-button', { hasText: '提出异议' }).click();
    await current(page).locator('textarea').fill(REASON);
    await pickFiles(page, [{ name: '火车票.png', mimeType: 'image/png', buffer: PNG }]);
    await current(page).getByText('已上传').waitFor({ timeout: 30_000 });
    await press(page, '下一步：核对信息');
    const review = current(page).locator('.xy-review');
    await review.waitFor();
    expect(await review.textContent()).toContain(REASON);
    expect(await review.textContent()).toContain('火车票.png');
    await picture(page, 'citizen-objection-review');
    expect(await seriousFindings(page)).toEqual([]);

    // 1. The session expires as the person submits: back to login, then back to the form with everything kept.
    const keys: string[] = [];
    page.on('request', (r) => {
      if (objectionPosts(r)) keys.push(r.headers()['idempotency-key'] ?? '');
    });
    await page.route('**/api/v1/me/objections', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'SESSION_EXPIRED', message: '登录已过期，请重新登录', requestId: 'r1' } }),
      }),
    );
    await press(page, '确认提交');
    await current(page).getByText('您填写的内容还在').waitFor({ timeout: 30_000 });
    await page.unroute('**/api/v1/me/objections');
    await picture(page, 'citizen-session-expired');
    await press(page, '示例身份：张先生');
    await current(page).getByText('已为您保留重新登录前填写的内容和文件').waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('/pkg-my/objection-new/index');
    expect(await current(page).locator('.xy-review').textContent()).toContain(REASON);
    await picture(page, 'citizen-objection-resumed');

    // 2. The answer is lost on the way back (the server filed it): the second tap gets the same objection back.
    let lost = 0;
    await page.route('**/api/v1/me/objections', async (route) => {
      if (route.request().method() !== 'POST' || lost >= 3) return route.continue();
      lost++;
      await route.fetch();
      return route.abort('connectionreset');
    });
    await press(page, '确认提交');
    await current(page).getByText('网络连接失败').waitFor({ timeout: 30_000 });
    await press(page, '确认提交');
    await current(page).getByText('异议已提交').waitFor({ timeout: 30_000 });
    await page.unroute('**/api/v1/me/objections');
    expect(new Set(keys).size).toBe(1);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    const confirmation = (await current(page).locator('.xy-confirmation').textContent()) ?? '';
    const id = /受理编号([2-9A-Z]{12})/.exec(confirmation)?.[1] ?? '';
    expect(id).toHaveLength(12);
    expect(confirmation).toContain('前决定是否受理');
    await picture(page, 'citizen-objection-confirmation');
    expect(await seriousFindings(page)).toEqual([]);

    // One objection on the server, and the list dates it in China time.
    const zhang = apiClient(system.origin);
    await zhang.auth.devLogin('zhang');
    const mine = (await zhang.objections.list()).items;
    expect(mine.filter((o) => o.reason === REASON)).toHaveLength(1);
    await go(page, '/pkg-my/objections/index');
    await current(page)
      .getByText(`提交于 ${chinaDate(mine[0]?.createdAt ?? '')}`)
      .waitFor({ timeout: 30_000 });
    await picture(page, 'citizen-objections');

    // The department corrects the record: the person's list shows the corrected text and says so.
    const reviewer = apiClient(system.origin);
    await reviewer.staff.login('reviewer-chengguan', 'demo-chengguan-2026');
    await reviewer.staff.decideObjection(id, {
      outcome: 'corrected',
      reason: '经核实，当事人当天不在现场，处罚内容更正。',
      correction: { content: '警告（经异议核实更正）' },
    });
    await go(page, '/pages/me/index');
    await go(page, '/pkg-my/records/index');
    const corrected = current(page).locator('.xy-card', { hasText: ZHANG_PENALTY });
    await corrected.getByText('经异议核实更正了处罚内容').waitFor({ timeout: 30_000 });
    expect(await corrected.textContent()).toContain('警告（经异议核实更正）');
    await picture(page, 'citizen-record-corrected');
    expect(unexpected(problems, /status of 401 \(Unauthorized\)/, /ERR_CONNECTION_RESET/)).toEqual([]);
    await context.close();
  });
});

describe('my data, readable', () => {
  it('gives a report in Chinese with China-time dates, to print or save, and the JSON as a second download', async () => {
    const { context, page, problems } = await openPhone(browser, system.origin, '/pages/me/index');
    await agreeAndLogin(page, '示例身份：赵女士');
    await current(page).getByText('导出我的数据').click();
    await current(page).getByText('谁查看了我的信息（').waitFor({ timeout: 30_000 });
    const text = (await current(page).textContent()) ?? '';
    for (const part of ['我的信用记录（', '我提出的异议（', '我的信用修复申请（', '我签署的信用承诺（', '决定书文号', '承诺书版本'])
      expect(text).toContain(part);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const zhao = apiClient(system.origin);
    await zhao.auth.devLogin('zhao');
    const exported = await zhao.me.export();
    expect(text).toContain(`签署日期${exported.commitments[0]?.signedOn.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}`);
    await current(page).locator('.nut-button', { hasText: '打印或存为 PDF' }).waitFor();
    await picture(page, 'citizen-export');
    expect(await seriousFindings(page)).toEqual([]);

    const report = page.waitForEvent('download');
    await press(page, '保存报告（文本文件）');
    const saved = await report;
    expect(saved.suggestedFilename()).toMatch(/^信用山东-我的数据-\d{4}-\d{2}-\d{2}\.txt$/);
    const body = readFileSync((await saved.path()) ?? '', 'utf8');
    expect(body).toContain('一、本人信息');
    expect(body).toContain('谁查看了我的信息');
    const json = page.waitForEvent('download');
    await press(page, '下载数据文件（JSON）');
    const data = JSON.parse(readFileSync((await (await json).path()) ?? '', 'utf8'));
    expect(data.person.nameMasked).toBe('赵**');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('consent a person controls', () => {
  it('declining leaves the public features working; the full notice is one tap away', async () => {
    const { context, page, problems } = await openPhone(browser, system.origin, '/pages/me/index');
    await current(page).getByText('登录前，请先了解我们收集什么').waitFor();
    await current(page).getByRole('link', { name: '阅读完整的《隐私保护指引》' }).click();
    await current(page).getByText('谁在处理您的信息').waitFor();
    const notice = (await current(page).textContent()) ?? '';
    for (const part of ['运营单位', '个人信息保护联系电话', '保存多久', '撤回同意', '示例']) expect(notice).toContain(part);
    await picture(page, 'privacy-notice');
    expect(await seriousFindings(page)).toEqual([]);
    await current(page).getByRole('button', { name: '返回上一页' }).click();
    await press(page, '暂不同意');
    await current(page).getByText('您选择了暂不同意').waitFor();
    await picture(page, 'privacy-declined');
    await press(page, '去查企业信用');
    await current(page).locator('input[aria-label="企业名称或统一社会信用代码"]').fill('华夏贸易');
    await press(page, '查询');
    await current(page).locator('.xy-home__result').first().waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('withdrawing consent logs the person out and forgets them on the phone', async () => {
    const { context, page, problems } = await openPhone(browser, system.origin, '/pages/me/index');
    await agreeAndLogin(page, '示例身份：张先生');
    await press(page, '撤回同意');
    await press(page, '确认撤回并退出');
    await current(page).getByText('您已撤回同意并退出登录').waitFor({ timeout: 30_000 });
    await current(page).getByText('登录前，请先了解我们收集什么').waitFor();
    await picture(page, 'privacy-withdrawn');
    await go(page, '/pkg-my/records/index');
    await current(page).getByText('需要先登录并完成实名认证').waitFor();
    expect(await current(page).textContent()).not.toContain(ZHANG_PENALTY);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'xy.elderMode'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('after five minutes away from 我的信用 asks for verification again before showing anything personal', async () => {
    const { context, page, problems } = await openPhone(browser, system.origin, '/pages/me/index', { clock: true });
    await agreeAndLogin(page, '示例身份：张先生');
    await current(page).getByText('我的信用记录').click();
    await current(page).locator('.xy-card', { hasText: ZHANG_PENALTY }).waitFor({ timeout: 30_000 });
    await current(page).getByRole('link', { name: '回到首页' }).click();
    await current(page).getByText('查企业信用').waitFor();
    await page.clock.fastForward('05:01');
    await page.locator('.weui-tabbar__item', { hasText: '我的信用' }).click();
    await current(page).getByText('离开“我的信用”超过 5 分钟').waitFor({ timeout: 30_000 });
    await picture(page, 'privacy-forgotten');
    await go(page, '/pkg-my/records/index');
    await current(page).getByText('需要先登录并完成实名认证').waitFor();
    expect(await current(page).textContent()).not.toContain(ZHANG_PENALTY);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('信易+ and the guides', () => {
  it('a failing criterion leads to the action that fixes it, and every benefit says how to apply', async () => {
    const { context, page, problems } = await openPhone(browser, system.origin, '/pkg-benefit/mine/index');
    await press(page, '去登录');
    await agreeAndLogin(page, '示例身份：李先生', '签署信用承诺');
    await picture(page, 'benefits-mine');
    await current(page).locator('.nut-button', { hasText: '签署信用承诺' }).first().click();
    await press(page, '为信易+ 申请签署承诺');
    await current(page)
      .getByRole('checkbox', { name: /我已阅读并承诺/ })
      .click();
    await press(page, '下一步：核对信息');
    await press(page, '确认签署');
    await current(page).getByText('信用承诺已签署').waitFor({ timeout: 30_000 });
    await picture(page, 'commitment-signed');

    await go(page, '/pkg-benefit/detail/index?id=loan-sme-credit');
    await current(page).getByText('受理单位').waitFor({ timeout: 30_000 });
    const detail = (await current(page).textContent()) ?? '';
    for (const part of ['办理渠道', '咨询电话', '在线办理', '示例']) expect(detail).toContain(part);
    await picture(page, 'benefit-how-to-apply');
    expect(await seriousFindings(page)).toEqual([]);

    // The policy text links to the guide it names, inside the app.
    await go(page, '/pkg-policy/article/index?id=section-6');
    await current(page).getByRole('link', { name: '信用修复办事指南' }).click();
    await current(page).getByText('怎么申请').first().waitFor();
    expect(page.url()).toContain('id=guide-repair');
    expect(await current(page).textContent()).toContain('我是经营者，申请信用修复');

    // A query code that does not exist: what to do instead, and no useless 重试.
    await go(page, '/pkg-entity/progress/index');
    await current(page).locator('input[aria-label="查询码"]').fill('ZZZZ-ZZZZ-ZZZZ');
    await press(page, '查询进度');
    await current(page).getByText('可以这样找到查询码').waitFor({ timeout: 30_000 });
    expect(await current(page).locator('.nut-button', { hasText: '重试' }).count()).toBe(0);
    await picture(page, 'progress-not-found');
    expect(await seriousFindings(page)).toEqual([]);
    expect(unexpected(problems, /status of 404 \(Not Found\)/)).toEqual([]);
    await context.close();
  });
});
