import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenefitContent } from '@xinyong/contract';
import { Value } from 'typebox/value';
import { LineCounter, parseDocument } from 'yaml';
import { describeSchemaError } from '../validation-messages';

/** Stops start-up: a malformed catalogue must never be loaded half-way. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ContentError';
  }
}

export interface LoadedBenefit extends BenefitContent {
  sourceFile: string;
}

export function loadBenefits(dir: string): LoadedBenefit[] {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const seen = new Map<string, string>();
  return files.map((file) => {
    const benefit = parseBenefitFile(join(dir, file), file);
    const earlier = seen.get(benefit.id);
    if (earlier) throw new ContentError(file, 1, `id “${benefit.id}”与 ${earlier} 重复`);
    seen.set(benefit.id, file);
    return benefit;
  });
}

function parseBenefitFile(path: string, file: string): LoadedBenefit {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const line = syntaxError.linePos?.[0]?.line ?? lineCounter.linePos(syntaxError.pos[0]).line;
    throw new ContentError(file, line, `YAML 语法错误：${syntaxError.message.split('\n')[0]}`);
  }
  const value = doc.toJS();
  const firstError = [...Value.Errors(BenefitContent, value)][0];
  if (firstError) {
    const segments = firstError.instancePath.split('/').filter(Boolean);
    const keys = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0] ?? 0;
    throw new ContentError(file, lineCounter.linePos(offset).line, describeSchemaError(firstError));
  }
  const benefit = value as BenefitContent;
  const expected = file.replace(/\.ya?ml$/, '');
  if (benefit.id !== expected) throw new ContentError(file, 1, `id “${benefit.id}”应与文件名“${expected}”一致`);
  return { ...benefit, sourceFile: file };
}
