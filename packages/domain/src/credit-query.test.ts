import { describe, expect, it } from 'vitest';
import { checkMatterReference } from './credit-query';

describe('the matter reference a credit query is registered with', () => {
  it('accepts document and case numbers as written in a case file, full-width digits included', () => {
    expect(checkMatterReference('济城管许〔2026〕12号')).toEqual({ ok: true, reference: '济城管许〔2026〕12号' });
    expect(checkMatterReference(' SP-2026-000123 ')).toEqual({ ok: true, reference: 'SP-2026-000123' });
    expect(checkMatterReference('ＳＰ－２０２６')).toEqual({ ok: true, reference: 'SP-2026' });
    expect(checkMatterReference('采购２０２６第３号')).toEqual({ ok: true, reference: '采购2026第3号' });
  });

  it('asks for a reference when there is none, and says what one looks like when it is malformed', () => {
    for (const missing of [undefined, null, '', '   ', '\u200B\u200B']) {
      expect(checkMatterReference(missing)).toMatchObject({ ok: false, code: 'REFERENCE_REQUIRED' });
    }
    for (const bad of ['123', '没有数字的编号', `A${'1'.repeat(40)}`, 'SP<script>1', 'SP\u00071234']) {
      const result = checkMatterReference(bad);
      expect(result).toMatchObject({ ok: false, code: 'INVALID_REFERENCE' });
      if (!result.ok) expect(result.message).toContain('济城管许〔2026〕12号');
    }
  });
});
