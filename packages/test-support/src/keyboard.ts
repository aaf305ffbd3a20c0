import type { Locator, Page } from 'playwright-core';

/** What has the keyboard focus now, in words a failed test can show. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(nothing: the page itself)';
    const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 30);
    return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> ${label}`;
  });
}

/**
 * Presses Tab (Shift+Tab with back) until the focus is on, or inside, the target, as a keyboard user moves
 * through a page; fails with the path the focus took if the target is not reached within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}): Promise<number> {
  const path: string[] = [];
  for (let presses = 0; presses <= max; presses++) {
    const handle = await target.elementHandle({ timeout: 5_000 });
    if (handle && (await handle.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)))) return presses;
    if (presses === max) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    path.push(await focused(page));
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${target}; the focus went:\n  ${path.join('\n  ')}`);
}
