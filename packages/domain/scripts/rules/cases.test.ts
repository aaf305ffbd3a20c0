import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { INFORMATION_CLASSES } from '../../src/benefit-criteria';
import { assessDisplay, type CreditRecord, RECORD_KINDS } from '../../src/display-rules';
import { nextActions, type RecordCases } from '../../src/next-actions';
import { OBJECTION_STATES, REPAIR_STATES } from '../../src/rule-data';
import { PENALTY_TYPES, SECTORS } from '../../src/vocabulary';
import { bool, check, date, list, nullableDate, obj, oneOf, optional, type Problem, type Spec, str } from './check';
import { REPO_ROOT, RULES_DIR } from './cli';

/**
 * Rule test cases as data (content/rules/cases/*.yaml), after openfisca's YAML tests: a record and its cases
 * in, the expected outcome on given dates out. Each expectation is one test named by its file and line.
 */
const CASES_DIR = join(RULES_DIR, 'cases');

const action: Spec = {
  kind: 'custom',
  check(value, path, problems) {
    if (value === 'available' || value === 'unavailable') return;
    check(value, date, path, problems);
  },
};
const recordSpec = obj({
  kind: oneOf(RECORD_KINDS),
  infoClass: oneOf(INFORMATION_CLASSES),
  decisionDate: date,
  displayEnd: optional(nullableDate),
  repairedAt: optional(nullableDate),
  dutyFulfilledAt: optional(nullableDate),
  subjectIsNaturalPerson: optional(bool),
  subjectIsMinor: optional(bool),
  sector: optional(oneOf(SECTORS)),
  penaltyTypes: optional(list(oneOf(PENALTY_TYPES))),
  procedure: optional(oneOf(['summary', 'ordinary'])),
  minorAndRemedied: optional(bool),
  specificSerious: optional(bool),
  lawPeriod: optional(obj({ end: date, reference: str })),
  dutyOutstanding: optional(bool),
  conductEndedOn: optional(date),
  notRepairable: optional(obj({ reference: str })),
  authorityKind: optional(oneOf(['market_regulation', 'other'])),
  repeatedSameKind: optional(bool),
  listType: optional(str),
});
const caseFileSpec = obj({
  cases: list(
    obj({
      name: str,
      record: recordSpec,
      cases: optional(
        obj({
          objections: optional(list(obj({ status: oneOf(OBJECTION_STATES), reason: optional(str) }))),
          repairs: optional(list(obj({ status: oneOf(REPAIR_STATES) }))),
        }),
      ),
      expect: list(
        obj({
          on: date,
          regime: optional(oneOf(['ndrc-2017', 'ndrc-2019-527', 'ndrc-order-58', 'ndrc-order-36'])),
          status: optional(oneOf(['公示中', '公示期满', '已修复', '异议处理中', '不公示'])),
          displayEnd: optional(nullableDate),
          windowEnd: optional(nullableDate),
          earliestRepairDate: optional(nullableDate),
          object: optional(action),
          repair: optional(action),
        }),
        1,
      ),
    }),
    1,
  ),
});

interface Expectation {
  on: string;
  regime?: string;
  status?: string;
  displayEnd?: string | null;
  windowEnd?: string | null;
  earliestRepairDate?: string | null;
  object?: string;
  repair?: string;
}
interface Case {
  name: string;
  record: CreditRecord;
  cases?: Partial<RecordCases>;
  expect: Expectation[];
}

const files = readdirSync(CASES_DIR).filter((f) => f.endsWith('.yaml'));

test('there are rule cases', () => expect(files.length).toBeGreaterThan(0));

for (const file of files) {
  const label = `content/rules/cases/${file}`;
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(join(CASES_DIR, file), 'utf8'), { lineCounter: lines });
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number] } | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : 1;
  };
  const data = doc.toJS() as { cases: Case[] };

  describe(label, () => {
    test('is well formed', () => {
      const problems: Problem[] = [];
      check(data, caseFileSpec, [], problems);
      expect(doc.errors.map((e) => e.message)).toEqual([]);
      expect(problems.map((p) => `${label}:${lineOf([...p.path])}: ${p.message}`)).toEqual([]);
    });

    data.cases?.forEach((c, i) => {
      c.expect?.forEach((e, j) => {
        test(`${label}:${lineOf(['cases', i, 'expect', j])} ${c.name}, on ${e.on}`, () => {
          const cases: RecordCases = { objections: c.cases?.objections ?? [], repairs: c.cases?.repairs ?? [] };
          const open = cases.objections.some((o) => o.status === 'submitted' || o.status === 'accepted');
          const a = assessDisplay({ ...c.record, objectionOpen: open }, e.on);
          const actions = nextActions(c.record, cases, e.on);
          const show = (kind: 'object' | 'repair') => {
            const x = actions.find((n) => n.action === kind);
            return x?.available ? 'available' : x?.from ? x.from : 'unavailable';
          };
          const actual: Record<string, unknown> = {
            regime: a.regime.id,
            status: a.status,
            displayEnd: a.displayEnd,
            windowEnd: a.window?.end ?? null,
            earliestRepairDate: a.earliestRepairDate,
            object: show('object'),
            repair: show('repair'),
          };
          const { on: _on, ...wanted } = e;
          const got = Object.fromEntries(Object.keys(wanted).map((k) => [k, actual[k]]));
          expect(got, `${a.statusReason} ${actions.map((x) => x.reason).join(' ')}`).toEqual(wanted);
          for (const x of actions) expect(x.reason).toMatch(/[\u4e00-\u9fff]/);
        });
      });
    });
  });
}

// Issue 13's done-when: a decision in every year 2017–2027, in each class (and in and out of the fields with longer
// minimums under Order 58), has its display window, repair date and next actions checked by some case.
describe('the cases cover every year, class and field regime', () => {
  const all = files.flatMap((f) => (parseDocument(readFileSync(join(CASES_DIR, f), 'utf8')).toJS() as { cases: Case[] }).cases);
  const covers = (year: number, infoClass: string, sector: (s: string | undefined) => boolean) =>
    all.some((c) => {
      if (c.record.kind !== 'penalty' || c.record.infoClass !== infoClass || !c.record.decisionDate.startsWith(`${year}-`)) return false;
      if (!sector(c.record.sector ?? undefined)) return false;
      const keys = new Set(c.expect.flatMap((e) => Object.keys(e)));
      // The 2017 notice sets no minimum period, so there is no repair date to check before 2019-07-01.
      const needs = year < 2019 ? ['displayEnd', 'object', 'repair'] : ['displayEnd', 'earliestRepairDate', 'object', 'repair'];
      return needs.every((k) => keys.has(k));
    });
  for (let year = 2017; year <= 2027; year++)
    for (const infoClass of INFORMATION_CLASSES) test(`${year} ${infoClass}`, () => expect(covers(year, infoClass, () => true)).toBe(true));
  for (const year of [2023, 2024, 2025, 2026])
    test(`${year} food and other fields under Order 58`, () => {
      expect(covers(year, '一般', (s) => s === 'food')).toBe(true);
      expect(covers(year, '一般', (s) => s !== 'food') || covers(year, '严重', (s) => s !== 'food')).toBe(true);
    });
});

// The path helpers are shared with the rule loader; referencing REPO_ROOT keeps the cases next to the data they test.
test('cases live under the repository’s content/rules', () => expect(CASES_DIR.startsWith(REPO_ROOT)).toBe(true));
