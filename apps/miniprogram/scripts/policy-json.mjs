// Turns content/policy/*.md and content/guides/*.md into small typed modules at build time, so the bundle carries
// no Markdown parser, and content/operator.yaml into the operator's details for the 隐私保护指引.
// Only the Markdown that the explainers use is understood: headings, paragraphs, lists, quotes, tables, bold, links.
// Anything else stays as plain text rather than being dropped.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = fileURLToPath(new URL('.', import.meta.url));
const content = join(here, '..', '..', '..', 'content');
const source = join(content, 'policy');
const guides = join(content, 'guides');
const out = join(here, '..', 'src', 'generated');

/** Site pages that have a page of their own in the app: a link to one opens it there. */
const APP_PAGES = {
  '/repair-progress/': '/pkg-entity/progress/index',
  '/lookup/': '/pages/index/index',
  '/benefits/': '/pages/benefits/index',
  '/policy/': '/pages/policy/index',
  '/privacy/': '/pkg-policy/privacy/index',
  '/reports/verify/': '/pkg-report/verify/index',
};

/** Where a site link goes in the app: another explainer or guide (to), an app page (go), or nowhere (words only). */
export function linkTarget(href) {
  const original = /^\/policy\/original\/?(?:#(section-\d+))?/.exec(href);
  if (original) return { to: original[1] ? `original#${original[1]}` : 'original' };
  const explainer = /^\/policy\/(section-\d+)\/?(?:#.*)?$/.exec(href);
  if (explainer) return { to: explainer[1] };
  const guide = /^\/guides\/([a-z0-9-]+)\/?(?:#.*)?$/.exec(href);
  if (guide) return { to: `guide-${guide[1]}` };
  const page = APP_PAGES[href.split('#')[0]];
  if (page) return { go: page };
  return {};
}

/** Inline text → spans. Links to explainers, guides and the original become in-app links; others keep their words only. */
export function inline(text) {
  const spans = [];
  const pattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)]+)\)|<[^>]+>/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) spans.push({ t: text.slice(last, m.index) });
    if (m[1] !== undefined) spans.push({ t: m[1], b: true });
    else if (m[2] !== undefined) spans.push({ t: m[2], ...linkTarget(m[3]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) spans.push({ t: text.slice(last) });
  return spans.filter((s) => s.t.length > 0);
}

function frontMatter(text) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta = {};
  for (const line of m[1].split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv) meta[kv[1]] = kv[2].replace(/^["']|["']$/g, '');
  }
  return { meta, body: text.slice(m[0].length) };
}

const cells = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => inline(c.trim()));

export function blocks(body) {
  const lines = body.split('\n');
  const result = [];
  let para = [];
  const flush = () => {
    if (para.length) result.push({ k: 'p', s: inline(para.join('')) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\s+$/, '');
    const html = /^<h(\d)(?: id="([^"]+)")?>(.*)<\/h\d>$/.exec(line);
    const heading = /^(#{2,4})\s+(.*)$/.exec(line);
    if (!line.trim()) flush();
    else if (html) {
      flush();
      result.push({ k: 'h', l: Number(html[1]), s: inline(html[3]), ...(html[2] ? { id: html[2] } : {}) });
    } else if (heading) {
      flush();
      result.push({ k: 'h', l: heading[1].length, s: inline(heading[2]) });
    } else if (/^\s*[-*]\s+/.test(line) || /^\s*\d+\.\s+/.test(line)) {
      flush();
      const ordered = /^\s*\d+\./.test(line);
      const items = [];
      while (i < lines.length && (/^\s*[-*]\s+/.test(lines[i]) || /^\s*\d+\.\s+/.test(lines[i]))) {
        items.push(inline(lines[i].replace(/^\s*(?:[-*]|\d+\.)\s+/, '').trim()));
        i++;
      }
      i--;
      result.push({ k: ordered ? 'ol' : 'ul', i: items });
    } else if (line.startsWith('>')) {
      flush();
      const quote = [];
      while (i < lines.length && lines[i].startsWith('>')) {
        quote.push(lines[i].replace(/^>\s?/, ''));
        i++;
      }
      i--;
      result.push({ k: 'q', s: inline(quote.join('')) });
    } else if (line.startsWith('|')) {
      flush();
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) {
        if (!/^\|[\s:|-]+\|$/.test(lines[i].trim())) rows.push(cells(lines[i]));
        i++;
      }
      i--;
      result.push({ k: 't', h: rows[0] ?? [], r: rows.slice(1) });
    } else para.push(line.replace(/\s{2,}$/, '').trim());
  }
  flush();
  return result;
}

