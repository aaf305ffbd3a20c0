import { createClient } from '@xinyong/api-client';
import {
  type AxeViolation,
  apiRefusal,
  attach,
  checkScreen,
  chinaDateOf,
  chinaNight,
  current,
  go,
  logIn,
  photo,
  press,
  useSystem,
  writtenDate,
} from '@xinyong/test-support';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// The personal journeys of the h5 mini-program with the development identity provider: a demo citizen logs in,
// files an objection, applies for repair; a demo reviewer approves it through the API; the public profile changes.
// All of it at night: the whole system runs with its clock at 02:30 China time, and so does every person's phone,
// the hours when a date taken from a UTC timestamp is a day behind.
const NIGHT = chinaNight();
const XIAOCHI = '示例泉城小吃店';
const ZHANG_PENALTY = '济城管罚〔示例〕8号';
const XIAOCHI_REPAIRABLE = '济市中市监罚〔示例〕11号';

const run = useSystem({ clockAt: NIGHT });
const findings: Record<string, AxeViolation[]> = {};

/** A person's phone on the app, at the hour the system's clock shows now. */
function openAtNight(route: string, elder = false) {
  return run.app({ route, elder });
}

async function screen(page: Page, name: string, elder = false) {
  findings[`${name}${elder ? '-elder' : ''}`] = await checkScreen(page, name, elder);
}

async function pickPhoto(page: Page) {
  await attach(page, [photo('proof.png')]);
  await current(page)
    .getByRole('img', { name: /第 1 个文件：照片 proof\.png/ })
    .waitFor({ timeout: 30_000 });
  await current(page).getByText('已上传').first().waitFor({ timeout: 30_000 });
}

describe('a citizen', () => {
  it('logs in with a demo identity, files an objection with a photo, and sees it pending', async () => {
    const person = await openAtNight('/pages/me/index');
    const { page } = person;
    await logIn(page, '示例身份：张先生');
    await screen(page, 'me-verified');

    await current(page).getByText('我的信用记录').click();
    const record = current(page).locator('.xy-card', { hasText: ZHANG_PENALTY });
    await record.waitFor({ timeout: 30_000 });
    await screen(page, 'records');
    // Nothing personal in the address: record ids are opaque, names and ID numbers never appear.
    expect(page.url()).not.toMatch(/\d{17}[\dX]/);

    await record.locator('.nut-button', { hasText: '提出异议' }).click();
    await current(page).locator('textarea').waitFor();
    expect(page.url()).toContain('recordId=');
    await current(page).locator('textarea').fill('这次占道经营的处罚记录有误：当天我在外地出差，有火车票为证。');
    await pickPhoto(page);
    await screen(page, 'objection-new');
    // 核对信息 before anything is sent.
    await press(page, '下一步：核对信息');
    await current(page).locator('.xy-review').waitFor();

    // A double tap files one objection, not two.
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/me/objections')) posts.push(r.url());
    });
    const submit = current(page).locator('.nut-button', { hasText: '确认提交' });
    await submit.dblclick();
    await current(page).getByText('答复期限').waitFor({ timeout: 30_000 });
    expect(posts).toHaveLength(1);
    const detail = await current(page).textContent();
    expect(detail).toContain('已提交，待受理');
    expect(detail).toContain('办理经过');
    await screen(page, 'objection');

    await go(page, '/pkg-my/objections/index');
    await current(page).locator('.xy-card', { hasText: '提交于' }).first().waitFor();
    expect(await current(page).locator('.xy-card', { hasText: '提交于' }).count()).toBe(1);
    expect(await current(page).textContent()).toContain('已提交，待受理');
    await screen(page, 'objections');

    await go(page, '/pkg-my/records/index');
    // A natural person's record is never public, so it is not marked 异议处理中 there; the record says the objection is pending.
    await current(page)
      .locator('.xy-card', { hasText: ZHANG_PENALTY })
      .getByText('查看异议（已提交，待受理）')
      .first()
      .waitFor({ timeout: 30_000 });

    // Who looked at my data, and when: in China time, on tonight's date, not yesterday's.
    await go(page, '/pkg-my/access-log/index');
    await current(page).getByText('了您的信息').first().waitFor({ timeout: 30_000 });
    const tonight = chinaDateOf(run.system.now());
    // The phone says it is the middle of the night too.
    expect([2, 3]).toContain(await page.evaluate(() => new Date().getHours()));
    expect(await current(page).textContent()).toMatch(new RegExp(`${writtenDate(tonight)} 0[23]:\\d\\d`));

    for (const [route, name, text] of [
      ['/pkg-my/access-log/index', 'access-log', '了您的信息'],
      ['/pkg-my/commitments/index', 'commitments', '现行承诺书'],
      ['/pkg-my/export/index', 'export', '保存报告（文本文件）'],
      ['/pkg-benefit/mine/index', 'my-benefits', '提供方'],
      ['/pkg-my/repairs/index', 'repairs-empty', '还没有修复申请'],
      ['/pkg-my/verify/index', 'verify', '只能在“信用山东”微信小程序中完成'],
    ] as const) {
      await go(page, route);
      await current(page).getByText(text).first().waitFor({ timeout: 30_000 });
      await screen(page, name);
    }

    // Nothing personal is ever written to storage.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'xy.elderMode'))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);

    // Logging out drops everything: the personal pages show the login prompt, not the old answers.
    await go(page, '/pages/me/index');
    await press(page, '退出登录');
    await current(page).getByText('您已退出登录').waitFor();
    await go(page, '/pkg-my/records/index');
    await current(page).getByText('需要先登录并完成实名认证').waitFor();
    expect(await current(page).textContent()).not.toContain(ZHANG_PENALTY);
    await person.close();
  });

  it('goes back to login with a notice when the session expires, keeping which form was open', async () => {
    const person = await openAtNight('/pages/me/index');
    const { page } = person;
    // The browser logs the failure this test causes on purpose.
    person.allow(/status of 401/);
    await logIn(page, '示例身份：张先生');
    await current(page).getByText('我的信用记录').click();
    await current(page).locator('.xy-card', { hasText: ZHANG_PENALTY }).waitFor({ timeout: 30_000 });
    await page.route('**/api/v1/me/objections', apiRefusal(401, 'SESSION_EXPIRED', '登录已过期，请重新登录'));
    await go(page, '/pkg-my/objections/index');
    await current(page).getByText('已自动退出').waitFor({ timeout: 30_000 });
    await page.unroute('**/api/v1/me/objections');
    await screen(page, 'me-session-expired');
    await person.close();
  });
});

