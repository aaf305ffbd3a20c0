import fc from 'fast-check';
import { idemKey, multipartBody, PDF } from './actors';
import type { Field, JsonSchema, Route } from './openapi';
import { encodeLoose, HOSTILE_STRINGS, HUGE, HUGE_CJK, WRONG_TYPES } from './strings';

export type Actor = 'li' | 'staff' | 'none' | 'fresh-li';

/** One malformed (or, for the baseline, well-formed) request. `sent` lists the strings the server may echo back. */
export interface Case {
  label: string;
  actor: Actor;
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  sent: string[];
  /** Overrides the actor's token (forged or malformed credentials); null sends none. */
  authorization?: string | null;
}

/** What a well-formed request carries for each field name, per caller. */
export type Values = Record<string, unknown>;

interface Parts {
  params: Record<string, { value: string; raw?: boolean }>;
  query: [string, string][];
  headers: Record<string, string>;
  body: Record<string, unknown> | undefined;
}

const RAW_PATH_VALUES = [
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%E0%A4%A',
  '%C0%AE%C0%AE%2F',
  '.',
  '..',
  '%',
  '%u0000',
];

function sampleValid(schema: JsonSchema, name: string, values: Values): unknown {
  if (name in values) {
    const v = values[name];
    return typeof v === 'function' ? (v as () => unknown)() : v;
  }
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' || type === 'number') return schema.minimum ?? 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [];
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(schema.properties ?? {})) out[k] = sampleValid(s, k, values);
    return out;
  }
  if (schema.pattern === '^[A-Z0-9]+$') return 'ABCDEF12';
  return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
}

function baseParts(route: Route, values: Values): Parts {
  const params: Parts['params'] = {};
  for (const f of route.params) params[f.name] = { value: String(sampleValid(f.schema, f.name, values)) };
  const query: [string, string][] = route.query.map((f) => [f.name, String(sampleValid(f.schema, f.name, values))]);
  const headers: Record<string, string> = {};
  for (const f of route.headers) headers[f.name] = String(sampleValid(f.schema, f.name, values));
  const body = route.body ? (sampleValid(route.body, '', values) as Record<string, unknown>) : undefined;
  return { params, query, headers, body };
}

function toCase(route: Route, actor: Actor, label: string, p: Parts, sent: string[], extra: Partial<Case> = {}): Case {
  let path = route.path;
  for (const [name, v] of Object.entries(p.params)) path = path.replace(`{${name}}`, v.raw ? v.value : encodeLoose(v.value));
  const qs = p.query.map(([k, v]) => `${encodeLoose(k)}=${encodeLoose(v)}`).join('&');
  const headers: Record<string, string> = { ...p.headers };
  let payload: string | undefined;
  if (p.body !== undefined && route.method === 'POST') {
    payload = JSON.stringify(p.body);
    headers['content-type'] = 'application/json';
  }
  return { label, actor, method: route.method, url: qs ? `${path}?${qs}` : path, headers, payload, sent, ...extra };
}

const clone = (p: Parts): Parts => ({
  params: { ...p.params },
  query: [...p.query],
  headers: { ...p.headers },
  body: p.body === undefined ? undefined : { ...p.body },
});

/** Strings a hostile client would type, plus random ones from fast-check (seeded, so every run sends the same). */
function stringsFor(seed: number, random: number): string[] {
  const rnd = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { seed, numRuns: random });
  return [...HOSTILE_STRINGS, HUGE, HUGE_CJK, ...rnd];
}

const headerSafe = (s: string) => encodeLoose(s).slice(0, 8 * 1024);

export interface CaseOptions {
  actor: Actor;
  values: Values;
  /** Other people's ids per field name, tried by the actor. */
  forged: Record<string, unknown[]>;
  seed: number;
  randomPerField: number;
}

