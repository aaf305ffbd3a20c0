import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FEE_TEXTS_FILE, GENERATED_FILE, REPO_ROOT, RULES_DIR } from './cli';
import { loadRuleData, RuleDataError, renderFeeTextsModule, renderRulesModule } from './generate';

describe('the generated rules module', () => {
  test('is up to date with content/rules/*.yaml (run `pnpm --filter @xinyong/domain rules` after editing them)', () => {
    const expected = renderRulesModule(loadRuleData(RULES_DIR, REPO_ROOT));
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(expected);
    expect(readFileSync(FEE_TEXTS_FILE, 'utf8')).toBe(renderFeeTextsModule(loadRuleData(RULES_DIR, REPO_ROOT)));
  });

  test('every source is cited in the repository’s own terms, never by a path outside it', () => {
    const text = readFileSync(GENERATED_FILE, 'utf8');
    expect(text).not.toMatch(/\/work\/|shared\/|DOMAIN\.md|https?:\/\//);
  });
});

describe('a broken rule file is refused with its file and line', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of content/rules with one file's text replaced, and the problems loading it reports. */
  function problemsWith(file: string, edit: (text: string) => string): string[] {
    dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const rules = join(dir, 'content/rules');
    cpSync(RULES_DIR, rules, { recursive: true });
    writeFileSync(join(rules, file), edit(readFileSync(join(rules, file), 'utf8')));
    try {
      loadRuleData(rules, dir);
    } catch (error) {
      if (error instanceof RuleDataError) return [...error.problems];
      throw error;
    }
    return [];
  }

  const lineOf = (file: string, needle: string) =>
    readFileSync(join(RULES_DIR, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1;

  test('a working-day count that is not a number', () => {
    const problems = problemsWith('deadlines.yaml', (t) =>
      t.replace(
        'workingDays: 7\n        source:\n          id: sd-credit-regulation',
        'workingDays: 七\n        source:\n          id: sd-credit-regulation',
      ),
    );
    expect(problems).toEqual([
      `content/rules/deadlines.yaml:${lineOf('deadlines.yaml', 'workingDays: 7')}: “workingDays”应为整数，实际为 “七”。`,
    ]);
  });

  test('a source that is not in sources.yaml', () => {
    const problems = problemsWith('lists.yaml', (t) => t.replace('id: mohrss-45', 'id: mohrss-46'));
    expect(problems).toEqual([`content/rules/lists.yaml:${lineOf('lists.yaml', 'id: mohrss-45')}: 依据“mohrss-46”不在 sources.yaml 中。`]);
  });

  test('an impossible date', () => {
    const problems = problemsWith('display-periods.yaml', (t) => t.replace('decidedFrom: 2023-05-01', 'decidedFrom: 2023-02-30'));
    expect(problems).toEqual([
      `content/rules/display-periods.yaml:${lineOf('display-periods.yaml', 'decidedFrom: 2023-05-01')}: “decidedFrom”应为日期（YYYY-MM-DD）或 null，实际为 “2023-02-30”。`,
    ]);
  });

  test('regimes out of date order', () => {
    const problems = problemsWith('display-periods.yaml', (t) => t.replace('decidedFrom: 2026-04-01', 'decidedFrom: 2022-04-01'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/rules\/display-periods\.yaml:\d+: 版本要按日期先后排列：2022-04-01 不晚于上一版本的 2023-05-01。$/,
    );
  });

  test('a minimum longer than the maximum', () => {
    const problems = problemsWith('display-periods.yaml', (t) =>
      t.replace(
        '一般: { display: always, maximumMonths: 12, minimum: { months: 3 } }\n      严重: { display: always, maximumMonths: 36, minimum: { months: 12 } }',
        '一般: { display: always, maximumMonths: 12, minimum: { months: 13 } }\n      严重: { display: always, maximumMonths: 36, minimum: { months: 12 } }',
      ),
    );
    // The line of Order 36's 一般, the one just above its 严重.
    const line = lineOf('display-periods.yaml', '严重: { display: always, maximumMonths: 36, minimum: { months: 12 } }') - 1;
    expect(problems).toEqual([`content/rules/display-periods.yaml:${line}: 最短公示期 13 个月超过最长 12 个月。`]);
  });

  test('a law status without its article', () => {
    const problems = problemsWith('benefit-criteria.yaml', (t) => t.replace('      article: 第二十六条、第三十条\n', ''));
    // With the article line gone, the status moves up into its place.
    const line = lineOf('benefit-criteria.yaml', 'article: 第二十六条、第三十条');
    expect(problems).toEqual([`content/rules/benefit-criteria.yaml:${line}: 标为 law 的依据要写明条款（article）或原文（quote）。`]);
  });

  test('a value outside the vocabulary, and a key nobody reads', () => {
    const problems = problemsWith('display-periods.yaml', (t) =>
      t.replace(
        'sectors: [food, drugs, special_equipment, work_safety, fire]',
        'sectors: [food, medicine, special_equipment, work_safety, fire]\n        sector: food',
      ),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('的值 “medicine” 无效，可选：food、drugs');
    expect(problems[1]).toContain('无法识别的项“sector”');
  });

  test('a YAML syntax error', () => {
    const problems = problemsWith('holidays.yaml', (t) => t.replace('notices:\n', 'notices:\n  - year: [2022\n'));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/^content\/rules\/holidays\.yaml:\d+: YAML 语法错误：/);
    // The unclosed “[” is on the line after “notices:”; the parser notices it on the line after that.
    expect(problems[0]).toMatch(new RegExp(`^content/rules/holidays\\.yaml:${lineOf('holidays.yaml', 'notices:') + 2}: `));
  });
});

describe('the rule version a stored window carries', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const hashWith = (file: string, edit: (text: string) => string) => {
    dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const rules = join(dir, 'content/rules');
    cpSync(RULES_DIR, rules, { recursive: true });
    writeFileSync(join(rules, file), edit(readFileSync(join(rules, file), 'utf8')));
    return loadRuleData(rules, dir).displayRulesHash;
  };
  const current = () => loadRuleData(RULES_DIR, REPO_ROOT).displayRulesHash;

  test('changes when a period changes, so every stored window is recomputed', () => {
    expect(
      hashWith('display-periods.yaml', (t) =>
        t.replace('minimum: { months: 12 }\n        source: { id: order-58', 'minimum: { months: 6 }\n        source: { id: order-58'),
      ),
    ).not.toBe(current());
  });
  test('changes when a list period changes', () => {
    expect(hashWith('lists.yaml', (t) => t.replace('periodMonths: 36', 'periodMonths: 24'))).not.toBe(current());
  });
  test('does not change when only words change (a label, a note)', () => {
    expect(hashWith('display-periods.yaml', (t) => t.replace('label: 国家发展改革委令2023年第58号', 'label: 第58号令'))).toBe(current());
  });
});
