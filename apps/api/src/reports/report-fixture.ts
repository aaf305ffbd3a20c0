import { join } from 'node:path';
import { buildCreditReport, type CreditReport, type ReportSourceRecord } from '@xinyong/domain';
import { REPO_ROOT } from '../config';
import { loadReportDomains } from '../content/load-report-domains';

/**
 * Reports of a typical and of a large size from the real content file, for the engine's tests and the bench.
 * Typical: a small business with a handful of records in three domains; large: a company with `records`
 * records spread over every domain that holds any.
 */
const AUTHORITIES = [
  '济南市市中区市场监督管理局',
  '国家税务总局济南市市中区税务局',
  '济南市生态环境局市中分局',
  '济南市人力资源和社会保障局',
  '济南市市中区应急管理局',
  '济南市住房和城乡建设局',
  '济南市交通运输局',
  '济南市城市管理局',
];

export function sampleRecords(count: number, asOf = '2026-05-02'): ReportSourceRecord[] {
  const year = Number(asOf.slice(0, 4));
  return Array.from({ length: count }, (_, i) => {
    const list = i % 7 === 6;
    const month = String(1 + (i % 4)).padStart(2, '0');
    const day = String(1 + (i % 27)).padStart(2, '0');
    return {
      kind: list ? 'serious_dishonesty' : 'penalty',
      infoClass: list || i % 3 === 0 ? '严重' : '一般',
      decisionDate: `${year}-${month}-${day}`,
      decisionNo: `济${['市监', '税', '环', '人社', '应急', '建', '交', '城管'][i % 8]}罚〔${year}〕${100 + i}号`,
      authority: AUTHORITIES[i % AUTHORITIES.length] as string,
      title: list
        ? '市场监督管理严重违法失信名单'
        : (['经营不符合食品安全标准的食品', '未按照规定期限办理纳税申报', '超标排放大气污染物'][i % 3] as string),
      objectionOpen: i === 1,
    } satisfies ReportSourceRecord;
  });
}

export function sampleReport(size: 'typical' | 'large' | 'clear', asOf = '2026-05-02'): CreditReport {
  const { domains } = loadReportDomains(join(REPO_ROOT, 'content'));
  const records = size === 'clear' ? [] : sampleRecords(size === 'typical' ? 3 : 200, asOf);
  const result = buildCreditReport({
    subject:
      size === 'large'
        ? { name: '示例华夏贸易有限公司', code: '91370102EX0000010J', subjectType: 'legal_person', example: true }
        : { name: '示例泉城小吃店', code: '92370103EX0000037M', subjectType: 'individual_business', example: true },
    records,
    domains,
    asOf,
  });
  if (!result.ok) throw new Error(result.refusal.message);
  return result.report;
}
