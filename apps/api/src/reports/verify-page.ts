import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportVerification } from '@xinyong/contract';
import { chinaDateAt } from '@xinyong/domain';

/**
 * 报告核验 without JavaScript: the site's form posts to POST /api/v1/reports/verify, and the same route's answer
 * (the verification, or its error) is written into the site's own page in place of the result area that the
 * script fills otherwise. Only the presentation differs from the JSON answer; the check, its rate limit and its
 * access-log line are the route's.
 */
const RESULT_AREA = '<section id="verify-result" aria-live="polite"></section>';

const html = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
/** 2026-03-01 → 2026年3月1日, as the site writes dates. */
const dateText = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
};

function verdictHtml(v: ReportVerification): string {
  if (!v.genuine || !v.report)
    return [
      '<h2 class="verdict verdict-refused">核验未通过</h2>',
      `<p>${html(v.message)}</p>`,
      '<p>请向报告持有人索取原件，或请对方重新申请一份报告。</p>',
    ].join('');
  const r = v.report;
  const fields: [string, string][] = [
    ['报告编号', html(r.number)],
    ['信用主体', `${html(r.subject.name)}${r.subject.example ? ' <strong class="example-tag">示例</strong>' : ''}`],
    ['统一社会信用代码', html(r.subject.code)],
    ['报告期', `${dateText(r.period.from)} 至 ${dateText(r.period.to)}`],
    ['数据截止日', dateText(r.asOf)],
    ['签发日期', dateText(chinaDateAt(new Date(r.issuedAt)))],
  ];
  return [
    '<h2 class="verdict verdict-genuine">核验通过</h2>',
    `<p>${html(v.message)}</p>`,
    `<dl class="meta">${fields.map(([k, val]) => `<dt>${k}</dt><dd>${val}</dd>`).join('')}</dl>`,
    `<h3>各领域结论（共 ${r.sections.length} 个领域）</h3>`,
    `<ul class="sections">${r.sections.map((s) => `<li><strong>${html(s.name)}</strong>：${html(s.conclusion)}</li>`).join('')}</ul>`,
    r.subject.example ? '<p>这是演示数据生成的示例报告，不能作为证明使用。</p>' : '',
  ].join('');
}

function errorHtml(body: { error?: { message?: string } }): string {
  const message = body.error?.message ?? '核验没有完成，请稍后再试。';
  return `<h2 class="verdict verdict-refused">没有完成核验</h2><div class="alert" role="alert"><p>${html(message)}</p></div>`;
}

/** The page a form post gets back; the built site's page when there is one, else a plain page of its own. */
export function verifyPageRenderer(siteDir: string): (payload: unknown, status: number) => string {
  const built = join(siteDir, 'reports', 'verify', 'index.html');
  const template = existsSync(built) ? readFileSync(built, 'utf8') : '';
  const page = template.includes(RESULT_AREA)
    ? (html: string) => template.replace(RESULT_AREA, () => `<section id="verify-result" aria-live="polite">${html}</section>`)
    : (html: string) =>
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>报告核验 · 信用山东</title></head><body><main><h1>报告核验</h1><section id="verify-result">${html}</section></main></body></html>`;
  return (payload, status) => {
    const body = (payload ?? {}) as ReportVerification & { error?: { message?: string } };
    const result = status < 400 && typeof body.genuine === 'boolean' ? verdictHtml(body) : errorHtml(body);
    return page(`${result}<p><a href="/reports/verify/">核验另一份报告</a></p>`);
  };
}
