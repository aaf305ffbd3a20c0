import { checkScreen, current, openApp, openPerson, press, tabTo, useSystem } from '@xinyong/test-support';
import { describe, expect, it } from 'vitest';
import { CLOSED_LABELS, entityByStatus } from './registration';

// The public journeys of the h5 mini-program at 375×812, in normal and in 长辈模式: every screen is checked
// with axe (no serious or critical finding) and photographed under tests/artifacts/screenshots/miniprogram/.
const HUAXIA = '示例华夏贸易有限公司';
const run = useSystem();

describe.each([false, true])('长辈模式 %s', (elder) => {
  it('search → public profile', async () => {
    const person = await openApp(run.browser, run.system.origin, { route: '/pages/index/index', elder });
    const { page } = person;
    // 长辈模式 keeps the home screen to one task (finding a business); the recommendations are a row away.
    if (elder) await current(page).getByText('信易+：守信可以享受的便利').waitFor();
    else {
      await current(page).getByText('信易+ 推荐').waitFor();
      await current(page).locator('.xy-benefit').first().waitFor();
    }
    expect(await checkScreen(page, 'home', elder)).toEqual([]);

    const input = current(page).locator('input[aria-label="企业名称或统一社会信用代码"]');
    // An 18-character code with a wrong check character is explained at once, before anything is sent.
    await input.fill('91370102MA3C4DXX1Y');
    await current(page).getByRole('alert').waitFor();
    expect(await current(page).getByRole('alert').textContent()).toMatch(/统一社会信用代码|校验码|第/);
    expect(await checkScreen(page, 'home-invalid-code', elder)).toEqual([]);

    await input.fill('华夏贸易');
    await press(page, '查询');
    await current(page).locator('.xy-home__result', { hasText: HUAXIA }).waitFor();
    // A deregistered business says so, and comes after the trading one although its name is shorter.
    const cards = await current(page).locator('.xy-home__result').allTextContents();
    const closedAt = cards.findIndex((c) => c.includes('示例华夏贸易部'));
    const tradingAt = cards.findIndex((c) => c.includes(HUAXIA));
    expect(cards[closedAt]).toContain('已注销');
    expect(cards[tradingAt]).not.toContain('已注销');
    expect(tradingAt).toBeLessThan(closedAt);
    expect(await checkScreen(page, 'home-results', elder)).toEqual([]);

    // A business that still trades carries no 登记状态 tag in the list: 存续 is the usual case.
    const huaxiaTags = await current(page).locator('.xy-home__result', { hasText: HUAXIA }).locator('.xy-tag').allTextContents();
    for (const label of CLOSED_LABELS) expect(huaxiaTags).not.toContain(label);

    await current(page).locator('.xy-home__result', { hasText: HUAXIA }).click();
    await current(page).getByText('行政处罚（', { exact: false }).waitFor({ timeout: 20_000 });
    const profileTags = await current(page).locator('.xy-card').first().locator('.xy-tag').allTextContents();
    for (const label of CLOSED_LABELS) expect(profileTags).not.toContain(label);
    const text = await current(page).textContent();
    const penalties = (await current(page).locator('.xy-card', { hasText: '处罚依据' }).allTextContents()).join('\n');
    expect(text).toContain(HUAXIA);
    expect(text).toMatch(/登记状态\s*存续/);
    expect(text).toContain('示例');
    expect(text).toContain('公示截止');
    expect(text).toContain('异议处理中');
    expect(penalties).toContain('济历下市监罚〔示例〕1号');
    // Expired and repaired penalties are not public.
    expect(penalties).not.toContain('济历下市监罚〔示例〕2号');
    expect(penalties).not.toContain('济历下市监罚〔示例〕3号');
    expect(await checkScreen(page, 'profile', elder)).toEqual([]);
    await person.close();
  });

  it('a business that no longer trades says so in the results and on its profile', async () => {
    const closed = await entityByStatus(run.system.origin, 'closed');
    const person = await openApp(run.browser, run.system.origin, { route: '/pages/index/index', elder });
    const { page } = person;
    await current(page).locator('input[aria-label="企业名称或统一社会信用代码"]').fill(closed.name);
    await press(page, '查询');
    const card = current(page).locator('.xy-home__result', { hasText: closed.code });
    await card.waitFor();
    expect(await card.locator('.xy-tag').allTextContents()).toContain(closed.label);
    expect(await checkScreen(page, 'home-results-closed', elder)).toEqual([]);

    await card.click();
    await current(page).getByText('行政处罚（', { exact: false }).waitFor({ timeout: 20_000 });
    const head = current(page).locator('.xy-card').first();
    expect(await head.locator('.xy-tag').allTextContents()).toContain(closed.label);
    expect(await head.locator('.xy-kv', { hasText: '登记状态' }).textContent()).toBe(`登记状态${closed.label}`);
    expect(await checkScreen(page, 'profile-closed', elder)).toEqual([]);
    await person.close();
  });

  it('catalogue → filter → detail', async () => {
    const person = await openApp(run.browser, run.system.origin, { route: '/pages/benefits/index', elder });
    const { page } = person;
    await current(page).locator('.xy-benefit').first().waitFor();
    const all = await current(page).locator('.xy-benefit').count();
    expect(await checkScreen(page, 'benefits', elder)).toEqual([]);

    // 长辈模式 keeps one task a screen: the filters have a screen of their own, the list another.
    if (elder) {
      expect(await current(page).getByRole('group').count()).toBe(0);
      await press(page, '选择类别和地区');
      await current(page).getByRole('button', { name: '类别：信易贷' }).waitFor();
      expect(await current(page).locator('.xy-benefit').count()).toBe(0);
    }
    await current(page).getByRole('button', { name: '类别：信易贷' }).click();
    if (elder)
      await current(page)
        .locator('.nut-button', { hasText: /查看结果（\d+ 项）/ })
        .waitFor();
    else await expect.poll(() => current(page).locator('.xy-benefit').count()).toBeLessThan(all);
    await current(page).getByRole('button', { name: '面向：面向企业' }).click();
    await current(page).getByRole('button', { name: '地区：济南' }).click();
    expect(await current(page).getByRole('button', { name: '类别：信易贷' }).getAttribute('aria-pressed')).toBe('true');
    if (elder) {
      expect(await checkScreen(page, 'benefits-filters', elder)).toEqual([]);
      await press(page, /查看结果（\d+ 项）/);
      await current(page).getByText('类别：信易贷').waitFor();
      expect(await current(page).locator('.xy-benefit').count()).toBeLessThan(all);
    }
    const names = await current(page).locator('.xy-benefit').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toContain('信易贷');
    expect(await checkScreen(page, 'benefits-filtered', elder)).toEqual([]);

    await current(page).locator('.xy-benefit').first().click();
    await current(page).getByText('怎么申请').waitFor();
    const detail = await current(page).textContent();
    expect(detail).toContain('政策依据');
    expect(detail).toContain('提供方');
    expect(await checkScreen(page, 'benefit-detail', elder)).toEqual([]);

    await press(page, '看看我能不能享受');
    await current(page).getByText('需要先登录并完成实名认证').waitFor();
    expect(await checkScreen(page, 'my-benefits-logged-out', elder)).toEqual([]);
    await person.close();
  });

  it('policy explainers are rendered natively', async () => {
    const person = await openApp(run.browser, run.system.origin, { route: '/pages/policy/index', elder });
    const { page } = person;
    await current(page).getByText('信用修复：改正了，就能重新开始').waitFor();
    expect(await checkScreen(page, 'policy', elder)).toEqual([]);
    await current(page).getByText('信用修复：改正了，就能重新开始').click();
    await current(page).getByText('对个人意味着什么').waitFor();
    const text = await current(page).textContent();
    expect(text).not.toContain('**');
    expect(text).not.toContain('](');
    expect(await checkScreen(page, 'policy-article', elder)).toEqual([]);
    await person.close();
  });

  it('repair progress lookup and the 我的信用 privacy screen', async () => {
    const person = await openApp(run.browser, run.system.origin, { route: '/pkg-entity/progress/index', elder });
    const { page } = person;
    // The browser logs the failure this test causes on purpose.
    person.allow(/status of 404/);
    await current(page).locator('input[aria-label="查询码"]').fill('NOSUCHCODE1');
    await press(page, '查询进度');
    await current(page).getByRole('alert').waitFor();
    expect(await checkScreen(page, 'progress-not-found', elder)).toEqual([]);

    await page.goto(`${run.system.origin}/m/#/pages/me/index`);
    await current(page).getByText('登录前，请先了解我们收集什么').waitFor();
    expect(await checkScreen(page, 'me-privacy', elder)).toEqual([]);
    await press(page, '同意并继续');
    await current(page).getByText('示例身份：张先生').waitFor();
    expect(await checkScreen(page, 'me-login', elder)).toEqual([]);
    await person.close();
  });
});

