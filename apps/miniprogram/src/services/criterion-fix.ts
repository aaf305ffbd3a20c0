import type { CriterionKind } from '@xinyong/api-client';

/** Where a person goes to change a criterion's outcome, or what they should know when nothing in the app can. */
export type CriterionFix = { kind: 'action'; label: string; url: string; tab?: boolean } | { kind: 'note'; text: string };

/**
 * What would make a failing 信易+ criterion pass. Kept beside the screens for now; it decides no eligibility and
 * belongs with the criteria in @xinyong/domain once the rules there carry it (listed for moving in the issue note).
 */
export function fixForCriterion(kind: CriterionKind | string): CriterionFix | null {
  switch (kind) {
    case 'no_serious_dishonesty':
    case 'no_penalty_in_display':
      return { kind: 'action', label: '查看记录，改正后申请信用修复', url: '/pkg-my/records/index' };
    case 'credit_commitment_signed':
      return { kind: 'action', label: '签署信用承诺', url: '/pkg-my/commitments/index' };
    case 'subject_type':
      return {
        kind: 'action',
        label: '以企业身份办理',
        url: '/pages/me/index',
        tab: true,
      };
    case 'tax_credit_grade':
      return { kind: 'note', text: '纳税信用等级由税务部门评定。对评定结果有异议的，可以向主管税务机关申请复评。' };
    case 'years_in_operation':
      return { kind: 'note', text: '成立年限满了就自然符合，不需要办理什么。' };
    case 'region':
      return { kind: 'note', text: '这项措施只在目录写明的地区提供，可以看看本地有没有类似的措施。' };
    default:
      return null;
  }
}
