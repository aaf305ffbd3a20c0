import type { Monitoring, PublicityFigures, QuarterlyReport } from '@xinyong/contract';
import { addDays, assessPublicity, type CivilDate, computeDeadline, monitoringThresholds, pushedInTime } from '@xinyong/domain';
import { type monitoringRepository, type PublicityKind, twelveMonths } from '../repositories/monitoring';

type Repo = ReturnType<typeof monitoringRepository>;
type Counts = { received: number; onTime: number; meetingStandard: number; rejected: number };

const KINDS: readonly PublicityKind[] = ['licence', 'penalty'];
const key = (kind: string, department: string, month: string) => `${kind}\u0000${department}\u0000${month}`;

/** Sums the receipts and refusals of a date range into counts per kind, department and period (month or quarter). */
async function countsBy(repo: Repo, from: CivilDate, to: CivilDate, periodOf: (month: string) => string) {
  const counts = new Map<string, Counts & { kind: PublicityKind; department: string; period: string }>();
  const cell = (kind: PublicityKind, department: string, month: string) => {
    const period = periodOf(month);
    const k = key(kind, department, period);
    let c = counts.get(k);
    if (!c) {
      c = { kind, department, period, received: 0, onTime: 0, meetingStandard: 0, rejected: 0 };
      counts.set(k, c);
    }
    return c;
  };
  for (const g of await repo.received(from, to)) {
    const c = cell(g.kind, g.department, g.month);
    c.received += g.count;
    if (pushedInTime(g.decisionDate, g.receivedOn).onTime) c.onTime += g.count;
    if (g.meetsStandard) c.meetingStandard += g.count;
  }
  for (const r of await repo.rejectedCounts(from, to)) cell(r.kind, r.department, r.month).rejected += r.count;
  return [...counts.values()];
}

function figures(c: Counts & { kind: PublicityKind; department: string }, month: string, pastDisplayEnd: number | null): PublicityFigures {
  const a = assessPublicity({ ...c, pastDisplayEnd }, month);
  return {
    department: c.department,
    kind: c.kind,
    received: c.received,
    onTime: c.onTime,
    onTimePercent: a.onTimePercent,
    meetingStandard: c.meetingStandard,
    standardPercent: a.standardPercent,
    rejected: c.rejected,
    pastDisplayEnd,
    behind: a.behind,
    flags: a.flags,
  };
}

const byDepartment = (a: PublicityFigures, b: PublicityFigures) =>
  a.kind === b.kind ? a.department.localeCompare(b.department, 'zh-CN') : a.kind === 'licence' ? -1 : 1;

function thresholdsOf(month: string) {
  const t = monitoringThresholds(month);
  const status = t.source.status === 'law' ? '' : '（信用办自定的提醒标准，不是法定标准）';
  return {
    onTimePercent: t.onTimePercent,
    standardPercent: t.standardPercent,
    minimumRows: t.minimumRows,
    source: `${t.source.reference}${status}`,
  };
}

const timeliness = (today: CivilDate) => {
  const d = computeDeadline('double_publicity_upload', today);
  return { timelinessSource: `${d.text}（${d.source.reference}）`, timelinessWorkingDays: d.workingDays };
};

/**
 * The monthly monitoring: twelve months ending with `to`, per department and kind, with the refusal reasons and
 * the national total per month for the trend. Records past their display end are counted as of today, in the
 * current month's row (they are a state, not an event of a month).
 */
export async function monthlyMonitoring(repo: Repo, to: string, today: CivilDate): Promise<Monitoring> {
  const { months, from, until } = twelveMonths(to);
  const counts = await countsBy(repo, from, until, (m) => m);
  const currentMonth = today.slice(0, 7);
  const past = months.includes(currentMonth) ? await repo.pastDisplayEnd(today) : new Map<string, number>();
  const reasons = await repo.rejectedRows(from, until);

  const perMonth = months.map((month) => {
    const cells = counts.filter((c) => c.period === month);
    if (month === currentMonth) {
      // A department with a record left public shows up even in a month it pushed nothing.
      for (const department of past.keys())
        if (!cells.some((c) => c.kind === 'penalty' && c.department === department))
          cells.push({ kind: 'penalty', department, period: month, received: 0, onTime: 0, meetingStandard: 0, rejected: 0 });
    }
    const rows = cells
      .map((c) => figures(c, month, c.kind === 'licence' ? null : month === currentMonth ? (past.get(c.department) ?? 0) : null))
      .sort(byDepartment);
    const rejections = reasons
      .filter((r) => r.month === month)
      .map((r) => ({ department: r.department, kind: r.kind, file: r.file, line: Number(r.line), field: r.field, reason: r.reason }));
    return { month, rows, rejections };
  });

  const trend = [...months].reverse().flatMap((month) =>
    KINDS.map((kind) => {
      const cells = counts.filter((c) => c.period === month && c.kind === kind);
      const sum = total(cells);
      const a = assessPublicity({ ...sum, pastDisplayEnd: null }, month);
      return {
        month,
        kind,
        received: sum.received,
        onTimePercent: a.onTimePercent,
        standardPercent: a.standardPercent,
        rejected: sum.rejected,
      };
    }),
  );
  return { asOf: today, months: perMonth, trend, thresholds: thresholdsOf(to), ...timeliness(today) };
}

const total = (cells: readonly Counts[]): Counts =>
  cells.reduce(
    (s, c) => ({
      received: s.received + c.received,
      onTime: s.onTime + c.onTime,
      meetingStandard: s.meetingStandard + c.meetingStandard,
      rejected: s.rejected + c.rejected,
    }),
    { received: 0, onTime: 0, meetingStandard: 0, rejected: 0 },
  );

/** The quarter's first and last day, and its first month (whose thresholds apply). */
export function quarterRange(quarter: string): { from: CivilDate; to: CivilDate; firstMonth: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  const first = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { from: `${first}-01`, to: addDays(next, -1), firstMonth: first };
}

/** The quarterly evaluation: one row per department and kind for the quarter, and a total per kind. */
export async function quarterlyReport(repo: Repo, quarter: string, today: CivilDate): Promise<QuarterlyReport> {
  const { from, to, firstMonth } = quarterRange(quarter);
  const counts = await countsBy(repo, from, to, () => quarter);
  // Past display end is a state on a day: shown for a quarter that includes today, as of today.
  const past = from <= today && today <= to ? await repo.pastDisplayEnd(today) : null;
  const pastOf = (kind: PublicityKind, department: string) => (kind === 'licence' || !past ? null : (past.get(department) ?? 0));
  const rows = counts.map((c) => figures(c, firstMonth, pastOf(c.kind, c.department))).sort(byDepartment);
  const totals = KINDS.map((kind) => {
    const cells = counts.filter((c) => c.kind === kind);
    const pastSum = kind === 'licence' || !past ? null : [...past.values()].reduce((a, b) => a + b, 0);
    return figures({ kind, department: '合计', ...total(cells) }, firstMonth, pastSum);
  });
  return { quarter, from, to, asOf: today, rows, totals, thresholds: thresholdsOf(firstMonth), ...timeliness(today) };
}
