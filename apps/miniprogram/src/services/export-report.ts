import type { MyExport } from '@xinyong/api-client';
import { chinaDateOf, dateText, dateTimeText, instantDateText, withDateText } from './labels';

/** One thing in the report (a record, an application, a log line): a heading and its label–value lines. */
export interface ReportItem {
  heading: string;
  lines: [string, string][];
}

export interface ReportSection {
  title: string;
  empty: string;
  items: ReportItem[];
}

export interface Report {
  title: string;
  exportedAt: string;
  note: string;
  sections: ReportSection[];
}

const ACTIONS = { read: '查看', export: '导出', decide: '审核决定' } as const;
const count = (n: number, unit: string) => `${n} ${unit}`;
const files = (n: number) => (n === 0 ? '没有' : `${n} 份`);
const present = (line: [string, string | null | undefined]): line is [string, string] => typeof line[1] === 'string' && line[1] !== '';

/**
 * The person's data export as a report in Chinese: every record, objection, repair, commitment and access, with
 * dates in China time written the one way the app writes dates. Shown on screen, printed, and saved as text.
 */
export function buildReport(data: MyExport): Report {
  const person: ReportItem = {
    heading: '本人',
    lines: (
      [
        ['姓名（已遮挡）', data.person.nameMasked],
        ['身份证号（已遮挡）', data.person.idMasked],
        ['可以代办的单位', data.representing.map((e) => `${e.name} · ${e.basis}`).join('；') || '没有'],
      ] as [string, string][]
    ).filter(present),
  };
  const records: ReportItem[] = data.records.map((r) => ({
    heading: r.title,
    lines: (
      [
        ['状态', `${r.status}：${withDateText(r.statusReason)}`],
        ['是否公示', r.publiclyShown ? `正在公示，到 ${dateText(r.displayEnd)}` : '不对外公示'],
        ['信息类别', `${r.kindLabel} · ${r.infoClass}失信信息`],
        ['决定书文号', r.decisionNo],
        ['作出决定的部门', r.authority],
        ['决定日期', dateText(r.decisionDate)],
        ['依据', r.legalBasis],
        ['修复日期', r.repairedOn ? dateText(r.repairedOn) : null],
        ['经异议更正', r.correction ? `${dateText(r.correction.on)} 更正了${r.correction.fields.join('、')}` : null],
      ] as [string, string | null][]
    ).filter(present),
  }));
  const objections: ReportItem[] = data.objections.map((o) => ({
    heading: `异议：${o.recordTitle}`,
    lines: (
      [
        ['受理编号', o.id],
        ['状态', o.statusLabel],
        ['提交日期', instantDateText(o.createdAt)],
        ['负责核实', o.department],
        ['答复期限', `${dateText(o.decideBy)} 前`],
        ['理由', o.reason],
        ['证明材料', files(o.attachments.length)],
        ['处理结果说明', o.decisionReason && withDateText(o.decisionReason)],
      ] as [string, string | null][]
    ).filter(present),
  }));
  const repairs: ReportItem[] = data.repairs.map((r) => ({
    heading: `信用修复：${r.recordTitle}`,
    lines: (
      [
        ['受理编号', r.id],
        ['查询码', r.queryCode],
        ['状态', r.statusLabel],
        ['办理部门', r.department],
        ['提交日期', dateText(r.submittedOn)],
        ['办结期限', `${dateText(r.decideBy)} 前（${r.deadlineText}）`],
        ['证明材料', files(r.attachments.length)],
        ['费用', r.feeText],
        ['办理结果说明', r.decisionReason && withDateText(r.decisionReason)],
      ] as [string, string | null][]
    ).filter(present),
  }));
  const commitments: ReportItem[] = data.commitments.map((c) => ({
    heading: `信用承诺：${c.matter}`,
    lines: (
      [
        ['承诺类型', c.kind],
        ['承诺书版本', c.textVersion],
        ['签署日期', dateText(c.signedOn)],
        ['补充说明（不公开）', c.note],
        ['撤回日期', c.withdrawnOn && dateText(c.withdrawnOn)],
        ['代办单位', c.onBehalfOf],
      ] as [string, string | null][]
    ).filter(present),
  }));
  const accesses: ReportItem[] = data.accessLog.map((e) => ({
    heading: `${dateTimeText(e.at)}　${e.who}${ACTIONS[e.action] ?? e.action}了您的信息`,
    lines: (
      [
        ['目的', e.purpose],
        ['涉及', e.fields.join('、')],
      ] as [string, string][]
    ).filter(present),
  }));
  return {
    title: '信用山东 · 我的数据',
    exportedAt: dateTimeText(data.exportedAt),
    note: data.note,
    sections: [
      { title: '本人信息', empty: '', items: [person] },
      { title: `我的信用记录（${count(records.length, '条')}）`, empty: '没有信用记录。', items: records },
      { title: `我提出的异议（${count(objections.length, '件')}）`, empty: '没有提出过异议。', items: objections },
      { title: `我的信用修复申请（${count(repairs.length, '件')}）`, empty: '没有信用修复申请。', items: repairs },
      { title: `我签署的信用承诺（${count(commitments.length, '份')}）`, empty: '没有签署过信用承诺。', items: commitments },
      { title: `谁查看了我的信息（${count(accesses.length, '条')}）`, empty: '还没有查看记录。', items: accesses },
    ],
  };
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The same report as plain text, to save as a file or paste anywhere; it reads well without any formatting. */
export function reportText(report: Report): string {
  const out = [report.title, `导出时间：${report.exportedAt}`, report.note, ''];
  report.sections.forEach((section, n) => {
    out.push(`${NUMERALS[n] ?? n + 1}、${section.title}`);
    if (section.items.length === 0) out.push(`  ${section.empty}`);
    for (const item of section.items) {
      out.push(`  ● ${item.heading}`);
      for (const [k, v] of item.lines) out.push(`    ${k}：${v}`);
    }
    out.push('');
  });
  out.push('本报告含有您的个人信息，请妥善保管。');
  return `${out.join('\n')}\n`;
}

/** File names carry the China date of the export, so saved copies sort and say when they were made. */
export function exportFileName(data: MyExport, extension: 'txt' | 'json'): string {
  return `信用山东-我的数据-${chinaDateOf(data.exportedAt) ?? 'export'}.${extension}`;
}
