/**
 * Repair progress by query code. Loaded only by /repair-progress/. The code goes in a POST body, never in the
 * address: the input has no name, so even a form sent without JavaScript carries nothing.
 */
import { createClient, type RepairProgress } from '@xinyong/api-client/browser';
import { byId, clearError, fields, h, showError } from './dom';

const client = createClient({ baseURL: '/api/v1' });
const form = byId<HTMLFormElement>('progress-form');
const input = byId<HTMLInputElement>('progress-code');
const status = byId('progress-status');
const errorArea = byId('progress-error');
const result = byId('progress-result');

async function check(queryCode: string): Promise<void> {
  clearError(errorArea);
  result.replaceChildren();
  status.textContent = '正在查询…';
  try {
    const progress = await client.repairs.progress({ queryCode });
    status.textContent = '';
    result.replaceChildren(...render(progress));
    result.querySelector('h2')?.focus();
  } catch (error) {
    status.textContent = '';
    showError(errorArea, error, () => void check(queryCode));
    if (!errorArea.querySelector('button')) input.focus();
  }
}

function render(p: RepairProgress): HTMLElement[] {
  const deadline = `${p.decideBy}（提交后 ${p.deadlineWorkingDays} 个工作日内${p.deadlineEstimated ? '；节假日安排未公布，按周末推算' : ''}）`;
  return [
    h('h2', { tabindex: '-1' }, `办理状态：${p.statusLabel}`),
    fields([
      ['提交日期', p.submittedOn],
      ['办结期限', deadline],
      ['办结日期', p.decidedOn],
      // The contract fixes the fee at 0: repair is free by law, and saying so guards against paid "deletion" offers.
      ['费用', '免费'],
    ]),
    h('h3', null, '办理步骤'),
    h(
      'ol',
      { class: 'steps' },
      ...p.steps.map((s) =>
        h(
          'li',
          { class: s.done ? 'done' : 'todo' },
          h('span', { class: 'step-state' }, s.done ? '已完成' : '未完成'),
          ' ',
          s.label,
          s.date && `（${s.date}）`,
        ),
      ),
    ),
    ...(p.rejectionReason ? [h('h3', null, '未通过的原因'), h('p', null, p.rejectionReason)] : []),
    h('h3', null, '下一步'),
    h('p', null, p.nextStep),
  ];
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const code = input.value.trim();
  if (code) void check(code);
  else input.focus();
});
