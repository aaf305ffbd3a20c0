import { validateCreditCode } from '@xinyong/api-client';
import { describe, expect, it } from 'vitest';
import { codeProblem } from './search';

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
});
