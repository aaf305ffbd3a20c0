import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
  return page.locator('.taro_page:not(.taro_page_shade)').last();
}

/** Clicks a NutUI button by its words (the button itself, not its covered inner text). */
export async function press(page: Page, text: string | RegExp) {
  await current(page).locator('.nut-button', { hasText: text }).first().click();
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
  await page.screenshot({ path: join(screenshotDir('miniprogram'), `${name}${elder ? '-elder' : ''}.png`), fullPage: true });
  await style.evaluate((el) => (el as Element).remove());
}

/** Checks a screen the way the house rules ask: a screenshot, and no serious or critical axe finding. */
export async function checkScreen(page: Page, name: string, elder: boolean): Promise<AxeViolation[]> {
  await shoot(page, name, elder);
  return axeViolations(page, { impacts: ['serious', 'critical'], nodesPerFinding: 5 });
}
