import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { CRITERION_KINDS, INFORMATION_CLASSES } from '../../src/benefit-criteria';
import { compareDates } from '../../src/dates';
import type {
  DeadlineData,
  HolidayNotice,
  ListRuleData,
  MonitoringThresholdData,
  RegimeData,
  RepairRulesData,
  ShandongDisplayData,
  SourceEntry,
  WorkflowsData,
} from '../../src/rule-data';
import { OBJECTION_STATES, REPAIR_STATES } from '../../src/rule-data';
import type { LegalSource } from '../../src/rules';
import { PENALTY_TYPES, SECTORS, SOURCE_STATUSES } from '../../src/vocabulary';
import {
  bool,
  check,
  date,
  type Field,
  int,
  list,
  nullableDate,
  obj,
  oneOf,
  optional,
  type Path,
  type Problem,
  type Spec,
  str,
} from './check';

/**
 * Reads content/rules/*.yaml, checks every value (a problem is reported as "file:line: message"), resolves
 * each source to its document number, title and article, and renders the typed module the domain imports.
 * Pure apart from reading the files: the CLI writes the result, the test compares it with the committed one.
 */

export const RULE_FILES = [
  'sources.yaml',
  'display-periods.yaml',
  'deadlines.yaml',
  'holidays.yaml',
  'repair.yaml',
  'lists.yaml',
  'workflows.yaml',
  'benefit-criteria.yaml',
  'monitoring.yaml',
  'report.yaml',
] as const;
type RuleFile = (typeof RULE_FILES)[number];

export class RuleDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`规则数据有 ${problems.length} 处问题：\n${problems.join('\n')}`);
    this.name = 'RuleDataError';
  }
}

interface Loaded {
  file: string;
  doc: Document;
  lines: LineCounter;
  value: unknown;
}

function lineOf(loaded: Loaded, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const node = loaded.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return loaded.lines.linePos(node.range[0]).line;
  }
  return 1;
}

function load(dir: string, name: string, label: string, problems: string[]): Loaded | null {
  let text: string;
  try {
    text = readFileSync(join(dir, name), 'utf8');
  } catch {
    problems.push(`${label}:1: 找不到这个文件。`);
    return null;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(`${label}:${lines.linePos(e.pos[0]).line}: YAML 语法错误：${e.message.split('\n')[0]}`);
    return null;
  }
  return { file: label, doc, lines, value: doc.toJS() };
}

// ---- specs -------------------------------------------------------------------------------------------

const sourceIds = new Set<string>();
const sourceRef: Spec = {
  kind: 'custom',
  check(value, path, problems) {
    check(
      value,
      obj({
        id: str,
        status: oneOf(SOURCE_STATUSES),
        article: optional(str),
        quote: optional(str),
        note: optional(str),
      }),
      path,
      problems,
    );
    const v = value as { id?: unknown; status?: unknown; article?: unknown };
    if (typeof v?.id === 'string' && !sourceIds.has(v.id)) {
      problems.push({ path: [...path, 'id'], message: `依据“${v.id}”不在 sources.yaml 中。` });
    }
    const q = value as { quote?: unknown };
    if (v?.status === 'law' && v.id !== 'holiday-notices' && typeof v.article !== 'string' && typeof q?.quote !== 'string') {
      problems.push({ path: [...path, 'status'], message: '标为 law 的依据要写明条款（article）或原文（quote）。' });
    }
  },
};

const minimumSpec: Spec = {
  kind: 'custom',
  check(value, path, problems) {
    if (value === null || value === 'duty_fulfilled') return;
    check(value, obj({ months: int(0, 120) }), path, problems);
  },
};

const classPeriods = obj({
  display: oneOf(['always', 'only_if_authority_sets', 'never']),
  maximumMonths: int(0, 120),
  minimum: minimumSpec,
  note: optional(str),
});

