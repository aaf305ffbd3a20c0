import { deriveInfoClass } from '@xinyong/domain';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/import/csv';
import { detectKind, parseImportDate } from '../../src/import/shuanggongshi';

describe('CSV reader', () => {
  it('reads quotes, doubled quotes, commas and line breaks in fields, CRLF and a BOM, keeping start lines', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n\r\n2,"line one\r\nline two",z\r\n3,,\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
      { line: 4, fields: ['2', 'line one\r\nline two', 'z'] },
      { line: 6, fields: ['3', '', ''] },
    ]);
  });

  it('reads a last line without a line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });
});

describe('import rules', () => {
  it('detects the kind from the header, whatever the case and spaces', () => {
    const cf = ['cf_xdr_mc', ' CF_XDR_LB', 'CF_WSH', 'CF_YJ', 'CF_CFLB', 'CF_NR', 'CF_JDRQ', 'CF_CFJG', 'CF_SJLY'];
    expect(detectKind(cf)).toBe('penalty');
    expect(detectKind(['XK_XDR_MC', 'XK_XDR_LB', 'XK_WSH', 'XK_XKLB', 'XK_NR', 'XK_JDRQ', 'XK_XKJG'])).toBe('licence');
  });

  it('reads the date forms found in exports and refuses impossible dates', () => {
    expect(parseImportDate('2026-03-05')).toBe('2026-03-05');
    expect(parseImportDate('2026/3/5')).toBe('2026-03-05');
    expect(parseImportDate('20260305')).toBe('2026-03-05');
    expect(parseImportDate('2026年3月5日')).toBe('2026-03-05');
    expect(parseImportDate('2026-03-05 00:00:00')).toBe('2026-03-05');
    expect(parseImportDate('2026-02-29')).toBeNull();
    expect(parseImportDate('05/03/2026')).toBeNull();
  });

  it('derives a class from the penalty when none is given', () => {
    expect(deriveInfoClass('警告', null, '').infoClass).toBe('轻微');
    expect(deriveInfoClass('警告;通报批评', null, '').infoClass).toBe('轻微');
    expect(deriveInfoClass('警告;罚款', 0.1, '').infoClass).toBe('一般');
    expect(deriveInfoClass('罚款', 150, '').infoClass).toBe('严重');
    expect(deriveInfoClass('罚款', 5, '吊销食品经营许可证').infoClass).toBe('严重');
    expect(deriveInfoClass('责令停产停业', null, '').infoClass).toBe('严重');
    expect(deriveInfoClass('没收违法所得', null, '').infoClass).toBe('一般');
  });
});
