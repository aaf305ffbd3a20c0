import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@xinyong/api-client';
import {
  apiRefusal,
  attach,
  checkScreen,
  chinaDateOf,
  current,
  DAY_AND_NIGHT,
  go,
  logIn,
  loseAnswers,
  openPerson,
  pdfFile,
  photo,
  press,
  ROOT,
  screenshotDir,
  shoot,
  useSystem,
  writtenDate,
} from '@xinyong/test-support';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// A citizen objects to a record with a photo and a PDF and keeps their work through a lost answer and an expired
// session, reads their data as a report, controls their consent, and is asked to verify again after five minutes
// away; a benefit seeker follows a failing criterion to its fix. By day, and with the whole system and the phone at
// 02:30 China time, when a date taken from a UTC string is a day behind.
const ZHANG_PENALTY = '济城管罚〔示例〕8号';
const REASON = '这次占道经营的处罚记录有误：当天我在外地出差，有火车票为证。';

/** Who runs the service, what it collects and how long it keeps it, as the deployment wrote it down. */
const OPERATOR = parse(readFileSync(join(ROOT, 'content', 'operator.yaml'), 'utf8')) as {
  operator: string;
  phone: string;
  email: string;
  collected: { what: string; why: string }[];
  notCollected: string[];
  retention: { what: string; howLong: string }[];
};

