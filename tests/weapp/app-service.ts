import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * WeChat's app service, as far as rendering a Taro page needs it: each file runs once in a module wrapper
 * whose parameters are wx, App, Page, Component, getApp and getCurrentPages, as WeChat runs them. None of them is
 * put on globalThis: code that reaches for globalThis.wx breaks here as it would in WeChat.
 */
export interface AppService {
  /** Page() options of a page, after its file ran (pkg-my/records/index). */
  pageOptions: (page: string) => PageOptions;
  componentOptions: (path: string) => Record<string, unknown>;
  app: Record<string, unknown> | undefined;
  /** Every wx method the app called, with its first argument. */
  calls: { name: string; arg: unknown }[];
  setCurrentPages: (pages: unknown[]) => void;
}

export type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> };

export function loadAppService(root: string, wx: Record<string, unknown>): AppService {
  const cache = new Map<string, { exports: unknown }>();
  const pages = new Map<string, PageOptions>();
  const components = new Map<string, Record<string, unknown>>();
  let current = '';
  let app: Record<string, unknown> | undefined;
  let currentPages: unknown[] = [];
  const globals = {
    wx,
    App: (options: Record<string, unknown>) => {
      app = options;
    },
    Page: (options: PageOptions) => {
      pages.set(current, options);
    },
    Component: (options: Record<string, unknown>) => {
      components.set(current, options);
    },
    getApp: () => app,
    getCurrentPages: () => currentPages,
  };
  const names = Object.keys(globals);
  const run = (file: string) => {
    const key = normalize(file);
    const hit = cache.get(key);
    if (hit) return hit.exports;
    const module = { exports: {} as unknown };
    cache.set(key, module);
    const previous = current;
    current = relative(root, key).replace(/\.js$/, '');
    const local = (request: string) => {
      if (!request.startsWith('.')) return createRequire(key)(request);
      const target = join(dirname(key), request);
      return run(existsSync(target) && target.endsWith('.js') ? target : `${target}.js`);
    };
    const body = readFileSync(key, 'utf8');
    new Function('require', 'module', 'exports', ...names, body)(
      local,
      module,
      module.exports,
      ...names.map((n) => globals[n as keyof typeof globals]),
    );
    current = previous;
    return module.exports;
  };
  run(join(root, 'app.js'));
  return {
    pageOptions: (page) => {
      run(join(root, `${page}.js`));
      const options = pages.get(page);
      if (!options) throw new Error(`${page}.js did not call Page()`);
      return options;
    },
    componentOptions: (path) => {
      run(join(root, `${path}.js`));
      const options = components.get(path);
      if (!options) throw new Error(`${path}.js did not call Component()`);
      return options;
    },
    get app() {
      return app;
    },
    calls: [],
    setCurrentPages: (list) => {
      currentPages = list;
    },
  };
}
