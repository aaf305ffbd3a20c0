// Prints the size of the main package and of each subpackage of the weapp build, as WeChat counts them
// (every file under a subpackage root belongs to it, the rest to the main package; limit 2 MB each).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT_KB = 2048;
const root = fileURLToPath(new URL('../dist/weapp/', import.meta.url));
// Project files for the developer tools, not part of the uploaded code package.
const notShipped = new Set(['project.config.json', 'project.private.config.json']);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''));
const sizes = new Map([['main', 0], ...subRoots.map((r) => [r, 0])]);

for (const file of files(root)) {
  const rel = relative(root, file).split(sep).join('/');
  if (notShipped.has(rel) || rel.endsWith('.map')) continue;
  const owner = subRoots.find((r) => rel === r || rel.startsWith(`${r}/`)) ?? 'main';
  sizes.set(owner, sizes.get(owner) + statSync(file).size);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
let total = 0;
let over = false;
for (const [name, bytes] of sizes) {
  total += bytes;
  if (bytes / 1024 > LIMIT_KB) over = true;
  console.log(`${name === 'main' ? 'main package' : `subpackage ${name}`}: ${kb(bytes)} KB`);
}
if (subRoots.length === 0) console.log('subpackages: none');
console.log(`total: ${kb(total)} KB`);
if (over) {
  console.error(`A package is over WeChat's ${LIMIT_KB} KB limit.`);
  process.exitCode = 1;
}