const objectionPosts = (r: Request) => r.method() === 'POST' && r.url().endsWith('/api/v1/me/objections');
/** An instant of the API as a screen writes it in China: 2026年5月20日 02:31. */
const chinaTime = (iso: string) => {
  const china = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${writtenDate(china.slice(0, 10))} ${china.slice(11, 16)}`;
};

describe.each(DAY_AND_NIGHT)('$when', ({ clockAt, suffix }) => {
  const run = useSystem({ clockAt });
  // The phone's clock shows what the system's clock shows (and a test can move it on).
  const phone = (route: string) => run.app({ route });
  const api = () => createClient({ baseURL: `${run.system.origin}/api/v1`, retryBaseDelayMs: 0 });

  describe('a citizen filing an objection', () => {
    it('keeps one application through a lost answer and an expired session, confirms it, and sees it corrected', async () => {
      const person = await phone('/pkg-my/records/index');
      const { page } = person;
      // The expired session and the lost answer are caused on purpose; the browser logs both.
      person.allow(/status of 401 \(Unauthorized\)/);
      person.allow(/ERR_CONNECTION_RESET/);
      // Asked for a personal page first: after login the person is back on it.
      await press(page, '去登录');
      await logIn(page, '示例身份：张先生', ZHANG_PENALTY);
      expect(page.url()).toContain('/pkg-my/records/index');

      await current(page).locator('.xy-card', { hasText: ZHANG_PENALTY }).locator('.nut-button', { hasText: '提出异议' }).click();
      await current(page).locator('textarea').fill(REASON);
      // A photo of the ticket and the business trip's order as a PDF.
      await attach(page, [photo('火车票.png')]);
      await current(page).getByText('已上传').waitFor({ timeout: 30_000 });
      await attach(page, [pdfFile('出差审批单.pdf')]);
      await expect.poll(() => current(page).getByText('已上传').count(), { timeout: 30_000 }).toBe(2);
      await press(page, '下一步：核对信息');
      const review = current(page).locator('.xy-review');
      await review.waitFor();
      expect(await review.textContent()).toContain(REASON);
      expect(await review.textContent()).toContain('火车票.png');
      expect(await review.textContent()).toContain('出差审批单.pdf');
      expect(await checkScreen(page, `citizen-objection-review${suffix}`, false)).toEqual([]);

      // 1. The session expires as the person submits: back to login, then back to the form with everything kept.
      const keys: string[] = [];
      page.on('request', (r) => {
        if (objectionPosts(r)) keys.push(r.headers()['idempotency-key'] ?? '');
      });
      await page.route('**/api/v1/me/objections', apiRefusal(401, 'SESSION_EXPIRED', '登录已过期，请重新登录'));
      await press(page, '确认提交');
      await current(page).getByText('您填写的内容还在').waitFor({ timeout: 30_000 });
      await page.unroute('**/api/v1/me/objections');
      await shoot(page, `citizen-session-expired${suffix}`, false);
      await press(page, '示例身份：张先生');
      await current(page).getByText('已为您保留重新登录前填写的内容和文件').waitFor({ timeout: 30_000 });
      expect(page.url()).toContain('/pkg-my/objection-new/index');
      const resumed = (await current(page).locator('.xy-review').textContent()) ?? '';
      expect(resumed).toContain(REASON);
      expect(resumed).toContain('出差审批单.pdf');
      await shoot(page, `citizen-objection-resumed${suffix}`, false);

      // 2. The answer is lost on the way back (the server filed it): the second tap gets the same objection back.
      await loseAnswers(page, '**/api/v1/me/objections', 3);
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
      expect(await checkScreen(page, `citizen-objection-confirmation${suffix}`, false)).toEqual([]);

      // One objection on the server, with both files, and the list dates it in China time.
      const zhang = api();
      await zhang.auth.devLogin('zhang');
      const mine = (await zhang.objections.list()).items.filter((o) => o.reason === REASON);
      expect(mine).toHaveLength(1);
      expect(mine[0]?.attachments.map((a) => a.mediaType)).toEqual(['image/png', 'application/pdf']);
      await go(page, '/pkg-my/objections/index');
      await current(page)
        .getByText(`提交于 ${writtenDate(chinaDateOf(new Date(mine[0]?.createdAt ?? '')))}`)
        .waitFor({ timeout: 30_000 });
      await shoot(page, `citizen-objections${suffix}`, false);

      // The department corrects the record: the person's list shows the corrected text and says so.
      const reviewer = api();
      await reviewer.staff.login('reviewer-chengguan', 'demo-chengguan-2026');
      await reviewer.staff.decideObjection(id, { outcome: 'accepted', reason: '予以受理，核实当天的现场记录。' });
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
      await shoot(page, `citizen-record-corrected${suffix}`, false);
      await person.close();
    });
  });

  describe('my data, readable', () => {
    it('gives a report in Chinese with China-time dates, to print or save, and the JSON as a second download', async () => {
      const since = new Date(run.system.now().getTime() - 1_000).toISOString();
      const person = await phone('/pages/me/index');
      const { page } = person;
      await logIn(page, '示例身份：赵女士');
      await current(page).getByText('导出我的数据').click();
      await current(page).getByText('谁查看了我的信息（').waitFor({ timeout: 30_000 });
      const text = (await current(page).textContent()) ?? '';
      for (const part of ['我的信用记录（', '我提出的异议（', '我的信用修复申请（', '我签署的信用承诺（', '决定书文号', '承诺书版本'])
        expect(text).toContain(part);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      const zhao = api();
      await zhao.auth.devLogin('zhao');
      const exported = await zhao.me.export();
      expect(text).toContain(`签署日期${writtenDate(exported.commitments[0]?.signedOn ?? '')}`);
      // The looks at the data during this test are dated and timed in China time.
      const looks = exported.accessLog.map((e) => e.at).filter((at) => at >= since);
      expect(looks.length).toBeGreaterThan(0);
      expect(text).toContain(chinaTime(looks.sort()[0] ?? ''));
      await current(page).locator('.nut-button', { hasText: '打印或存为 PDF' }).waitFor();
      expect(await checkScreen(page, `citizen-export${suffix}`, false)).toEqual([]);

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
      // The report is named by the China date of the export (at 02:30 the UTC date is yesterday's).
      expect(saved.suggestedFilename()).toContain(chinaDateOf(new Date(data.exportedAt)));
      await person.close();
    });
  });

  describe('consent a person controls', () => {
    it('declining leaves the public features working; the full notice is one tap away', async () => {
      const person = await phone('/pages/me/index');
      const { page } = person;
      await current(page).getByText('登录前，请先了解我们收集什么').waitFor();
      await current(page).getByRole('link', { name: '阅读完整的《隐私保护指引》' }).click();
      await current(page).getByText('谁在处理您的信息').waitFor();
      const notice = (await current(page).textContent()) ?? '';
      for (const part of ['运营单位', '个人信息保护联系电话', '保存多久', '撤回同意', '示例']) expect(notice).toContain(part);
      expect(await checkScreen(page, `privacy-notice${suffix}`, false)).toEqual([]);
      await current(page).getByRole('button', { name: '返回上一页' }).click();
      await press(page, '暂不同意');
      await current(page).getByText('您选择了暂不同意').waitFor();
      await shoot(page, `privacy-declined${suffix}`, false);
      await press(page, '去查企业信用');
      await current(page).locator('input[aria-label="企业名称或统一社会信用代码"]').fill('华夏贸易');
      await press(page, '查询');
      await current(page).locator('.xy-home__result').first().waitFor({ timeout: 30_000 });
      await person.close();
    });

    it('the app’s 隐私保护指引 and the site’s say the same, from content/operator.yaml, and the guide links to it', async () => {
      const person = await phone('/pkg-policy/privacy/index');
      await current(person.page).getByText('谁在处理您的信息').waitFor({ timeout: 30_000 });
      const inApp = (await current(person.page).textContent()) ?? '';
      const reader = await openPerson(run.browser);
      await reader.page.goto(`${run.system.origin}/guides/privacy/`);
      await reader.page.getByRole('link', { name: '隐私保护指引' }).first().click();
      await reader.page.getByRole('heading', { name: '隐私保护指引', level: 1 }).waitFor();
      expect(new URL(reader.page.url()).pathname).toBe('/privacy/');
      const onSite = (await reader.page.locator('main').textContent()) ?? '';
      for (const text of [inApp, onSite]) {
        for (const part of [OPERATOR.operator, OPERATOR.phone, OPERATOR.email]) expect(text).toContain(part);
        for (const c of OPERATOR.collected) expect(text).toContain(c.what);
        for (const n of OPERATOR.notCollected) expect(text).toContain(n);
        for (const r of OPERATOR.retention) expect(text).toContain(r.howLong);
      }
      await reader.page.screenshot({ path: join(screenshotDir('site'), `privacy-phone${suffix}.png`), fullPage: true });
      await reader.close();
      await person.close();
    });

    it('withdrawing consent logs the person out and forgets them on the phone', async () => {
      const person = await phone('/pages/me/index');
      const { page } = person;
      await logIn(page, '示例身份：张先生');
      await press(page, '撤回同意');
      await press(page, '确认撤回并退出');
      await current(page).getByText('您已撤回同意并退出登录').waitFor({ timeout: 30_000 });
      await current(page).getByText('登录前，请先了解我们收集什么').waitFor();
      await shoot(page, `privacy-withdrawn${suffix}`, false);
      await go(page, '/pkg-my/records/index');
      await current(page).getByText('需要先登录并完成实名认证').waitFor();
      expect(await current(page).textContent()).not.toContain(ZHANG_PENALTY);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'xy.elderMode'))).toEqual([]);
      await person.close();
    });

    it('after five minutes away from 我的信用 asks for verification again before showing anything personal', async () => {
      const person = await phone('/pages/me/index');
      const { page } = person;
      await logIn(page, '示例身份：张先生');
      await current(page).getByText('我的信用记录').click();
      await current(page).locator('.xy-card', { hasText: ZHANG_PENALTY }).waitFor({ timeout: 30_000 });
      await current(page).getByRole('link', { name: '回到首页' }).click();
      await current(page).getByText('查企业信用').waitFor();
      await page.clock.fastForward('05:01');
      await page.locator('.weui-tabbar__item', { hasText: '我的信用' }).click();
      await current(page).getByText('离开“我的信用”超过 5 分钟').waitFor({ timeout: 30_000 });
      await shoot(page, `privacy-forgotten${suffix}`, false);
      await go(page, '/pkg-my/records/index');
      await current(page).getByText('需要先登录并完成实名认证').waitFor();
      expect(await current(page).textContent()).not.toContain(ZHANG_PENALTY);
      await person.close();
    });
  });

  describe('a benefit seeker', () => {
    it('a failing criterion leads to the action that fixes it, and every benefit says how to apply', async () => {
      const person = await phone('/pkg-benefit/mine/index');
      const { page } = person;
      // The made-up query code below is answered 404 on purpose; the browser logs it.
      person.allow(/status of 404 \(Not Found\)/);
      await press(page, '去登录');
      await logIn(page, '示例身份：李先生', '签署信用承诺');
      await shoot(page, `benefits-mine${suffix}`, false);
      await current(page).locator('.nut-button', { hasText: '签署信用承诺' }).first().click();
      // The commitments page's own button has the same words: wait for that page before pressing it.
      await current(page).getByText('现行承诺书').waitFor({ timeout: 30_000 });
      await press(page, '签署信用承诺');
      await current(page)
        .getByRole('radio', { name: /申请信易\+ 激励措施/ })
        .click();
      await current(page)
        .getByRole('checkbox', { name: /我已阅读并承诺/ })
        .click();
      await press(page, '下一步：核对信息');
      await press(page, '确认签署');
      await current(page).getByText('信用承诺已签署').waitFor({ timeout: 30_000 });
      await shoot(page, `commitment-signed${suffix}`, false);

      await go(page, '/pkg-benefit/detail/index?id=loan-sme-credit');
      await current(page).getByText('受理单位').waitFor({ timeout: 30_000 });
      const detail = (await current(page).textContent()) ?? '';
      for (const part of ['办理渠道', '咨询电话', '在线办理', '示例']) expect(detail).toContain(part);
      expect(await checkScreen(page, `benefit-how-to-apply${suffix}`, false)).toEqual([]);

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
      expect(await checkScreen(page, `progress-not-found${suffix}`, false)).toEqual([]);
      await person.close();
    });
  });
});