describe('at night, the objection filed above', () => {
  // Between 00:00 and 08:00 China time a date taken from the UTC string (createdAt.slice(0, 10)) is yesterday's.
  it('is listed as filed tonight, not yesterday', async () => {
    const person = await openAtNight('/pages/me/index');
    const { page } = person;
    await logIn(page, '示例身份：张先生');
    await go(page, '/pkg-my/objections/index');
    const card = current(page).locator('.xy-card', { hasText: '提交于' }).first();
    await card.waitFor({ timeout: 30_000 });
    expect(await card.textContent()).toContain(`提交于 ${writtenDate(chinaDateOf(run.system.now()))}`);
    await person.close();
  });
});

describe('a business owner', () => {
  it('applies for repair, follows the progress, and after approval the record leaves the public profile', async () => {
    const person = await openAtNight('/pages/me/index');
    const { page } = person;
    await logIn(page, '示例身份：李先生');
    await current(page).locator('.nut-button', { hasText: '以这家单位办理' }).first().click();
    await current(page).getByText(`正在代办：${XIAOCHI}`).waitFor({ timeout: 30_000 });
    await screen(page, 'me-acting-for');

    await current(page).getByText('我的信用记录').click();
    const record = current(page).locator('.xy-card', { hasText: XIAOCHI_REPAIRABLE });
    await record.waitFor({ timeout: 30_000 });
    await record.locator('.nut-button', { hasText: '申请信用修复' }).click();
    await current(page).locator('.xy-tag', { hasText: '现在可以申请' }).waitFor({ timeout: 30_000 });
    expect(await current(page).textContent()).toContain('免费');
    await screen(page, 'repair-eligibility');

    await pickPhoto(page);
    await current(page)
      .getByRole('checkbox', { name: /我已阅读并承诺/ })
      .click();
    await screen(page, 'repair-apply');
    await press(page, '下一步：核对信息');
    await press(page, '确认提交修复申请');
    await current(page).getByText('查询码').first().waitFor({ timeout: 30_000 });
    const detail = (await current(page).textContent()) ?? '';
    expect(detail).toContain('个工作日');
    expect(detail).toContain('免费');
    const queryCode = (await current(page).locator('.xy-repair-detail__code').textContent())?.trim() ?? '';
    expect(queryCode.length).toBeGreaterThanOrEqual(6);
    await screen(page, 'repair-detail');

    // Anyone with the query code sees the steps, without logging in and without personal data.
    const other = await openAtNight('/pkg-entity/progress/index');
    await current(other.page).locator('input[aria-label="查询码"]').fill(queryCode);
    await press(other.page, '查询进度');
    await current(other.page).getByText('办结期限').waitFor({ timeout: 30_000 });
    await screen(other.page, 'progress');
    expect(other.page.url()).not.toContain(queryCode);

    // The reviewer of the deciding department approves through the API.
    const staff = createClient({ baseURL: `${run.system.origin}/api/v1`, retryBaseDelayMs: 0 });
    await staff.staff.login('reviewer-shizhong', 'demo-shizhong-2026');
    const queue = await staff.staff.queue('repair');
    const item = queue.items.find((i) => i.status === 'submitted') ?? queue.items[0];
    expect(item).toBeDefined();
    await staff.staff.decideRepair(item?.id ?? '', { outcome: 'approved', reason: '已缴清罚款并作出信用承诺，准予修复。' });

    await press(other.page, '查询进度');
    await current(other.page).getByText('已修复').first().waitFor({ timeout: 30_000 });
    await other.close();

    // The public profile no longer shows the penalty.
    const pub = await openAtNight('/pages/index/index');
    await current(pub.page).locator('input[aria-label="企业名称或统一社会信用代码"]').fill('泉城小吃');
    await press(pub.page, '查询');
    await current(pub.page).locator('.xy-home__result', { hasText: XIAOCHI }).click();
    await current(pub.page).getByText('行政处罚（').waitFor({ timeout: 30_000 });
    expect(await current(pub.page).textContent()).not.toContain(XIAOCHI_REPAIRABLE);
    await pub.close();

    // And the owner's records show it as repaired.
    await go(page, '/pages/me/index');
    await go(page, '/pkg-my/records/index');
    await current(page).locator('.xy-card', { hasText: XIAOCHI_REPAIRABLE }).getByText('已修复').first().waitFor({ timeout: 30_000 });
    await screen(page, 'records-repaired');
    await person.close();
  });
});

