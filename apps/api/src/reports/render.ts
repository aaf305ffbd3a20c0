import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { type CreditReport, feeTexts, type ReportDomainSection, SUBJECT_TYPE_LABELS } from '@xinyong/domain';
import PDFDocument from 'pdfkit';
import { missingGlyphs, type ReportFont, reportFonts } from './fonts';
import type { ReportDocument } from './model';
import { formatVerificationCode } from './numbers';
import { qrMatrix } from './qr';
import { outlineOf } from './watermark';

/** Room kept in the file for the CMS signature (bytes; hex doubles it). A certificate chain of 3–4 fits. */
export const SIGNATURE_BYTES = 8192;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 72, left: 56, right: 56 };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BOTTOM = A4.height - MARGIN.bottom;
const COLOR = { text: '#1a1a1a', muted: '#555555', accent: '#0b4f8a', rule: '#b8c2cc', band: '#eef2f7', watermark: '#eeeeee' };
const SIZE = { title: 20, h2: 13, body: 10.5, small: 9, tiny: 8 };
const QR_SIZE = 86;
/** Printed for a character the font lacks, instead of an empty box (〓 is the typesetters' placeholder). */
const MISSING = '〓';

type Doc = PDFKit.PDFDocument;

export interface RenderOptions {
  /** Leave room for a signature (sign.ts fills it). Off only to measure the unsigned document. */
  signaturePlaceholder?: { name: string; reason: string; location: string; contactInfo: string };
}

/** Renders the report as an A4 PDF (with an empty signature field when asked), bytes out. */
export function renderReportPdf(input: ReportDocument, options: RenderOptions = {}): Promise<Buffer> {
  const { report, issue } = input;
  const fonts = reportFonts();
  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    // No default font: pdfkit would parse Helvetica's metrics for every document, and nothing here is Latin-only.
    font: null as unknown as string,
    lang: 'zh-CN',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `专项信用报告 ${issue.number}`,
      Author: issue.issuer,
      Subject: `${report.subject.name}（${report.subject.code}）${report.period.from} 至 ${report.period.to}`,
      Keywords: `${issue.number} 专项信用报告 信用代证`,
      Creator: '信用山东',
      Producer: '信用山东 报告引擎（pdfkit）',
      CreationDate: issue.issuedAt,
      ModDate: issue.issuedAt,
    },
  });
  // The number in the metadata lets a verifier name the report a changed file claims to be.
  (doc.info as Record<string, unknown>).ReportNumber = issue.number;
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  if (report.subject.example) {
    watermark(doc, fonts.bold);
    doc.on('pageAdded', () => watermark(doc, fonts.bold));
  }
  const w = writer(doc, fonts.regular);
  header(w, input);
  summary(w, report);
  conclusions(w, report);
  report.sections.forEach((section, i) => {
    if (section.records.length) recordTable(w, section, i + 1);
  });
  coverage(w, report);
  notes(w, input);
  footers(doc, input);
  if (options.signaturePlaceholder) {
    doc.switchToPage(0);
    pdfkitAddPlaceholder({ pdf: doc, pdfBuffer: Buffer.alloc(0), signatureLength: SIGNATURE_BYTES, ...options.signaturePlaceholder });
  }
  doc.end();
  return done;
}

/** Drawing helpers over one document: text in the report's fonts, page breaks before a block would overflow. */
function writer(doc: Doc, regular: ReportFont) {
  const safe = (text: string) => {
    const missing = missingGlyphs(text, regular);
    return missing.length ? [...text].map((c) => (missing.includes(c) ? MISSING : c)).join('') : text;
  };
  const font = (weight: 'regular' | 'bold', size: number, color = COLOR.text) => doc.font(weight).fontSize(size).fillColor(color);
  return {
    doc,
    safe,
    font,
    /** Starts a new page unless `height` more points fit on this one. */
    room(height: number) {
      if (doc.y + height > BOTTOM) doc.addPage();
    },
    text(text: string, opts: PDFKit.Mixins.TextOptions & { x?: number; y?: number } = {}) {
      const { x = doc.x, y = doc.y, ...rest } = opts;
      doc.text(safe(text), x, y, { width: WIDTH - (x - MARGIN.left), lineGap: 2, ...rest });
    },
    height(text: string, width: number) {
      return doc.heightOfString(safe(text), { width, lineGap: 2 });
    },
    rule(y = doc.y, color = COLOR.rule) {
      doc
        .moveTo(MARGIN.left, y)
        .lineTo(MARGIN.left + WIDTH, y)
        .lineWidth(0.6)
        .strokeColor(color)
        .stroke();
    },
  };
}
type Writer = ReturnType<typeof writer>;

