// Everything `npm start` and `npm test` need before they run: pnpm, dependencies, the builds that are served.
import { fileURLToPath } from 'node:url';
import { buildIfChanged, checkNode, ensurePnpm, log, run } from './lib.mjs';

const SHARED = ['packages', 'content', 'package.json', 'pnpm-lock.yaml'];

export function setup({ weapp = false } = {}) {
  const started = Date.now();
  checkNode();
  const pnpm = ensurePnpm();
  log('installing dependencies (pnpm install --frozen-lockfile)');
  run(pnpm, ['install', '--frozen-lockfile', '--reporter=silent']);
  // Builds are production builds whoever runs them: under a test runner NODE_ENV=test, and Taro's Babel then
  // emits CommonJS helpers that the h5 bundle cannot resolve.
  const env = { ASTRO_TELEMETRY_DISABLED: '1', TARO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  buildIfChanged('site', {
    inputs: ['apps/site', ...SHARED],
    output: 'apps/site/dist',
    build: () => run(pnpm, ['--filter', '@xinyong/site', 'run', 'build'], { env }),
  });
  buildIfChanged('mini-program h5', {
    inputs: ['apps/miniprogram', ...SHARED],
    output: 'apps/miniprogram/dist/h5',
    build: () => run(pnpm, ['--filter', '@xinyong/miniprogram', 'run', 'build:h5'], { env }),
  });
  if (weapp) {
    buildIfChanged('mini-program weapp', {
      inputs: ['apps/miniprogram', ...SHARED],
      output: 'apps/miniprogram/dist/weapp',
      build: () => run(pnpm, ['--filter', '@xinyong/miniprogram', 'run', 'build:weapp'], { env }),
    });
  }
  log(`setup done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return pnpm;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) setup({ weapp: process.argv.includes('--weapp') });
