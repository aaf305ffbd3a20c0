import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { totpCode } from '@xinyong/api/totp';
import { axeViolations, chinaDateOf, DAY_AND_NIGHT, openPerson, screenshotDir, tabTo, useSystem } from '@xinyong/test-support';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// The credit office's half of 双公示 in the staff console at 1280 px, under the CSP the API serves at /console/: an
// administrator logs in with TOTP, imports a penalty file with a bad row (reads the row report before anything is
// written), commits it, reads the monitoring page (the department is flagged), and exports the quarterly evaluation
// (the CSV downloaded and read, the printable A4 page opened).
// The demo credit-office account and its published demo TOTP secret (apps/api/src/demo/staff.ts, development only).
const CREDIT_OFFICE = {
  username: 'console-credit-office',
  password: 'demo-console-xyb-2026',
  totpSecret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
};
const DEPARTMENT = '济南市历下区市场监督管理局';

const shot = (page: Page, name: string) => page.screenshot({ path: join(screenshotDir('console'), `${name}.png`), fullPage: true });
async function expectAccessible(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[class*="-appear"], [class*="-enter"]'));
  expect(await axeViolations(page)).toEqual([]);
}
const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** Six penalties of one department received today: four decided today (on time), two 40 days ago (late), and a bad date. */
function penaltyFile(today: string): Buffer {
  const header = 'CF_XDR_MC,CF_XDR_LB,CF_XDR_SHXYM,CF_WSH,CF_YJ,CF_CFLB,CF_NR,CF_JDRQ,CF_CFJG,CF_SJLY,CF_XXLB';
  const row = (n: number, decided: string) =>
    [
      '示例导入甲商贸有限公司',
      '02',
      '91370102MA3CTE018K',
      `济历下市监罚〔E2E〕${n}号`,
      '《中华人民共和国产品质量法》第四十九条',
      '罚款',
      '罚款人民币20000元',
      decided,
      DEPARTMENT,
      DEPARTMENT,
      '一般',
    ].join(',');
  const late = daysBefore(today, 40);
  const lines = [header, row(1, today), row(2, today), row(3, today), row(4, today), row(5, late), row(6, late), row(7, '2026-02-30')];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

describe.each(DAY_AND_NIGHT)('$when', ({ clockAt, suffix }) => {
  const run = useSystem({ clockAt });

  it('an administrator imports a file with a bad row, commits it, reads the monitoring and exports the quarterly report', async () => {
    const person = await openPerson(run.browser, { device: 'desktop', clockAt: run.system.now() });
    const { page } = person;
    const today = chinaDateOf(run.system.now());

    // Log in with the authenticator's code.
    await page.goto(`${run.system.origin}/console/`);
    await page.getByLabel('用户名').fill(CREDIT_OFFICE.username);
    await page.getByLabel('密码').fill(CREDIT_OFFICE.password);
    await page.getByLabel('动态口令').fill(totpCode(CREDIT_OFFICE.totpSecret, run.system.now()));
    await page.getByLabel('动态口令').press('Enter');
    await page.getByRole('heading', { name: '工作人员账号' }).waitFor({ timeout: 30_000 });

    // 数据导入 by keyboard: Tab to the file field, then to the check and the commit buttons.
    await page.getByRole('menuitem', { name: '数据导入' }).click();
    await page.getByRole('heading', { name: '双公示数据导入' }).waitFor();
    await expectAccessible(page);
    await tabTo(page, page.getByLabel('选择文件'));
    // The field is reached by Tab; the file itself is set on it (the OS dialog is not part of the page).
    await page.getByLabel('选择文件').setInputFiles({ name: '历下区市场监管.csv', mimeType: 'text/csv', buffer: penaltyFile(today) });
    await tabTo(page, page.getByRole('button', { name: '检查文件' }));
    await page.keyboard.press('Enter');
    await page.getByText('检查完成（还没有导入）：可以导入 6 行，已在库中 0 行，拒收 1 行。').waitFor({ timeout: 30_000 });
    const refused = page.getByRole('row', { name: /CF_JDRQ/ });
    expect(await refused.textContent()).toBe('8CF_JDRQ处罚决定日期“2026-02-30”不是有效日期，应为 YYYY-MM-DD。');
    await expectAccessible(page);
    await shot(page, `import-preview${suffix}`);
    await tabTo(page, page.getByRole('button', { name: '确认导入 6 行' }));
    await page.keyboard.press('Enter');
    await page.getByText('已导入 6 行，0 行已在库中未变，拒收 1 行。拒收的行已记入监测。').waitFor({ timeout: 30_000 });
    await expectAccessible(page);
    await shot(page, `import-done${suffix}`);

    // 监测: this month's figures for the department, flagged.
    await page.getByRole('menuitem', { name: '双公示监测' }).click();
    await page.getByRole('heading', { name: '双公示监测' }).waitFor();
    const deptRow = page.getByRole('row', { name: new RegExp(`${DEPARTMENT}\\s*行政处罚`) });
    await deptRow.waitFor({ timeout: 30_000 });
    const cells = await deptRow.getByRole('cell').allTextContents();
    expect(cells.slice(0, 7)).toEqual([DEPARTMENT, '行政处罚', '6', '4（66.7%）', '6（85.7%）', '1', '0']);
    expect(cells[7]).toContain('落后');
    expect(cells[7]).toContain('按时上报 66.7%，低于 90%');
    await page
      .getByRole('alert')
      .filter({ hasText: `${DEPARTMENT}（行政处罚）` })
      .waitFor();
    expect(
      await page
        .getByRole('row', { name: /第 8|CF_JDRQ/ })
        .first()
        .textContent(),
    ).toContain('2026-02-30');
    await expectAccessible(page);
    await shot(page, `monitoring${suffix}`);

    // 季度评价: the CSV, downloaded and read as Excel would.
    await page.getByRole('menuitem', { name: '季度评价' }).click();
    await page.getByRole('heading', { name: '双公示季度评价' }).waitFor();
    await page.getByRole('row', { name: new RegExp(`${DEPARTMENT}\\s*行政处罚`) }).waitFor({ timeout: 30_000 });
    await expectAccessible(page);
    await shot(page, `quarterly${suffix}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const quarter = `${today.slice(0, 4)}Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
    expect(download.suggestedFilename()).toBe(`双公示季度评价-${quarter}.csv`);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]?.startsWith('季度,部门,类别,收到条数,7个工作日内上报条数,按时上报比例（%）')).toBe(true);
    expect(
      lines
        .find((l) => l.includes(DEPARTMENT))
        ?.split(',')
        .slice(0, 11),
    ).toEqual([quarter, DEPARTMENT, '行政处罚', '6', '4', '66.7', '6', '85.7', '1', '0', '是']);
    expect(
      lines
        .find((l) => l.startsWith(`${quarter},合计,行政处罚,`))
        ?.split(',')
        .slice(3, 6),
    ).toEqual(['6', '4', '66.7']);

    // The printable page: the console around it hidden in print, and it lays out on A4.
    await page.getByRole('button', { name: '打印页' }).click();
    await page.getByRole('heading', { name: /“双公示”信息季度评价/ }).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(`${DEPARTMENT}\\s*行政处罚\\s*6`) }).textContent()).toContain('落后');
    await expectAccessible(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '退出登录' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await shot(page, `quarterly-print${suffix}`);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: '返回季度评价' }).click();
    await page.getByRole('heading', { name: '双公示季度评价' }).waitFor();
    await person.close();
  });
});
