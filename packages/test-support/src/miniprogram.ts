import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { type AxeViolation, axeViolations } from './axe';
import { screenshotDir } from './paths';
import { openPerson, type Person, type PersonOptions } from './person';

/** Driving the mini-program's h5 build (served at /m/) as a person on a phone. */

/** Taro's h5 storage keeps each value as {"data": …} in localStorage; 长辈模式 is the only thing the app stores. */
const ELDER_KEY = 'xy.elderMode';

export interface AppOptions extends PersonOptions {
  /** The hash route to open; the home tab by default. */
  route?: string;
  /** Start in 长辈模式, as a person who switched it on earlier would. */
  elder?: boolean;
}

/** A person's fresh browser on the h5 app, optionally in 长辈模式, at another hour, on a route. */
export async function openApp(browser: Browser, origin: string, options: AppOptions = {}): Promise<Person> {
  const person = await openPerson(browser, options);
  if (options.elder) {
    // Once per tab, as if set in an earlier visit: switching it off later in the test must stick across reloads.
    await person.context.addInitScript(
      ([key]) => {
        if (!sessionStorage.getItem('xy-test-elder-set')) {
          localStorage.setItem(key as string, JSON.stringify({ data: true }));
          sessionStorage.setItem('xy-test-elder-set', '1');
        }
      },
      [ELDER_KEY],
    );
  }
  await person.page.goto(`${origin}/m/#${options.route ?? '/pages/index/index'}`);
  return person;
}

/** Navigates inside the single-page h5 app without reloading (memory, and so the login, survive). */
export async function go(page: Page, route: string) {
  await page.evaluate((r) => {
    window.location.hash = `#${r}`;
  }, route);
}

/** The page Taro shows now (earlier pages of the stack stay in the DOM, hidden). */
export function current(page: Page) {
  // A tab page left behind stays in the DOM, hidden but unshaded, and may come after the one shown.
  return page.locator('.taro_page:not(.taro_page_shade)').filter({ visible: true }).last();
}

/** Clicks a NutUI button by its words (the button itself, not its covered inner text). */
export async function press(page: Page, text: string | RegExp) {
  await current(page).locator('.nut-button', { hasText: text }).first().click();
}

/** A full-page screenshot of what is shown now; the name says which screen and which mode. */
export async function shoot(page: Page, name: string, elder: boolean) {
  // Taro slides a new page in for 300 ms.
  await page.waitForTimeout(450);
  // Taro scrolls each page inside its own box; let it grow for the picture so the whole screen is in it. The h5
  // navigation bar stays on top of the page as it scrolls: in a picture of the whole page it goes at the top.
  const style = await page.addStyleTag({
    content:
      'html,body,#app,.taro-tabbar__container,.taro-tabbar__panel,.taro_router{height:auto!important;overflow:visible!important}.taro_router>.taro_page{position:relative!important;height:auto!important;max-height:none!important;overflow:visible!important}.taro_page_shade{display:none!important}.xy-nav{position:static!important}',
  });
  await page.screenshot({ path: join(screenshotDir('miniprogram'), `${name}${elder ? '-elder' : ''}.png`), fullPage: true });
  await style.evaluate((el) => (el as Element).remove());
}

/** Checks a screen the way the house rules ask: a screenshot, and no serious or critical axe finding. */
export async function checkScreen(page: Page, name: string, elder: boolean): Promise<AxeViolation[]> {
  await shoot(page, name, elder);
  return axeViolations(page, { impacts: ['serious', 'critical'], nodesPerFinding: 5 });
}

/** Agrees to the app's privacy notice and logs in with a demo identity; resolves once `landing` shows. */
export async function logIn(page: Page, identity: string, landing = '我的信用记录') {
  await current(page).getByText('登录前，请先了解我们收集什么').waitFor({ timeout: 30_000 });
  await press(page, '同意并继续');
  await press(page, identity);
  await current(page).getByText(landing).first().waitFor({ timeout: 30_000 });
}

export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Picks files in the chooser that 添加照片或 PDF opens, as a person picks them on the phone. */
export async function attach(page: Page, files: PickedFile[]) {
  const chooser = page.waitForEvent('filechooser');
  await press(page, '添加照片或 PDF');
  await (await chooser).setFiles(files);
}

/**
 * A route handler that answers as the API does when it refuses a request: its JSON error shape with a stable code
 * and a Chinese message (an expired session, a busy server), so a test can put a person in that situation.
 */
export function apiRefusal(status: number, code: string, message: string) {
  return (route: Route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code, message, requestId: 'test' } }),
    });
}

/**
 * The server does the work but its answer is lost on the way back (the connection resets), for the first `times`
 * POSTs to `url`: what a person on a bad network sees, to show that tapping again does not do it twice.
 */
export async function loseAnswers(page: Page, url: string, times: number) {
  let lost = 0;
  await page.route(url, async (route) => {
    if (route.request().method() !== 'POST' || lost >= times) return route.continue();
    lost++;
    await route.fetch();
    return route.abort('connectionreset');
  });
}
