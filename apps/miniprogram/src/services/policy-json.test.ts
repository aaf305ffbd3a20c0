import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module script without type declarations
import { blocks, inline, linkTarget, operator } from '../../scripts/policy-json.mjs';

describe('policy Markdown → blocks', () => {
  it('keeps bold text and turns links to the original and to the guide it names into in-app links', () => {
    expect(inline('申请**免费**，见[查看原文](/policy/original/#section-6)和[指南](/guides/repair/)')).toEqual([
      { t: '申请' },
      { t: '免费', b: true },
      { t: '，见' },
      { t: '查看原文', to: 'original#section-6' },
      { t: '和' },
      { t: '指南', to: 'guide-repair' },
    ]);
  });

  it('opens site pages the app has as app pages, and leaves the rest as words', () => {
    expect(linkTarget('/repair-progress/')).toEqual({ go: '/pkg-entity/progress/index' });
    expect(linkTarget('/policy/section-6/')).toEqual({ to: 'section-6' });
    expect(linkTarget('/stories/pancake-shop-loan/')).toEqual({});
  });

  it('reads the operator’s details for the 隐私保护指引 from content/operator.yaml', () => {
    const o = operator();
    expect(o.operator).toContain('示例');
    expect(o.retention.length).toBeGreaterThan(3);
    expect(o.answerWithinWorkingDays).toBeGreaterThan(0);
  });

  it('reads headings, lists, quotes and tables', () => {
    const md = '## 标题\n\n- 一\n- 二\n\n> 引文\n\n| 类别 | 公示期 |\n|---|---|\n| 一般 | 最短 3 个月 |\n\n正文';
    expect(blocks(md).map((b: { k: string }) => b.k)).toEqual(['h', 'ul', 'q', 't', 'p']);
    expect(blocks(md)[3]).toEqual({ k: 't', h: [[{ t: '类别' }], [{ t: '公示期' }]], r: [[[{ t: '一般' }], [{ t: '最短 3 个月' }]]] });
  });
});
