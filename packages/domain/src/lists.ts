import { addDays, addMonths, type CivilDate, compareDates, isCivilDate, maxDate } from './dates';
import { LIST_RULES } from './generated/rules';
import type { ListRuleData } from './rule-data';
import { citation } from './rules';

/**
 * Serious-dishonesty lists. Each list's period and exit conditions come from the rule that set it up
 * (content/rules/lists.yaml), not from the penalty display periods: a wage-arrears listing runs three years from
 * the listing decision, and its early exit is counted from the day the arrears were paid (人力资源社会保障部令第45号).
 */
export type ListRule = ListRuleData;
export const LIST_TYPE_IDS: readonly string[] = LIST_RULES.map((l) => l.id);

export function listRule(id: string): ListRule | undefined {
  return LIST_RULES.find((l) => l.id === id);
}

/** The list an entry belongs to, by id or by the list's name as written on the entry (列入名单名称). */
export function listRuleFor(idOrName: string | null | undefined): ListRule | undefined {
  if (!idOrName) return undefined;
  const key = idOrName.trim();
  return LIST_RULES.find((l) => l.id === key || l.name === key);
}

export interface ListEntryFacts {
  listType: string;
  /** Date of the listing decision. */
  decisionDate: CivilDate;
  /** Date the conduct was corrected (wages paid, tax paid); starts the wait for an early exit where the rule says so. */
  correctedOn?: CivilDate | null;
  /** Another violation of the same kind while listed. */
  repeated?: boolean;
}

export interface ListExitCondition {
  text: string;
  met: boolean | 'unknown';
}

export interface ListExit {
  rule: ListRule;
  /** Last day on the list when nothing else happens: the list's period from the decision. */
  listedUntil: CivilDate;
  /** First day an early exit may be applied for; null when a condition with a date is not met yet. */
  earlyExitFrom: CivilDate | null;
  conditions: ListExitCondition[];
  /** One Chinese sentence about the early exit on the date. */
  reason: string;
}

const lastDayOf = (start: CivilDate, months: number) => addDays(addMonths(start, months), -1);

/** When an entry leaves its list, and when and on what conditions it may leave early. */
export function listExit(entry: ListEntryFacts, on: CivilDate): ListExit {
  const rule = listRuleFor(entry.listType);
  if (!rule) throw new RangeError(`未收录的名单类型：${JSON.stringify(entry.listType)}`);
  if (!isCivilDate(entry.decisionDate)) throw new RangeError(`列入日期无效：${JSON.stringify(entry.decisionDate)}`);
  const listedUntil = lastDayOf(entry.decisionDate, rule.periodMonths);
  const exit = rule.earlyExit;
  const corrected = entry.correctedOn ?? null;
  const waitStart = exit.waitFrom === 'decision' ? entry.decisionDate : corrected;
  const waitEnds = waitStart ? maxDate(addMonths(waitStart, exit.waitMonths), entry.decisionDate) : null;
  const conditions: ListExitCondition[] = [];
  if (exit.waitFrom === 'corrected')
    conditions.push({ text: '已经改正失信行为', met: corrected !== null && compareDates(corrected, on) <= 0 });
  if (exit.waitMonths > 0) {
    const from = exit.waitFrom === 'decision' ? '列入之日' : '改正之日';
    conditions.push({ text: `自${from}起满 ${exit.waitMonths} 个月`, met: waitEnds !== null && compareDates(waitEnds, on) <= 0 });
  }
  if (exit.noRepeat)
    conditions.push({
      text: '列入期间没有再发生同类违法行为',
      met: entry.repeated === true ? false : entry.repeated === false ? true : 'unknown',
    });
  if (exit.needsCommitment) conditions.push({ text: '作出书面信用承诺（申请时签署）', met: 'unknown' });
  const blocked = entry.repeated === true && exit.noRepeat;
  const earlyExitFrom = blocked ? null : waitEnds;
  let reason: string;
  if (blocked) reason = `列入期间再次发生同类违法行为，不能提前移出，${listedUntil} 期满后移出${citation(exit.source)}。`;
  else if (earlyExitFrom === null) reason = `改正失信行为后满 ${exit.waitMonths} 个月，可以申请提前移出${citation(exit.source)}。`;
  else if (compareDates(earlyExitFrom, on) > 0) reason = `${earlyExitFrom} 起可以申请提前移出${citation(exit.source)}。`;
  else reason = `可以申请提前移出${citation(exit.source)}。`;
  return { rule, listedUntil, earlyExitFrom, conditions, reason };
}

/** The exit conditions of a list as one paragraph, for the list entry a person reads. */
export function listExitText(idOrName: string): string | undefined {
  return listRuleFor(idOrName)?.text;
}
