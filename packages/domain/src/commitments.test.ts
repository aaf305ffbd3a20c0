import { describe, expect, it } from 'vitest';
import { commitmentUse, commitmentWithdrawal } from './commitments';

describe('commitmentWithdrawal', () => {
  it('lets the signer withdraw a commitment nothing relies on', () => {
    const w = commitmentWithdrawal({ withdrawnOn: null, madeHere: true, use: 'none' });
    expect(w).toMatchObject({ allowed: true, code: null });
    expect(w.source.status).toBe('local_practice');
  });
  it('asks to withdraw the open repair application first', () => {
    expect(commitmentWithdrawal({ withdrawnOn: null, madeHere: true, use: 'open_repair' })).toMatchObject({
      allowed: false,
      code: 'COMMITMENT_IN_USE',
    });
  });
  it('keeps a commitment a repair decision rests on', () => {
    expect(commitmentWithdrawal({ withdrawnOn: null, madeHere: true, use: 'decided_repair' })).toMatchObject({
      allowed: false,
      code: 'COMMITMENT_RELIED_ON',
    });
  });
  it('leaves a commitment made through another channel to that channel', () => {
    expect(commitmentWithdrawal({ withdrawnOn: null, madeHere: false, use: 'none' })).toMatchObject({
      allowed: false,
      code: 'COMMITMENT_MADE_ELSEWHERE',
    });
  });
  it('does not withdraw twice, and says when it was withdrawn', () => {
    const w = commitmentWithdrawal({ withdrawnOn: '2026-11-30', madeHere: true, use: 'none' });
    expect(w).toMatchObject({ allowed: false, code: 'COMMITMENT_WITHDRAWN' });
    expect(w.reason).toContain('2026-11-30');
  });
});

describe('commitmentUse', () => {
  it('follows the repair workflow: open, decided by staff, or nothing', () => {
    expect(commitmentUse([])).toBe('none');
    expect(commitmentUse(['withdrawn'])).toBe('none');
    expect(commitmentUse(['rejected', 'submitted'])).toBe('open_repair');
    expect(commitmentUse(['withdrawn', 'approved'])).toBe('decided_repair');
    expect(commitmentUse(['rejected'])).toBe('decided_repair');
  });
});
