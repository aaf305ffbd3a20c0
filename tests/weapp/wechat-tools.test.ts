import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as ci from 'miniprogram-ci';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, appJson, WEAPP } from './weapp-build';

// WeChat's own tools, run on the weapp build without WeChat's servers: the compiler that an upload runs
// (getCompiledResult) and the code-quality checks of the developer tools (checkCodeQuality).
//
// The project's attributes, which an upload fetches from WeChat with the app's private key, are given locally
// (the tool's own defaults for an ordinary mini-program). Anything the tool still asks of the outside goes to a
// local proxy that refuses it and writes down where it wanted to go, so the test shows the compile is offline.
let proxy: Server;
const outside: string[] = [];

beforeAll(async () => {
  proxy = createServer((req, res) => {
    outside.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    outside.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  ci.proxy(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
});
afterAll(() => new Promise((resolve) => proxy?.close(resolve)));

function project() {
  const options = {
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: WEAPP,
    // Never used: the attributes below are what the key would have fetched.
    privateKey: 'offline-no-key',
    attr: async () => ci.DefaultProjectAttr,
  };
  return new ci.Project(options as ConstructorParameters<typeof ci.Project>[0]);
}

describe('miniprogram-ci', () => {
  it('compiles the build offline, as an upload would, with every page in the result', async () => {
    const settings = JSON.parse(readFileSync(join(WEAPP, 'project.config.json'), 'utf8')).setting;
    const files = await ci.getCompiledResult({ project: project(), version: '0.1.0', setting: settings, onProgressUpdate: () => {} });
    const names = Object.keys(files);
    for (const page of allPages()) {
      expect(names, page).toContain(`${page}.js`);
    }
    // Nothing but WeChat's list of allowed file types was asked for, and that was refused.
    expect(outside.every((o) => o === 'CONNECT servicewechat.com:443')).toBe(true);
  }, 300_000);

  it('passes all eleven code-quality checks of the developer tools', async () => {
    const results = await ci.checkCodeQuality(project());
    console.table(results.map((r) => ({ check: r.name, passed: r.success, text: r.text })));
    expect(results).toHaveLength(11);
    expect(results.filter((r) => !r.success).map((r) => `${r.name}: ${r.text}`)).toEqual([]);
  }, 300_000);
});

describe('sitemap.json', () => {
  it('keeps every personal page out of WeChat search and lets the public ones in', () => {
    const app = appJson();
    expect(app.sitemapLocation).toBe('sitemap.json');
    const sitemap = JSON.parse(readFileSync(join(WEAPP, 'sitemap.json'), 'utf8')) as { rules: { action: string; page: string }[] };
    const disallowed = new Set(sitemap.rules.filter((r) => r.action === 'disallow').map((r) => r.page));
    const personal = allPages(app).filter(
      (p) =>
        p.startsWith('pkg-my/') ||
        p === 'pages/me/index' ||
        p === 'pkg-benefit/mine/index' ||
        p === 'pkg-report/mine/index' ||
        p === 'pkg-report/request/index',
    );
    expect(personal.length).toBeGreaterThan(10);
    expect(personal.filter((p) => !disallowed.has(p))).toEqual([]);
    // WeChat takes "*" as every page, never as a wildcard inside a path: a rule like pkg-my/* would match nothing.
    expect(sitemap.rules.filter((r) => r.page !== '*' && r.page.includes('*'))).toEqual([]);
    expect(sitemap.rules.at(-1)).toEqual({ action: 'allow', page: '*' });
    for (const page of ['pages/index/index', 'pkg-entity/profile/index', 'pkg-benefit/detail/index', 'pkg-report/verify/index'])
      expect(disallowed.has(page)).toBe(false);
  });
});
