/**
 * Top self-time functions of a V8 .cpuprofile (node --cpu-prof), for the results note: the profiles themselves
 * stay out of git.   pnpm exec tsx pair/profile.ts <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
const [file, top = '25'] = process.argv.slice(2).filter((a) => a !== '--');
if (!file) throw new Error('usage: profile.ts <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
for (const id of profile.samples) {
  const n = byId.get(id);
  if (!n) continue;
  const { functionName, url, lineNumber } = n.callFrame;
  const where = url ? `${relative(process.cwd(), url.replace(/^file:\/\//, '')).replace(/^(\.\.\/)+/, '')}:${lineNumber + 1}` : '';
  const key = `${functionName || '(anonymous)'} ${where}`.trim();
  self.set(key, (self.get(key) ?? 0) + 1);
}
const total = profile.samples.length;
const idle = [...self].filter(([k]) => k.startsWith('(idle)') || k.startsWith('(program)')).reduce((s, [, v]) => s + v, 0);
console.log(`samples: ${total}, idle/program: ${((idle / total) * 100).toFixed(1)}%`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
