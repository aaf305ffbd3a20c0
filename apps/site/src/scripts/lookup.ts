/**
 * Live business lookup: searches the public API by name or code and shows a public credit profile.
 * Loaded only by /lookup/. Without JavaScript the form still submits ?q=…, and the page explains where else to look.
 */
import {
  createClient,
  type EntityProfile,
  type EntitySummary,
  identifiersIn,
  REGISTRATION_STATUS_LABELS,
} from '@xinyong/api-client/browser';
import { feeTexts } from '@xinyong/api-client/texts';
import { dateText } from '../lib/dates';
import { byId, clearError, exampleTag, fields, h, showError } from './dom';

const client = createClient({ baseURL: '/api/v1' });
const form = byId<HTMLFormElement>('lookup-form');
const input = byId<HTMLInputElement>('lookup-q');
const status = byId('lookup-status');
const errorArea = byId('lookup-error');
const results = byId<HTMLOListElement>('lookup-results');
const profileArea = byId('lookup-profile');

const none = (text: string) => h('p', { class: 'muted' }, text);

async function search(q: string): Promise<void> {
  clearError(errorArea);
  profileArea.replaceChildren();
  results.replaceChildren();
  status.textContent = '正在查询…';
  try {
    const found = await client.entities.search({ q });
    results.replaceChildren(...found.items.map(resultItem));
    status.textContent =
      found.items.length === 0
        ? `没有找到和「${q}」有关的主体。请核对名称，或输入完整的统一社会信用代码。`
        : `找到${found.totalCapped ? '至少 ' : ' '}${found.total} 个主体${found.total > found.items.length ? `，下面列出前 ${found.items.length} 个，请输入更完整的名称` : ''}。`;
  } catch (error) {
    status.textContent = '';
    showError(errorArea, error, () => void search(q));
    if (!errorArea.querySelector('button')) input.focus();
  }
}

function resultItem(entity: EntitySummary): HTMLLIElement {
  const open = h('button', { type: 'button', class: 'link-button', 'aria-controls': 'lookup-profile' }, entity.name);
  open.addEventListener('click', () => void showProfile(entity.code));
  return h(
    'li',
    null,
    h('h2', null, open, entity.example && ' ', entity.example && exampleTag()),
    fields([
      ['统一社会信用代码', entity.code],
      ['主体类型', entity.typeLabel],
      ['所在城市', entity.cityName],
      // Only a closed business is marked in the list, as in the mini-program.
      ['登记状态', entity.registrationStatus === 'active' ? null : REGISTRATION_STATUS_LABELS[entity.registrationStatus]],
    ]),
  );
}

async function showProfile(code: string): Promise<void> {
  clearError(errorArea);
  profileArea.replaceChildren(h('p', null, '正在读取信用信息…'));
  try {
    const profile = await client.entities.profile(code);
    profileArea.replaceChildren(...renderProfile(profile));
    profileArea.querySelector('h2')?.focus();
  } catch (error) {
    profileArea.replaceChildren();
    showError(errorArea, error, () => void showProfile(code));
  }
}

function section(title: string, count: number, empty: string, items: HTMLElement[]): HTMLElement[] {
  return [h('h3', null, `${title}（${count}）`), count === 0 ? none(empty) : h('ul', { class: 'card-list' }, ...items)];
}

function recordState(r: { status: string; disputed: boolean; displayEnd: string }): string {
  return r.disputed ? `${r.status}：信用主体已提出异议，正在核实` : r.status;
}

