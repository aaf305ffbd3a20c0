import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
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

/** Security headers for the API, the site and the h5 app, and CORS limited to configured origins. */
export default fp(async (app: FastifyInstance, opts: { siteDir: string; h5Dir: string; consoleDir?: string; corsOrigins: string[] }) => {
  await app.register(helmet, {
    // Set per area below: the API, the site (pagefind needs WebAssembly) and the h5 app differ.
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    hsts: { maxAge: 31_536_000, includeSubDomains: true },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(cors, {
    origin: opts.corsOrigins.length ? opts.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Access-Purpose'],
    maxAge: 600,
  });

  const site = policy([...inlineScriptHashes(opts.siteDir), "'wasm-unsafe-eval'"]);
  app.decorate('sitePolicy', site);
  const h5 = policy(inlineScriptHashes(opts.h5Dir), ['blob:']);
  // The console: scripts from 'self' only (Vite's build has no inline script); a case's PDF is shown as pictures of
  // its pages (rendered on the server), so nothing at all is framed.
  const staffConsole = [policy([]), "frame-src 'none'"].join('; ');
  const api = "default-src 'none'; frame-ancestors 'none'";
  app.addHook('onSend', async (request, reply) => {
    if (reply.hasHeader('content-security-policy')) return; // the API reference sets its own
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
  });
});