function header(w: Writer, { report, issue }: ReportDocument) {
  const { doc } = w;
  const top = MARGIN.top;
  const qrX = MARGIN.left + WIDTH - QR_SIZE;
  drawQr(doc, issue.verifyUrl, qrX, top, QR_SIZE);
  w.font('regular', SIZE.tiny, COLOR.muted);
  w.text('扫码核验真伪', { x: qrX, y: top + QR_SIZE + 3, width: QR_SIZE, align: 'center' });

  const left = WIDTH - QR_SIZE - 16;
  w.font('regular', SIZE.small, COLOR.accent);
  w.text(issue.issuer, { x: MARGIN.left, y: top, width: left });
  w.font('bold', SIZE.title);
  w.text('专项信用报告', { x: MARGIN.left, y: doc.y + 4, width: left });
  w.font('regular', SIZE.body, COLOR.muted);
  w.text('（以专项信用报告替代有无违法违规记录证明）', { x: MARGIN.left, width: left });
  if (report.subject.example) {
    w.font('bold', SIZE.small, '#8a1c1c');
    w.text('示例报告：主体和记录均为演示数据，不能作为证明使用。', { x: MARGIN.left, y: doc.y + 2, width: left });
  }

  doc.y = Math.max(doc.y, top + QR_SIZE + 16) + 8;
  const rows: [string, string][] = [
    ['报告编号', issue.number],
    ['核验码', formatVerificationCode(issue.verificationCode)],
    ['信用主体', report.subject.name],
    ['统一社会信用代码', report.subject.code],
    ['主体类型', SUBJECT_TYPE_LABELS[report.subject.subjectType]],
    ['报告期', `${report.period.from} 至 ${report.period.to}`],
    ['数据截止日', report.asOf],
    ['生成时间', chinaTime(issue.issuedAt)],
    ['报告领域', report.sections.map((s) => s.name).join('、')],
  ];
  labelledRows(w, rows);
}

function labelledRows(w: Writer, rows: [string, string][]) {
  const { doc } = w;
  const labelWidth = 96;
  w.rule(doc.y);
  for (const [label, value] of rows) {
    w.font('regular', SIZE.body);
    const h = Math.max(w.height(value, WIDTH - labelWidth - 8), 14) + 8;
    w.room(h);
    const y = doc.y + 4;
    w.font('regular', SIZE.small, COLOR.muted);
    w.text(label, { x: MARGIN.left, y: y + 1, width: labelWidth });
    w.font('regular', SIZE.body);
    w.text(value, { x: MARGIN.left + labelWidth + 8, y, width: WIDTH - labelWidth - 8 });
    doc.y = y + h - 4;
    w.rule(doc.y);
  }
  doc.y += 10;
}

function heading(w: Writer, text: string, keepWith = 60) {
  w.room(keepWith);
  w.font('bold', SIZE.h2, COLOR.accent);
  w.text(text, { x: MARGIN.left, y: w.doc.y + 6 });
  w.doc.y += 4;
}

function summary(w: Writer, report: CreditReport) {
  heading(w, '报告结论');
  const clear = report.sections.filter((s) => s.records.length === 0).length;
  const withRecords = report.sections.length - clear;
  const text =
    withRecords === 0
      ? `报告期内，该主体在本报告所列 ${report.sections.length} 个领域均无违法违规记录。`
      : `报告期内，该主体在本报告所列 ${report.sections.length} 个领域中，${clear} 个领域无违法违规记录；${withRecords} 个领域有记录，共 ${report.totalRecords} 条，见各领域明细。`;
  w.font('bold', SIZE.body);
  w.text(text, { x: MARGIN.left });
  w.font('regular', SIZE.small, COLOR.muted);
  w.text('记录的状态以数据截止日为准。已修复、公示期满的记录不列入，本报告未涵盖的信息类别见“报告范围”。', {
    x: MARGIN.left,
    y: w.doc.y + 2,
  });
  w.doc.y += 6;
}

