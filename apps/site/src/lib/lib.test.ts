import { describe, expect, it } from 'vitest';
import { explainerFor } from './basis';
import { loadGlossary, sourceText } from './data';
import { dateText } from './dates';
import { glossaryTerms } from './glossary-terms.mjs';
import rehypeGlossary from './rehype-glossary.mjs';
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

describe('rehypeGlossary', () => {
  interface Node {
    type: string;
    tagName?: string;
    value?: string;
    properties?: Record<string, unknown>;
    children?: Node[];
  }
  const el = (tagName: string, children: Node[] = []): Node => ({ type: 'element', tagName, properties: {}, children });
  const text = (value: string): Node => ({ type: 'text', value });
  const terms = [
    { id: 'guiji', words: ['归集'] },
    { id: 'gongshi', words: ['公示'] },
    { id: 'gongshiqi', words: ['公示期', '最短公示期'] },
  ];
  const links = (node: Node): [string, unknown][] =>
    node.tagName === 'a' ? [[node.children?.[0]?.value ?? '', node.properties?.href]] : (node.children ?? []).flatMap(links);
  const flat = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(flat).join(''));

  it('links only the first appearance of each term on a page, to its glossary entry, and keeps the words', () => {
    const tree: Node = { type: 'root', children: [el('p', [text('信息归集后公示，再次归集。')]), el('p', [text('归集和公示期。')])] };
    const before = flat(tree);
    rehypeGlossary({ terms })(tree);
    expect(links(tree)).toEqual([
      ['归集', '/glossary/#guiji'],
      ['公示', '/glossary/#gongshi'],
      ['公示期', '/glossary/#gongshiqi'],
    ]);
    expect(flat(tree)).toBe(before);
  });

  it('prefers the longest term and never links inside headings, links or code', () => {
    const tree: Node = {
      type: 'root',
      children: [
        el('h2', [text('归集')]),
        el('p', [el('a', [text('归集')]), el('code', [text('公示')]), text('最短公示期满后，可以归集')]),
      ],
    };
    rehypeGlossary({ terms })(tree);
    expect(links(tree)).toEqual([
      ['归集', undefined],
      ['最短公示期', '/glossary/#gongshiqi'],
      ['归集', '/glossary/#guiji'],
    ]);
  });
});

describe('the glossary content', () => {
  it('explains the terms the explainers use, each with a source', () => {
    const items = loadGlossary();
    const terms = items.map((i) => i.term);
    for (const t of ['归集', '披露', '容缺受理', '告知承诺', '放管服', '简易程序']) expect(terms).toContain(t);
    for (const i of items) {
      expect(i.id).toMatch(/^[a-z][a-z-]*$/);
      expect(sourceText(i.source)).not.toBe('');
    }
  });
  it('gives the Markdown plugin every term and its other spellings', () => {
    const words = glossaryTerms().flatMap((t) => t.words);
    expect(words).toEqual(expect.arrayContaining(['归集', '最短公示期', '失信惩戒']));
  });
});

describe('dateText', () => {
  it('writes dates the one way the product writes them', () => {
    expect(dateText('2026-11-16')).toBe('2026年11月16日');
    expect(dateText('2026-03-01')).toBe('2026年3月1日');
    expect(dateText(null)).toBe('');
  });
});