function readArticles(dir, idOf) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const { meta, body } = frontMatter(readFileSync(join(dir, file), 'utf8'));
      const entry = {
        id: idOf(file.replace(/\.md$/, '')),
        title: meta.title ?? file,
        sectionTitle: meta.sectionTitle ?? (meta.docNumber ? `原文：${meta.docNumber}` : ''),
        summary: meta.summary ?? '',
        updated: meta.updated ?? meta.date ?? '',
        order: Number(meta.order ?? 0),
      };
      return { entry, blocks: blocks(body) };
    });
}

/** The operator's details, what is collected and how long it is kept, for the 隐私保护指引 (content/operator.yaml). */
export function operator(file = join(content, 'operator.yaml')) {
  const o = parse(readFileSync(file, 'utf8'));
  for (const key of [
    'operator',
    'role',
    'address',
    'phone',
    'email',
    'hours',
    'answerWithinWorkingDays',
    'updated',
    'collected',
    'notCollected',
    'retention',
  ]) {
    if (o?.[key] === undefined || o[key] === '') throw new Error(`content/operator.yaml: ${key} is missing`);
  }
  for (const [i, c] of o.collected.entries())
    for (const key of ['what', 'why', 'when']) if (!c?.[key]) throw new Error(`content/operator.yaml: collected ${i + 1} has no ${key}`);
  return {
    example: o.example === true,
    operator: String(o.operator),
    role: String(o.role),
    address: String(o.address),
    phone: String(o.phone),
    email: String(o.email),
    hours: String(o.hours),
    answerWithinWorkingDays: Number(o.answerWithinWorkingDays),
    updated: String(o.updated instanceof Date ? o.updated.toISOString().slice(0, 10) : o.updated),
    collected: o.collected.map((c) => ({ what: String(c.what), why: String(c.why), when: String(c.when) })),
    notCollected: o.notCollected.map(String),
    retention: o.retention.map((r) => ({ what: String(r.what), howLong: String(r.howLong) })),
  };
}

export function build() {
  const policy = readArticles(source, (id) => id).sort((a, b) =>
    a.entry.id === 'original' ? 1 : b.entry.id === 'original' ? -1 : a.entry.id.localeCompare(b.entry.id, 'en', { numeric: true }),
  );
  const guideArticles = readArticles(guides, (id) => `guide-${id}`).sort((a, b) => a.entry.order - b.entry.order);
  const strip = ({ order: _order, ...entry }) => entry;
  const index = policy.map((a) => strip(a.entry));
  const guideIndex = guideArticles.map((a) => strip(a.entry));
  const articles = {};
  for (const a of [...policy, ...guideArticles]) articles[a.entry.id] = { ...strip(a.entry), blocks: a.blocks };
  mkdirSync(out, { recursive: true });
  const header = '// Generated by scripts/policy-json.mjs from content/. Do not edit.\n';
  writeFileSync(
    join(out, 'policy-index.ts'),
    `${header}import type { PolicyEntry } from '../services/policy-types';\n\nexport const policyIndex: PolicyEntry[] = ${JSON.stringify(index)};\n\nexport const guideIndex: PolicyEntry[] = ${JSON.stringify(guideIndex)};\n`,
  );
  writeFileSync(
    join(out, 'policy-articles.ts'),
    `${header}import type { PolicyArticle } from '../services/policy-types';\n\nexport const policyArticles: Record<string, PolicyArticle> = ${JSON.stringify(articles)};\n`,
  );
  writeFileSync(
    join(out, 'operator.ts'),
    `${header}import type { Operator } from '../services/policy-types';\n\nexport const operator: Operator = ${JSON.stringify(operator())};\n`,
  );
  return { count: policy.length + guideArticles.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { count } = build();
  console.log(`policy and guides: ${count} documents, operator → src/generated/`);
}
