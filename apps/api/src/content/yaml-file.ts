import { readFileSync } from 'node:fs';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { LineCounter, parseDocument } from 'yaml';
import { describeSchemaError } from '../validation-messages';

/** Stops start-up: a malformed content file must never be loaded half-way. */
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

/** Parses one YAML file and checks it against a contract schema, reporting the line of the first problem. */
export function parseYamlFile<T>(path: string, file: string, schema: TSchema): T {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const line = syntaxError.linePos?.[0]?.line ?? lineCounter.linePos(syntaxError.pos[0]).line;
    throw new ContentError(file, line, `YAML 语法错误：${syntaxError.message.split('\n')[0]}`);
  }
  const value = doc.toJS();
  const firstError = [...Value.Errors(schema, value)][0];
  if (firstError) {
    const keys = firstError.instancePath
      .split('/')
      .filter(Boolean)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
    throw new ContentError(file, lineCounter.linePos(node?.range?.[0] ?? 0).line, describeSchemaError(firstError));
  }
  return value as T;
}
