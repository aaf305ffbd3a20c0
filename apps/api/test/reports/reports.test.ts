import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type IssuedFile, issueReport } from '../../src/reports/issue';
import type { IssuedReport } from '../../src/reports/model';
import { formatVerificationCode } from '../../src/reports/numbers';
import { renderReportPdf } from '../../src/reports/render';
import { sampleReport } from '../../src/reports/report-fixture';
import { loadReportSettings } from '../../src/reports/settings';
import { signatureFieldFor, signReportPdf } from '../../src/reports/sign';
import { loadReportSigningKey, makeSelfSignedP12, parseP12, type ReportSigningKey } from '../../src/reports/signing-key';
import { checkSignature, verifyReportCode, verifyReportFile } from '../../src/reports/verify';

// The PDF is checked with poppler, as a person's reader would open it (CI installs poppler-utils).
function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stdout?: string };
    if (e.code === 'ENOENT') throw new Error(`${tool} is missing: apt-get install -y poppler-utils`);
    // pdfsig exits non-zero for an invalid signature; its report is still on stdout.
    if (typeof e.stdout === 'string' && e.stdout) return e.stdout;
    throw error;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'xinyong-report-'));
const write = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const pageCount = (path: string) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [path]))?.[1]);

let key: ReportSigningKey;
const settings = loadReportSettings(
  { REPORT_VERIFY_URL: 'https://xinyong.example.cn/reports/verify/', REPORT_ISSUER: '信用山东（测试）' },
  false,
);
const now = new Date('2026-05-02T06:03:00Z');
let typical: IssuedFile;
let large: IssuedFile;
const issued = new Map<string, IssuedReport>();
const lookup = (n: string) => issued.get(n);

beforeAll(async () => {
  key = loadReportSigningKey({}, { production: false, devKeyDir: join(dir, 'key') });
  typical = await issueReport(sampleReport('typical'), key, settings, now);
  large = await issueReport(sampleReport('large'), key, settings, now);
  for (const f of [typical, large]) issued.set(f.issued.number, f.issued);
});

