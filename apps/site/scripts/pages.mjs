#!/usr/bin/env node
// Lists every built HTML page under dist as a site path (/, /policy/section-1/, …), one a line,
// for crawls such as the accessibility check. `--json` prints a JSON array instead.
// `--check-links` also checks that every internal link and #anchor points at something that was built.
// Paths served beside the site on the same origin (the h5 mini-program at /m/, the API at /api/) are not built here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Served on the same origin by the API process, not by this build: links into them are not checked against dist. */
export const SIBLING_PREFIXES = ['/m/', '/api/'];

/** @returns {string[]} site paths of every HTML page, sorted */
export function listPages(root = dist) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(full);
      } else if (e.name.endsWith('.html')) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(root);
  return out.sort();
}

function fileFor(root, sitePath) {
  const p = decodeURIComponent(sitePath);
  const candidates = p.endsWith('/') ? [path.join(root, p, 'index.html')] : [path.join(root, p), path.join(root, p, 'index.html')];
  return candidates.find((c) => existsSync(c));
}

/** @returns {string[]} one message per broken internal link or anchor */
export function checkLinks(root = dist) {
  const problems = [];
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    return ids.get(file);
  };
  for (const page of listPages(root)) {
    const file = fileFor(root, page);
    const html = readFileSync(file, 'utf8');
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href.replaceAll('&amp;', '&'), `http://site${page}`);
      if (SIBLING_PREFIXES.some((prefix) => url.pathname === prefix.slice(0, -1) || url.pathname.startsWith(prefix))) continue;
      const target = fileFor(root, url.pathname);
      if (!target) problems.push(`${page}: link to ${href} has no page`);
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        problems.push(`${page}: link to ${href} has no anchor ${url.hash}`);
    }
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (!existsSync(dist)) {
    console.error('No dist folder: run `pnpm --filter @xinyong/site build` first.');
    process.exit(1);
  }
  const pages = listPages();
  if (process.argv.includes('--check-links')) {
    const problems = checkLinks();
    for (const p of problems) console.error(p);
    console.log(`${pages.length} pages, ${problems.length} broken internal links`);
    process.exit(problems.length > 0 ? 1 : 0);
  }
  console.log(process.argv.includes('--json') ? JSON.stringify(pages, null, 2) : pages.join('\n'));
}