export function casesFor(route: Route, o: CaseOptions): Case[] {
  const base = baseParts(route, o.values);
  const cases: Case[] = [];
  const add = (label: string, p: Parts, sent: string[] = [], extra: Partial<Case> = {}) =>
    cases.push(toCase(route, o.actor, label, p, sent, extra));
  // Fresh idempotency keys for every request, so a baseline does not turn every later case into a replay.
  const fresh = (p: Parts) => {
    const q = clone(p);
    if ('idempotency-key' in q.headers) q.headers['idempotency-key'] = idemKey();
    return q;
  };

  add('baseline', fresh(base));

  // Credentials: none, malformed, wrong scheme, huge, and the other kind of session.
  for (const [label, auth] of [
    ['no credentials', null],
    ['malformed bearer', 'Bearer not-a-token'],
    ['bearer of the right shape, unknown', `Bearer ${'A'.repeat(43)}`],
    ['basic scheme', 'Basic YWRtaW46YWRtaW4='],
    ['sql in bearer', `Bearer ${encodeURIComponent("' OR 1=1 --")}`],
    ['huge bearer', `Bearer ${'A'.repeat(16 * 1024)}`],
  ] as const) {
    add(`auth: ${label}`, fresh(base), [], { authorization: auth });
  }
  if (o.actor === 'li') add('auth: staff session on a citizen route', fresh(base), [], { actor: 'staff' });
  if (o.actor === 'staff') add('auth: citizen session on a staff route', fresh(base), [], { actor: 'li' });

  const fields: { where: 'params' | 'query' | 'headers' | 'body'; f: Field }[] = [
    ...route.params.map((f) => ({ where: 'params' as const, f })),
    ...route.query.map((f) => ({ where: 'query' as const, f })),
    ...route.headers.map((f) => ({ where: 'headers' as const, f })),
    ...Object.entries(route.body?.properties ?? {}).map(([name, schema]) => ({
      where: 'body' as const,
      f: { name, schema, required: (route.body?.required ?? []).includes(name) },
    })),
  ];

  fields.forEach(({ where, f }, i) => {
    const set = (p: Parts, value: unknown, raw = false) => {
      if (where === 'params') p.params[f.name] = { value: String(value), raw };
      else if (where === 'query') p.query = [...p.query.filter(([k]) => k !== f.name), [f.name, String(value)]];
      else if (where === 'headers') p.headers[f.name] = headerSafe(String(value));
      else if (p.body) p.body[f.name] = value;
    };
    const drop = (p: Parts) => {
      if (where === 'params') p.params[f.name] = { value: '', raw: true };
      else if (where === 'query') p.query = p.query.filter(([k]) => k !== f.name);
      else if (where === 'headers') delete p.headers[f.name];
      else if (p.body) delete p.body[f.name];
    };
    const tag = `${where}.${f.name}`;
    {
      const p = fresh(base);
      drop(p);
      add(`${tag}: missing`, p);
    }
    for (const s of stringsFor(o.seed + i * 7919, o.randomPerField)) {
      const p = fresh(base);
      set(p, s);
      add(`${tag}: ${JSON.stringify(s.slice(0, 24))}${s.length > 24 ? `… (${s.length})` : ''}`, p, [s, encodeLoose(s)]);
    }
    if (where === 'params') {
      for (const raw of RAW_PATH_VALUES) {
        const p = fresh(base);
        set(p, raw, true);
        add(`${tag}: raw ${raw}`, p, [raw]);
      }
    }
    if (where === 'query') {
      const p = fresh(base);
      p.query = [...p.query, [f.name, 'second'], [f.name, 'third']];
      add(`${tag}: repeated`, p, ['second', 'third']);
      const q = fresh(base);
      q.query = [...q.query.filter(([k]) => k !== f.name), [`${f.name}[$ne]`, '1'], [`${f.name}[]`, 'x']];
      add(`${tag}: bracket syntax`, q);
    }
    if (where === 'body') {
      for (const w of WRONG_TYPES) {
        const p = fresh(base);
        set(p, w);
        add(`${tag}: wrong type ${JSON.stringify(w)}`, p);
      }
      for (const v of fc.sample(fc.jsonValue({ maxDepth: 2 }), { seed: o.seed + i * 104729, numRuns: Math.ceil(o.randomPerField / 2) })) {
        const p = fresh(base);
        set(p, v);
        add(`${tag}: random json`, p, [JSON.stringify(v)]);
      }
      if (f.schema.type === 'array') {
        const p = fresh(base);
        set(
          p,
          Array.from({ length: 200 }, (_, k) => `ID${k}`),
        );
        add(`${tag}: 200 items`, p);
        for (const s of HOSTILE_STRINGS.slice(0, 12)) {
          const q = fresh(base);
          set(q, [s]);
          add(`${tag}: [${JSON.stringify(s)}]`, q, [s]);
        }
      }
    }
    for (const forged of o.forged[f.name] ?? []) {
      const p = fresh(base);
      set(p, forged);
      add(`${tag}: someone else's ${JSON.stringify(forged)}`, p);
    }
  });

  if (route.method === 'POST' && !route.multipart) {
    const json = (label: string, payload: string | Buffer, contentType = 'application/json') => {
      const p = fresh(base);
      const c = toCase(route, o.actor, label, p, []);
      cases.push({ ...c, payload, headers: { ...c.headers, 'content-type': contentType } });
    };
    if (route.body) {
      const p = fresh(base);
      if (p.body) p.body.isAdmin = true;
      add('body: extra field', p);
      json('body: __proto__ key', `{"__proto__":{"admin":true},${JSON.stringify(base.body).slice(1)}`);
      json('body: constructor.prototype', `{"constructor":{"prototype":{"admin":true}},${JSON.stringify(base.body).slice(1)}`);
      json(
        'body: duplicate keys',
        `${JSON.stringify(base.body).slice(0, -1)}${Object.keys(base.body ?? {}).length ? ',' : ''}"${Object.keys(base.body ?? {})[0] ?? 'a'}":"dup"}`,
      );
    }
    for (const raw of [
      '[]',
      '"text"',
      '42',
      'null',
      'true',
      '{',
      '{"a":',
      '{"a":1}}',
      '\u0000',
      '{"a":"\\ud800"}',
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
    ]) {
      json(`body: raw ${JSON.stringify(raw)}`, raw);
    }
    json('body: 20k-deep nesting', `${'['.repeat(20000)}${']'.repeat(20000)}`);
    json('body: over the 64 kB limit', JSON.stringify({ ...(base.body ?? {}), reason: 'A'.repeat(70 * 1024) }));
    json('body: 1 MB', Buffer.alloc(1024 * 1024, 0x20));
    json('body: empty', '');
    json('body: invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d]));
    json('content-type: text/plain', JSON.stringify(base.body ?? {}), 'text/plain');
    json('content-type: form', 'a=1&b=2', 'application/x-www-form-urlencoded');
    json('content-type: xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', 'application/xml');
    json('content-type: json with odd charset', JSON.stringify(base.body ?? {}), 'application/json; charset=utf-7');
    json('content-type: multipart junk', 'junk', 'multipart/form-data; boundary=x');
    for (const v of fc.sample(fc.jsonValue({ maxDepth: 3 }), { seed: o.seed + 31, numRuns: o.randomPerField })) {
      json('body: random json document', JSON.stringify(v));
    }
  }

  if (route.multipart) cases.push(...multipartCases(route, o));

  // Unknown query parameters and prototype keys on every route.
  {
    const p = fresh(base);
    p.query = [...p.query, ['__proto__[admin]', '1'], ['constructor[prototype][admin]', '1'], ['debug', 'true']];
    add('query: prototype keys', p);
  }
  return cases;
}

function multipartCases(route: Route, o: CaseOptions): Case[] {
  const out: Case[] = [];
  const mk = (label: string, payload: Buffer | string, contentType: string, sent: string[] = []) =>
    out.push({
      label: `multipart: ${label}`,
      actor: o.actor,
      method: 'POST',
      url: route.path,
      headers: { 'content-type': contentType },
      payload,
      sent,
    });
  const mp = (label: string, parts: Parameters<typeof multipartBody>[0], sent: string[] = []) => {
    const { payload, headers } = multipartBody(parts);
    mk(label, payload, headers['content-type'], sent);
  };
  mp('a valid PDF', [{ name: 'file', filename: 'a.pdf', type: 'application/pdf', data: PDF }]);
  mp('wrong field name', [{ name: 'notfile', filename: 'a.pdf', type: 'application/pdf', data: PDF }]);
  mp('a text field only', [{ name: 'file', data: 'just text' }]);
  mp('two files', [
    { name: 'file', filename: 'a.pdf', type: 'application/pdf', data: PDF },
    { name: 'file', filename: 'b.pdf', type: 'application/pdf', data: PDF },
  ]);
  mp('four parts', [
    { name: 'a', data: '1' },
    { name: 'b', data: '2' },
    { name: 'c', data: '3' },
    { name: 'file', filename: 'a.pdf', type: 'application/pdf', data: PDF },
  ]);
  mp('HTML named .pdf', [{ name: 'file', filename: 'x.pdf', type: 'application/pdf', data: '<script>alert(1)</script>' }]);
  mp('empty file', [{ name: 'file', filename: 'a.pdf', type: 'application/pdf', data: Buffer.alloc(0) }]);
  mp('6 MB PDF', [
    { name: 'file', filename: 'big.pdf', type: 'application/pdf', data: Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024, 32)]) },
  ]);
  mp('PNG header, junk after', [
    {
      name: 'file',
      filename: 'a.png',
      type: 'image/png',
      data: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 0xff)]),
    },
  ]);
  for (const name of [
    '../../etc/passwd',
    'a\u0000.pdf',
    '\u202Efdp.exe',
    '😀.pdf',
    "'; DROP TABLE attachments; --.pdf",
    'A'.repeat(5000),
  ]) {
    mp(`filename ${JSON.stringify(name.slice(0, 20))}`, [{ name: 'file', filename: name, type: 'application/pdf', data: PDF }], [name]);
  }
  mp('odd part content type', [{ name: 'file', filename: 'a.pdf', type: 'text/html; charset=../../', data: PDF }]);
  const valid = multipartBody([{ name: 'file', filename: 'a.pdf', type: 'application/pdf', data: PDF }]);
  mk('no boundary', valid.payload, 'multipart/form-data');
  mk('wrong boundary', valid.payload, 'multipart/form-data; boundary=other');
  mk('truncated', valid.payload.subarray(0, 60), valid.headers['content-type']);
  mk('no closing delimiter', valid.payload.subarray(0, valid.payload.length - 30), valid.headers['content-type']);
  mk('empty body', '', valid.headers['content-type']);
  mk('huge boundary', valid.payload, `multipart/form-data; boundary=${'b'.repeat(5000)}`);
  mk('JSON instead', '{"file":"x"}', 'application/json');
  mk('text instead', 'file', 'text/plain');
  for (const bytes of fc.sample(fc.uint8Array({ maxLength: 2000 }), { seed: o.seed + 77, numRuns: 8 })) {
    mk('random bytes', Buffer.from(bytes), valid.headers['content-type']);
  }
  for (const bytes of fc.sample(fc.uint8Array({ minLength: 10, maxLength: 2000 }), { seed: o.seed + 78, numRuns: 8 })) {
    mp('random file content', [{ name: 'file', filename: 'r.pdf', type: 'application/pdf', data: Buffer.from(bytes) }]);
  }
  return out;
}
