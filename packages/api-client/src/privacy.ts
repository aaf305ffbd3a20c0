import { validateCreditCode, validateResidentId } from '@xinyong/domain';
import { ApiClientError } from './errors';

const ID_LIKE = /\d{17}[\dXx]|\d{15}/g;
const MOBILE_LIKE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/** A resident ID number that is not also a valid 统一社会信用代码 (some all-digit codes look alike). */
function isPersonalId(candidate: string): boolean {
  // "Today" is China's date, which the rule takes from the instant (UTC's date is a day behind before 08:00).
  return validateResidentId(candidate, { today: new Date(), mode: 'authority' }).ok && !validateCreditCode(candidate).ok;
}

/** Masks ID and mobile numbers in any text the client logs or shows. */
export function redact(text: string): string {
  return text
    .replace(ID_LIKE, (m) => (isPersonalId(m) ? `${m[0]}${'*'.repeat(m.length - 3)}${m.slice(-2)}` : m))
    .replace(MOBILE_LIKE, (m) => `${m.slice(0, 3)}****${m.slice(-4)}`);
}

/** Identifiers of people travel in request bodies only: a URL is logged by every proxy on the way. */
export function assertNoIdentifiersInUrl(url: string, params?: Record<string, unknown>): void {
  const text = `${decodeURIComponent(url)} ${params ? Object.values(params).map(String).join(' ') : ''}`;
  const ids = text.match(ID_LIKE)?.filter(isPersonalId) ?? [];
  if (ids.length > 0 || MOBILE_LIKE.test(text)) {
    MOBILE_LIKE.lastIndex = 0;
    throw new ApiClientError('个人身份信息不能放在网址中，请求已被阻止。');
  }
}
