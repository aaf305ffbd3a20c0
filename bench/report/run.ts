/**
 * Report engine benchmark: render + sign time (p50/p95 over N reports) and PDF sizes for a typical report
 * (a small business, 3 records in 3 of 20 domains), one with no record, and a large one (200 records), plus
 * verification of the file and the time to open the fonts once. In process, no database: the database read
 * of a report's records is phase 2's share of the issue's 300 ms target.
 *
 *   pnpm --filter @xinyong/bench report -- --samples 200 --label engine
 *
 * Results go to bench/results/report-<label>.json.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { issueReport, loadReportSettings, loadReportSigningKey, reportFonts, sampleReport, verifyReportFile } from '@xinyong/api/reports';
import { summarise } from '../lookup/percentiles';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { label: { type: 'string', default: 'engine' }, samples: { type: 'string', default: '200' } },
});
const SAMPLES = Number(values.samples);
const RESULTS = join(import.meta.dirname, '..', 'results');

const fontStart = performance.now();
reportFonts();
const fontOpenMs = performance.now() - fontStart;

const key = loadReportSigningKey({}, { production: false, devKeyDir: mkdtempSync(join(tmpdir(), 'bench-report-key-')) });
const settings = loadReportSettings({ REPORT_VERIFY_URL: 'https://xinyong.example.cn/reports/verify/' }, false);

const first = performance.now();
await issueReport(sampleReport('typical'), key, settings, new Date());
const firstReportMs = performance.now() - first;

async function run(size: 'typical' | 'clear' | 'large', samples: number) {
  const report = sampleReport(size);
  for (let i = 0; i < 10; i++) await issueReport(report, key, settings, new Date());
  const issue: number[] = [];
  const verify: number[] = [];
  const bytes: number[] = [];
  let pages = 0;
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    const out = await issueReport(report, key, settings, new Date());
    issue.push(performance.now() - t);
    bytes.push(out.pdf.length);
    pages = Number(/\/Type \/Pages\n\/Count (\d+)/.exec(out.pdf.toString('latin1'))?.[1] ?? 0);
    const v = performance.now();
    const verdict = await verifyReportFile(out.pdf, [key.fingerprint], () => out.issued);
    verify.push(performance.now() - v);
    if (!verdict.genuine) throw new Error(`verification failed: ${verdict.code}`);
    if (createHash('sha256').update(out.pdf).digest('hex') !== out.issued.sha256) throw new Error('hash mismatch');
  }
  const sizes = summarise(bytes);
  return {
    size,
    records: report.totalRecords,
    domains: report.sections.length,
    pages,
    renderAndSignMs: summarise(issue),
    verifyFileMs: summarise(verify),
    pdfBytes: { min: Math.min(...bytes), p50: sizes.p50, max: Math.max(...bytes) },
  };
}

const rows = [await run('typical', SAMPLES), await run('clear', SAMPLES), await run('large', Math.max(20, Math.floor(SAMPLES / 5)))];
const result = {
  label: values.label,
  date: new Date().toISOString(),
  command: `pnpm --filter @xinyong/bench report -- --samples ${SAMPLES} --label ${values.label}`,
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAvgAtEnd: loadavg(),
  },
  note: 'render + sign = issueReport (number, code, pdfkit render with subset fonts and QR, CMS signature, SHA-256). Sequential, one process; other processes share the 2 cores.',
  fontOpenMs: Math.round(fontOpenMs),
  firstReportMs: Math.round(firstReportMs),
  rows,
};
mkdirSync(RESULTS, { recursive: true });
const file = join(RESULTS, `report-${values.label}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.table(
  rows.map((r) => ({
    size: r.size,
    records: r.records,
    pages: r.pages,
    p50: r.renderAndSignMs.p50,
    p95: r.renderAndSignMs.p95,
    verifyP95: r.verifyFileMs.p95,
    bytesP50: r.pdfBytes.p50,
  })),
);
console.log(`font open ${result.fontOpenMs} ms, first report ${result.firstReportMs} ms → ${file}`);
