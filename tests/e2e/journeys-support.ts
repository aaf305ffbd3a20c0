import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, type XinyongClient } from '@xinyong/api-client';
import { ARTIFACTS, axeViolations, current, PHONE, press } from '@xinyong/test-support';
import type { Browser, BrowserContext, Page } from 'playwright-core';

// What the journeys of issue 12 share until the new harness (packages/test-support) takes them over: the app as a
// person gets it (the served CSP, no bypass; zh-CN, China time, a 375px phone), every console error and CSP
// violation collected so a test can fail on it, and screenshots of whole screens.
export const JOURNEY_SHOTS = join(ARTIFACTS, 'screenshots', 'journeys');
mkdirSync(JOURNEY_SHOTS, { recursive: true });

// A 1×1 PNG and a minimal PDF: the API checks uploads by their content.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), Buffer.alloc(200, 32)]);

export interface Phone {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

export interface PhoneOptions {
  elder?: boolean;
  width?: number;
  /** Installs Playwright's clock before the app loads, so a test can move time on (the 5-minute forgetting). */
  clock?: boolean;
}

export async function openPhone(browser: Browser, origin: string, route: string, options: PhoneOptions = {}): Promise<Phone> {
  const context = await browser.newContext({
    ...PHONE,
    viewport: { width: options.width ?? 375, height: 812 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  if (options.elder) {
    // The one thing the app keeps in storage, set as the app itself would have (Taro's {"data": …} form).
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('xy-journey-elder')) {
        localStorage.setItem('xy.elderMode', JSON.stringify({ data: true }));
        sessionStorage.setItem('xy-journey-elder', '1');
      }
    });
  }
  const page = await context.newPage();
  if (options.clock) await page.clock.install();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${origin}/m/#${route}`);
  return { context, page, problems };
}

/**
 * The problems left once the ones a test caused on purpose are taken out: Chromium logs every failed request it was
 * told to fail (a 503 or an expired session the test answered with). Anything else still fails the test.
 */
export function unexpected(problems: string[], ...caused: RegExp[]): string[] {
  return problems.filter((p) => !caused.some((c) => c.test(p)));
}

/** A whole screen as a picture, named by what it shows (and -elder, -320 for the mode). */
export async function picture(page: Page, name: string) {
  await page.waitForTimeout(450);
  const style = await page.addStyleTag({
    content:
      'html,body,#app,.taro-tabbar__container,.taro-tabbar__panel,.taro_router{height:auto!important;overflow:visible!important}.taro_router>.taro_page{position:relative!important;height:auto!important;max-height:none!important;overflow:visible!important}.taro_page_shade{display:none!important}.xy-nav{position:static!important}',
  });
  await page.screenshot({ path: join(JOURNEY_SHOTS, `${name}.png`), fullPage: true });
  await style.evaluate((el) => (el as Element).remove());
}

/** axe with WCAG 2.2 AA, run through the DevTools protocol (the page's CSP stays in force); serious and critical only. */
export async function seriousFindings(page: Page) {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function agreeAndLogin(page: Page, identity: string, landing = '我的信用记录') {
  await current(page).getByText('登录前，请先了解我们收集什么').waitFor({ timeout: 30_000 });
  await press(page, '同意并继续');
  await press(page, identity);
  await current(page).getByText(landing).first().waitFor({ timeout: 30_000 });
}

export async function pickFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await press(page, '添加照片或 PDF');
  await (await chooser).setFiles(files);
}

/** A client of the same API, for what a reviewer does and for checking what the server holds. */
export function apiClient(origin: string): XinyongClient {
  return createClient({ baseURL: `${origin}/api/v1`, retryBaseDelayMs: 0 });
}

/** How a date-time of the API is written in China: what every screen must show, whatever the hour. */
export function chinaDate(iso: string): string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日`;
}
