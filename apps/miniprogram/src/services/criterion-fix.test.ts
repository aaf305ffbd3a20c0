import { CRITERION_KINDS } from '@xinyong/api-client';
import { describe, expect, it } from 'vitest';
import { fixForCriterion } from './criterion-fix';

describe('fixForCriterion', () => {
  it('says for every criterion kind what would change its outcome', () => {
    for (const kind of CRITERION_KINDS) expect(fixForCriterion(kind), kind).not.toBeNull();
  });

  it('leads a record or a missing commitment to the page that fixes it', () => {
    expect(fixForCriterion('no_serious_dishonesty')).toMatchObject({ kind: 'action', url: '/pkg-my/records/index' });
    expect(fixForCriterion('no_penalty_in_display')).toMatchObject({ kind: 'action', url: '/pkg-my/records/index' });
    expect(fixForCriterion('credit_commitment_signed')).toMatchObject({ kind: 'action', url: '/pkg-my/commitments/index' });
    expect(fixForCriterion('tax_credit_grade')).toMatchObject({ kind: 'note' });
    expect(fixForCriterion('unknown-kind')).toBeNull();
  });
});