describe('by keyboard alone', () => {
  // Tab, Space and Enter only: find a business, open its profile, and start the repair of its record.
  it('search → public profile → repair', async () => {
    const person = await openApp(run.browser, run.system.origin);
    const { page } = person;
    const input = current(page).locator('input[aria-label="企业名称或统一社会信用代码"]');
    const search = current(page).getByRole('button', { name: '查询', exact: true });
    await input.waitFor();
    await tabTo(page, input);
    // Before anything is typed, 查询 is in the Tab order and says it cannot search yet.
    await tabTo(page, search);
    expect(await search.getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await current(page).locator('.xy-home__result').count()).toBe(0);

    // Enter in the field searches.
    await tabTo(page, input, { back: true });
    await page.keyboard.type('华夏贸易');
    await page.keyboard.press('Enter');
    await current(page).locator('.xy-home__result', { hasText: HUAXIA }).waitFor({ timeout: 30_000 });

    // So does 查询, reached by Tab and pressed with Space.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('泉城小吃');
    await tabTo(page, search);
    expect(await search.getAttribute('aria-disabled')).toBeNull();
    await page.keyboard.press('Space');
    const shop = current(page).locator('.xy-home__result', { hasText: '示例泉城小吃店' });
    await shop.waitFor({ timeout: 30_000 });
    await tabTo(page, shop);
    await page.keyboard.press('Enter');
    await current(page).getByText('行政处罚（').waitFor({ timeout: 30_000 });

    const repair = current(page)
      .getByRole('button', { name: /我是经营者，申请信用修复/ })
      .first();
    await tabTo(page, repair);
    await page.keyboard.press('Enter');
    await current(page).getByText('经营者本人登录').waitFor({ timeout: 30_000 });
    // And back the way they came, by the page's own back control.
    await tabTo(page, current(page).getByRole('button', { name: '返回上一页' }), { back: true });
    await page.keyboard.press('Enter');
    await current(page).getByText('行政处罚（').waitFor({ timeout: 30_000 });
    await person.close();
  });

  // Tab, Space and Enter only: filter the catalogue, open a benefit, and read how to apply.
  it('catalogue → filter → detail', async () => {
    const person = await openApp(run.browser, run.system.origin, { route: '/pages/benefits/index' });
    const { page } = person;
    await current(page).locator('.xy-benefit').first().waitFor();
    const all = await current(page).locator('.xy-benefit').count();
    const loans = current(page).getByRole('button', { name: '类别：信易贷' });
    await tabTo(page, loans);
    await page.keyboard.press('Space');
    await expect.poll(() => loans.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => current(page).locator('.xy-benefit').count()).toBeLessThan(all);
    const first = current(page).locator('.xy-benefit').first();
    const name = ((await first.textContent()) ?? '').slice(0, 6);
    await tabTo(page, first);
    await page.keyboard.press('Enter');
    await current(page).getByText('怎么申请').waitFor();
    expect(await current(page).textContent()).toContain(name);
    await person.close();
  });
});

