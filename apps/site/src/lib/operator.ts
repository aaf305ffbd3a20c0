import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './paths';

/** Who runs the service, what it collects and how long it keeps it: content/operator.yaml, which the app reads too. */
export interface Operator {
  example: boolean;
  operator: string;
  role: string;
  address: string;
  phone: string;
  email: string;
  hours: string;
  answerWithinWorkingDays: number;
  updated: string;
  collected: { what: string; why: string; when: string }[];
  notCollected: string[];
  retention: { what: string; howLong: string }[];
}

const REQUIRED: (keyof Operator)[] = [
  'operator',
  'role',
  'address',
  'phone',
  'email',
  'hours',
  'answerWithinWorkingDays',
  'updated',
  'collected',
  'notCollected',
  'retention',
];

/** Reads content/operator.yaml; a missing detail stops the build instead of publishing a notice without it. */
export function loadOperator(file = path.join(contentDir, 'operator.yaml')): Operator {
  const o = parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
  for (const key of REQUIRED) if (o?.[key] === undefined || o[key] === '') throw new Error(`content/operator.yaml: ${key} is missing`);
  const data = o as unknown as Operator;
  // YAML reads an unquoted 2026-12-02 as a date.
  const updated = o?.updated instanceof Date ? o.updated.toISOString().slice(0, 10) : String(o?.updated);
  return { ...data, example: data.example === true, updated };
}
