/**
 * Taro's h5 router scrolls each page inside its own element. A keyboard can scroll it only if it can take
 * focus (WCAG 2.1.1; axe rule scrollable-region-focusable), so every page container gets tabindex="0".
 */
export function makePageScrollersFocusable(doc: Document = document): void {
  const mark = () => {
    for (const page of doc.querySelectorAll('.taro_page:not([tabindex])')) page.setAttribute('tabindex', '0');
  };
  mark();
  new MutationObserver(mark).observe(doc.body, { childList: true, subtree: true });
}
