/**
 * Taro's h5 router scrolls each page inside its own element. A keyboard can scroll it only if it can take
 * focus (WCAG 2.1.1; axe rule scrollable-region-focusable), so every page container gets tabindex="0".
 */
export function makePageScrollersFocusable(doc: Document = document): void {
  const mark = () => {
    for (const page of doc.querySelectorAll('.taro_page:not([tabindex])')) page.setAttribute('tabindex', '0');
    fixTabBarLinks(doc);
  };
  mark();
  new MutationObserver(mark).observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
}

/**
 * Taro's h5 tab bar draws its items as <a href="javascript:;">: tapping one runs a javascript: URL, which the
 * served Content-Security-Policy refuses (and reports). Without the href they are still links for screen readers
 * and keyboards: role, tabindex and Enter do what the tap does.
 */
function fixTabBarLinks(doc: Document) {
  for (const item of doc.querySelectorAll<HTMLAnchorElement>('a.weui-tabbar__item[href^="javascript"]')) {
    item.removeAttribute('href');
    item.setAttribute('role', 'link');
    item.setAttribute('tabindex', '0');
    if (!item.dataset.xyKeys) {
      item.dataset.xyKeys = '1';
      item.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          item.click();
        }
      });
    }
  }
}

/**
 * A file input that takes photos and PDF files (Taro's h5 chooseImage and chooseMedia accept images only, and
 * chooseMessageFile is WeChat's). Resolves with nothing when the person closes the picker without choosing.
 */
export function pickBrowserFiles(accept: string, multiple: boolean, doc: Document = document): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.setAttribute('aria-hidden', 'true');
    input.tabIndex = -1;
    input.style.cssText = 'position:fixed;left:-9999px;top:0;width:1px;height:1px;opacity:0';
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => done([]));
    doc.body.appendChild(input);
    input.click();
  });
}

/** Saves text as a file the browser downloads (the export's report and its JSON). */
export function saveTextFile(name: string, text: string, type: string, doc: Document = document) {
  saveBlob(name, new Blob([text], { type }), doc);
}

/** Hands the browser a file to download (a text export, a report's PDF) and frees its URL a minute later. */
export function saveBlob(name: string, blob: Blob, doc: Document = document) {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The browser's print dialog, which also saves as PDF; the print styles in app.scss show the page alone. */
export function printPage() {
  window.print();
}

/** 长辈模式 also enlarges Taro's tab bar, which sits outside every page root. */
export function markElderMode(on: boolean, doc: Document = document) {
  doc.documentElement.classList.toggle('xy-elder-app', on);
}
