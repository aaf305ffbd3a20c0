import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** The site's Content-Security-Policy, for a site page the API writes itself (报告核验 without JavaScript). */
    sitePolicy: string;
  }
}

/** sha256 sources for the inline scripts of the built pages, so the CSP can allow exactly those and nothing else. */
export function inlineScriptHashes(dir: string): string[] {
  const hashes = new Set<string>();
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) walk(join(path, name));
      return;
    }
    if (!path.endsWith('.html')) return;
    for (const match of readFileSync(path, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (match[1]?.trim()) hashes.add(`'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`);
    }
  };
  walk(dir);
  return [...hashes];
}

/**
 * One policy shape for the site and the h5 app. `connect` adds fetch targets: Taro's h5 upload reads the picked
 * file back through its blob: URL before sending it, so the h5 app needs blob: there (the site does not).
 */
const policy = (scripts: string[], connect: string[] = []) =>
  [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${connect.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * The headers @fastify/helmet 13 gave every answer with the options this service used (CSP and COEP off, HSTS a
 * year with subdomains, frames denied, referrer same-origin). None depends on the request, so they are one object
 * built at start-up and set in one step, not eleven middlewares run per request.
 */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
});

/**
 * Security headers for the API, the site and the h5 app, the request id, and CORS limited to configured origins.
 * Everything that depends only on the path is set in one onRequest hook: a route or a later hook that sets its own
 * Content-Security-Policy (报告核验's HTML form) simply overwrites it.
 */
export default fp(async (app: FastifyInstance, opts: { siteDir: string; h5Dir: string; consoleDir?: string; corsOrigins: string[] }) => {
  const site = policy([...inlineScriptHashes(opts.siteDir), "'wasm-unsafe-eval'"]);
  app.decorate('sitePolicy', site);
  const h5 = policy(inlineScriptHashes(opts.h5Dir), ['blob:']);
  // The console: scripts from 'self' only (Vite's build has no inline script); a case's PDF is shown as pictures of
  // its pages (rendered on the server), so nothing at all is framed.
  const staffConsole = [policy([]), "frame-src 'none'"].join('; ');
  const api = "default-src 'none'; frame-ancestors 'none'";
  const names = Object.keys(STATIC_SECURITY_HEADERS);
  const values = Object.values(STATIC_SECURITY_HEADERS);
  // Callback style: an async hook costs a promise on every request, and nothing here waits.
  app.addHook('onRequest', (request, reply, done) => {
    for (let k = 0; k < names.length; k++) reply.header(names[k] as string, values[k]);
    const path = request.url;
    reply.header(
      'content-security-policy',
      path.startsWith('/api/')
        ? api
        : path.startsWith('/m/')
          ? h5
          : path.startsWith('/console/') || path === '/console'
            ? staffConsole
            : site,
    );
    // Set before anything can fail, so an error answer carries it too (framework errors set their own: app.ts).
    reply.header('x-request-id', request.id);
    done();
  });
  await app.register(cors, {
    origin: opts.corsOrigins.length ? opts.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Access-Purpose'],
    maxAge: 600,
  });
});
