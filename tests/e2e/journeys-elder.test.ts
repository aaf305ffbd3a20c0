import { attach, checkScreen, current, go, logIn, openApp, photo, press, shoot, useSystem } from '@xinyong/test-support';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// 长辈模式 against 工业和信息化部《移动互联网应用（APP）适老化通用设计规范》: main text at least 18px, the tab labels
// enlarged, one task a screen where the normal mode shows several, and nothing cut off on a 320px-wide phone.
const run = useSystem();

/** The smallest font size of any visible text on the current page, and the text that has it. */
async function smallestText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll('.taro_page:not(.taro_page_shade)'));
    const root = pages[pages.length - 1] ?? document.body;
    let smallest = { size: Number.POSITIVE_INFINITY, text: '' };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!el || !text || el.closest('[aria-hidden="true"]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < smallest.size) smallest = { size, text };
    }
    return smallest;
  });
}

/** Whatever is wider than the screen is cut off (or scrolls sideways, which nobody finds). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const pages = Array.from(document.querySelectorAll('.taro_page:not(.taro_page_shade)'));
    const root = pages[pages.length - 1] ?? document.body;
    return Array.from(root.querySelectorAll('*'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}: ${(el.textContent ?? '').slice(0, 30)}`)
      .slice(0, 5);
  });
}

describe.each([375, 320])('长辈模式 at %ipx', (width) => {
  it('keeps every text at 18px or more, enlarges the tab labels, and cuts nothing off', async () => {
    const person = await openApp(run.browser, run.system.origin, { elder: true, width });
    const { page } = person;
    await current(page).getByText('查企业信用').waitFor();
    const screens: [string, string, string][] = [
      ['/pages/index/index', 'home', '查企业信用'],
      ['/pages/benefits/index', 'benefits', '共 '],
      ['/pkg-benefit/detail/index?id=loan-sme-credit', 'benefit-detail', '受理单位'],
      ['/pages/policy/index', 'policy', '办事指南'],
      ['/pkg-entity/profile/index?code=92370103EX0000037M', 'profile', '我是经营者，申请信用修复'],
      ['/pkg-entity/progress/index', 'progress', '查询码'],
      ['/pkg-policy/privacy/index', 'privacy', '保存多久'],
      ['/pages/me/index', 'me', '登录前，请先了解我们收集什么'],
    ];
    for (const [route, name, text] of screens) {
      await go(page, route);
      await current(page).getByText(text).first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(400);
      const smallest = await smallestText(page);
      expect(smallest.size, `${name}: “${smallest.text}”`).toBeGreaterThanOrEqual(18);
      expect(await overflowing(page), name).toEqual([]);
      await shoot(page, `${name}-${width}`, true);
    }
    // The 信易+ filters are a screen of their own in 长辈模式 (the list is another): large and uncut too.
    await go(page, '/pages/benefits/index');
    await press(page, '选择类别和地区');
    await current(page).getByRole('button', { name: '地区：济南' }).waitFor({ timeout: 30_000 });
    expect(await current(page).locator('.xy-benefit').count()).toBe(0);
    const smallest = await smallestText(page);
    expect(smallest.size, `benefit filters: “${smallest.text}”`).toBeGreaterThanOrEqual(18);
    expect(await overflowing(page), 'benefit filters').toEqual([]);
    await shoot(page, `benefits-filters-${width}`, true);
    await press(page, /查看结果/);
    await current(page).getByText('共 ').first().waitFor({ timeout: 30_000 });
    expect(await current(page).getByRole('group').count()).toBe(0);

    const tabLabel = await page
      .locator('.weui-tabbar__label')
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(tabLabel).toBeGreaterThanOrEqual(18);
    // The home screen keeps to one task: finding a business. The recommendations are a tap away.
    await go(page, '/pages/index/index');
    await current(page).getByText('查企业信用').waitFor();
    expect(await current(page).locator('.xy-benefit').count()).toBe(0);
    await person.close();
  });
});

describe('长辈模式 forms', () => {
  it('show one task a screen: the proof, then the commitment, then 核对信息', async () => {
    const person = await openApp(run.browser, run.system.origin, { route: '/pages/me/index', elder: true });
    const { page } = person;
    await logIn(page, '示例身份：李先生');
    await press(page, '以这家单位办理');
    await current(page).getByText('正在代办：示例泉城小吃店').waitFor({ timeout: 30_000 });
    await current(page).getByText('我的信用记录').click();
    const record = current(page).locator('.xy-card', { hasText: '济市中市监罚〔示例〕11号' });
    await record.locator('.nut-button', { hasText: '申请信用修复' }).click();
    await current(page).getByText('第 1 步，共 3 步').waitFor({ timeout: 30_000 });
    expect(
      await current(page)
        .getByRole('checkbox', { name: /我已阅读并承诺/ })
        .count(),
    ).toBe(0);
    await attach(page, [photo('缴款凭证.png')]);
    await current(page).getByText('已上传').waitFor({ timeout: 30_000 });
    expect((await smallestText(page)).size).toBeGreaterThanOrEqual(18);
    expect(await checkScreen(page, 'repair-step-1', true)).toEqual([]);
    await press(page, '下一步');
    await current(page).getByText('第 2 步，共 3 步').waitFor();
    expect(await current(page).getByText('缴款凭证.png').count()).toBe(0);
    await current(page)
      .getByRole('checkbox', { name: /我已阅读并承诺/ })
      .click();
    await shoot(page, 'repair-step-2', true);
    await press(page, '下一步：核对信息');
    await current(page).locator('.xy-review').waitFor();
    expect(await current(page).locator('.xy-review').textContent()).toContain('缴款凭证.png');
    expect(await checkScreen(page, 'repair-review', true)).toEqual([]);
    await person.close();
  });
});
