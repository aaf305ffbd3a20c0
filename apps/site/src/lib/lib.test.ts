import { describe, expect, it } from 'vitest';
import { explainerFor } from './basis';
import { sourceText } from './data';
import { dateText } from './dates';
import rehypeTableWrap from './rehype-table-wrap.mjs';

describe('explainerFor', () => {
  it('links a numbered part of 鲁信用办〔2021〕3号 to its explainer', () => {
    expect(explainerFor('鲁信用办〔2021〕3号 第四条')).toBe('/policy/section-4/');
    expect(explainerFor('鲁信用办〔2021〕3号 第九部分')).toBe('/policy/section-9/');
  });
  it('links the document without a part to the explainer index, and nothing else', () => {
    expect(explainerFor('鲁信用办〔2021〕3号')).toBe('/policy/');
    expect(explainerFor('国办发〔2021〕52号')).toBeUndefined();
  });
});

describe('sourceText', () => {
  it('shows title and reference once', () => {
    expect(sourceText({ title: '信用修复管理办法', ref: '国家发展改革委令第36号' })).toBe('信用修复管理办法（国家发展改革委令第36号）');
    expect(sourceText({ title: '信用修复管理办法（国家发展改革委令第36号）', ref: '国家发展改革委令第36号' })).toBe(
      '信用修复管理办法（国家发展改革委令第36号）',
    );
  });
  it('accepts plain strings and lists', () => {
    expect(sourceText('鲁信用办〔2021〕3号 第六条')).toBe('鲁信用办〔2021〕3号 第六条');
    expect(sourceText([{ title: 'A', ref: '1' }, 'B'])).toBe('A（1）；B');
    expect(sourceText(undefined)).toBe('');
  });
});

describe('rehypeTableWrap', () => {
  interface Node {
    type: string;
    tagName?: string;
    value?: string;
    properties?: Record<string, unknown>;
    children?: Node[];
  }
  const el = (tagName: string, children: Node[] = []): Node => ({ type: 'element', tagName, properties: {}, children });
  const text = (value: string): Node => ({ type: 'text', value });

  it('wraps a table in a focusable, labelled region and gives a two-way table row headers', () => {
    const table = el('table', [
      el('thead', [el('tr', [el('th'), el('th', [text('费用')])])]),
      el('tbody', [el('tr', [el('td', [text('公共信用')]), el('td', [text('免费')])])]),
    ]);
    const tree: Node = { type: 'root', children: [table] };
    rehypeTableWrap()(tree);
    const wrap = tree.children?.[0];
    expect(wrap?.tagName).toBe('div');
    expect(wrap?.properties).toMatchObject({ role: 'region', tabIndex: 0 });
    expect(table.children?.[0]?.children?.[0]?.children?.[0]?.tagName).toBe('td');
    expect(table.children?.[1]?.children?.[0]?.children?.[0]).toMatchObject({ tagName: 'th', properties: { scope: 'row' } });
  });
});

describe('dateText', () => {
  it('writes dates the one way the product writes them', () => {
    expect(dateText('2026-11-16')).toBe('2026年11月16日');
    expect(dateText('2026-03-01')).toBe('2026年3月1日');
    expect(dateText(null)).toBe('');
  });
});
