import type { Actor } from './cases';

/** What must never show in an answer: stack frames, source paths, error class names, database error texts. */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\n\s*at\s|\bat [\w.$<>]+ \(|\bat (?:file|node):/],
  ['source path', /\.[cm]?[tj]s:\d+|node_modules|\/src\/|\/work\//],
  ['error class name', /\b(?:[A-Z][A-Za-z]*)?Error:|\bFST_[A-Z_]+|\bERR_[A-Z_]+/],
  [
    'database error',
    /syntax error at or near|violates [a-z ]*constraint|invalid byte sequence|invalid input syntax|does not exist|duplicate key value|pg_advisory|SQLSTATE/i,
  ],
];

export interface Secrets {
  /** Never in any answer to anyone. */
  always: string[];
  /** Never in an answer to a person other than their owner or an authorised reviewer. */
  othersPrivate: string[];
  /** Never in a citizen's own-data answers (the public profile may show a masked legal representative). */
  selfService: string[];
}

export interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** Deliberate 503s: a deployment without WeChat or real-name verification says so instead of pretending. */
const DELIBERATE_503 = new Set(['WECHAT_NOT_CONFIGURED', 'REALNAME_NOT_CONFIGURED']);

export function problemsWith(
  res: Answer,
  ctx: { actor: Actor; tags: string[]; sent: string[]; url: string; secrets: Secrets; formPost?: boolean },
): string[] {
  const problems: string[] = [];
  let json: unknown;
  try {
    json = res.body === '' ? undefined : JSON.parse(res.body);
  } catch {
    json = undefined;
  }
  const errorCode = (json as { error?: { code?: unknown } } | undefined)?.error?.code;
  if (res.statusCode >= 500 && !(res.statusCode === 503 && DELIBERATE_503.has(String(errorCode))))
    problems.push(`status ${res.statusCode}`);
  const page = String(res.headers['content-type'] ?? '').startsWith('text/html');
  if (res.statusCode >= 400 && page && ctx.formPost) {
    // A browser's plain form post (报告核验 with JavaScript off) is answered with the site's page and the reason in it.
    if (!res.body.includes('<html lang="zh-CN"') || !/[\u4e00-\u9fa5]/.test(res.body)) problems.push('error page is not a Chinese page');
    if (typeof res.headers['x-request-id'] !== 'string') problems.push('error page without x-request-id');
  } else if (res.statusCode >= 400) {
    const e = (json as { error?: Record<string, unknown> } | undefined)?.error;
    if (!json || typeof json !== 'object' || Object.keys(json).join() !== 'error' || !e) problems.push('error shape is not { error }');
    else {
      if (typeof e.code !== 'string' || !/^[A-Z][A-Z0-9_]*[A-Z0-9]$/.test(e.code)) problems.push(`error code ${JSON.stringify(e.code)}`);
      if (typeof e.message !== 'string' || !e.message) problems.push('error without message');
      if (typeof e.requestId !== 'string' || e.requestId !== res.headers['x-request-id'])
        problems.push('requestId missing or not the x-request-id header');
      const extra = Object.keys(e).filter((k) => !['code', 'message', 'requestId'].includes(k));
      if (extra.length) problems.push(`error has extra keys ${extra.join(',')}`);
    }
  } else if (res.statusCode !== 204 && String(res.headers['content-type'] ?? '').includes('json') && json === undefined) {
    problems.push('2xx JSON answer does not parse');
  }

  // The server may echo what it was sent (a 404 names the path); only what it adds on its own counts.
  let text = res.body;
  const echoed = [...ctx.sent, ctx.url, decodeSafe(ctx.url)].filter((s) => s.length > 2).sort((a, b) => b.length - a.length);
  for (const s of echoed) {
    text = text.split(s).join('');
    text = text.split(JSON.stringify(s).slice(1, -1)).join('');
  }
  for (const [what, re] of LEAKS) if (re.test(text)) problems.push(`${what}: ${text.match(re)?.[0]}`);

  for (const s of ctx.secrets.always) if (text.includes(s)) problems.push(`leaks ${s}`);
  if (ctx.actor !== 'staff') for (const s of ctx.secrets.othersPrivate) if (text.includes(s)) problems.push(`leaks another person's ${s}`);
  const ownData = ctx.tags.some((t) => t === 'self-service' || t === 'identity' || t === 'staff');
  if ((ctx.actor === 'li' || ctx.actor === 'fresh-li') && ownData)
    for (const s of ctx.secrets.selfService) if (text.includes(s)) problems.push(`leaks ${s} to li`);
  return problems;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
