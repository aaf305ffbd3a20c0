import { checkScreen, current, DAY_AND_NIGHT, go, logIn, press, useSystem } from '@xinyong/test-support';
import { describe, expect, it } from 'vitest';

// The operator of 示例泉城小吃店 signs a commitment for the shop: the matter is picked from a closed list, a note is
// typed; in public a stranger sees the type, the matter and the signer masked (李**), never the note; then the
// operator withdraws it and it leaves the public profile. Under the served CSP, in China time, at 375 px, by day and
// at 02:30 China time; the list and the withdrawal by keyboard.
const XIAOCHI = { code: '92370103EX0000037M', name: '示例泉城小吃店' };
const NOTE = '后厨已按要求整改，今后每月自查一次';
const MATTER = '主动向社会作出信用承诺';

describe.each(DAY_AND_NIGHT)('a business commitment $when', ({ clockAt, suffix }) => {
  const run = useSystem({ clockAt });

  it('is signed from the list with a private note, shown in public with the signer masked, and withdrawn', async () => {
    const operator = await run.app({ route: '/pages/me/index' });
    const { page } = operator;
    await logIn(page, '示例身份：李先生');
    await current(page).locator('.nut-button', { hasText: '以这家单位办理' }).first().click();
    await current(page).getByText(`正在代办：${XIAOCHI.name}`).waitFor({ timeout: 30_000 });
    await go(page, '/pkg-my/commitments/index');
    await current(page).getByText('现行承诺书').waitFor({ timeout: 30_000 });
    await press(page, '签署信用承诺');

    // Going on without a matter says what is missing.
    await current(page)
      .getByRole('checkbox', { name: /我已阅读并承诺/ })
      .click();
    await press(page, '下一步：核对信息');
    await current(page).getByText('请选择承诺事项。').waitFor();
    // The keyboard picks the matter: Tab to the option, Space chooses it.
    const option = current(page).getByRole('radio', { name: new RegExp(MATTER) });
    await option.focus();
    await page.keyboard.press('Space');
    expect(await option.getAttribute('aria-checked')).toBe('true');
    await current(page).locator('textarea[aria-label="补充说明"]').fill(NOTE);
    const findings: Record<string, unknown[]> = {};
    findings.form = await checkScreen(page, `commitment-form${suffix}`, false);
    await press(page, '下一步：核对信息');
    await current(page).getByText(NOTE).waitFor();
    await press(page, '确认签署');
    await current(page).getByText('信用承诺已签署').waitFor({ timeout: 30_000 });
    const card = current(page).locator('.xy-card', { hasText: NOTE });
    await card.waitFor({ timeout: 30_000 });
    findings.signed = await checkScreen(page, `commitment-signed-business${suffix}`, false);

    // ---- a stranger, on another phone -------------------------------------------------------------------------
    const stranger = await run.app({ route: `/pkg-entity/profile/index?code=${XIAOCHI.code}` });
    const profile = current(stranger.page).locator('.xy-card', { hasText: MATTER }).filter({ hasText: '李**' });
    await profile.waitFor({ timeout: 30_000 });
    const publicText = (await current(stranger.page).textContent()) ?? '';
    expect(publicText).not.toContain(NOTE);
    expect(publicText).not.toContain('李四海');
    findings.public = await checkScreen(stranger.page, `commitment-public${suffix}`, false);

    // ---- the operator withdraws it, by keyboard -----------------------------------------------------------------
    await card.locator('.nut-button', { hasText: '撤回这份承诺' }).focus();
    await page.keyboard.press('Enter');
    await card.getByText('撤回后，这份承诺不再公开显示').waitFor();
    await card.locator('.nut-button', { hasText: '确认撤回' }).focus();
    await page.keyboard.press('Enter');
    await current(page)
      .locator('.xy-card', { hasText: NOTE })
      .getByText(/撤回，不再公开显示/)
      .waitFor({ timeout: 30_000 });
    // The note of the fresh signature (it counts for 信易+) is gone with it.
    expect(await current(page).getByText('信用承诺已签署').count()).toBe(0);
    findings.withdrawn = await checkScreen(page, `commitment-withdrawn${suffix}`, false);

    // The public profile no longer shows it (a fresh look: the stranger opens the profile again).
    const later = await run.app({ route: `/pkg-entity/profile/index?code=${XIAOCHI.code}` });
    await current(later.page).getByText('信用承诺').first().waitFor({ timeout: 30_000 });
    await current(later.page).getByText('统一社会信用代码').first().waitFor({ timeout: 30_000 });
    expect(await current(later.page).locator('.xy-card', { hasText: MATTER }).filter({ hasText: '李**' }).count()).toBe(0);

    expect(findings).toEqual({ form: [], signed: [], public: [], withdrawn: [] });
    await Promise.all([operator.close(), stranger.close(), later.close()]);
  });
});
