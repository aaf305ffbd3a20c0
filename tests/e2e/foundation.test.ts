import { join } from 'node:path';
import { openPerson, screenshotDir, useSystem } from '@xinyong/test-support';
import { describe, expect, it } from 'vitest';

// The one journey through every layer: content/benefits → database → API → site and h5 app in Chromium.
const BENEFIT = '小微企业信用贷款';
const shots = screenshotDir('foundation');
const run = useSystem();

describe('npm start', () => {
  it('prints the four URLs on one origin', () => {
    for (const path of ['/', '/m/', '/api/v1/', '/api/docs']) expect(run.system.output()).toContain(`${run.system.origin}${path}`);
  });

  it('serves the API with the benefit loaded from content/', async () => {
    const res = await fetch(`${run.system.origin}/api/v1/benefits?category=loan`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { name: string }[] };
    expect(body.items.map((b) => b.name)).toContain(BENEFIT);
  });
});

describe('the same benefit in both front ends', () => {
  it('appears on the site’s 信易+ page, reached from the home page', async () => {
    const { page, close } = await openPerson(run.browser);
    await page.goto(`${run.system.origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.screenshot({ path: join(shots, 'site-home.png'), fullPage: true });
    await page.goto(`${run.system.origin}/benefits/`);
    await page.getByText(BENEFIT).first().waitFor();
    await page.screenshot({ path: join(shots, 'site-benefits.png'), fullPage: true });
    await close();
  });

  it('appears in the h5 mini-program’s 信易+ tab, fetched from the API', async () => {
    const { page, close } = await openPerson(run.browser);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/benefits')) apiCalls.push(request.url());
    });
    await page.goto(`${run.system.origin}/m/#/pages/benefits/index`);
    await page.getByText(BENEFIT).first().waitFor({ timeout: 30_000 });
    expect(apiCalls.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'h5-benefits.png'), fullPage: true });
    await close();
  });
});

describe('Ctrl-C', () => {
  it('stops everything cleanly', async () => {
    const code = await run.system.stop();
    expect(code).toBe(0);
    expect(run.system.output()).toContain('stopped cleanly.');
  });
});
