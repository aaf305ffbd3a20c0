/**
 * Search over the pagefind index built after `astro build`. This is the only script on the site:
 * the form works as a plain GET form (?q=…), and this script fills in the results.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 20;

async function loadPagefind(): Promise<Pagefind> {
  // Built into dist/pagefind by the build script; the path is hidden from Vite so it is not bundled.
  const path = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
  await pagefind.init();
  return pagefind;
}

function resultItem(r: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  h.append(a);
  const p = document.createElement('p');
  // pagefind escapes page text and only adds <mark> around the matched words.
  p.innerHTML = r.excerpt;
  li.append(h, p);
  return li;
}

async function run(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;

  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;

  status.textContent = '正在搜索…';
  try {
    const pagefind = await loadPagefind();
    const { results } = await pagefind.search(query);
    const shown = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
    list.replaceChildren(...shown.map(resultItem));
    status.textContent =
      results.length === 0
        ? `没有找到和「${query}」有关的内容。换个说法试试，比如用两个字的词：信用、修复、异议。`
        : `找到 ${results.length} 个和「${query}」有关的页面${results.length > PAGE_SIZE ? `，下面列出前 ${PAGE_SIZE} 个` : ''}。`;
  } catch {
    status.textContent = '搜索暂时用不了。您可以从首页的链接找到所有内容。';
  }
}

void run();
