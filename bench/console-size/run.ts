// The staff console's bundle as the browser receives it: every built file, raw, gzip and brotli (the API
// compresses with br or gzip). Reads apps/console/dist (node scripts/setup.mjs builds it); writes
// bench/results/console-size.json. A figure, not a pass or fail.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ROOT } from '@xinyong/test-support';

const dist = join(ROOT, 'apps', 'console', 'dist');
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!name.startsWith('.')) files.push(path);
  }
};
walk(dist);
const rows = files.map((path) => {
  const bytes = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});
const result = { measuredAt: new Date().toISOString(), node: process.version, files: rows, total };
console.table([...rows, { file: 'total', ...total }]);
writeFileSync(join(ROOT, 'bench', 'results', 'console-size.json'), `${JSON.stringify(result, null, 2)}\n`);