describe('when things go wrong', () => {
  it('offline shows a Chinese message and 重试, which then loads', async () => {
    const person = await openApp(run.browser, run.system.origin, { route: '/pages/policy/index' });
    const { page } = person;
    // The browser logs the failure this test causes on purpose.
    person.allow(/ERR_INTERNET_DISCONNECTED/);
    await page.route('**/api/v1/benefits**', (route) => route.abort('internetdisconnected'));
    await page.evaluate(() => {
      window.location.hash = '#/pages/benefits/index';
    });
    await current(page).getByText('网络连接失败，请检查网络后重试').waitFor({ timeout: 30_000 });
    expect(await checkScreen(page, 'benefits-offline', false)).toEqual([]);
    await page.unroute('**/api/v1/benefits**');
    await press(page, '重试');
    await current(page).locator('.xy-benefit').first().waitFor();
    await person.close();
  });

  it('a server error shows its own message and 重试', async () => {
    const person = await openApp(run.browser, run.system.origin, { route: '/pages/policy/index' });
    const { page } = person;
    // The browser logs the failure this test causes on purpose.
    person.allow(/status of 503/);
    await page.route('**/api/v1/benefits**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'SERVICE_UNAVAILABLE', message: '服务正在维护，请稍后再试', requestId: 'r1' } }),
      }),
    );
    await page.evaluate(() => {
      window.location.hash = '#/pages/benefits/index';
    });
    await current(page).getByText('服务正在维护，请稍后再试').waitFor({ timeout: 30_000 });
    expect(await current(page).textContent()).toContain('重试');
    await person.close();
  });
});

