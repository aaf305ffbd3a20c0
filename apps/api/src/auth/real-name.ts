import { type CivilDate, chinaDateAt, validateResidentId } from '@xinyong/domain';
import { requireSafeBaseUrl } from './safe-base-url';

/**
 * Real-name verification: a person's name and ID number, confirmed by a real-name platform.
 *
 * The mini-program sends the person through the platform's own check (WeChat 实名核身, a provincial identity
 * platform, …) and receives a ticket. Our server asks the platform whether that ticket belongs to this name
 * and ID number. Every platform is reached through a `RealNameVerifier`; `httpRealNameVerifier` speaks our
 * assumed adapter protocol, and a deployment puts an adapter for its actual platform behind it (or writes
 * another verifier with the same interface):
 *
 *   POST {baseUrl}/v1/verify
 *   Authorization: Bearer <apiKey>
 *   Content-Type: application/json
 *   { "ticket": "...", "name": "...", "idNumber": "..." }
 *
 *   200 { "result": "match" | "mismatch" | "ticket_invalid" | "ticket_expired" }
 *
 * Any other status or answer means the platform is unavailable. The ID number is personal data: it travels
 * only in that request body, never in a URL, a message, a `detail` or a log line.
 */

export interface RealNameInput {
  name: string;
  idNumber: string;
  ticket: string;
}

export type RealNameFailureCode = 'MISMATCH' | 'TICKET_INVALID' | 'TICKET_EXPIRED' | 'UNAVAILABLE' | RealNameInputProblem;

export type RealNameResult =
  | { verified: true }
  | {
      verified: false;
      code: RealNameFailureCode;
      /** Chinese, shown to the user. */
      message: string;
      /** For the operator's log: what went wrong, never the name, ID number or ticket. */
      detail?: string;
    };

export interface RealNameVerifier {
  /** Which provider answered, for the audit trail. */
  readonly name: string;
  verify(input: RealNameInput): Promise<RealNameResult>;
}

export type RealNameInputProblem = 'INVALID_ID_NUMBER' | 'INVALID_NAME';

export type RealNameInputCheck =
  | { ok: true /** Trimmed. */; name: string /** Normalised (upper-case X, half-width digits). */; idNumber: string }
  | { ok: false; code: RealNameInputProblem; message: string };

export interface HttpRealNameConfig {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  /** Today's civil date in China, for the birth-date check; defaults to the clock. */
  today?: () => CivilDate;
}

export const REAL_NAME_DEFAULT_TIMEOUT_MS = 5_000;

const MESSAGES = {
  MISMATCH: '姓名与身份证号码不一致，请核对后重新填写。',
  TICKET_INVALID: '实名核验未完成，请重新进行实名核验。',
  TICKET_EXPIRED: '实名核验已过期，请重新进行实名核验。',
  UNAVAILABLE: '实名核验服务暂时不可用，请稍后重试。',
  INVALID_NAME: '请填写身份证上的姓名：2–30 个汉字，少数民族姓名中的间隔号请用“·”。',
} as const;

const RESULTS: ReadonlyMap<unknown, 'MISMATCH' | 'TICKET_INVALID' | 'TICKET_EXPIRED'> = new Map([
  ['mismatch', 'MISMATCH'],
  ['ticket_invalid', 'TICKET_INVALID'],
  ['ticket_expired', 'TICKET_EXPIRED'],
]);

/** Han characters with single middle dots between them (e.g. 买买提·艾力); lengths count characters, not UTF-16 units. */
const NAME_PATTERN = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
/** Platform tickets are opaque tokens; one that cannot be a token is refused without a request. */
const TICKET_PATTERN = /^[\x21-\x7e]{1,1024}$/;

/** The checks a person can fix themselves, made before any platform is asked. */
export function checkRealNameInput(input: Pick<RealNameInput, 'name' | 'idNumber'>, today: CivilDate): RealNameInputCheck {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  const length = Array.from(name).length;
  if (length < 2 || length > 30 || !NAME_PATTERN.test(name)) return { ok: false, code: 'INVALID_NAME', message: MESSAGES.INVALID_NAME };

  const id = validateResidentId(typeof input.idNumber === 'string' ? input.idNumber : '', { today });
  // The domain's messages never quote the number, so they can be shown as they are.
  if (!id.ok) return { ok: false, code: 'INVALID_ID_NUMBER', message: id.message };
  return { ok: true, name, idNumber: id.id };
}

export function httpRealNameVerifier(config: HttpRealNameConfig): RealNameVerifier {
  const endpoint = new URL('v1/verify', requireSafeBaseUrl(config.baseUrl, 'REALNAME_API_BASE'));
  if (!config.apiKey) throw new Error('REALNAME_API_KEY is required');
  const timeoutMs = config.timeoutMs ?? REAL_NAME_DEFAULT_TIMEOUT_MS;
  const today = config.today ?? (() => chinaDateAt(new Date()));
  const unavailable = (detail: string): RealNameResult => ({ verified: false, code: 'UNAVAILABLE', message: MESSAGES.UNAVAILABLE, detail });

  return {
    name: 'http',
    async verify(input: RealNameInput): Promise<RealNameResult> {
      const checked = checkRealNameInput(input, today());
      if (!checked.ok)
        return { verified: false, code: checked.code, message: checked.message, detail: 'input refused; platform not called' };
      if (typeof input.ticket !== 'string' || !TICKET_PATTERN.test(input.ticket)) {
        return {
          verified: false,
          code: 'TICKET_INVALID',
          message: MESSAGES.TICKET_INVALID,
          detail: 'ticket has the wrong shape; platform not called',
        };
      }

      let status: number;
      let text: string;
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { authorization: `Bearer ${config.apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ ticket: input.ticket, name: checked.name, idNumber: checked.idNumber }),
          // No redirects: a 307/308 would resend the body, ID number included, to wherever it points.
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        return unavailable(timedOut ? `no answer within ${timeoutMs} ms` : 'network error');
      }
      if (status !== 200) return unavailable(`HTTP ${status}`);

      let result: unknown;
      try {
        result = (JSON.parse(text) as { result?: unknown } | null)?.result;
      } catch {
        return unavailable('answer is not JSON');
      }
      if (result === 'match') return { verified: true };
      const code = RESULTS.get(result);
      if (!code) return unavailable('answer has no known result');
      return { verified: false, code, message: MESSAGES[code] };
    },
  };
}

/** REALNAME_API_BASE and REALNAME_API_KEY; null when real-name verification is not configured. */
export function realNameConfigFromEnv(env: NodeJS.ProcessEnv): { baseUrl: string; apiKey: string } | null {
  const baseUrl = env.REALNAME_API_BASE?.trim();
  const apiKey = env.REALNAME_API_KEY?.trim();
  if (!baseUrl || !apiKey) return null;
  return { baseUrl, apiKey };
}
