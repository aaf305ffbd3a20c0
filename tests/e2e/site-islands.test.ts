import { join } from 'node:path';
import type { RepairProgress } from '@xinyong/api-client';
import { axeViolations, openPerson, screenshotDir, startSite, tabTo, useSystem } from '@xinyong/test-support';
import { describe, expect, it } from 'vitest';
import { entityByStatus } from './registration';

// The two live pages of the site, driven in Chromium against the real API on the same origin.
const shots = screenshotDir('site');
const DEMO_QUERIES = ['华夏', '示例', '齐鲁', '贸易', '科技'];
const run = useSystem({}, startSite);

async function api(path: string, init?: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${run.system.origin}/api/v1${path}`, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const errorMessage = (body: Record<string, unknown>) => (body.error as { message: string }).message;

/** A name the API really has: the demo set is generated, so ask the API instead of guessing. */
async function demoEntityName(): Promise<string> {
  for (const q of DEMO_QUERIES) {
    const { status, body } = await api(`/entities?q=${encodeURIComponent(q)}`);
    const items = (body.items ?? []) as { name: string }[];
    if (status === 200 && items[0]) return items[0].name;
  }
  throw new Error(`The API found no entity for ${DEMO_QUERIES.join('、')}: npm start should seed the demo entities on first run.`);
}

describe('the mini-program beside the site', () => {
  it('is linked from the home page and served at /m/', async () => {
    const person = await openPerson(run.browser);
    const { page } = person;
    await page.goto(`${run.system.origin}/`);
    const link = page.getByRole('link', { name: '在网页版小程序中查看' });
    expect(await link.getAttribute('href')).toBe('/m/');
    const res = await fetch(`${run.system.origin}/m/`);
    expect(res.status, 'the h5 build (apps/miniprogram/dist/h5) must be served at /m/: run node scripts/setup.mjs').toBe(200);
    await person.close();
  });
});

describe('business lookup (/lookup/)', () => {
  it('finds a demo entity by name and shows its public profile', async () => {
    const name = await demoEntityName();
    const person = await openPerson(run.browser);
    const { page } = person;
    const calls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/')) calls.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(`${run.system.origin}/lookup/`);
    await page.getByLabel('企业名称或统一社会信用代码').fill(name);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    const result = page.locator('#lookup-results li').filter({ hasText: name }).first();
    await result.waitFor();
    await expect(result.textContent()).resolves.toMatch(/统一社会信用代码[0-9A-Z]{18}/);
    if (name.includes('示例')) await expect(result.locator('.example-tag').textContent()).resolves.toBe('示例');
    expect(new URL(page.url()).searchParams.get('q')).toBe(name);

    await result.getByRole('button', { name }).click();
    const heading = page.locator('#lookup-profile h2');
    await heading.waitFor();
    await expect(heading.textContent()).resolves.toContain(name);
    await expect(page.locator('#lookup-profile dl').first().textContent()).resolves.toMatch(/登记状态(存续|已注销|已吊销)/);
    // Focus moves to the profile so a screen reader hears it and a keyboard user continues from there.
    expect(await page.evaluate(() => document.activeElement?.closest('#lookup-profile') !== null)).toBe(true);
    const sections = await page.locator('#lookup-profile h3').allTextContents();
    for (const s of ['行政许可', '行政处罚（公示中）', '严重失信主体名单', '守信激励名单', '信用承诺'])
      expect(sections.some((t) => t.startsWith(s))).toBe(true);
    expect(calls).toContain('GET /api/v1/entities');
    expect(calls.some((c) => /^GET \/api\/v1\/entities\/[0-9A-Z]{18}$/.test(c))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'lookup-profile.png'), fullPage: true });
    await person.close();
  });

  it.each(['closed', 'active'] as const)('shows the 登记状态 of a business that is %s', async (wanted) => {
    const entity = await entityByStatus(run.system.origin, wanted);
    const person = await openPerson(run.browser);
    const { page } = person;
    await page.goto(`${run.system.origin}/lookup/?q=${encodeURIComponent(entity.name)}`);
    const result = page.locator('#lookup-results li').filter({ hasText: entity.code });
    await result.waitFor();
    // In the list only a closed business is marked; 存续 is the usual case.
    if (wanted === 'closed') await expect(result.textContent()).resolves.toContain(`登记状态${entity.label}`);
    else await expect(result.textContent()).resolves.not.toContain('登记状态');
    await result.getByRole('button').click();
    await page.locator('#lookup-profile h2').filter({ hasText: entity.name }).waitFor();
    await expect(page.locator('#lookup-profile dl').first().textContent()).resolves.toContain(`登记状态${entity.label}`);
    await person.close();
  });

  it('is done with the keyboard alone: Tab to the field, type, Enter, Tab to the result, Enter', async () => {
    const name = await demoEntityName();
    const person = await openPerson(run.browser);
    const { page } = person;
    await page.goto(`${run.system.origin}/lookup/`);
    await tabTo(page, page.getByLabel('企业名称或统一社会信用代码'));
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    const result = page.locator('#lookup-results li').filter({ hasText: name }).first();
    await result.waitFor();
    await tabTo(page, result.getByRole('button', { name }));
    await page.keyboard.press('Enter');
    await page.locator('#lookup-profile h2').filter({ hasText: name }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('#lookup-profile') !== null)).toBe(true);
    // Space works on the same button too, as on any button.
    await tabTo(page, result.getByRole('button', { name }), { back: true });
    await page.keyboard.press('Space');
    await page.locator('#lookup-profile h2').filter({ hasText: name }).waitFor();
    await person.close();
  });

  it('shows what the API says about a one-character query, without a pointless retry', async () => {
    const expected = await api(`/entities?q=${encodeURIComponent('华')}`);
    expect(expected.status).toBe(400);
    const person = await openPerson(run.browser);
    const { page } = person;
    // The browser logs the answer this test asks for.
    person.allow(/status of 400/);
    await page.goto(`${run.system.origin}/lookup/?q=${encodeURIComponent('华')}`);
    const alert = page.getByRole('alert');
    await alert.getByText(errorMessage(expected.body)).waitFor();
    expect(errorMessage(expected.body)).toMatch(/[\u4e00-\u9fff]/);
    expect(await alert.getByRole('button').count()).toBe(0);
    await person.close();
  });

  it('shows the reason an 18-character code is invalid', async () => {
    const code = '911100006000373411'; // the published example 91110000600037341L with a wrong check character
    const expected = await api(`/entities?q=${code}`);
    expect(expected.status).toBe(400);
    const person = await openPerson(run.browser);
    const { page } = person;
    // The browser logs the answer this test asks for.
    person.allow(/status of 400/);
    await page.goto(`${run.system.origin}/lookup/`);
    await page.getByLabel('企业名称或统一社会信用代码').fill(code);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('alert').getByText(errorMessage(expected.body)).waitFor();
    expect(errorMessage(expected.body)).toContain('校验码');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'lookup-error.png'), fullPage: true });
    await person.close();
  });

  it('offers a retry when the service cannot be reached', async () => {
    const person = await openPerson(run.browser);
    const { page } = person;
    // The browser logs the answer this test asks for.
    person.allow(/ERR_CONNECTION_REFUSED/);
    await page.route('**/api/v1/entities?**', (route) => route.abort('connectionrefused'));
    await page.goto(`${run.system.origin}/lookup/?q=${encodeURIComponent('华夏')}`);
    const alert = page.getByRole('alert');
    await alert.getByText('网络连接失败').waitFor({ timeout: 15_000 });
    await page.unroute('**/api/v1/entities?**');
    await alert.getByRole('button', { name: '重试' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /找到|没有找到/ })
      .waitFor();
    await person.close();
  });

  it('explains, without JavaScript, that the live lookup needs it and where else to look', async () => {
    const person = await openPerson(run.browser, { javaScriptEnabled: false });
    const { page } = person;
    await page.goto(`${run.system.origin}/lookup/?q=${encodeURIComponent('华夏')}`);
    const note = page.locator('main .panel').filter({ hasText: 'JavaScript' });
    await note.waitFor();
    expect(await note.getByRole('link').getAttribute('href')).toBe('/m/');
    await person.close();
  });
});

describe('repair progress (/repair-progress/)', () => {
  const madeUp = 'ZX9K2M7Q4T8W';

  it('sends the query code in a POST body and shows the API’s not-found message', async () => {
    const expected = await api('/repairs/progress', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queryCode: madeUp }),
    });
    expect(expected.status, 'POST /api/v1/repairs/progress should answer 404 for an unknown code').toBe(404);
    const person = await openPerson(run.browser);
    const { page } = person;
    // The browser logs the answer this test asks for.
    person.allow(/status of 404/);
    await page.goto(`${run.system.origin}/repair-progress/`);
    await page.getByLabel('查询码').fill(madeUp);
    const request = page.waitForRequest((r) => r.url().includes('/api/v1/repairs/progress'));
    await page.getByRole('button', { name: '查询进度' }).click();
    const sent = await request;
    expect(sent.method()).toBe('POST');
    expect(sent.postDataJSON()).toEqual({ queryCode: madeUp });
    expect(sent.url()).not.toContain(madeUp);
    await page.getByRole('alert').getByText(errorMessage(expected.body)).waitFor();
    expect(errorMessage(expected.body)).toMatch(/[\u4e00-\u9fff]/);
    expect(page.url()).not.toContain(madeUp);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'repair-progress-not-found.png'), fullPage: true });
    await person.close();
  });

  it('shows steps, the deadline in working days, 免费, the reason and the next step of a decided application', async () => {
    // No demo application has a known query code, so the answer is a contract-shaped stand-in for the API's.
    const rejected: RepairProgress = {
      status: 'rejected',
      statusLabel: '未通过',
      submittedOn: '2026-11-02',
      decideBy: '2026-11-16',
      deadlineWorkingDays: 10,
      deadlineEstimated: true,
      deadlineText: '山东省没有规定信用修复的办理天数，本系统要求部门在 10 个工作日内办结（不是法定期限）',
      decidedOn: '2026-11-12',
      feeYuan: 0,
      feeText: '免费办理，不收任何费用，也不需要找中介',
      steps: [
        { label: '已提交', done: true, date: '2026-11-02' },
        { label: '审核中', done: true, date: '2026-11-03' },
        { label: '已办结', done: true, date: '2026-11-12' },
      ],
      rejectionReason: '罚款尚未缴清，暂不符合修复条件。',
      nextStep: '缴清罚款后可以重新申请。',
    };
    const person = await openPerson(run.browser);
    const { page } = person;
    await page.route('**/api/v1/repairs/progress', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(rejected) }),
    );
    await page.goto(`${run.system.origin}/repair-progress/`);
    await page.getByLabel('查询码').fill(madeUp);
    await page.getByRole('button', { name: '查询进度' }).click();
    const result = page.locator('#progress-result');
    await result.getByRole('heading', { name: '办理状态：未通过' }).waitFor();
    const text = (await result.textContent()) ?? '';
    for (const part of [
      '2026年11月16日',
      '10 个工作日',
      '按周末推算',
      '免费',
      '已完成',
      '已办结',
      rejected.rejectionReason,
      rejected.nextStep,
    ])
      expect(text).toContain(part);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'repair-progress-result.png'), fullPage: true });
    await person.close();
  });

  it('never puts the query code in the address, even without JavaScript', async () => {
    const person = await openPerson(run.browser, { javaScriptEnabled: false });
    const { page } = person;
    await page.goto(`${run.system.origin}/repair-progress/`);
    await page.locator('main .panel').filter({ hasText: 'JavaScript' }).waitFor();
    await page.getByLabel('查询码').fill(madeUp);
    await page.getByRole('button', { name: '查询进度' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).not.toContain(madeUp);
    await person.close();
  });
});
