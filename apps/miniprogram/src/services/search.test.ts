import { validateCreditCode } from '@xinyong/api-client';
import { describe, expect, it } from 'vitest';
import { codeInput, codeProblem, searchText } from './search';

const fullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe('codeProblem', () => {
  it('leaves names and short input alone', () => {
    expect(codeProblem('华夏贸易', validateCreditCode)).toBeNull();
    expect(codeProblem('9137', validateCreditCode)).toBeNull();
  });

  it('accepts a valid code and explains a wrong one', () => {
    expect(codeProblem('91110000600037341L', validateCreditCode)).toBeNull();
    expect(codeProblem('91110000600037341X', validateCreditCode)).toContain('校验码');
    expect(codeProblem('9111000060003734', validateCreditCode)).toContain('18 位');
  });

  it('accepts a code typed or pasted with spaces, hyphens or full-width characters', () => {
    for (const typed of ['9111 0000 6000 3734 1L', '91110000-600037341L', fullWidth('91110000600037341l'), '9111\u30000000 6000-37341l ']) {
      expect(codeProblem(typed, validateCreditCode), typed).toBeNull();
      expect(searchText(typed), typed).toBe('91110000600037341L');
      expect(codeInput(typed)?.separators || /^[\uFF01-\uFF5E]+$/.test(typed), typed).toBe(true);
    }
    expect(codeInput('91110000600037341L')).toEqual({ code: '91110000600037341L', separators: false });
  });

  it('keeps a name with a hyphen as a name', () => {
    expect(codeInput('齐鲁-华夏贸易')).toBeNull();
    expect(searchText(' 齐鲁-华夏贸易 ')).toBe('齐鲁-华夏贸易');
  });
});
