// Prints the size of the main package and of each subpackage of the weapp build, as WeChat counts them
// (every file under a subpackage root belongs to it, the rest to the main package). WeChat allows 2 MB a
// package; our own budget for the main package is 1 MB, so the first screen stays quick on a slow network.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LIMITS_KB = { main: 1024, subpackage: 2048 };
export const WEAPP_DIST = fileURLToPath(new URL('../dist/weapp/', import.meta.url));
// Project files for the developer tools, not part of the uploaded code package.
const notShipped = new Set(['project.config.json', 'project.private.config.json']);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/** Bytes per package: Map of 'main' or the subpackage root → bytes. Throws if there is no build. */
export function measure(root = WEAPP_DIST) {
  if (!existsSync(join(root, 'app.json'))) throw new Error(`No weapp build at ${root}: run pnpm --filter @xinyong/miniprogram build:weapp`);
  const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''));
  const sizes = new Map([['main', 0], ...subRoots.map((r) => [r, 0])]);
  for (const file of files(root)) {
    const rel = relative(root, file).split(sep).join('/');
    if (notShipped.has(rel) || rel.endsWith('.map') || rel.endsWith('.LICENSE.txt')) continue;
    const owner = subRoots.find((r) => rel === r || rel.startsWith(`${r}/`)) ?? 'main';
    sizes.set(owner, sizes.get(owner) + statSync(file).size);
  }
  return sizes;
}

export const limitKb = (name) => (name === 'main' ? LIMITS_KB.main : LIMITS_KB.subpackage);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = measure();
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  let total = 0;
  let over = false;
  for (const [name, bytes] of sizes) {
    total += bytes;
    const limit = limitKb(name);
    if (bytes / 1024 > limit) over = true;
    console.log(`${name === 'main' ? 'main package' : `subpackage ${name}`}: ${kb(bytes)} KB (limit ${limit} KB)`);
  }
  if (sizes.size === 1) console.log('subpackages: none');
  console.log(`total: ${kb(total)} KB`);
  if (over) {
    console.error('A package is over its size limit.');
    process.exitCode = 1;
  }
}