describe('长辈模式', () => {
  it('switches on and off on 我的信用, survives a relaunch, and is the only thing stored', async () => {
    const person = await openApp(run.browser, run.system.origin, { route: '/pages/me/index' });
    const { page } = person;
    const root = current(page).locator('.xy-page').first();
    await root.waitFor();
    const size = () => root.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const normal = await size();
    expect(await root.getAttribute('class')).not.toContain('xy-elder');

    const toggle = current(page).getByRole('switch', { name: /长辈模式/ });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await expect.poll(() => root.getAttribute('class')).toContain('xy-elder');
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    const large = await size();
    expect(large).toBeGreaterThan(normal * 1.2);
    const lineHeight = await root.evaluate(
      (el) => Number.parseFloat(getComputedStyle(el).lineHeight) / Number.parseFloat(getComputedStyle(el).fontSize),
    );
    expect(lineHeight).toBeGreaterThanOrEqual(1.3);

    await page.reload();
    await current(page).locator('.xy-page.xy-elder').first().waitFor();
    await page.locator('.weui-tabbar__item', { hasText: '首页' }).click();
    await current(page).locator('.xy-page.xy-elder', { hasText: '查企业信用' }).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['xy.elderMode']);

    await page.locator('.weui-tabbar__item', { hasText: '我的信用' }).click();
    await current(page)
      .getByRole('switch', { name: /长辈模式/ })
      .click();
    await expect.poll(() => current(page).locator('.xy-page').first().getAttribute('class')).not.toContain('xy-elder');
    await page.reload();
    await current(page).locator('.xy-page').first().waitFor();
    expect(await current(page).locator('.xy-page').first().getAttribute('class')).not.toContain('xy-elder');
    await person.close();
  });

  it('the h5 page lets people zoom', async () => {
    const person = await openApp(run.browser, run.system.origin);
    const { page } = person;
    const viewport = await page.getAttribute('meta[name="viewport"]', 'content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale/);
    await person.close();
  });
});

describe('the first screen holds still', () => {
  // Layout shift as the browser reports it, under the served Content-Security-Policy (no bypass): a blocked inline
  // script or content arriving above what is already shown moves everything a person is about to tap.
  it.each(['/pages/index/index', '/pages/benefits/index'])('%s shifts less than 0.1 (the “good” threshold of CLS)', async (route) => {
    const person = await openPerson(run.browser);
    await person.context.addInitScript(() => {
      const w = window as unknown as { xyShift: number };
      w.xyShift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.xyShift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const { page } = person;
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) blocked.push(m.text());
    });
    await page.goto(`${run.system.origin}/m/#${route}`);
    await current(page).locator('.xy-benefit').first().waitFor();
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(() => (window as unknown as { xyShift: number }).xyShift);
    expect(blocked).toEqual([]);
    expect(shift).toBeLessThan(0.1);
    await person.close();
  });
});
