import { isCivilDate } from '../../src/dates';

/**
 * A small structural checker for the rule files. Each problem keeps the path of the value it is about, so
 * the loader can turn it into "file:line: message" through the YAML document's source ranges.
 */
export type Path = readonly (string | number)[];

export interface Problem {
  path: Path;
  message: string;
}

export type Spec =
  | { kind: 'string'; nonEmpty?: boolean }
  | { kind: 'date' }
  | { kind: 'nullableDate' }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'bool' }
  | { kind: 'literal'; value: unknown }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'array'; of: Spec; min?: number }
  | { kind: 'object'; fields: Record<string, Field> }
  | { kind: 'record'; of: Spec; keys?: readonly string[]; exactKeys?: boolean }
  | { kind: 'custom'; check: (value: unknown, path: Path, problems: Problem[]) => void };

export interface Field {
  spec: Spec;
  optional?: boolean;
}

const show = (v: unknown) => (typeof v === 'string' ? `“${v}”` : JSON.stringify(v));
const fieldName = (path: Path) => {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return last === undefined ? '文件' : `“${last}”`;
};

export function check(value: unknown, spec: Spec, path: Path, problems: Problem[]): void {
  const fail = (message: string) => problems.push({ path, message });
  switch (spec.kind) {
    case 'string':
      if (typeof value !== 'string') fail(`${fieldName(path)}应为文字，实际为 ${show(value)}。`);
      else if (spec.nonEmpty !== false && value.trim() === '') fail(`${fieldName(path)}不能为空。`);
      return;
    case 'date':
      if (!isCivilDate(value)) fail(`${fieldName(path)}应为真实的日期（YYYY-MM-DD），实际为 ${show(value)}。`);
      return;
    case 'nullableDate':
      if (value !== null && !isCivilDate(value)) fail(`${fieldName(path)}应为日期（YYYY-MM-DD）或 null，实际为 ${show(value)}。`);
      return;
    case 'int': {
      const ok = typeof value === 'number' && Number.isInteger(value);
      if (!ok) fail(`${fieldName(path)}应为整数，实际为 ${show(value)}。`);
      else if (spec.min !== undefined && value < spec.min) fail(`${fieldName(path)}不能小于 ${spec.min}，实际为 ${value}。`);
      else if (spec.max !== undefined && value > spec.max) fail(`${fieldName(path)}不能大于 ${spec.max}，实际为 ${value}。`);
      return;
    }
    case 'bool':
      if (typeof value !== 'boolean') fail(`${fieldName(path)}应为 true 或 false，实际为 ${show(value)}。`);
      return;
    case 'literal':
      if (value !== spec.value) fail(`${fieldName(path)}只能是 ${show(spec.value)}，实际为 ${show(value)}。`);
      return;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value))
        fail(`${fieldName(path)}的值 ${show(value)} 无效，可选：${spec.values.join('、')}。`);
      return;
    case 'array':
      if (!Array.isArray(value)) {
        fail(`${fieldName(path)}应为列表，实际为 ${show(value)}。`);
        return;
      }
      if (spec.min !== undefined && value.length < spec.min) fail(`${fieldName(path)}至少要有 ${spec.min} 项。`);
      value.forEach((item, i) => {
        check(item, spec.of, [...path, i], problems);
      });
      return;
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        fail(`${fieldName(path)}应为一组“键: 值”，实际为 ${show(value)}。`);
        return;
      }
      const record = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(spec.fields)) {
        if (!(key in record) || record[key] === undefined) {
          if (!field.optional) fail(`缺少“${key}”。`);
          continue;
        }
        check(record[key], field.spec, [...path, key], problems);
      }
      for (const key of Object.keys(record)) {
        if (!(key in spec.fields))
          problems.push({ path: [...path, key], message: `无法识别的项“${key}”，可用：${Object.keys(spec.fields).join('、')}。` });
      }
      return;
    }
    case 'record': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        fail(`${fieldName(path)}应为一组“键: 值”，实际为 ${show(value)}。`);
        return;
      }
      const record = value as Record<string, unknown>;
      for (const [key, item] of Object.entries(record)) {
        if (spec.keys && !spec.keys.includes(key)) {
          problems.push({ path: [...path, key], message: `无法识别的项“${key}”，可用：${spec.keys.join('、')}。` });
          continue;
        }
        check(item, spec.of, [...path, key], problems);
      }
      if (spec.exactKeys && spec.keys) for (const key of spec.keys) if (!(key in record)) fail(`缺少“${key}”。`);
      return;
    }
    case 'custom':
      spec.check(value, path, problems);
      return;
  }
}

export const str: Spec = { kind: 'string' };
export const date: Spec = { kind: 'date' };
export const nullableDate: Spec = { kind: 'nullableDate' };
export const bool: Spec = { kind: 'bool' };
export const int = (min?: number, max?: number): Spec => ({ kind: 'int', min, max });
export const oneOf = (values: readonly string[]): Spec => ({ kind: 'enum', values });
export const list = (of: Spec, min?: number): Spec => ({ kind: 'array', of, min });
export const obj = (fields: Record<string, Spec | Field>): Spec => ({
  kind: 'object',
  fields: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, 'spec' in f ? f : { spec: f }])),
});
export const optional = (spec: Spec): Field => ({ spec, optional: true });
