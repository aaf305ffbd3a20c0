// @vitest-environment jsdom
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AppService, loadAppService } from './app-service';
import { allPages, WEAPP } from './weapp-build';
import { stubWx } from './wx-stub';

// Every page of the weapp build rendered in WeChat's component engine: templates compiled by WeChat's wcc
// (miniprogram-compiler), components registered and rendered by miniprogram-simulate (j-component), the app's JavaScript in
// WeChat's module wrapper with a stub wx. Every network call is answered "service unavailable", so each page
// shows what it shows when the API cannot help; none may throw or log an error.
const require = createRequire(import.meta.url);
const simulate = require('miniprogram-simulate') as {
  load: (definition: Record<string, unknown>) => string;
  render: (id: string) => { dom: HTMLElement; attach: (parent: Element) => void; detach: () => void };
};
// miniprogram-simulate puts its own small wx on the global object for components that call wx directly. WeChat
// does not: the app gets wx as a parameter of each file (app-service.ts). Removed, so an app that reached for
// globalThis.wx would fail here as it would in WeChat.
delete (globalThis as { wx?: unknown }).wx;
// WeChat's wcc, which miniprogram-simulate runs for its "official" compiler, over the whole build at once.
const compiler = require('miniprogram-compiler') as { wxmlToJs: (root: string) => string };

let service: AppService;
let wx: ReturnType<typeof stubWx>;
let template: (path: string) => unknown;
const errors: string[] = [];

beforeAll(() => {
  // miniprogram-simulate's setting for wcc's output (src/index.js register()).
  (window as unknown as Record<string, unknown>).__webview_engine_version__ = 0.02;
  template = new Function(compiler.wxmlToJs(WEAPP))() as (path: string) => unknown;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
  wx = stubWx();
  service = loadAppService(WEAPP, wx.api);
  // Taro's one custom component renders every node of every page, itself included.
  simulate.load({ id: 'comp', tagName: 'comp', template: template('comp.wxml'), ...service.componentOptions('comp') });
  (service.app?.onLaunch as ((o: unknown) => void) | undefined)?.call(service.app, { path: 'pages/index/index', query: {} });
});
afterAll(() => vi.restoreAllMocks());

/** Page() options as a component definition: WeChat calls onLoad and onShow when a page opens, onReady once drawn. */
function render(page: string) {
  const options = service.pageOptions(page);
  const methods = Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v === 'function'));
  const id = simulate.load({
    template: template(`${page}.wxml`),
    data: options.data,
    methods,
    lifetimes: {
      attached(this: Record<string, ((o?: unknown) => void) | undefined> & { route?: string }) {
        this.route = page;
        service.setCurrentPages([this]);
        this.onLoad?.({});
        this.onShow?.();
      },
      ready(this: Record<string, (() => void) | undefined>) {
        this.onReady?.();
      },
    },
  });
  const instance = simulate.render(id);
  const parent = document.createElement('div');
  document.body.append(parent);
  instance.attach(parent);
  return instance;
}

describe('every page of the weapp build', () => {
  const pages = allPages();
  it('has the pages of app.json', () => {
    expect(pages.length).toBeGreaterThanOrEqual(19);
  });

  it.each(pages)('%s renders Chinese text without an error', async (page) => {
    errors.length = 0;
    const instance = render(page);
    // Taro draws through setData after the page's first effects; its first requests are answered at once.
    await vi.waitFor(() => expect(instance.dom.textContent ?? '').toMatch(/[\u4e00-\u9fff]{2}/), { timeout: 15_000, interval: 25 });
    await vi.waitFor(() => expect(wx.pending()).toBe(0), { timeout: 15_000, interval: 25 });
    expect(errors).toEqual([]);
    instance.detach();
  });

  it('asks WeChat before anything private runs, through the wx WeChat passes the app', () => {
    // app.ts registers the handler at launch; reached through globalThis.wx it would silently never be.
    expect(wx.calls.some((c) => c.name === 'onNeedPrivacyAuthorization' && typeof c.arg === 'function')).toBe(true);
  });

  it('never found wx on globalThis (WeChat passes it to each file; it is not a global there)', () => {
    expect('wx' in globalThis).toBe(false);
  });
});