const COLUMNS = [
  { title: '序号', width: 22 },
  { title: '事项', width: 108 },
  { title: '决定文书号', width: 100 },
  { title: '决定机关', width: 104 },
  { title: '决定日期', width: 54 },
  { title: '类别', width: 38 },
  { title: '状态', width: 57 },
] as const;

/** One row a domain: its name and departments, and its conclusion. */
function conclusions(w: Writer, report: CreditReport) {
  const { doc } = w;
  heading(w, '各领域结论', 90);
  const nameWidth = 260;
  w.rule(doc.y);
  report.sections.forEach((section, i) => {
    const departments = section.departments.length ? section.departments.join('、') : '未归入以上领域的部门';
    w.font('regular', SIZE.tiny);
    const h = Math.max(w.height(departments, nameWidth) + 16, 24) + 6;
    w.room(h);
    const y = doc.y + 4;
    w.font('bold', SIZE.body);
    w.text(`${i + 1}. ${section.name}`, { x: MARGIN.left, y, width: nameWidth });
    w.font('regular', SIZE.tiny, COLOR.muted);
    w.text(departments, { x: MARGIN.left, width: nameWidth });
    w.font(section.records.length ? 'bold' : 'regular', SIZE.body, section.records.length ? '#8a1c1c' : COLOR.text);
    w.text(section.conclusion, { x: MARGIN.left + nameWidth + 12, y, width: WIDTH - nameWidth - 12 });
    doc.y = y + h - 4;
    w.rule(doc.y);
  });
  doc.y += 8;
}

/** The records of one domain, with the header row repeated on every page the table runs onto. */
function recordTable(w: Writer, section: ReportDomainSection, index: number) {
  const { doc } = w;
  heading(w, `${index}. ${section.name}：记录明细`, 110);
  w.font('regular', SIZE.small, COLOR.muted);
  w.text(section.conclusion, { x: MARGIN.left });
  doc.y += 4;

  const pad = 3;
  const drawHeader = () => {
    const y = doc.y;
    doc.rect(MARGIN.left, y, WIDTH, 16).fill(COLOR.band);
    let x = MARGIN.left;
    w.font('bold', SIZE.tiny, COLOR.text);
    for (const c of COLUMNS) {
      w.text(c.title, { x: x + pad, y: y + 4, width: c.width - 2 * pad });
      x += c.width;
    }
    doc.y = y + 16;
  };
  drawHeader();
  section.records.forEach((r, i) => {
    const cells = [
      String(i + 1),
      `${r.kindLabel}：${r.title}`,
      r.decisionNo,
      r.authority,
      r.decisionDate,
      r.kind === 'serious_dishonesty' ? '严重失信' : r.infoClass,
      r.status === '异议处理中' ? `异议处理中\n至${r.displayEnd}` : `公示中\n至${r.displayEnd}`,
    ];
    w.font('regular', SIZE.tiny);
    const h = Math.max(...cells.map((c, j) => w.height(c, (COLUMNS[j]?.width ?? 40) - 2 * pad))) + 2 * pad + 2;
    if (doc.y + h > BOTTOM) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    let x = MARGIN.left;
    cells.forEach((c, j) => {
      const width = COLUMNS[j]?.width ?? 40;
      w.text(c, { x: x + pad, y: y + pad + 1, width: width - 2 * pad });
      x += width;
    });
    doc.y = y + h;
    w.rule(doc.y);
  });
  doc.y += 6;
}

function coverage(w: Writer, report: CreditReport) {
  heading(w, '报告范围');
  for (const c of report.coverage) {
    w.font('regular', SIZE.small);
    w.room(w.height(c.text, WIDTH - 150) + 8);
    const y = w.doc.y + 2;
    w.font('bold', SIZE.small, c.covered ? COLOR.text : '#8a1c1c');
    w.text(`${c.covered ? '已涵盖' : '未涵盖'}　${c.label}`, { x: MARGIN.left, y, width: 150 });
    const afterLabel = w.doc.y;
    w.font('regular', SIZE.small);
    w.text(c.text.replace(/^(已涵盖|未涵盖)：/, ''), { x: MARGIN.left + 150, y, width: WIDTH - 150 });
    w.doc.y = Math.max(w.doc.y, afterLabel) + 2;
  }
  w.doc.y += 4;
}

