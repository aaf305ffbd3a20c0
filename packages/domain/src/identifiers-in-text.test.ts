import { describe, expect, it } from 'vitest';
import { identifierRefusal, identifiersIn, maskIdentifiers } from './identifiers-in-text';
import { normaliseFreeText, visibleLength } from './normalise';

describe('identifiers in free text', () => {
  it.each([
    ['承诺人张三，身份证370102199001011237', ['id_number']],
    ['身份证 3701 0219 9001 0112 37', ['id_number']],
    ['身份证３７０１０２１９９００１０１１２３７', ['id_number']],
    ['旧证 370102900101123', ['id_number']],
    ['联系人手机13812345678', ['mobile']],
    ['手机 138-1234-5678', ['mobile']],
    ['+8613812345678', ['mobile']],
    ['电话0531-86123456', ['landline']],
    ['退款到 6222 0212 3456 7890 128', ['bank_card']],
    ['邮箱 zhang.san@example.com', ['email']],
    ['张三 370102199001011237 13812345678', ['id_number', 'mobile']],
  ])('finds them in %s', (text, kinds) => {
    expect(identifiersIn(text)).toEqual(kinds);
  });

  it.each([
    '信用修复',
    '申请信易贷，金额 500000 元',
    '济市监罚〔2024〕123号 行政处罚的信用修复',
    '统一社会信用代码 91370100MA3C5RXX7Q',
    '2024年1月1日起按时纳税',
    '罚款 20000 元已于 20240315 缴清',
  ])('lets ordinary text through: %s', (text) => {
    expect(identifiersIn(text)).toEqual([]);
    expect(identifierRefusal('承诺事项', text)).toBeNull();
  });

  it('says which field, what it found and what to do', () => {
    expect(identifierRefusal('承诺事项', '张三 13812345678')).toBe(
      '“承诺事项”里像是有手机号码。这里写的内容可能会公开显示，请删除这些个人信息后再提交。',
    );
  });
});

describe('invisible characters', () => {
  it('are removed and not counted', () => {
    const padded = `信用\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B修复\uFEFF\u2060\u202E`;
    expect(normaliseFreeText(padded)).toBe('信用修复');
    expect(visibleLength(padded)).toBe(4);
    expect(visibleLength('\u3000 \u200B ')).toBe(0);
  });

  it('keep line breaks and what shows', () => {
    expect(normaliseFreeText('第一行\n第二行')).toBe('第一行\n第二行');
    expect(visibleLength('👍好')).toBe(2);
  });
});

describe('masking identifiers in a request line', () => {
  it('masks ID numbers, mobiles and cards in paths and queries, encoded or not', () => {
    expect(maskIdentifiers('/entities?q=370102199001011237')).toBe('/entities?q=3***************37');
    expect(maskIdentifiers('/entities/%33%37%30%31%30%32%31%39%39%30%30%31%30%31%31%32%33%37')).toBe('/entities/3***************37');
    expect(maskIdentifiers('/search?q=13812345678&page=2')).toBe('/search?q=138****5678&page=2');
    expect(maskIdentifiers('/x?mail=zhang@example.com')).toBe('/x?mail=***@***');
  });
  it('leaves codes, record ids and dates alone', () => {
    const line = '/api/v1/entities/91370100MA3C5RXX7Q?date=20240315&id=penalty-123';
    expect(maskIdentifiers(line)).toBe(line);
  });
});
