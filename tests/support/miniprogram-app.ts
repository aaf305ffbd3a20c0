import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, PHONE } from './browser';

export const SHOTS = join(ARTIFACTS, 'screenshots', 'miniprogram');
mkdirSync(SHOTS, { recursive: true });

/** Taro's h5 storage keeps each value as {"data": …} in localStorage; 长辈模式 is the only thing the app stores. */
const ELDER_KEY = 'xy.elderMode';

export interface AppContext {
  context: BrowserContext;
  page: Page;
}

/** A fresh phone-sized browser context, optionally starting in 长辈模式. */
export async function openApp(browser: Browser, origin: string, route = '/pages/index/index', elder = false): Promise<AppContext> {
  // bypassCSP lets the test inject axe-core; the app itself runs under the served Content-Security-Policy.
  const context = await browser.newContext({ ...PHONE, bypassCSP: true });
  if (elder) {
    await context.addInitScript(
      ([key]) => {
        if (!sessionStorage.getItem('xy-test-elder-set')) {
          localStorage.setItem(key as string, JSON.stringify({ data: true }));
          sessionStorage.setItem('xy-test-elder-set', '1');
        }
      },
      [ELDER_KEY],
    );
  }
  const page = await context.newPage();
  await page.goto(`${origin}/m/#${route}`);
  return { context, page };
}

/** Navigates inside the single-page h5 app without reloading (memory, and so the login, survive). */
export async function go(page: Page, route: string) {
  await page.evaluate((r) => {
    window.location.hash = `#${r}`;
  }, route);
}

/** The page Taro shows now (earlier pages of the stack stay in the DOM, hidden). */
export function current(page: Page) {
  return page.locator('.taro_page:not(.taro_page_shade)').last();
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core with the WCAG 2.2 A/AA tags; returns only serious and critical findings. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const found = await page.evaluate(
    async (tags) => {
      const w = window as unknown as { axe: typeof axe };
      const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
    },
    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
  );
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A full-page screenshot of what is shown now; the name says which screen and which mode. */
export async function shoot(page: Page, name: string, elder: boolean) {
  // Taro slides a new page in for 300 ms.
  await page.waitForTimeout(450);
  // Taro scrolls each page inside its own box; let it grow for the picture so the whole screen is in it.
  const style = await page.addStyleTag({
    content:
      'html,body,#app,.taro-tabbar__container,.taro-tabbar__panel,.taro_router{height:auto!important;overflow:visible!important}.taro_router>.taro_page{position:relative!important;height:auto!important;max-height:none!important;overflow:visible!important}.taro_page_shade{display:none!important}',
  });
  await page.screenshot({ path: join(SHOTS, `${name}${elder ? '-elder' : ''}.png`), fullPage: true });
  await style.evaluate((el) => (el as Element).remove());
}

/** Checks a screen the way the brief asks: no serious or critical axe finding, and a screenshot. */
export async function checkScreen(page: Page, name: string, elder: boolean): Promise<AxeFinding[]> {
  await shoot(page, name, elder);
  return seriousViolations(page);
}

/** Clicks a NutUI button by its words (the button itself, not its covered inner text). */
export async function press(page: Page, text: string | RegExp) {
  await current(page).locator('.nut-button', { hasText: text }).first().click();
}
