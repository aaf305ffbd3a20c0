import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/bootstrap';
import { loadConfig, REPO_ROOT } from '../../src/config';
import { ContentError, loadBenefits } from '../../src/content/load-benefits';
import { openDatabase } from '../../src/db/open';
import { benefitsRepository } from '../../src/repositories/benefits';

const SAMPLE = join(REPO_ROOT, 'content', 'benefits', 'loan-sme-credit.yaml');

function contentWith(file: string, text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'xinyong-content-'));
  const dir = join(root, 'benefits');
  cpSync(join(REPO_ROOT, 'content', 'benefits'), dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return root;
}

function loadError(root: string): ContentError {
  try {
    loadBenefits(join(root, 'benefits'));
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('content/benefits loader', () => {
  it('reports a YAML syntax error with file name and line', () => {
    const error = loadError(contentWith('broken.yaml', 'id: broken\nname: [unclosed\nsummary: x\n'));
    expect(error.file).toBe('benefits/broken.yaml');
    expect(error.line).toBeGreaterThanOrEqual(2);
    expect(error.reason).toMatch(/YAML 语法错误/);
  });

  it('reports a schema error at the line of the offending field', () => {
    const text = `id: bad-category
name: 测试措施
category: lottery
audience: [business]
provider: 示例单位
region: 全省
summary: 用于测试的说明文字
criteria: []
howToApply: 用于测试的申请方式
apply: { unit: 测试单位, channel: 测试渠道, contact: 测试电话 }
basis:
  - { title: 测试依据, ref: 测试文号 }
example: true
`;
    const error = loadError(contentWith('bad-category.yaml', text));
    expect(error).toMatchObject({ file: 'benefits/bad-category.yaml', line: 3 });
    expect(error.reason).toContain('category');
    expect(error.reason).toContain('loan');
  });

  it('refuses a benefit that does not say concretely how to apply', () => {
    const text = `id: no-apply
name: 测试措施
category: loan
audience: [business]
provider: 示例单位
region: 全省
summary: 用于测试的说明文字
criteria: []
howToApply: 用于测试的申请方式
basis:
  - { title: 测试依据, ref: 测试文号 }
example: true
`;
    const error = loadError(contentWith('no-apply.yaml', text));
    expect(error.file).toBe('benefits/no-apply.yaml');
    expect(error.reason).toContain('apply');
  });

  it('refuses an id that does not match its file name', () => {
    const error = loadError(contentWith('other-name.yaml', `id: loan-sme-credit\n${'x: 1\n'}`));
    expect(error.file).toBe('benefits/other-name.yaml');
  });

  it('stops start-up before writing anything, so the catalogue already loaded stays whole', async () => {
    const db = await openDatabase({});
    const good = loadConfig({ NODE_ENV: 'test' });
    await prepareDatabase(good, db);
    const before = await benefitsRepository(db).list({});
    expect(before.length).toBeGreaterThan(0);

    const broken = { ...good, contentDir: contentWith('zz-broken.yaml', 'id: zz-broken\nname: "unterminated\n') };
    await expect(prepareDatabase(broken, db)).rejects.toBeInstanceOf(ContentError);
    const after = await benefitsRepository(db).list({});
    expect(after.map((b) => b.id)).toEqual(before.map((b) => b.id));
    await db.close();
  });

  it('keeps the sample file itself valid', () => {
    expect(() => loadBenefits(join(SAMPLE, '..'))).not.toThrow();
  });
});
