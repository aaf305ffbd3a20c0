import { ROUTES, type RouteName } from '@xinyong/contract';
import { describe, expect, it } from 'vitest';
import { createClientOver } from './client';
import type { Transport, TransportRequest } from './transport';

/** A transport that records what the client would send and answers from a script. */
function recording(status = 200) {
  const sent: TransportRequest[] = [];
  const transport: Transport = {
    request: async (req) => {
      sent.push(req);
      return { status, data: status < 300 ? {} : { error: { code: 'X', message: '暂时不可用', requestId: 'r' } }, header: () => undefined };
    },
  };
  return { sent, transport };
}

describe('requests derived from the contract’s route table', () => {
  it('send every route’s method to its path, path parameters encoded', async () => {
    const { sent, transport } = recording();
    const client = createClientOver({ baseURL: 'https://xinyong.example.cn/api/v1', transport });
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      const spec = ROUTES[name];
      const input = {
        params: { id: 'ABC DEF', code: '91110000600037341L', attachmentId: 'F1 2', number: 'SDXY-20261202-ABCDEFGH', username: 'a b' },
        body: {},
        headers: { 'x-access-purpose': '%E6%A0%B8%E5%AE%9E' },
      };
      await client.call(name, input as never);
      const req = sent.at(-1) as TransportRequest;
      expect(req.method, name).toBe(spec.method);
      expect(req.url, name).toBe(
        spec.path
          .replace(':id', 'ABC%20DEF')
          .replace(':code', '91110000600037341L')
          .replace(':attachmentId', 'F1%202')
          .replace(':number', 'SDXY-20261202-ABCDEFGH')
          .replace(':username', 'a%20b'),
      );
      expect('Idempotency-Key' in req.headers, name).toBe('idempotent' in spec);
    }
    expect(sent).toHaveLength(Object.keys(ROUTES).length);
  });

  it('retry a GET and an idempotent POST with the same key, never another POST', async () => {
    const { sent, transport } = recording(503);
    const client = createClientOver({ baseURL: '/api/v1', transport, retryBaseDelayMs: 0, maxRetries: 2 });
    await expect(client.call('lists.catalog')).rejects.toThrow();
    expect(sent).toHaveLength(3);
    await expect(client.repairs.eligibility('penalty-1')).rejects.toThrow();
    expect(sent).toHaveLength(4);
    await expect(
      client.commitments.sign({ version: 'v1', matter: 'credit-repair', agreed: true }, { idempotencyKey: 'k'.repeat(20) }),
    ).rejects.toThrow();
    expect(sent.slice(4).map((r) => r.headers['Idempotency-Key'])).toEqual(['k'.repeat(20), 'k'.repeat(20), 'k'.repeat(20)]);
  });
});

describe('the 信用代证 report', () => {
  it('is fetched as a file from the download path with the session header, and verified with number and code in a body', async () => {
    const { sent, transport } = recording();
    const client = createClientOver({ baseURL: 'https://xinyong.example.cn/api/v1', transport });
    expect(client.reports.downloadTarget(' SDXY-20261202-ABCDEFGH ')).toEqual({
      url: 'https://xinyong.example.cn/api/v1/me/reports/SDXY-20261202-ABCDEFGH/file',
      header: {},
    });
    await client.reports.verify({ number: 'SDXY-20261202-ABCDEFGH', code: '7K3M-9Q2P' });
    const req = sent.at(-1) as TransportRequest;
    expect(req).toMatchObject({ method: 'POST', url: '/reports/verify', data: { number: 'SDXY-20261202-ABCDEFGH', code: '7K3M-9Q2P' } });
    expect(req.url).not.toContain('7K3M');
  });
});
