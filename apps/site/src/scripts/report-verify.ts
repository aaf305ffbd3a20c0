/**
 * 报告核验: a report's number and code (typed, or from the QR code's address), or the PDF itself. Loaded only by
 * /reports/verify/. A scan lands here with ?no=…&code=…; the pair is checked at once and taken out of the address,
 * so it does not stay in the browser's history.
 */
import { chinaDateAt, createClient, type ReportVerification } from '@xinyong/api-client/browser';
import { dateText } from '../lib/dates';
import { byId, clearError, exampleTag, fields, h, showError } from './dom';

const client = createClient({ baseURL: '/api/v1' });
const form = byId<HTMLFormElement>('verify-form');
const numberInput = byId<HTMLInputElement>('verify-number');
const codeInput = byId<HTMLInputElement>('verify-code');
const fileForm = byId<HTMLFormElement>('verify-file-form');
const fileInput = byId<HTMLInputElement>('verify-file');
const fileName = byId('verify-file-name');
const status = byId('verify-status');
const errorArea = byId('verify-error');
const result = byId('verify-result');

async function run(check: () => Promise<ReportVerification>, again: () => void): Promise<void> {
  clearError(errorArea);
  result.replaceChildren();
  status.textContent = '正在核验…';
  try {
    const verdict = await check();
    status.textContent = '';
    result.replaceChildren(...render(verdict));
    result.querySelector('h2')?.focus();
  } catch (error) {
    status.textContent = '';
    showError(errorArea, error, again);
  }
}

const byCode = (number: string, code: string) => {
  void run(
    () => client.reports.verify({ number, code }),
    () => byCode(number, code),
  );
};
const byFile = (file: File) => {
  void run(
    () => client.reports.verifyFile(file, file.name),
    () => byFile(file),
  );
};

function render(v: ReportVerification): HTMLElement[] {
  if (!v.genuine || !v.report)
    return [
      h('h2', { tabindex: '-1', class: 'verdict verdict-refused' }, '核验未通过'),
      h('p', null, v.message),
      h('p', null, '请向报告持有人索取原件，或请对方重新申请一份报告。'),
    ];
  const r = v.report;
  return [
    h('h2', { tabindex: '-1', class: 'verdict verdict-genuine' }, '核验通过'),
    h('p', null, v.message),
    fields([
      ['报告编号', r.number],
      ['信用主体', h('span', null, r.subject.name, r.subject.example ? ' ' : '', r.subject.example ? exampleTag() : '')],
      ['统一社会信用代码', r.subject.code],
      ['报告期', `${dateText(r.period.from)} 至 ${dateText(r.period.to)}`],
      ['数据截止日', dateText(r.asOf)],
      ['签发日期', dateText(chinaDateAt(new Date(r.issuedAt)))],
    ]),
    h('h3', null, `各领域结论（共 ${r.sections.length} 个领域）`),
    h('ul', { class: 'sections' }, ...r.sections.map((s) => h('li', null, h('strong', null, s.name), '：', s.conclusion))),
    ...(r.subject.example ? [h('p', null, '这是演示数据生成的示例报告，不能作为证明使用。')] : []),
  ];
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const number = numberInput.value.trim();
  const code = codeInput.value.trim();
  if (!number) return numberInput.focus();
  if (!code) return codeInput.focus();
  byCode(number, code);
});

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  fileName.textContent = file ? `已选择：${file.name}` : '还没有选择文件';
});

fileForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const file = fileInput.files?.[0];
  if (file) byFile(file);
  else fileInput.focus();
});

// The QR code's address: check it, then keep the page's address without the code.
const params = new URLSearchParams(location.search);
const scannedNumber = params.get('no');
const scannedCode = params.get('code');
if (scannedNumber && scannedCode) {
  numberInput.value = scannedNumber;
  codeInput.value = scannedCode;
  history.replaceState(null, '', location.pathname);
  byCode(scannedNumber, scannedCode);
}
