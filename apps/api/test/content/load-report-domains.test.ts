import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { domainForAuthority } from '@xinyong/domain';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config';
import { loadReportDomains } from '../../src/content/load-report-domains';
import { ContentError } from '../../src/content/yaml-file';
import { type DeptKind, DISHONESTY_LIST_TYPES, DISTRICTS, departmentName, PROVINCIAL_DEPARTMENTS } from '../../src/demo/pools';

const CONTENT = join(REPO_ROOT, 'content');
const real = readFileSync(join(CONTENT, 'report-domains.yaml'), 'utf8');

function errorFor(text: string): ContentError {
  const dir = mkdtempSync(join(tmpdir(), 'xinyong-report-domains-'));
  writeFileSync(join(dir, 'report-domains.yaml'), text);
  try {
    loadReportDomains(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const lastLineOf = (text: string, needle: string) => text.split('\n').reduce((last, l, i) => (l.includes(needle) ? i + 1 : last), 0);

describe('content/report-domains.yaml', () => {
  const { domains, sources } = loadReportDomains(CONTENT);

  it('lists the domains with departments, record kinds and where each is named', () => {
    expect(domains.map((d) => d.name)).toEqual(
      expect.arrayContaining(['市场监管', '税务', '生态环境', '人力资源社会保障', '住房城乡建设', '交通运输', '安全生产', '卫生健康']),
    );
    expect(sources.map((s) => s.id)).toEqual(expect.arrayContaining(['ndrc-2025-565', 'lu-2023-190', 'su-2025-5']));
    for (const d of domains) {
      expect(d.departments.length).toBeGreaterThan(0);
      expect(d.namedIn.length, `${d.id} names no source`).toBeGreaterThan(0);
    }
    // Shandong's own text names these three of its 52 domains.
    const namedByShandong = domains.filter((d) => d.namedIn.includes('lu-2023-190')).map((d) => d.name);
    expect(namedByShandong.sort()).toEqual(['人力资源社会保障', '安全生产', '生态环境'].sort());
  });

  // The demo generator's department kinds, each with the domain its records must land in.
  const expectedDomain: Record<DeptKind, string> = {
    market: 'market',
    ecology: 'ecology',
    tax: 'tax',
    safety: 'safety',
    housing: 'housing',
    transport: 'transport',
    health: 'health',
    labour: 'labour',
    urban: 'urban',
  };

  it('places every demo authority (city, district and provincial offices) in its domain', () => {
    const districts = DISTRICTS['3701'] ?? [];
    for (const kind of Object.keys(expectedDomain) as DeptKind[]) {
      const names = [departmentName(kind, '济南市', null), ...districts.map((d) => departmentName(kind, '济南市', d))];
      const provincial = PROVINCIAL_DEPARTMENTS[kind];
      if (provincial) names.push(provincial);
      for (const name of names) expect(domainForAuthority(name, domains)?.id, name).toBe(expectedDomain[kind]);
    }
    for (const name of [
      '济南市历下区市场监督管理局',
      '泰安市人力资源和社会保障局',
      '济南市城市管理局',
      '青岛市黄岛区卫生健康局',
      '国家税务总局青岛市税务局',
    ])
      expect(domainForAuthority(name, domains), name).not.toBeNull();
  });

  it('gives every demo dishonesty list a domain that holds list entries', () => {
    for (const list of DISHONESTY_LIST_TYPES) {
      const found = domainForAuthority(departmentName(list.dept, '济南市', null), domains);
      const domain = domains.find((d) => d.id === found?.id);
      expect(domain?.recordKinds, list.listType).toContain('serious_dishonesty');
      expect(domain?.lists, list.listType).toContain(list.listType);
    }
  });

  it('keeps 住房公积金 apart from 住房城乡建设', () => {
    expect(domainForAuthority('济南住房公积金管理中心', domains)?.id).toBe('housing-fund');
    expect(domainForAuthority('济南市住房和城乡建设局', domains)?.id).toBe('housing');
  });
});

describe('report domains loader errors name the file and line', () => {
  it('a duplicate domain id', () => {
    const text = real.replace('  - id: tax\n', '  - id: market\n');
    const error = errorFor(text);
    expect(error).toMatchObject({ file: 'report-domains.yaml', line: lastLineOf(text, '  - id: market') });
    expect(error.reason).toContain('market');
  });

  it('a namedIn that is not a source', () => {
    const text = real.replace('namedIn: [suzhou-2024, qinghai-2025]\n', 'namedIn: [nowhere-2020]\n');
    const error = errorFor(text);
    expect(error.line).toBe(lineOf(text, 'nowhere-2020'));
    expect(error.reason).toContain('nowhere-2020');
  });

  it('a pattern used by two domains', () => {
    const text = real.replace('authorityPatterns: [交通运输]', 'authorityPatterns: [税务局]');
    const error = errorFor(text);
    expect(error.line).toBe(lastLineOf(text, 'authorityPatterns: [税务局]'));
    expect(error.reason).toContain('税务局');
  });

  it('a missing field, at the domain', () => {
    const text = real.replace('    departments: [山东省商务厅, 各市、县（市、区）商务局]\n', '');
    const error = errorFor(text);
    expect(error.reason).toContain('departments');
    expect(error.line).toBe(lineOf(text, 'id: commerce'));
  });
});