const specs: Record<RuleFile, Spec> = {
  'sources.yaml': obj({
    sources: {
      kind: 'record',
      of: obj({
        title: str,
        docNo: optional(str),
        issuer: optional(str),
        adopted: optional(date),
        effective: optional(date),
        repealed: optional(date),
        cite: optional(str),
        read: str,
      }),
    },
  }),
  'display-periods.yaml': obj({
    regimes: list(
      obj({
        id: oneOf(['ndrc-2017', 'ndrc-2019-527', 'ndrc-order-58', 'ndrc-order-36']),
        label: str,
        decidedFrom: nullableDate,
        source: sourceRef,
        note: optional(str),
        classes: { kind: 'record', of: classPeriods, keys: INFORMATION_CLASSES, exactKeys: true },
        sectorMinimums: optional(list(obj({ sectors: list(oneOf(SECTORS), 1), minimum: obj({ months: int(0, 120) }), source: sourceRef }))),
        severalPenaltyTypes: optional(obj({ source: sourceRef })),
        specificSerious: optional(
          obj({ source: sourceRef, sectors: list(oneOf(SECTORS), 1), penaltyTypes: list(oneOf(PENALTY_TYPES), 1) }),
        ),
        lawOverride: sourceRef,
        atMaximum: obj({ rule: oneOf(['ends', 'sector_rules_if_duty_outstanding']), source: sourceRef }),
      }),
      1,
    ),
    shandong: obj({
      dataListExclusion: obj({ from: date, source: sourceRef }),
      maximumFromConductEnd: obj({ from: date, years: int(1, 20), source: sourceRef }),
      naturalPersons: obj({ source: sourceRef }),
      minors: obj({ source: sourceRef }),
    }),
  }),
  'deadlines.yaml': obj({
    deadlines: list(
      obj({
        kind: str,
        label: str,
        versions: list(obj({ from: nullableDate, workingDays: int(0, 3660), source: sourceRef, text: str }), 1),
      }),
      1,
    ),
  }),
  'report.yaml': obj({
    fee: obj({ source: sourceRef, text: str, short: str }),
  }),
  'monitoring.yaml': obj({
    thresholds: list(
      obj({
        from: date,
        onTimePercent: int(0, 100),
        standardPercent: int(0, 100),
        pastDisplayEndAllowed: int(0, 1_000_000),
        minimumRows: int(0, 1_000_000),
        source: sourceRef,
      }),
      1,
    ),
  }),
  'holidays.yaml': obj({
    source: sourceRef,
    notices: list(
      obj({
        year: int(2000, 2100),
        title: str,
        issued: date,
        festivals: list(obj({ name: str, off: list(date, 2), makeUpWorkdays: list(date) }), 1),
      }),
      1,
    ),
  }),
  'repair.yaml': obj({
    conditions: list(obj({ from: nullableDate, source: sourceRef, items: list(obj({ key: str, text: str }), 1) }), 1),
    materials: list(obj({ from: nullableDate, source: sourceRef, items: list(obj({ key: str, text: str }), 1) }), 1),
    fee: list(
      obj({ from: nullableDate, amountYuan: { kind: 'literal', value: 0 }, source: sourceRef, text: str, short: str, warning: str }),
      1,
    ),
    notRepairable: obj({ source: sourceRef }),
    marketRegulation: obj({
      from: date,
      repeatedSameKind: obj({ source: sourceRef }),
      seriousPenaltyTypes: obj({ penaltyTypes: list(oneOf(PENALTY_TYPES), 1), source: sourceRef }),
    }),
    repeatedOffence: obj({ enforced: bool, source: sourceRef }),
  }),
  'lists.yaml': obj({
    lists: list(
      obj({
        id: str,
        name: str,
        periodMonths: int(1, 240),
        periodSource: sourceRef,
        earlyExit: obj({
          waitMonths: int(0, 240),
          waitFrom: oneOf(['decision', 'corrected']),
          needsCommitment: bool,
          noRepeat: bool,
          source: sourceRef,
        }),
        text: str,
      }),
      1,
    ),
  }),
  'workflows.yaml': obj({
    objection: workflowSpec(OBJECTION_STATES, {
      acceptanceRequired: obj({ source: sourceRef, message: str }),
      repeatSameGrounds: obj({ source: sourceRef, message: str }),
      fee: obj({ source: sourceRef, text: str }),
    }),
    repair: workflowSpec(REPAIR_STATES, { effectSource: sourceRef }),
  }),
  'benefit-criteria.yaml': obj({
    criteria: { kind: 'record', of: obj({ source: sourceRef }), keys: CRITERION_KINDS, exactKeys: true },
    limit: obj({ source: sourceRef }),
  }),
};