function renderProfile(p: EntityProfile): HTMLElement[] {
  const heading = h('h2', { tabindex: '-1' }, p.name, p.example && ' ', p.example && exampleTag());
  return [
    heading,
    fields([
      ['统一社会信用代码', p.code],
      ['主体类型', p.typeLabel],
      ['所在城市', p.cityName],
      ['登记状态', REGISTRATION_STATUS_LABELS[p.registrationStatus]],
      ['成立日期', dateText(p.establishedOn)],
      ['法定代表人', p.legalRepName],
      ['纳税信用', p.taxCreditGradeA ? 'A 级纳税人' : null],
      ['信息截至', dateText(p.asOf)],
    ]),
    ...section(
      '行政许可',
      p.licences.length,
      '没有公开的行政许可信息。',
      p.licences.map((l) =>
        h(
          'li',
          null,
          h('h4', null, l.licenceName),
          fields([
            ['决定文书号', l.decisionNo],
            ['许可类别', l.category],
            ['许可内容', l.content],
            ['许可机关', l.authority],
            ['决定日期', dateText(l.decisionDate)],
            ['有效期', l.validFrom || l.validTo ? `${dateText(l.validFrom)} 至 ${l.validTo ? dateText(l.validTo) : '长期'}` : null],
            ['状态', l.status],
          ]),
        ),
      ),
    ),
    ...section(
      '行政处罚（公示中）',
      p.penalties.length,
      '没有正在公示的行政处罚。已修复或已过公示期的处罚不再公示。',
      p.penalties.map((x) =>
        h(
          'li',
          null,
          h('h4', null, `${x.category}：${x.content}`),
          fields([
            ['决定书文号', x.decisionNo],
            ['违法行为类型', x.violationType],
            ['处罚依据', x.legalBasis],
            ['失信程度', x.infoClass],
            ['处罚机关', x.authority],
            ['决定日期', dateText(x.decisionDate)],
            ['公示截止', `${dateText(x.displayEnd)}（到期自动撤下）`],
            ['状态', recordState(x)],
          ]),
        ),
      ),
    ),
    ...section(
      '严重失信主体名单',
      p.dishonestyEntries.length,
      '不在严重失信主体名单中。',
      p.dishonestyEntries.map((d) =>
        h(
          'li',
          null,
          h('h4', null, d.listType),
          fields([
            ['列入事由', d.reason],
            ['列入依据', d.legalBasis],
            ['认定部门', d.authority],
            ['认定文书', d.decisionNo],
            ['列入日期', dateText(d.listedFrom)],
            ['有效期至', dateText(d.listedUntil)],
            ['移出条件', d.exitConditions],
            ['状态', recordState(d)],
          ]),
        ),
      ),
    ),
    ...section(
      '守信激励名单',
      p.redListEntries.length,
      '没有守信激励名单信息。',
      p.redListEntries.map((r) =>
        h(
          'li',
          null,
          h('h4', null, r.listName),
          fields([
            ['认定部门', r.authority],
            ['依据', r.basis],
            ['列入日期', dateText(r.listedOn)],
            ['有效期至', dateText(r.validUntil)],
          ]),
        ),
      ),
    ),
    ...section(
      '信用承诺',
      p.commitments.length,
      '没有公开的信用承诺。',
      p.commitments.map((c) =>
        h(
          'li',
          null,
          h('h4', null, c.kind),
          fields([
            ['承诺事项', c.matter],
            ['签署日期', dateText(c.signedOn)],
            ['签署人', c.signedBy],
            ['承诺书版本', c.textVersion],
          ]),
        ),
      ),
    ),
    h(
      'p',
      { class: 'panel' },
      '信息有误？信用主体可以',
      h('a', { href: '/guides/objection/' }, '提出异议'),
      '。符合条件的处罚信息可以',
      h('a', { href: '/guides/repair/' }, '申请信用修复'),
      `，${feeTexts().repair.short}。`,
    ),
  ];
}

/**
 * A person's ID or phone number typed here is never looked up and never kept in the address (where history,
 * a shared link and every server log would see it): people are not in the public lookup anyway.
 */
function refusePersonal(q: string): boolean {
  if (identifiersIn(q).length === 0) return false;
  history.replaceState(null, '', location.pathname);
  results.replaceChildren();
  profileArea.replaceChildren();
  status.textContent = '这像是个人的身份证号或电话号码。个人的信用信息不公开，这里查不到；请输入企业名称或 18 位统一社会信用代码。';
  input.focus();
  return true;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  if (refusePersonal(q)) return;
  // The name or code goes in the address too, so the result can be reloaded and shared; it is public information.
  history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
  // The field is required, so an empty submit only happens in browsers that skip validation.
  if (q) void search(q);
  else input.focus();
});

const initial = new URLSearchParams(location.search).get('q')?.trim();
if (initial) {
  // Submitted before the script ran (or without it): an identifier is taken out of the address at once.
  if (!refusePersonal(initial)) {
    input.value = initial;
    void search(initial);
  }
}
