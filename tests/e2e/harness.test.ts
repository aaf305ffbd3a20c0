import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  axeViolations,
  chinaDateOf,
  chinaNight,
  launchChromium,
  openPerson,
  READY_LINE,
  ROOT,
  startServer,
  systemClockEnv,
} from '@xinyong/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The harness is the person's proxy: these show that what it promises holds, and that its checks can fail.
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";
const PAGES: Record<string, { type: string; body: string }> = {
  '/clean.html': {
    type: 'text/html',
    body: '<!doctype html><html lang="zh-CN"><meta name="viewport" content="width=device-width"><title>好</title><main><h1>一切正常</h1></main>',
  },
  // An inline script (refused by the policy), a script that logs an error, and one that throws.
  '/broken.html': {
    type: 'text/html',
    body: '<!doctype html><html lang="zh-CN"><title>坏</title><script>document.title="x"</script><script src="/broken.js"></script><main><h1>坏</h1></main>',
  },
  '/favicon.ico': { type: 'image/x-icon', body: '' },
  '/broken.js': { type: 'text/javascript', body: 'console.error("上传失败"); setTimeout(() => { throw new Error("boom"); });' },
  // An image without a text alternative: axe must find it, under a policy that forbids inline and injected scripts.
  '/no-alt.html': {
    type: 'text/html',
    body: '<!doctype html><html lang="zh-CN"><title>图</title><main><h1>图</h1><img src="/x.png"></main>',
  },
};
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer((req, res) => {
    const page = PAGES[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'content-type': `${page?.type ?? 'text/plain'}; charset=utf-8`, 'content-security-policy': POLICY });
    res.end(page?.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('a person’s browser', () => {
  it('is a 375 px phone in zh-CN, in Asia/Shanghai, under the served policy', async () => {
    const { page, close } = await openPerson(browser);
    await page.goto(`${origin}/clean.html`);
    const seen = await page.evaluate(() => ({
      width: window.innerWidth,
      language: navigator.language,
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      // An injected script element would run if the policy were bypassed.
      injected: (() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.head.append(s);
        return 'ran' in window || '__ran' in window;
      })(),
    }));
    expect(seen).toEqual({ width: 375, language: 'zh-CN', zone: 'Asia/Shanghai', injected: false });
    // That refused script is itself a CSP violation, and closing says so.
    await expect(close()).rejects.toThrow(/CSP violation: script-src-elem refused inline/);
  });

  it('records console errors, uncaught exceptions and CSP violations, and fails on them', async () => {
    const person = await openPerson(browser);
    await person.page.goto(`${origin}/broken.html`);
    await expect.poll(() => person.problems().some((p) => p.startsWith('uncaught exception: Error: boom'))).toBe(true);
    const problems = person.problems();
    expect(problems.some((p) => p.startsWith('CSP violation: script-src-elem refused inline'))).toBe(true);
    expect(problems.some((p) => p.startsWith('console error: 上传失败'))).toBe(true);
    await expect(person.close()).rejects.toThrow(/problem\(s\) a person would run into/);
  });

  it('lets a test allow the console errors it causes on purpose, but never a policy violation', async () => {
    const person = await openPerson(browser);
    person.allow(/上传失败|violates the following Content Security Policy/);
    await person.page.goto(`${origin}/broken.html`);
    await expect.poll(() => person.problems().length).toBeGreaterThanOrEqual(2);
    expect(person.problems().some((p) => p.includes('上传失败'))).toBe(false);
    expect(person.problems().some((p) => p.startsWith('CSP violation'))).toBe(true);
    await expect(person.close()).rejects.toThrow();
  });

  it('runs axe through the DevTools protocol under a policy that forbids injected scripts', async () => {
    const person = await openPerson(browser);
    // The picture is missing on purpose (only its missing text matters here): the browser logs the 404.
    person.allow(/x\.png/);
    await person.page.goto(`${origin}/no-alt.html`);
    const found = await axeViolations(person.page);
    expect(found.map((v) => v.id)).toContain('image-alt');
    await person.page.goto(`${origin}/clean.html`);
    expect(await axeViolations(person.page)).toEqual([]);
    // axe itself caused no violation: nothing was injected as a script element.
    expect(person.problems()).toEqual([]);
    await person.close();
  });

  it('can be at 02:30 China time', async () => {
    const night = chinaNight();
    const { page, close } = await openPerson(browser, { clockAt: night });
    await page.goto(`${origin}/clean.html`);
    const shown = await page.evaluate(() => new Date().toLocaleString('zh-CN', { hour12: false }));
    expect(shown).toMatch(
      new RegExp(
        `^${Number(chinaDateOf(night).slice(0, 4))}/${Number(chinaDateOf(night).slice(5, 7))}/${Number(chinaDateOf(night).slice(8))} 02:3\\d`,
      ),
    );
    await close();
  });
});

describe('the server’s clock at night', () => {
  it('moves a started process’s wall clock to 02:30 China time, and lets it run on', async () => {
    const night = chinaNight();
    const tiny = `require('node:http').createServer((q, r) => r.end(new Date().toISOString())).listen(Number(process.env.PORT), '127.0.0.1', () => console.log(${JSON.stringify(READY_LINE)}));`;
    const process_ = await startServer({ args: ['-e', tiny], cwd: ROOT, env: systemClockEnv(night) });
    try {
      const now = new Date(await (await fetch(process_.origin)).text());
      expect(now.getTime()).toBeGreaterThanOrEqual(night.getTime() - 1_000);
      const china = new Date(now.getTime() + 8 * 3_600_000).toISOString();
      expect(china.slice(0, 10)).toBe(chinaDateOf(night));
      expect(china.slice(11, 13)).toMatch(/^0[23]$/);
    } finally {
      await process_.stop('SIGTERM');
    }
  });
});

describe('no test lifts the page’s policy', () => {
  it('has no bypassCSP anywhere in the browser tests or their harness', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.name === 'node_modules' || e.name === 'artifacts' ? [] : e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    const sources = [...files(join(ROOT, 'tests')), ...files(join(ROOT, 'packages', 'test-support', 'src'))].filter((f) =>
      f.endsWith('.ts'),
    );
    expect(sources.length).toBeGreaterThan(5);
    const word = ['bypass', 'CSP'].join('');
    expect(sources.filter((f) => readFileSync(f, 'utf8').includes(`${word}:`))).toEqual([]);
  });
});
