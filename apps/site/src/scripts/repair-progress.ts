/**
 * Repair progress by query code. Loaded only by /repair-progress/. The code goes in a POST body, never in the
 * address: the input has no name, so even a form sent without JavaScript carries nothing.
 */
import { createClient, NotFoundError, type RepairProgress } from '@xinyong/api-client/browser';
import { dateText } from '../lib/dates';
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
    // Asking again cannot find a code that does not exist: say where the right one is, and the other way in.
    if (error instanceof NotFoundError) errorArea.append(...notFoundHelp());
    if (!errorArea.querySelector('button')) input.focus();
  }
}

function notFoundHelp(): HTMLElement[] {
  const mine = h('a', { href: '/m/#/pkg-my/repairs/index' }, '网页版小程序的“我的信用修复”');
  const guide = h('a', { href: '/guides/repair/' }, '信用修复指南');
  return [
    h('p', null, '可以这样找到查询码：'),
    h(
      'ul',
      null,
      h('li', null, '提交修复申请后，页面上显示的“查询码”：12 位字母和数字，不含数字 0、1 和字母 I、O；'),
      h('li', null, '登录后在', mine, '里，每个申请都写着它的查询码。'),
    ),
    h('p', null, '还没有申请过？看', guide, '：什么记录可以修复、要准备什么。'),
  ];
}

function render(p: RepairProgress): HTMLElement[] {
  const deadline = `${dateText(p.decideBy)}（${p.deadlineText}${p.deadlineEstimated ? '；节假日安排未公布，按周末推算' : ''}）`;
  return [
    h('h2', { tabindex: '-1' }, `办理状态：${p.statusLabel}`),
    fields([
      ['提交日期', dateText(p.submittedOn)],
      ['办结期限', deadline],
      ['办结日期', dateText(p.decidedOn)],
      // The fee sentence is the rule's (content/rules/repair.yaml); saying it guards against paid "deletion" offers.
      ['费用', p.feeText],
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
          s.date && `（${dateText(s.date)}）`,
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
