// Everything `npm start` and `npm test` need before they run: pnpm, dependencies, the builds that are served.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfChanged, checkNode, ensurePnpm, fingerprint, log, PNPM_VERSION, ROOT, run } from './lib.mjs';

const SHARED = ['packages', 'content', 'package.json', 'pnpm-lock.yaml'];

/** Every file that decides what `pnpm install` puts in node_modules. */
function installInputs() {
  const manifests = ['apps', 'packages']
    .flatMap((dir) => readdirSync(join(ROOT, dir)).map((name) => `${dir}/${name}/package.json`))
    .concat(['tests/package.json', 'bench/package.json']);
  return ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', ...manifests.filter((m) => existsSync(join(ROOT, m)))];
}

/**
 * `pnpm install --frozen-lockfile` takes a few seconds even when nothing changed, most of a warm start; a stamp of
 * the manifests and the lockfile skips it until one of them changes (or node_modules is deleted with its stamp).
 */
function installIfChanged(pnpm) {
  const stamp = join(ROOT, 'node_modules', '.xinyong-install-stamp');
  const key = `${PNPM_VERSION}:${process.version}:${fingerprint(installInputs())}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) {
    log('dependencies: up to date');
    return;
  }
  log('installing dependencies (pnpm install --frozen-lockfile)');
  run(pnpm, ['install', '--frozen-lockfile', '--reporter=silent']);
  writeFileSync(stamp, key);
}

export function setup({ weapp = false } = {}) {
  const started = Date.now();
  checkNode();
  const pnpm = ensurePnpm();
  installIfChanged(pnpm);
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
  buildIfChanged('staff console', {
    inputs: ['apps/console', ...SHARED],
    output: 'apps/console/dist',
    build: () => run(pnpm, ['--filter', '@xinyong/console', 'run', 'build'], { env }),
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