describe('the report as a document', () => {
  it('is A4, under 300 KB for a typical report, with its Chinese text extractable', () => {
    const path = write('typical.pdf', typical.pdf);
    expect(poppler('pdfinfo', [path])).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(typical.pdf.length).toBeLessThan(300 * 1024);
    // Lines wrap where the page ends, so the words are compared without white space.
    const text = poppler('pdftotext', [path, '-']).replace(/\s+/g, '');
    for (const expected of [
      '专项信用报告',
      '示例泉城小吃店',
      '92370103EX0000037M',
      typical.issued.number,
      formatVerificationCode(typical.verificationCode),
      '报告期内无违法违规记录',
      '报告期内有 1 条违法违规记录',
      '济市监罚〔2026〕100号',
      '异议处理中',
      '未涵盖',
      '刑事裁判（犯罪记录）',
      '发改财金〔2025〕565号',
    ])
      expect(text).toContain(expected.replace(/\s+/g, ''));
    // The 示例 watermark is drawn as outlines, so it does not break up the extracted text.
    expect(text).not.toContain('仅供演示');
  });

  it('embeds its fonts as subsets', () => {
    const fonts = poppler('pdffonts', [write('fonts.pdf', typical.pdf)])
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+NotoSansSC-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('has the page number and the report number in the footer of every page, and repeats table headers', () => {
    const path = write('large.pdf', large.pdf);
    const pages = pageCount(path);
    expect(pages).toBeGreaterThan(3);
    for (let p = 1; p <= pages; p++) {
      const text = poppler('pdftotext', ['-f', String(p), '-l', String(p), path, '-']);
      expect(text).toContain(`第 ${p} 页 / 共 ${pages} 页`);
      expect(text).toContain(large.issued.number);
    }
    const middle = poppler('pdftotext', ['-f', '3', '-l', '3', path, '-']);
    expect(middle).toContain('决定文书号');
  });

  it('carries a QR code that decodes to the verification page with number and code', () => {
    const path = write('qr.pdf', typical.pdf);
    const prefix = join(dir, 'qr-page');
    poppler('pdftoppm', ['-f', '1', '-l', '1', '-r', '150', '-png', '-singlefile', path, prefix]);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    const url = new URL(decoded?.data ?? 'about:blank');
    expect(`${url.origin}${url.pathname}`).toBe('https://xinyong.example.cn/reports/verify/');
    expect(url.searchParams.get('no')).toBe(typical.issued.number);
    expect(url.searchParams.get('code')).toBe(typical.verificationCode);
  });

  it('replaces a character the font lacks instead of printing an empty box', async () => {
    const report = sampleReport('clear');
    const pdf = await renderReportPdf({
      report: { ...report, subject: { ...report.subject, name: '示例\u{2A6A5}记小吃店' } },
      issue: {
        number: 'SDXY-20260502-ABCDEFGH',
        verificationCode: 'ABCDEFGH',
        issuedAt: now,
        verifyUrl: 'https://x/',
        verifyPage: 'x',
        issuer: '测试',
      },
    });
    expect(poppler('pdftotext', [write('missing.pdf', pdf), '-'])).toContain('示例〓记小吃店');
  });
});

describe('the signature', () => {
  it('is a valid adbe.pkcs7.detached signature over the whole file, as poppler reads it', () => {
    const report = poppler('pdfsig', [write('sig.pdf', typical.pdf)]);
    expect(report).toContain('Signature Type: adbe.pkcs7.detached');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signer Certificate Common Name: 信用山东 开发环境报告签名（不可信）');
  });

  it('verifies the file as issued', async () => {
    const verdict = await verifyReportFile(typical.pdf, [key.fingerprint], lookup);
    expect(verdict).toMatchObject({ genuine: true, report: { number: typical.issued.number, subject: { name: '示例泉城小吃店' } } });
  });

  it('refuses a file with one byte changed, wherever the byte is', async () => {
    const range = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(typical.pdf.toString('latin1'))?.slice(1).map(Number) ?? [];
    const [, contentsStart = 0, contentsEnd = 0] = range;
    const positions = {
      'in the page content': Math.floor(typical.pdf.length * 0.6),
      'in the signature value': contentsStart + 200,
      'in the signature padding': contentsEnd - 10,
      'in the file header': 12,
    };
    for (const [where, at] of Object.entries(positions)) {
      const changed = Buffer.from(typical.pdf);
      changed[at] = (changed[at] ?? 0) === 0x30 ? 0x31 : 0x30;
      const verdict = await verifyReportFile(changed, [key.fingerprint], lookup);
      expect(verdict.genuine, where).toBe(false);
      if (!verdict.genuine) expect(verdict.message, where).toMatch(/不能作为证明/);
    }
  });

  it('refuses a report signed with another key, even with the same number', async () => {
    const other = parseP12(makeSelfSignedP12({ commonName: '冒充者', organization: '示例', unit: 'test' }, 'x', now), 'x', now);
    const unsigned = await renderReportPdf(
      {
        report: sampleReport('typical'),
        issue: {
          number: typical.issued.number,
          verificationCode: typical.verificationCode,
          issuedAt: now,
          verifyUrl: 'https://x/',
          verifyPage: 'x',
          issuer: '冒充者',
        },
      },
      { signaturePlaceholder: signatureFieldFor(other, '冒充者') },
    );
    const forged = await signReportPdf(unsigned, other, now);
    expect(checkSignature(forged, [other.fingerprint])).toMatchObject({ number: typical.issued.number });
    const verdict = await verifyReportFile(forged, [key.fingerprint], lookup);
    expect(verdict).toMatchObject({ genuine: false, code: 'REPORT_SIGNER_UNKNOWN' });
  });

  it('verifies a signature whose last byte is zero (the reserved space is zero-padded)', async () => {
    // About one RSA signature in 256 ends in a zero byte; sign the same file at different times until one does.
    const unsigned = await renderReportPdf(
      {
        report: sampleReport('clear'),
        issue: {
          number: typical.issued.number,
          verificationCode: 'ABCDEFGH',
          issuedAt: now,
          verifyUrl: 'https://x/',
          verifyPage: 'x',
          issuer: 'x',
        },
      },
      { signaturePlaceholder: signatureFieldFor(key, 'x') },
    );
    let found = false;
    for (let i = 0; i < 4000 && !found; i++) {
      const pdf = await signReportPdf(unsigned, key, new Date(now.getTime() + i * 1000));
      const [, start = 0] = /\/ByteRange \[(\d+) (\d+)/.exec(pdf.toString('latin1'))?.slice(1).map(Number) ?? [];
      const der = Buffer.from(pdf.subarray(start + 1, start + 1 + 8).toString('latin1'), 'hex');
      const length = der[1] === 0x82 ? 4 + (der.readUInt16BE(2) ?? 0) : 0;
      const last = pdf.subarray(start + 1 + 2 * (length - 1), start + 1 + 2 * length).toString('latin1');
      if (last !== '00') continue;
      found = true;
      expect(checkSignature(pdf, [key.fingerprint])).toMatchObject({ signerFingerprint: key.fingerprint });
    }
    expect(found).toBe(true);
  });

  it('refuses a file that is not a PDF, and an unsigned PDF', async () => {
    expect(await verifyReportFile(Buffer.from('hello'), [key.fingerprint], lookup)).toMatchObject({ code: 'REPORT_FILE_NOT_PDF' });
    const unsigned = await renderReportPdf({
      report: sampleReport('clear'),
      issue: {
        number: typical.issued.number,
        verificationCode: 'ABCDEFGH',
        issuedAt: now,
        verifyUrl: 'https://x/',
        verifyPage: 'x',
        issuer: 'x',
      },
    });
    expect(await verifyReportFile(unsigned, [key.fingerprint], lookup)).toMatchObject({ code: 'REPORT_SIGNATURE_MISSING' });
  });

  it('refuses a genuine signature on a report that was never issued', async () => {
    const verdict = await verifyReportFile(typical.pdf, [key.fingerprint], () => undefined);
    expect(verdict).toMatchObject({ genuine: false, code: 'REPORT_NOT_FOUND' });
  });
});

describe('verification by number and code', () => {
  it('accepts the printed code, however it is typed', async () => {
    const printed = formatVerificationCode(typical.verificationCode);
    for (const typed of [typical.verificationCode, printed, printed.toLowerCase(), ` ${printed} `])
      expect((await verifyReportCode(typical.issued.number, typed, lookup)).genuine, typed).toBe(true);
  });

  it('gives one answer for a wrong code and an unknown number', async () => {
    const wrongCode = await verifyReportCode(typical.issued.number, large.verificationCode, lookup);
    const unknownNumber = await verifyReportCode('SDXY-20260502-ZZZZZZZZ', typical.verificationCode, lookup);
    const malformed = await verifyReportCode('123', '1', lookup);
    for (const v of [wrongCode, unknownNumber, malformed]) expect(v).toMatchObject({ genuine: false, code: 'REPORT_NOT_VERIFIED' });
    if (!wrongCode.genuine && !unknownNumber.genuine) expect(wrongCode.message).toBe(unknownNumber.message);
  });

  it('keeps only a digest of the code, and nothing of a natural person', () => {
    const kept = JSON.stringify(typical.issued);
    expect(kept).not.toContain(typical.verificationCode);
    expect(Object.keys(typical.issued.subject).sort()).toEqual(['code', 'example', 'name']);
  });
});