function notes(w: Writer, { report, issue }: ReportDocument) {
  heading(w, '说明');
  for (const note of report.scopeNotes) {
    w.font('regular', SIZE.small);
    w.room(w.height(note.text, WIDTH) + 24);
    w.font('bold', SIZE.small);
    w.text(note.title, { x: MARGIN.left, y: w.doc.y + 2 });
    w.font('regular', SIZE.small);
    w.text(note.text, { x: MARGIN.left });
    w.font('regular', SIZE.tiny, COLOR.muted);
    w.text(`依据：${note.source.reference}`, { x: MARGIN.left });
  }
  heading(w, '依据');
  w.font('regular', SIZE.small);
  for (const basis of report.legalBasis) w.text(`· ${basis.reference}`, { x: MARGIN.left, y: w.doc.y + 1 });
  w.text(
    `本报告${feeTexts().report.text}。报告所列记录由作出决定的部门负责；对记录有异议的，可以通过信用山东提出异议，或向作出决定的部门反映。`,
    {
      x: MARGIN.left,
      y: w.doc.y + 4,
    },
  );

  heading(w, '如何核验');
  w.font('regular', SIZE.small);
  w.text(
    `扫描首页二维码，或打开 ${issue.verifyPage}，输入报告编号 ${issue.number} 和核验码 ${formatVerificationCode(issue.verificationCode)}，可以查看本报告是否真实、报告期和各领域结论。本文件带有数字签名，文件内容有任何改动，签名即失效，核验也不会通过。`,
    { x: MARGIN.left },
  );
}

/** Page numbers, the report number and the issuer on every page. */
function footers(doc: Doc, { issue }: ReportDocument) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = A4.height - MARGIN.bottom + 22;
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(MARGIN.left + WIDTH, y - 6)
      .lineWidth(0.6)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.font('regular').fontSize(SIZE.tiny).fillColor(COLOR.muted);
    doc.text(`报告编号 ${issue.number}　核验码 ${formatVerificationCode(issue.verificationCode)}`, MARGIN.left, y, {
      width: WIDTH - 90,
      lineBreak: false,
    });
    doc.text(`第 ${i - range.start + 1} 页 / 共 ${range.count} 页`, MARGIN.left + WIDTH - 90, y, {
      width: 90,
      align: 'right',
      lineBreak: false,
    });
    doc.text(`${issue.issuer}　本报告经数字签名，任何改动都会使签名失效`, MARGIN.left, y + 12, { width: WIDTH, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

const WATERMARK = '示例 仅供演示';

/** 示例 across every page of a demo report, drawn first so the report's text stays on top of it. */
function watermark(doc: Doc, bold: ReportFont) {
  const size = 60;
  const { ops, width } = outlineOf(WATERMARK, bold);
  const scale = size / 1000; // Noto Sans SC has 1000 units per em
  doc.save();
  doc.rotate(-30, { origin: [A4.width / 2, A4.height / 2] });
  // pdfkit's user space has y down; font outlines have y up.
  doc.transform(scale, 0, 0, -scale, A4.width / 2 - (width * scale) / 2, A4.height / 2 + size / 3);
  doc.fillColor(COLOR.watermark);
  doc.addContent(ops).addContent('f');
  doc.restore();
}

function drawQr(doc: Doc, text: string, x: number, y: number, size: number) {
  const m = qrMatrix(text);
  const quiet = 2; // modules of white around the code; the page around it is white too
  const cell = size / (m.size + 2 * quiet);
  doc.save().fillColor('#000000');
  for (let r = 0; r < m.size; r++) {
    for (let c = 0; c < m.size; c++) {
      if (m.dark(r, c)) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell + 0.02, cell + 0.02);
    }
  }
  doc.fill().restore();
}

/** 2026-05-02 14:03（北京时间）: China is UTC+8 all year. */
function chinaTime(instant: Date): string {
  const t = new Date(instant.getTime() + 8 * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}（北京时间）`;
}