function workflowSpec(states: readonly string[], extra: Record<string, Spec>): Spec {
  const state = oneOf(states);
  const fields: Record<string, Spec | Field> = {
    source: sourceRef,
    states: { kind: 'record', of: obj({ label: str, open: bool }), keys: states, exactKeys: true },
    transitions: list(
      obj({
        from: state,
        to: state,
        actor: oneOf(['subject', 'staff']),
        needsReason: bool,
        effect: oneOf(['none', 'revoke', 'correct', 'repair']),
      }),
      1,
    ),
    closedMessage: str,
    oneOpenPerRecord: obj({ source: sourceRef, message: str }),
    ...extra,
  };
  return obj(fields);
}

// ---- cross-value checks --------------------------------------------------------------------------------

function datedOrder(versions: readonly { from?: string | null }[], path: Path, problems: Problem[]) {
  versions.forEach((v, i) => {
    const prev = versions[i - 1];
    if (i > 0 && v.from === null) problems.push({ path: [...path, i, 'from'], message: '只有第一个版本可以写 from: null。' });
    if (prev && typeof prev.from === 'string' && typeof v.from === 'string' && compareDates(v.from, prev.from) <= 0) {
      problems.push({ path: [...path, i, 'from'], message: `版本要按日期先后排列：${v.from} 不晚于上一版本的 ${prev.from}。` });
    }
  });
}

// Some files list versions newest first (the order a person reads them); the loader sorts those.
function datedOrderAnyDirection(versions: readonly { from?: string | null }[], path: Path, problems: Problem[]) {
  const seen = new Map<string, number>();
  versions.forEach((v, i) => {
    const key = v.from ?? 'null';
    if (seen.has(key)) problems.push({ path: [...path, i, 'from'], message: `与第 ${(seen.get(key) ?? 0) + 1} 项的起始日期相同。` });
    seen.set(key, i);
  });
}

// ---- building ---------------------------------------------------------------------------------------------

interface RawRef {
  id: string;
  status: LegalSource['status'];
  article?: string;
  quote?: string;
  note?: string;
}

function reference(entry: SourceEntry, article?: string): string {
  const art = article ?? '';
  if (entry.id === 'service-practice') return entry.title;
  if (entry.cite) return `${entry.cite}${art}`;
  if (entry.docNo && entry.title.length > 24) return `${entry.docNo}${art}`;
  if (entry.docNo) return `${entry.docNo}《${entry.title}》${art}`;
  return `《${entry.title}》${art}`;
}

export interface RuleData {
  sources: Record<string, SourceEntry>;
  regimes: RegimeData[];
  shandong: ShandongDisplayData;
  deadlines: DeadlineData[];
  holidays: { source: LegalSource; notices: HolidayNotice[] };
  repair: RepairRulesData;
  lists: ListRuleData[];
  workflows: WorkflowsData;
  criteria: { sources: Record<string, LegalSource>; limit: LegalSource };
  monitoring: MonitoringThresholdData[];
  report: { fee: { source: LegalSource; text: string; short: string } };
  /** Hash of the display-period and list data: stored windows made under another version are stale. */
  displayRulesHash: string;
}

/** Folded YAML joins lines with a space; Chinese text has none between characters. */
const tidy = (text: string) =>
  text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/([^\u0020-\u007e\s]) (?=[^\u0020-\u007e\s])/g, '$1');

