import { type CivilDate, chinaDateAt, compareDates } from './dates';
import { FEE_TEXTS } from './generated/fee-texts';
import type { LegalSource } from './rules';

/**
 * The fixed sentences about fees that screens with no API answer show (static pages, first paint). They come
 * from content/rules like every other rule text, so no app writes 「免费」 itself. Importable as
 * `@xinyong/domain/texts`, which pulls in only generated/fee-texts.ts (a few hundred bytes), not the rule data.
 */
export interface FeeTexts {
  repair: { text: string; short: string; warning: string; source: LegalSource };
  objection: { text: string; source: LegalSource };
  report: { text: string; short: string; source: LegalSource };
}

export function feeTexts(on: CivilDate = chinaDateAt(new Date())): FeeTexts {
  // Versions are sorted by date (the generator checks); the last one in force on `on` applies.
  const versions = FEE_TEXTS.repair;
  const fee = [...versions].reverse().find((v) => v.from === null || compareDates(v.from, on) <= 0) ?? versions[0];
  if (!fee) throw new RangeError('content/rules/repair.yaml 没有费用规则');
  return {
    repair: { text: fee.text, short: fee.short, warning: fee.warning, source: fee.source },
    objection: { text: FEE_TEXTS.objection.text, source: FEE_TEXTS.objection.source },
    report: { text: FEE_TEXTS.report.text, short: FEE_TEXTS.report.short, source: FEE_TEXTS.report.source },
  };
}
