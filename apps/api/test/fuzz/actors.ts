import { randomBytes } from 'node:crypto';
import { PDF } from '@xinyong/test-support/files';
import type { FastifyInstance } from 'fastify';
import type { DEMO_CITIZENS } from '../../src/demo/citizens';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../src/demo/fixed';
import { DEMO_STAFF } from '../../src/demo/staff';

export { PDF };

export const idemKey = () => randomBytes(16).toString('hex');

/** A multipart body with one part; enough for the upload route and for its malformed variants. */
export function multipartBody(
  parts: { name: string; filename?: string; type?: string; data: Buffer | string }[],
  boundary = 'fuzzBoundary7MA4YWxk',
) {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = p.filename ? `form-data; name="${p.name}"; filename="${p.filename}"` : `form-data; name="${p.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`));
    chunks.push(Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function call(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  token?: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  if (res.statusCode >= 300) throw new Error(`setup ${method} ${url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.statusCode === 204 ? null : res.json();
}

export async function login(app: FastifyInstance, citizen: keyof typeof DEMO_CITIZENS): Promise<string> {
  return (await call(app, 'POST', '/auth/dev-login', undefined, { citizen })).token;
}

export async function staffLogin(app: FastifyInstance, who: keyof typeof DEMO_STAFF): Promise<string> {
  const s = DEMO_STAFF[who];
  return (await call(app, 'POST', '/staff/login', undefined, { username: s.username, password: s.password })).token;
}

/** The ids a forger would try: zhang's own record, objection, repair, attachment and commitment. */
export interface Victim {
  recordIds: string[];
  objectionId: string;
  repairId: string | null;
  queryCode: string | null;
  attachmentId: string;
  commitmentId: string;
  commitmentVersion: string;
}

async function upload(app: FastifyInstance, token: string): Promise<string> {
  const { payload, headers } = multipartBody([{ name: 'file', filename: 'proof.pdf', type: 'application/pdf', data: PDF }]);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/me/attachments',
    payload,
    headers: { ...headers, authorization: `Bearer ${token}` },
  });
  if (res.statusCode !== 201) throw new Error(`setup upload → ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** Zhang files an objection on his own (never public) penalty and, acting for his company, a repair application. */
export async function makeVictim(app: FastifyInstance): Promise<Victim> {
  const token = await login(app, 'zhang');
  const own = (await call(app, 'GET', '/me/records', token)).items as { id: string; decisionNo: string }[];
  const penalty = own.find((r) => r.decisionNo === DEMO_DECISION_NUMBERS.zhangPenalty);
  if (!penalty) throw new Error('zhang has no demo penalty');
  const attachmentId = await upload(app, token);
  const objection = await call(
    app,
    'POST',
    '/me/objections',
    token,
    { recordId: penalty.id, reason: '处罚决定书上的日期与事实不符，请核实。', attachmentIds: [attachmentId] },
    { 'idempotency-key': idemKey() },
  );
  const { current } = await call(app, 'GET', '/me/commitments', token);
  const commitment = await call(
    app,
    'POST',
    '/me/commitments',
    token,
    { version: current.version, matter: 'credit-repair', agreed: true },
    { 'idempotency-key': idemKey() },
  );

  await call(app, 'POST', '/me/acting', token, { entityCode: DEMO_ENTITIES.huaxia.code });
  const company = (await call(app, 'GET', '/me/records', token)).items as { id: string; decisionNo: string }[];
  let repairId: string | null = null;
  let queryCode: string | null = null;
  for (const r of company) {
    const e = await call(app, 'POST', '/me/repairs/eligibility', token, { recordId: r.id });
    if (!e.eligible) continue;
    const proof = await upload(app, token);
    // The company signs its own commitment: the one zhang signed for himself does not count for it.
    const signed = await call(
      app,
      'POST',
      '/me/commitments',
      token,
      { version: current.version, matter: 'credit-repair', agreed: true },
      { 'idempotency-key': idemKey() },
    );
    const repair = await call(
      app,
      'POST',
      '/me/repairs',
      token,
      { recordId: r.id, proofAttachmentIds: [proof], commitmentId: signed.id },
      { 'idempotency-key': idemKey() },
    );
    repairId = repair.id;
    queryCode = repair.queryCode;
    break;
  }
  await call(app, 'POST', '/me/acting', token, { entityCode: null });
  return {
    recordIds: [penalty.id, ...company.map((r) => r.id)],
    objectionId: objection.id,
    repairId,
    queryCode,
    attachmentId,
    commitmentId: commitment.id,
    commitmentVersion: current.version,
  };
}