describe('长辈模式 on the personal screens', () => {
  it('renders every personal screen in large type', async () => {
    const person = await openAtNight('/pages/me/index', true);
    const { page } = person;
    await logIn(page, '示例身份：赵女士');
    await screen(page, 'me-verified', true);
    for (const [route, name, text] of [
      ['/pkg-my/records/index', 'records', '已修复'],
      ['/pkg-my/access-log/index', 'access-log', '了您的信息'],
      ['/pkg-my/objections/index', 'objections', '我的异议'],
      ['/pkg-my/repairs/index', 'repairs', '我的信用修复'],
      ['/pkg-my/commitments/index', 'commitments', '现行承诺书'],
      ['/pkg-my/export/index', 'export', '保存报告（文本文件）'],
      ['/pkg-benefit/mine/index', 'my-benefits', '提供方'],
      ['/pkg-my/verify/index', 'verify', '身份证号'],
    ] as const) {
      await go(page, route);
      await current(page).getByText(text).first().waitFor({ timeout: 30_000 });
      expect(await current(page).locator('.xy-page.xy-elder').count()).toBe(1);
      await screen(page, name, true);
    }
    await person.close();
  });
});

describe('accessibility', () => {
  it('finds no serious or critical axe violation on any screen visited', () => {
    expect(Object.keys(findings).length).toBeGreaterThan(15);
    expect(Object.fromEntries(Object.entries(findings).filter(([, v]) => v.length > 0))).toEqual({});
  });
});
