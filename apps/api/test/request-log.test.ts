import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from '../src/request-log';

describe('the request log', () => {
  it('masks identifier-shaped paths and queries, percent-encoded or not', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({ logger: { ...loggerOptions({ env: 'production' }), stream } });
    app.get('/api/v1/entities', async () => ({ items: [] }));
    app.get('/api/v1/entities/:code', async () => ({}));
    await app.inject({ url: '/api/v1/entities?q=370102199001011237' });
    await app.inject({ url: `/api/v1/entities/${encodeURIComponent('13812345678')}` });
    await app.inject({ url: '/api/v1/entities?q=%33%37%30%31%30%32%31%39%39%30%30%31%30%31%31%32%33%37' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('"url":"/api/v1/entities?q=3***************37"');
    expect(log).toContain('138****5678');
    expect(log).not.toMatch(/370102199001011237|13812345678|%33%37%30/);
  });
});