const WORDS = new Set(['source', 'periodSource', 'lawOverride', 'severalPenaltyTypes', 'note', 'label', 'text', 'name']);
function withoutWords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWords);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !WORDS.has(k))
        .map(([k, v]) => [k, withoutWords(v)]),
    );
  }
  return value;
}

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 10);

/** Loads and checks every rule file; throws RuleDataError listing each problem as "file:line: message". */
export function loadRuleData(contentRulesDir: string, repoRoot: string): RuleData {
  const problems: string[] = [];
  const files = {} as Record<RuleFile, Loaded>;
  for (const name of RULE_FILES) {
    const label = relative(repoRoot, join(contentRulesDir, name)).split('\\').join('/');
    const loaded = load(contentRulesDir, name, label, problems);
    if (loaded) files[name] = loaded;
  }
  if (problems.length) throw new RuleDataError(problems);

  const report = (name: RuleFile, found: Problem[]) => {
    for (const p of found) problems.push(`${files[name].file}:${lineOf(files[name], p.path)}: ${p.message}`);
  };

  // Sources first: every other file refers to them.
  const sourcesFile = files['sources.yaml'];
  const found: Problem[] = [];
  check(sourcesFile.value, specs['sources.yaml'], [], found);
  report('sources.yaml', found);
  const rawSources = ((sourcesFile.value as { sources?: Record<string, Record<string, string>> })?.sources ?? {}) as Record<
    string,
    Record<string, string>
  >;
  sourceIds.clear();
  for (const id of Object.keys(rawSources)) sourceIds.add(id);
  const sources: Record<string, SourceEntry> = {};
  for (const [id, s] of Object.entries(rawSources)) {
    sources[id] = {
      id,
      title: s.title ?? '',
      docNo: s.docNo ?? null,
      issuer: s.issuer ?? null,
      adopted: s.adopted ?? null,
      effective: s.effective ?? null,
      repealed: s.repealed ?? null,
      read: tidy(s.read ?? ''),
      cite: s.cite ? tidy(s.cite) : null,
    };
  }

  for (const name of RULE_FILES.slice(1)) {
    const p: Problem[] = [];
    check(files[name].value, specs[name], [], p);
    report(name, p);
  }
  if (problems.length) throw new RuleDataError(problems);

  const resolve = (r: RawRef): LegalSource => {
    const entry = sources[r.id] as SourceEntry;
    const out: LegalSource = { reference: reference(entry, r.article), status: r.status, sourceId: r.id };
    if (r.article) out.article = r.article;
    if (r.quote) out.quote = tidy(r.quote);
    const note = [r.note, r.status === 'unverified' ? `（已读到：${entry.read}）` : null].filter(Boolean).join(' ');
    if (note) out.note = tidy(note);
    return out;
  };

  // display periods
  type RawRegime = Omit<
    RegimeData,
    'source' | 'lawOverride' | 'atMaximum' | 'sectorMinimums' | 'severalPenaltyTypes' | 'specificSerious' | 'version' | 'note'
  > & {
    source: RawRef;
    note?: string;
    lawOverride: RawRef;
    atMaximum: { rule: RegimeData['atMaximum']['rule']; source: RawRef };
    sectorMinimums?: { sectors: RegimeData['sectorMinimums'][number]['sectors']; minimum: { months: number }; source: RawRef }[];
    severalPenaltyTypes?: { source: RawRef };
    specificSerious?: {
      sectors: NonNullable<RegimeData['specificSerious']>['sectors'];
      penaltyTypes: NonNullable<RegimeData['specificSerious']>['penaltyTypes'];
      source: RawRef;
    };
  };
  const display = files['display-periods.yaml'].value as {
    regimes: RawRegime[];
    shandong: Record<string, { from?: string; years?: number; source: RawRef }>;
  };
  const dp: Problem[] = [];
  const regimeVersions = display.regimes.map((r) => ({ from: r.decidedFrom }));
  datedOrder(regimeVersions, ['regimes'], dp);
  if (display.regimes[0]?.decidedFrom !== null)
    dp.push({ path: ['regimes', 0, 'decidedFrom'], message: '第一个时期要写 decidedFrom: null，覆盖更早作出的决定。' });
  const ids = new Set<string>();
  display.regimes.forEach((r, i) => {
    if (ids.has(r.id)) dp.push({ path: ['regimes', i, 'id'], message: `时期“${r.id}”重复。` });
    ids.add(r.id);
    for (const c of INFORMATION_CLASSES) {
      const periods = r.classes[c];
      const min = periods.minimum;
      if (min && min !== 'duty_fulfilled' && min.months > periods.maximumMonths)
        dp.push({
          path: ['regimes', i, 'classes', c, 'minimum'],
          message: `最短公示期 ${min.months} 个月超过最长 ${periods.maximumMonths} 个月。`,
        });
    }
  });
  report('display-periods.yaml', dp);

  const sd = display.shandong;
  const shandong: ShandongDisplayData = {
    dataListExclusion: { from: sd.dataListExclusion?.from as string, source: resolve((sd.dataListExclusion as { source: RawRef }).source) },
    maximumFromConductEnd: {
      from: sd.maximumFromConductEnd?.from as string,
      years: sd.maximumFromConductEnd?.years as number,
      source: resolve((sd.maximumFromConductEnd as { source: RawRef }).source),
    },
    naturalPersons: { source: resolve((sd.naturalPersons as { source: RawRef }).source) },
    minors: { source: resolve((sd.minors as { source: RawRef }).source) },
  };

  // lists
  const rawLists = (
    files['lists.yaml'].value as {
      lists: (Omit<ListRuleData, 'periodSource' | 'earlyExit' | 'version'> & {
        periodSource: RawRef;
        earlyExit: Omit<ListRuleData['earlyExit'], 'source'> & { source: RawRef };
      })[];
    }
  ).lists;
  const lp: Problem[] = [];
  const listIds = new Set<string>();
  rawLists.forEach((l, i) => {
    if (listIds.has(l.id)) lp.push({ path: ['lists', i, 'id'], message: `名单“${l.id}”重复。` });
    listIds.add(l.id);
    if (l.earlyExit.waitMonths > l.periodMonths)
      lp.push({ path: ['lists', i, 'earlyExit', 'waitMonths'], message: '提前移出的等待期长于名单期限。' });
  });
  report('lists.yaml', lp);

  // Only what a window is computed from: editing a label, a note or a citation does not make windows stale.
  const displayRulesHash = hash(withoutWords({ regimes: display.regimes, shandong: display.shandong, lists: rawLists }));

  const regimes: RegimeData[] = display.regimes.map((r) => ({
    id: r.id,
    label: r.label,
    decidedFrom: r.decidedFrom,
    source: resolve(r.source),
    note: r.note ? tidy(r.note) : null,
    classes: r.classes,
    sectorMinimums: (r.sectorMinimums ?? []).map((s) => ({ sectors: s.sectors, minimum: s.minimum, source: resolve(s.source) })),
    severalPenaltyTypes: r.severalPenaltyTypes ? resolve(r.severalPenaltyTypes.source) : null,
    specificSerious: r.specificSerious
      ? { sectors: r.specificSerious.sectors, penaltyTypes: r.specificSerious.penaltyTypes, source: resolve(r.specificSerious.source) }
      : null,
    lawOverride: resolve(r.lawOverride),
    atMaximum: { rule: r.atMaximum.rule, source: resolve(r.atMaximum.source) },
    version: `${r.id}@${displayRulesHash}`,
  }));

  const lists: ListRuleData[] = rawLists.map((l) => ({
    id: l.id,
    name: l.name,
    periodMonths: l.periodMonths,
    periodSource: resolve(l.periodSource),
    earlyExit: { ...l.earlyExit, source: resolve(l.earlyExit.source) },
    text: tidy(l.text),
    version: `list:${l.id}@${displayRulesHash}`,
  }));

  // deadlines
  const rawDeadlines = (
    files['deadlines.yaml'].value as {
      deadlines: { kind: string; label: string; versions: { from: string | null; workingDays: number; source: RawRef; text: string }[] }[];
    }
  ).deadlines;
  const ddp: Problem[] = [];
  const kinds = new Set<string>();
  rawDeadlines.forEach((d, i) => {
    if (kinds.has(d.kind)) ddp.push({ path: ['deadlines', i, 'kind'], message: `期限“${d.kind}”重复。` });
    kinds.add(d.kind);
    datedOrder(d.versions, ['deadlines', i, 'versions'], ddp);
    d.versions.forEach((v, j) => {
      if (!v.text.includes('{days}'))
        ddp.push({ path: ['deadlines', i, 'versions', j, 'text'], message: 'text 里要有 {days}，写出天数。' });
    });
  });
  report('deadlines.yaml', ddp);
  const deadlines: DeadlineData[] = rawDeadlines.map((d) => ({
    kind: d.kind,
    label: d.label,
    versions: d.versions.map((v) => ({ from: v.from, workingDays: v.workingDays, source: resolve(v.source), text: v.text })),
  }));

  // holidays
  const rawHolidays = files['holidays.yaml'].value as {
    source: RawRef;
    notices: { year: number; title: string; issued: string; festivals: { name: string; off: string[]; makeUpWorkdays: string[] }[] }[];
  };
  const hp: Problem[] = [];
  const years = new Set<number>();
  rawHolidays.notices.forEach((n, i) => {
    if (years.has(n.year)) hp.push({ path: ['notices', i, 'year'], message: `${n.year} 年重复。` });
    years.add(n.year);
    n.festivals.forEach((f, j) => {
      if (f.off.length !== 2) hp.push({ path: ['notices', i, 'festivals', j, 'off'], message: 'off 要写两个日期：放假第一天和最后一天。' });
      const [a, b] = f.off;
      if (a && b && compareDates(a, b) > 0)
        hp.push({ path: ['notices', i, 'festivals', j, 'off'], message: `放假第一天 ${a} 晚于最后一天 ${b}。` });
    });
  });
  report('holidays.yaml', hp);
  const holidays = {
    source: resolve(rawHolidays.source),
    notices: rawHolidays.notices.map((n) => ({
      year: n.year,
      title: n.title,
      issued: n.issued,
      festivals: n.festivals.map((f) => ({
        name: f.name,
        off: [f.off[0], f.off[1]] as [string, string],
        makeUpWorkdays: f.makeUpWorkdays,
      })),
    })),
  };

  // repair
  type RawItems = { from: string | null; source: RawRef; items: { key: string; text: string }[] };
  const rawRepair = files['repair.yaml'].value as {
    conditions: RawItems[];
    materials: RawItems[];
    fee: { from: string | null; amountYuan: 0; source: RawRef; text: string; short: string; warning: string }[];
    notRepairable: { source: RawRef };
    marketRegulation: {
      from: string;
      repeatedSameKind: { source: RawRef };
      seriousPenaltyTypes: { penaltyTypes: RepairRulesData['marketRegulation']['seriousPenaltyTypes']['penaltyTypes']; source: RawRef };
    };
    repeatedOffence: { enforced: boolean; source: RawRef };
  };
  const rp: Problem[] = [];
  datedOrderAnyDirection(rawRepair.conditions, ['conditions'], rp);
  datedOrderAnyDirection(rawRepair.materials, ['materials'], rp);
  datedOrderAnyDirection(rawRepair.fee, ['fee'], rp);
  report('repair.yaml', rp);
  const byDate = <T extends { from: string | null }>(xs: T[]) =>
    [...xs].sort((a, b) => (a.from === null ? -1 : b.from === null ? 1 : compareDates(a.from, b.from)));
  const items = (xs: RawItems[]) => byDate(xs).map((x) => ({ from: x.from, source: resolve(x.source), items: x.items }));
  const repair: RepairRulesData = {
    conditions: items(rawRepair.conditions),
    materials: items(rawRepair.materials),
    fee: byDate(rawRepair.fee).map((f) => ({
      from: f.from,
      amountYuan: 0 as const,
      source: resolve(f.source),
      text: f.text,
      short: f.short,
      warning: f.warning,
    })),
    notRepairable: { source: resolve(rawRepair.notRepairable.source) },
    marketRegulation: {
      from: rawRepair.marketRegulation.from,
      repeatedSameKind: { source: resolve(rawRepair.marketRegulation.repeatedSameKind.source) },
      seriousPenaltyTypes: {
        penaltyTypes: rawRepair.marketRegulation.seriousPenaltyTypes.penaltyTypes,
        source: resolve(rawRepair.marketRegulation.seriousPenaltyTypes.source),
      },
    },
    repeatedOffence: { enforced: rawRepair.repeatedOffence.enforced, source: resolve(rawRepair.repeatedOffence.source) },
  };

  // workflows
  type RawWorkflow = {
    source: RawRef;
    states: Record<string, { label: string; open: boolean }>;
    transitions: {
      from: string;
      to: string;
      actor: 'subject' | 'staff';
      needsReason: boolean;
      effect: 'none' | 'revoke' | 'correct' | 'repair';
    }[];
    closedMessage: string;
    oneOpenPerRecord: { source: RawRef; message: string };
  };
  const rawWorkflows = files['workflows.yaml'].value as {
    objection: RawWorkflow & {
      acceptanceRequired: { source: RawRef; message: string };
      repeatSameGrounds: { source: RawRef; message: string };
      fee: { source: RawRef; text: string };
    };
    repair: RawWorkflow & { effectSource: RawRef };
  };
  const wp: Problem[] = [];
  for (const key of ['objection', 'repair'] as const) {
    const seen = new Set<string>();
    rawWorkflows[key].transitions.forEach((t, i) => {
      const k = `${t.from}>${t.to}>${t.actor}`;
      if (seen.has(k)) wp.push({ path: [key, 'transitions', i], message: `重复的走法：${t.from} → ${t.to}（${t.actor}）。` });
      seen.add(k);
      if (!rawWorkflows[key].states[t.from]?.open)
        wp.push({ path: [key, 'transitions', i, 'from'], message: `“${t.from}”已办结，不能再改变状态。` });
    });
  }
  report('workflows.yaml', wp);
  const workflow = (w: RawWorkflow) => ({
    source: resolve(w.source),
    states: w.states,
    transitions: w.transitions,
    closedMessage: w.closedMessage,
    oneOpenPerRecord: { source: resolve(w.oneOpenPerRecord.source), message: w.oneOpenPerRecord.message },
  });
  const workflows = {
    objection: {
      ...workflow(rawWorkflows.objection),
      acceptanceRequired: {
        source: resolve(rawWorkflows.objection.acceptanceRequired.source),
        message: rawWorkflows.objection.acceptanceRequired.message,
      },
      repeatSameGrounds: {
        source: resolve(rawWorkflows.objection.repeatSameGrounds.source),
        message: rawWorkflows.objection.repeatSameGrounds.message,
      },
      fee: { source: resolve(rawWorkflows.objection.fee.source), text: rawWorkflows.objection.fee.text },
    },
    repair: { ...workflow(rawWorkflows.repair), effectSource: resolve(rawWorkflows.repair.effectSource) },
  } as unknown as WorkflowsData;

  // 信易+ criteria
  const rawCriteria = files['benefit-criteria.yaml'].value as { criteria: Record<string, { source: RawRef }>; limit: { source: RawRef } };
  const criteria = {
    sources: Object.fromEntries(Object.entries(rawCriteria.criteria).map(([k, v]) => [k, resolve(v.source)])),
    limit: resolve(rawCriteria.limit.source),
  };

  // 双公示 monitoring thresholds
  const rawMonitoring = (files['monitoring.yaml'].value as { thresholds: (Omit<MonitoringThresholdData, 'source'> & { source: RawRef })[] })
    .thresholds;
  const mp: Problem[] = [];
  datedOrder(rawMonitoring, ['thresholds'], mp);
  report('monitoring.yaml', mp);
  const monitoring: MonitoringThresholdData[] = rawMonitoring.map((t) => ({ ...t, source: resolve(t.source) }));

  // 专项信用报告
  const rawReport = files['report.yaml'].value as { fee: { source: RawRef; text: string; short: string } };
  const reportRules = { fee: { source: resolve(rawReport.fee.source), text: rawReport.fee.text, short: rawReport.fee.short } };

  if (problems.length) throw new RuleDataError(problems);
  return {
    sources,
    regimes,
    shandong,
    deadlines,
    holidays,
    repair,
    lists,
    workflows,
    criteria,
    monitoring,
    report: reportRules,
    displayRulesHash,
  };
}

