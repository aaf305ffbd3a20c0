import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { RULES_DIR } from './cli';

/**
 * Every rule in content/rules with its source, status and dates, as one Markdown table (for the lead's note and for
 * reviewers): `pnpm --filter @xinyong/domain rules:table`. A rule is any value that names a source ({ id, status });
 * what it decides is the path to it and the nearest label; its dates are the nearest `from` / `decidedFrom`.
 */

type Raw = Record<string, unknown>;
interface SourceEntry {
  title: string;
  docNo?: string;
  effective?: string;
  repealed?: string;
  read?: string;
}
interface Row {
  file: string;
  path: string;
  label: string;
  source: string;
  article: string;
  status: string;
  from: string;
  note: string;
}

const STATUS_LABELS: Record<string, string> = { law: '法律/规章原文', local_practice: '地方做法或本系统规则', unverified: '未核实' };
const isRef = (v: unknown): v is Raw =>
  typeof v === 'object' && v !== null && typeof (v as Raw).id === 'string' && typeof (v as Raw).status === 'string';
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).replace(/\s+/g, ' ').replace(/\|/g, '｜').trim();

export function ruleRows(dir: string): { rows: Row[]; sources: Record<string, SourceEntry> } {
  const sources = (parse(readFileSync(join(dir, 'sources.yaml'), 'utf8')) as { sources: Record<string, SourceEntry> }).sources;
  const rows: Row[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== 'sources.yaml')
    .sort();
  for (const file of files) {
    const walk = (node: unknown, path: string[], label: string, from: string) => {
      if (Array.isArray(node)) {
        for (const [i, x] of node.entries()) walk(x, [...path, String(i)], label, from);
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      const o = node as Raw;
      const here = text(o.label ?? o.name ?? o.title ?? '') || label;
      const since =
        o.from !== undefined ? text(o.from) || '（最早）' : o.decidedFrom !== undefined ? text(o.decidedFrom) || '（最早）' : from;
      for (const [k, v] of Object.entries(o)) {
        if (isRef(v)) {
          const s = sources[v.id as string];
          rows.push({
            file,
            path: [...path, k].join('.'),
            label: here || [...path].reverse().find((x) => !/^\d+$/.test(x)) || k,
            source: s ? `${s.docNo ? `${s.docNo}《${s.title}》` : `《${s.title}》`}` : `（未知来源 ${text(v.id)}）`,
            article: text(v.article),
            status: text(v.status),
            from: since || (s?.effective ? `依据施行 ${s.effective}` : ''),
            note: text(v.note),
          });
        } else walk(v, [...path, k], here, since);
      }
    };
    walk(parse(readFileSync(join(dir, file), 'utf8')), [], '', '');
  }
  return { rows, sources };
}

export function renderTable(dir: string): string {
  const { rows, sources } = ruleRows(dir);
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const out = [
    '# 规则清单（由 content/rules 生成）',
    '',
    `共 ${rows.length} 条带依据的规则值：法律/规章原文 ${count('law')}，地方做法或本系统规则 ${count('local_practice')}，未核实 ${count('unverified')}。`,
    '生成：`pnpm --filter @xinyong/domain rules:table`。“规则”列是文件和路径；“起”是该值适用的起始日期（按决定日期或办理日期），空白表示不分日期。',
    '',
    '| 规则（文件:路径） | 决定什么 | 依据 | 条款 | 状态 | 起 | 说明 |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.file}:${r.path} | ${r.label} | ${r.source} | ${r.article} | ${STATUS_LABELS[r.status] ?? r.status} | ${r.from} | ${r.note} |`,
    ),
    '',
    '## 没有原文确认的（status: unverified）',
    '',
    ...rows
      .filter((r) => r.status === 'unverified')
      .map((r) => `- ${r.file}:${r.path}（${r.label || '—'}）：${r.source}${r.article}。${r.note}`),
    '',
    '## 各依据实际读到的范围（sources.yaml 的 read）',
    '',
    ...Object.entries(sources).map(
      ([id, s]) =>
        `- \`${id}\` ${s.docNo ? `${s.docNo}` : ''}《${s.title}》${s.effective ? `，${s.effective} 施行` : ''}${s.repealed ? `，${s.repealed} 废止` : ''}：${text(s.read) || '（未写）'}`,
    ),
    '',
  ];
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(renderTable(RULES_DIR));
