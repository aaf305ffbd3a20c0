import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ENTITIES } from '../src/demo/fixed';
import { STATIC_SECURITY_HEADERS } from '../src/plugins/external/security';
import { createTestApp, inFreshWindow } from './helpers';
import { bearer, devLogin } from './self-service.helpers';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await createTestApp({ corsOrigins: ['https://xinyong.example.cn'] }, { demo: true }));
});
afterAll(() => app.close());

describe('HTTP caching', () => {
  it('gives public answers an ETag and Cache-Control, and answers a conditional GET with 304', async () => {
    const first = await app.inject(`/api/v1/entities/${DEMO_ENTITIES.huaxia.code}`);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await app.inject({ url: `/api/v1/entities/${DEMO_ENTITIES.huaxia.code}`, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const catalogue = await app.inject('/api/v1/benefits');
    expect(catalogue.headers['cache-control']).toMatch(/^public, max-age=300/);
  });

  it('marks personal answers no-store, without an ETag', async () => {
    const token = await devLogin(app, 'zhang');
    const res = await app.inject({ url: '/api/v1/me/records', headers: bearer(token) });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
    const error = await app.inject('/api/v1/entities?q=x');
    expect(error.headers['cache-control']).toBe('no-store');
  });
});

describe('security headers', () => {
  it('sets HSTS, CSP, frame, type and referrer policies on the API, the site and the h5 app', async () => {
    for (const url of ['/api/v1/benefits', '/', '/m/']) {
      const res = await app.inject(url);
      expect(res.headers['strict-transport-security'], url).toMatch(/max-age=31536000/);
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['content-security-policy'], url).toMatch(/frame-ancestors 'none'/);
    }
    expect((await app.inject('/api/v1/benefits')).headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect((await app.inject('/m/')).headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('sets every static security header and the request id on answers, errors and unknown paths alike', async () => {
    for (const url of ['/api/v1/benefits', '/api/v1/entities?q=x', '/api/v1/no-such-route', '/m/']) {
      const res = await app.inject(url);
      for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) expect(res.headers[name], `${url} ${name}`).toBe(value);
      expect(res.headers['x-request-id'], url).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('lets the h5 app read a picked file back from its blob: URL, and nothing else gets blob: or another origin', async () => {
    const directive = (csp: string, name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `));
    // Taro's h5 uploadFile fetches the picked file's blob: URL before it posts it: without blob: the upload hangs.
    const h5 = (await app.inject('/m/')).headers['content-security-policy'] as string;
    expect(directive(h5, 'connect-src')).toBe("connect-src 'self' blob:");
    const site = (await app.inject('/')).headers['content-security-policy'] as string;
    expect(directive(site, 'connect-src')).toBe("connect-src 'self'");
  });

  it('gives the staff console scripts from itself only, and frames nothing (a PDF is shown as pictures of its pages)', async () => {
    const directive = (csp: string, name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `));
    const csp = (await app.inject('/console/')).headers['content-security-policy'] as string;
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(directive(csp, 'frame-src')).toBe("frame-src 'none'");
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    // Nowhere else may frame anything but itself.
    for (const url of ['/', '/m/']) expect((await app.inject(url)).headers['content-security-policy']).not.toContain('frame-src');
  });
});

describe('CORS', () => {
  it('allows only the configured origins', async () => {
    const allowed = await app.inject({ url: '/api/v1/benefits', headers: { origin: 'https://xinyong.example.cn' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://xinyong.example.cn');
    const other = await app.inject({ url: '/api/v1/benefits', headers: { origin: 'https://evil.example.com' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('abuse limits', () => {
  it('limits name searches per address with 429, Retry-After and a Chinese message', async () => {
    await inFreshWindow();
    let last = 0;
    let limited: { headers: Record<string, unknown>; json: () => { error: { code: string; message: string } } } | undefined;
    for (let i = 0; i < 70 && last !== 429; i++) {
      const res = await app.inject({ url: `/api/v1/entities?q=${encodeURIComponent('华夏')}`, remoteAddress: '198.51.100.7' });
      last = res.statusCode;
      if (last === 429) limited = res;
    }
    expect(last).toBe(429);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited?.json().error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('频繁') });
    // Another address is not affected.
    expect((await app.inject({ url: `/api/v1/entities?q=${encodeURIComponent('华夏')}`, remoteAddress: '198.51.100.8' })).statusCode).toBe(
      200,
    );
  });

  it('slows enumeration of unknown codes without hurting lookups of real ones', async () => {
    await inFreshWindow(600);
    const ip = '198.51.100.20';
    const unknown = ['91110000600037341L', '91350100M000100Y43', '911100001000000000'];
    let status = 0;
    let misses = 0;
    for (let i = 0; i < 40 && status !== 429; i++) {
      status = (await app.inject({ url: `/api/v1/entities/${unknown[i % unknown.length]}`, remoteAddress: ip })).statusCode;
      if (status === 404) misses++;
    }
    expect(status).toBe(429);
    expect(misses).toBe(20);
    // A person looking up real companies from another address: unaffected.
    for (let i = 0; i < 30; i++) {
      expect((await app.inject({ url: `/api/v1/entities/${DEMO_ENTITIES.huaxia.code}`, remoteAddress: '198.51.100.21' })).statusCode).toBe(
        200,
      );
    }
  });

  it('limits logins per address', async () => {
    await inFreshWindow();
    let status = 0;
    for (let i = 0; i < 15 && status !== 429; i++) {
      status = (
        await app.inject({
          method: 'POST',
          url: '/api/v1/staff/login',
          payload: { username: 'x', password: 'y' },
          remoteAddress: '198.51.100.30',
        })
      ).statusCode;
    }
    expect(status).toBe(429);
  });

  it('refuses a JSON body over the limit with 413', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/repairs/progress', payload: { queryCode: 'A'.repeat(100_000) } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