// ---- rendering -------------------------------------------------------------------------------------------------

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The TypeScript module the domain imports. Deterministic: the same data gives the same text. */
export function renderRulesModule(data: RuleData): string {
  const lines = [
    '// biome-ignore-all format: generated from content/rules/*.yaml by packages/domain/scripts/rules/cli.ts',
    '// Generated file: edit content/rules/*.yaml and run `pnpm --filter @xinyong/domain rules`, never this file.',
    "import type { CriterionKind } from '../benefit-criteria';",
    "import type { DeadlineData, HolidayNotice, ListRuleData, MonitoringThresholdData, RegimeData, RepairRulesData, ShandongDisplayData, SourceEntry, WorkflowsData } from '../rule-data';",
    "import type { LegalSource } from '../rules';",
    '',
    '/** Changes whenever the display-period or list data changes: stored windows of another version are stale. */',
    `export const DISPLAY_RULES_HASH = ${json(data.displayRulesHash)};`,
    '',
    `export const RULE_SOURCES: Readonly<Record<string, SourceEntry>> = ${json(data.sources)};`,
    '',
    `export const DISPLAY_REGIMES: readonly RegimeData[] = ${json(data.regimes)};`,
    '',
    `export const SHANDONG_DISPLAY: ShandongDisplayData = ${json(data.shandong)};`,
    '',
    `export const DEADLINE_DATA: readonly DeadlineData[] = ${json(data.deadlines)};`,
    '',
    `export const HOLIDAY_SOURCE: LegalSource = ${json(data.holidays.source)};`,
    '',
    `export const HOLIDAY_DATA: readonly HolidayNotice[] = ${json(data.holidays.notices)};`,
    '',
    `export const REPAIR_RULES: RepairRulesData = ${json(data.repair)};`,
    '',
    `export const LIST_RULES: readonly ListRuleData[] = ${json(data.lists)};`,
    '',
    `export const WORKFLOWS: WorkflowsData = ${json(data.workflows)};`,
    '',
    `export const CRITERION_SOURCE_DATA: Readonly<Record<CriterionKind, LegalSource>> = ${json(data.criteria.sources)};`,
    '',
    `export const BENEFIT_LIMIT_SOURCE: LegalSource = ${json(data.criteria.limit)};`,
    '',
    `export const MONITORING_THRESHOLDS: readonly MonitoringThresholdData[] = ${json(data.monitoring)};`,
    '',
  ];
  return lines.join('\n');
}

/**
 * The fee sentences alone, for screens that show them without an API answer (`@xinyong/domain/texts`): a module of
 * its own so that a page importing them does not carry the whole rule data.
 */
export function renderFeeTextsModule(data: RuleData): string {
  const texts = { repair: data.repair.fee, objection: data.workflows.objection.fee, report: data.report.fee };
  return [
    '// biome-ignore-all format: generated from content/rules/*.yaml by packages/domain/scripts/rules/cli.ts',
    '// Generated file: edit content/rules/*.yaml and run `pnpm --filter @xinyong/domain rules`, never this file.',
    "import type { FeeTextData } from '../rule-data';",
    '',
    `export const FEE_TEXTS: FeeTextData = ${json(texts)};`,
    '',
  ].join('\n');
}
