/** Reasons reviewers often write, offered to start from; the reviewer edits them to the case. */
export const REASON_TEMPLATES: Record<string, string[]> = {
  accepted: ['材料齐全，予以受理，将在规定期限内核实。'],
  rejected: [
    '异议事项不属于本部门职责范围，不予受理。请向作出决定的机关提出。',
    '所提理由与已处理的异议相同且没有新的证据，不予受理。',
    '未按要求补齐修复材料，审核未通过。请补齐履行证明后重新申请。',
  ],
  corrected: ['经核实，记录内容有误，已按原始决定书更正。'],
  deleted: ['经核实，该记录不应归集公示，予以删除。'],
  upheld: ['经核对原始决定书和执法记录，记录内容无误，维持原记录。'],
  approved: ['已履行行政处罚规定的义务并作出信用承诺，准予信用修复。'],
};
