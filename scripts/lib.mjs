// Plain Node (no dependencies): these scripts run on a fresh machine before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PNPM_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).packageManager.split('@')[1];
const LOCAL_TOOLS = join(ROOT, '.tools');

export const log = (message) => console.log(`\x1b[36m›\x1b[0m ${message}`);
export const fail = (message) => {
  console.error(`\x1b[31m✗\x1b[0m ${message}`);
  process.exit(1);
};

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) fail(`Node ${process.versions.node} is too old: install Node 20.19 or newer.`);
}

function pnpmVersion(bin) {
  const result = spawnSync(bin, ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The pinned pnpm: the one on PATH if it matches, else installed globally, else into ./.tools. */
export function ensurePnpm() {
  if (pnpmVersion('pnpm') === PNPM_VERSION) return 'pnpm';
  const local = join(LOCAL_TOOLS, 'node_modules', '.bin', 'pnpm');
  if (pnpmVersion(local) === PNPM_VERSION) return local;
  log(`installing pnpm ${PNPM_VERSION} (npm i -g pnpm@${PNPM_VERSION})`);
  const global = spawnSync('npm', ['i', '-g', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' });
  if (global.status === 0 && pnpmVersion('pnpm') === PNPM_VERSION) return 'pnpm';
  log('global install not possible here; installing pnpm into ./.tools instead');
  mkdirSync(LOCAL_TOOLS, { recursive: true });
  const localInstall = spawnSync('npm', ['i', '--prefix', LOCAL_TOOLS, '--no-save', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' });
  if (localInstall.status !== 0 || pnpmVersion(local) !== PNPM_VERSION)
    fail(`could not install pnpm ${PNPM_VERSION}; install it with: npm i -g pnpm@${PNPM_VERSION}`);
  return local;
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) fail(`${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}`);
}

/** Spawns a long-running child and forwards Ctrl-C/TERM, exiting with the child's code. */
export function runForeground(command, args, env = {}, cwd = ROOT) {
  const child = spawn(command, args, { stdio: 'inherit', cwd, env: { ...process.env, ...env } });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

/**
 * Runs a server as runForeground does, but starts it again when it dies on its own (a crash, the heap running
 * out, a kill by the system): the service comes back instead of staying down until someone notices. Ctrl-C and
 * SIGTERM are passed on and end it for good. A process that keeps dying right after it starts (a bad
 * configuration, a database that does not open) is given up after a few tries, with its own error on screen.
 */
export function runSupervised(command, args, env = {}, cwd = ROOT, { quickFailures = 3, quickMs = 15_000 } = {}) {
  let child = null;
  let stopping = false;
  let quick = 0;
  const start = () => {
    const startedAt = Date.now();
    child = spawn(command, args, { stdio: 'inherit', cwd, env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => {
      if (stopping) process.exit(code ?? 0);
      quick = Date.now() - startedAt < quickMs ? quick + 1 : 0;
      if (quick >= quickFailures) {
        console.error(`The API stopped ${quick} times right after starting; giving up (see its error above).`);
        process.exit(code || 1);
      }
      const wait = Math.min(5_000, 500 * 2 ** quick);
      console.error(`The API process ended unexpectedly (${signal ?? `exit code ${code}`}); starting it again in ${wait} ms.`);
      setTimeout(() => {
        if (!stopping) start();
      }, wait);
    });
  };
  const forward = (signal) => () => {
    stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    else process.exit(0);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  start();
}

// Build outputs and files the builds write themselves (apps/miniprogram/src/generated) are not inputs.
const SKIP = new Set(['node_modules', 'dist', '.astro', '.temp', '.swc', '.cache', 'generated']);

/** A fingerprint of the inputs of a build, so a warm start skips builds that are already current. */
export function fingerprint(paths) {
  const hash = createHash('sha256');
  const walk = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!SKIP.has(name)) walk(join(path, name));
    } else {
      hash.update(`${path}\0${stat.size}\0`);
      hash.update(readFileSync(path));
    }
  };
  for (const p of paths) walk(join(ROOT, p));
  return hash.digest('hex');
}

/** Runs build() unless the stamp file next to the output says the inputs are unchanged. */
export function buildIfChanged(name, { inputs, output, build, env = {} }) {
  const stampFile = join(ROOT, output, '.build-stamp');
  const key = `${fingerprint(inputs)}:${JSON.stringify(env)}`;
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === key) {
    log(`${name}: up to date`);
    return;
  }
  log(`${name}: building…`);
  const started = Date.now();
  build();
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, key);
  log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
