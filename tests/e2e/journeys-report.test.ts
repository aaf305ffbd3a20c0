import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  axeViolations,
  checkScreen,
  current,
  DAY_AND_NIGHT,
  logIn,
  openPerson,
  press,
  screenshotDir,
  useSystem,
} from '@xinyong/test-support';
import { describe, expect, it } from 'vitest';

// 信用代证: the operator of 示例泉城小吃店 gets a special credit report in the mini-program (h5), the PDF is a real
// document (text a reader can extract, fonts embedded), and a second person who received it checks it on the site:
// by number and code, and by the file, where one changed byte fails. Under the served CSP, in China time, at 375px,
// by day and at 02:30 China time.
const XIAOCHI = '示例泉城小吃店';
const REPAIRABLE = '济市中市监罚〔示例〕11号';
const shots = screenshotDir('site');
const files = screenshotDir('report-files');

const poppler = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

describe.each(DAY_AND_NIGHT)('a special credit report $when', ({ clockAt, suffix }) => {
  const run = useSystem({ clockAt });

  it('is requested by the operator, opens as a PDF, and is verified by someone else; a changed byte fails', async () => {
    // ---- the operator, on the phone ----------------------------------------------------------------------------
    const operator = await run.app({ route: '/pages/me/index' });
    const { page } = operator;
    await logIn(operator.page, '示例身份：李先生');
    await current(page).locator('.nut-button', { hasText: '以这家单位办理' }).first().click();
    await current(page).getByText(`正在代办：${XIAOCHI}`).waitFor({ timeout: 30_000 });
    await current(page).getByText('专项信用报告', { exact: true }).click();
    await current(page).getByText(`为“${XIAOCHI}”申请`).waitFor({ timeout: 30_000 });
    const findings: Record<string, unknown[]> = {};
    findings.mine = await checkScreen(page, `report-mine-empty${suffix}`, false);
    await press(page, '申请新报告');
    await current(page).getByText('报告期', { exact: true }).waitFor({ timeout: 30_000 });
    // The default period is the last three years, ending on the data date.
    const from = await current(page).locator('input').first().inputValue();
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    findings.request = await checkScreen(page, `report-request${suffix}`, false);
    await press(page, '生成报告');
    await current(page).getByText('报告已生成').waitFor({ timeout: 60_000 });
    findings.issued = await checkScreen(page, `report-issued${suffix}`, false);
    const download = page.waitForEvent('download');
    await press(page, '下载报告（PDF）');
    const pdfPath = join(files, `report${suffix}.pdf`);
    await (await download).saveAs(pdfPath);
    await operator.close();

    // ---- the PDF, as a reader opens it ----------------------------------------------------------------------------
    const text = poppler('pdftotext', ['-raw', pdfPath, '-']).replace(/\s+/g, '');
    expect(text).toContain(XIAOCHI);
    expect(text).toContain(REPAIRABLE);
    expect(text).toContain('报告期内无违法违规记录');
    const number = /SDXY-\d{8}-[2-9A-HJKMNP-Z]{8}/.exec(text)?.[0] ?? '';
    const code = /核验码([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/.exec(text)?.[1] ?? '';
    expect(number).not.toBe('');
    expect(code).not.toBe('');
    // Every font is embedded and subset (pdffonts: the emb and sub columns say yes).
    const fonts = poppler('pdffonts', [pdfPath]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);

    // ---- the receiver, on the site ------------------------------------------------------------------------------
    const receiver = await openPerson(run.browser);
    const site = receiver.page;
    await site.goto(`${run.system.origin}/reports/verify/`);
    await site.getByLabel('报告编号').fill(number);
    await site.getByLabel('核验码').fill(code.toLowerCase());
    const sent = site.waitForRequest((r) => r.url().endsWith('/api/v1/reports/verify'));
    await site.getByLabel('核验码').press('Enter');
    expect((await sent).method()).toBe('POST');
    const result = site.locator('#verify-result');
    await result.getByRole('heading', { name: '核验通过' }).waitFor({ timeout: 30_000 });
    const shown = (await result.textContent()) ?? '';
    expect(shown).toContain(XIAOCHI);
    expect(shown).toContain('市场监管：报告期内有 1 条违法违规记录');
    expect(shown).toContain('报告期内无违法违规记录');
    // Nothing of the record itself and nothing personal: the conclusion per domain only.
    expect(shown).not.toContain(REPAIRABLE);
    expect(shown).not.toContain('李四海');
    expect(await axeViolations(site)).toEqual([]);
    await site.screenshot({ path: join(shots, `report-verify-genuine${suffix}.png`), fullPage: true });

    // The genuine file passes; one changed byte fails, with a message that says why.
    await site.getByLabel('报告 PDF 文件').setInputFiles(pdfPath);
    await site.getByRole('button', { name: '核验文件' }).click();
    await result.getByRole('heading', { name: '核验通过' }).waitFor({ timeout: 30_000 });
    await result.getByText('文件与签发时完全一致').waitFor();
    const bytes = readFileSync(pdfPath);
    const at = bytes.indexOf('/ReportNumber') - 20;
    bytes[at] = bytes[at] === 0x20 ? 0x0a : 0x20;
    const changedPath = join(files, `report-changed${suffix}.pdf`);
    writeFileSync(changedPath, bytes);
    await site.getByLabel('报告 PDF 文件').setInputFiles(changedPath);
    await site.getByRole('button', { name: '核验文件' }).click();
    await result.getByRole('heading', { name: '核验未通过' }).waitFor({ timeout: 30_000 });
    expect((await result.textContent()) ?? '').toMatch(/改动/);
    await site.screenshot({ path: join(shots, `report-verify-changed${suffix}.png`), fullPage: true });
    expect(await axeViolations(site)).toEqual([]);
    await receiver.close();

    for (const [screen, found] of Object.entries(findings)) expect(found, screen).toEqual([]);
  });
});
