import { type CivilDate, compareDates, SECTOR_LABELS, SECTORS, type Sector } from '@xinyong/domain';
import type { PenaltyRow } from '../repositories/record-writers';

/**
 * The optional fact columns of a 双公示 penalty row (fields.ts, CF_CXLB … CF_TLZC), checked and mapped to what the
 * rules read. A bad value rejects the row with a message naming the allowed values; an empty cell leaves the fact
 * to the rule's default, so files without these columns import as before.
 */
export type PenaltyFacts = Pick<
  PenaltyRow,
  'procedure' | 'sector' | 'specificSerious' | 'conductEndedOn' | 'lawPeriod' | 'dutyOutstanding' | 'authorityKind' | 'repeatedSameKind'
>;

const YES = new Set(['是', 'Y', 'YES', '1', 'TRUE']);
const NO = new Set(['否', 'N', 'NO', '0', 'FALSE']);
const PROCEDURES: Readonly<Record<string, 'summary' | 'ordinary'>> = {
  简易程序: 'summary',
  简易: 'summary',
  SUMMARY: 'summary',
  普通程序: 'ordinary',
  普通: 'ordinary',
  一般程序: 'ordinary',
  ORDINARY: 'ordinary',
};
const AUTHORITY_KINDS: Readonly<Record<string, 'market_regulation' | 'other'>> = {
  市场监管: 'market_regulation',
  市场监督管理: 'market_regulation',
  市场监督管理部门: 'market_regulation',
  MARKET_REGULATION: 'market_regulation',
  其他: 'other',
  OTHER: 'other',
};
const SECTOR_BY_TEXT: ReadonlyMap<string, Sector> = new Map([
  ...SECTORS.map((s) => [s.toUpperCase(), s] as const),
  ...SECTORS.map((s) => [SECTOR_LABELS[s], s] as const),
]);

export function readPenaltyFactColumns(
  get: (code: string) => string,
  date: (code: string, label: string) => CivilDate | null,
  reject: (field: string, reason: string) => void,
  context: { decisionDate: CivilDate | null; today: CivilDate },
): PenaltyFacts {
  const facts: PenaltyFacts = {};
  const yesNo = (code: string, label: string): boolean | null => {
    const v = get(code);
    if (!v) return null;
    const u = v.toUpperCase();
    if (YES.has(u)) return true;
    if (NO.has(u)) return false;
    reject(code, `${label}“${v}”无效，应填“是”或“否”，不清楚的留空。`);
    return null;
  };

  const procedure = get('CF_CXLB');
  if (procedure) {
    const p = PROCEDURES[procedure.toUpperCase()];
    if (p) facts.procedure = p;
    else reject('CF_CXLB', `处罚程序“${procedure}”无效，应为“简易程序”或“普通程序”。`);
  }

  const sector = get('CF_LY');
  if (sector) {
    const s = SECTOR_BY_TEXT.get(sector.toUpperCase());
    if (s) facts.sector = s;
    else
      reject(
        'CF_LY',
        `监管领域“${sector}”无效，应为${SECTORS.map((x) => SECTOR_LABELS[x]).join('、')}之一；不确定的留空，按处罚依据判断。`,
      );
  }

  const specific = yesNo('CF_TDYZSX', '特定严重失信行为');
  if (specific !== null) facts.specificSerious = specific;

  const ended = date('CF_WFZZRQ', '违法行为终止日期');
  if (ended && compareDates(ended, context.today) > 0) reject('CF_WFZZRQ', `违法行为终止日期 ${ended} 晚于今天。`);
  else if (ended) facts.conductEndedOn = ended;

  const lawEnd = date('CF_FDGSJZQ', '法律规定的公示截止期');
  const lawRef = get('CF_FDGSYJ');
  if (lawEnd && !lawRef) reject('CF_FDGSYJ', '填写了法律规定的公示截止期，也要写明规定它的法律条文（如《××法》第×条）。');
  else if (!lawEnd && lawRef && !get('CF_FDGSJZQ')) reject('CF_FDGSJZQ', '写明了规定公示期的法律条文，也要填写公示截止期。');
  else if (lawEnd && context.decisionDate && compareDates(lawEnd, context.decisionDate) < 0)
    reject('CF_FDGSJZQ', `法律规定的公示截止期 ${lawEnd} 早于决定日期 ${context.decisionDate}。`);
  else if (lawEnd && lawRef) facts.lawPeriod = { end: lawEnd, reference: lawRef };

  const outstanding = yesNo('CF_YWWLX', '处罚义务尚未履行');
  if (outstanding !== null) facts.dutyOutstanding = outstanding;

  const kind = get('CF_JGLX');
  if (kind) {
    const k = AUTHORITY_KINDS[kind.toUpperCase()];
    if (k) facts.authorityKind = k;
    else reject('CF_JGLX', `处罚机关类别“${kind}”无效，应为“市场监管”或“其他”。`);
  }

  const repeated = yesNo('CF_TLZC', '因同一类违法行为再次受到处罚');
  if (repeated !== null) facts.repeatedSameKind = repeated;
  return facts;
}
