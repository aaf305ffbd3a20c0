/**
 * WeChat mini-program login: exchanges the `code` from `wx.login()` for the user's openid
 * (auth.code2Session, GET https://api.weixin.qq.com/sns/jscode2session).
 *
 * The app secret travels only in that request's query string, as WeChat requires. It never appears in an
 * error, a log line or a returned value; neither does `session_key`, which we never need (we do not decrypt
 * any user data), so it is dropped as soon as the answer is parsed.
 */

import { requireSafeBaseUrl } from './safe-base-url';
export interface WechatConfig {
  baseUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs?: number;
}

export interface WechatSession {
  openid: string;
  unionid?: string;
}

export type WechatLoginErrorCode = 'INVALID_CODE' | 'CODE_USED' | 'RATE_LIMITED' | 'BLOCKED' | 'UNAVAILABLE';

export class WechatLoginError extends Error {
  override readonly name = 'WechatLoginError';
  constructor(
    readonly code: WechatLoginErrorCode,
    /** WeChat's errcode when WeChat answered with one; null for our own checks, timeouts and network errors. */
    readonly errcode: number | null,
    /** Chinese, shown to the user. */
    message: string,
    /** For the operator's log: what went wrong, without the secret, the code or the URL. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

export const WECHAT_DEFAULT_BASE = 'https://api.weixin.qq.com';
export const WECHAT_DEFAULT_TIMEOUT_MS = 5_000;

const MESSAGES: Record<WechatLoginErrorCode, string> = {
  INVALID_CODE: '登录凭证已失效，请重新打开小程序后再试。',
  CODE_USED: '登录凭证已被使用，请重新打开小程序后再试。',
  RATE_LIMITED: '登录太频繁，请一分钟后再试。',
  BLOCKED: '微信判断当前账号存在风险，暂时无法登录。请在微信中处理账号安全提示后再试。',
  UNAVAILABLE: '微信服务繁忙，请稍后重试。',
};

/** errcode → our code. Anything else (40013 invalid appid, 40125 invalid appsecret, …) is our configuration: the user can only wait. */
const ERRCODES: ReadonlyMap<number, WechatLoginErrorCode> = new Map([
  [40029, 'INVALID_CODE'],
  [40163, 'CODE_USED'],
  [45011, 'RATE_LIMITED'],
  [40226, 'BLOCKED'],
  [-1, 'UNAVAILABLE'],
]);

/** wx.login codes are short ASCII tokens; anything else cannot be one, so it is refused without asking WeChat. */
const CODE_PATTERN = /^[\x21-\x7e]{1,128}$/;

const fail = (code: WechatLoginErrorCode, errcode: number | null, detail?: string) =>
  new WechatLoginError(code, errcode, MESSAGES[code], detail);

export function wechatClient(config: WechatConfig): { code2session(code: string): Promise<WechatSession> } {
  const endpoint = new URL('sns/jscode2session', requireSafeBaseUrl(config.baseUrl, 'WECHAT_API_BASE'));
  if (!config.appId || !config.appSecret) throw new Error('WeChat appId and appSecret are required');
  const timeoutMs = config.timeoutMs ?? WECHAT_DEFAULT_TIMEOUT_MS;

  return {
    async code2session(code: string): Promise<WechatSession> {
      if (typeof code !== 'string' || !CODE_PATTERN.test(code))
        throw fail('INVALID_CODE', null, 'code has the wrong shape; WeChat not called');

      const url = new URL(endpoint);
      url.search = new URLSearchParams({
        appid: config.appId,
        secret: config.appSecret,
        js_code: code,
        grant_type: 'authorization_code',
      }).toString();

      let status: number;
      let text: string;
      try {
        // No redirects: a redirect would carry the secret in the query string to wherever it points.
        const response = await fetch(url, { method: 'GET', redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
        status = response.status;
        text = await response.text();
      } catch (error) {
        // The underlying error is dropped on purpose: a fetch error can quote the request URL, which holds the secret.
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        throw fail('UNAVAILABLE', null, timedOut ? `no answer within ${timeoutMs} ms` : 'network error');
      }
      if (status !== 200) throw fail('UNAVAILABLE', null, `HTTP ${status}`);

      // WeChat sends JSON as text/plain, so the content type is not checked.
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw fail('UNAVAILABLE', null, 'answer is not JSON');
      }
      if (typeof body !== 'object' || body === null) throw fail('UNAVAILABLE', null, 'answer is not a JSON object');
      const answer = body as Record<string, unknown>;

      // A success once carried errcode 0 and now carries none; both mean success.
      const errcode = answer.errcode;
      if (errcode !== undefined && errcode !== 0) {
        if (typeof errcode !== 'number') throw fail('UNAVAILABLE', null, 'errcode is not a number');
        throw fail(ERRCODES.get(errcode) ?? 'UNAVAILABLE', errcode, `WeChat errcode ${errcode}`);
      }
      const { openid, unionid } = answer;
      if (typeof openid !== 'string' || openid === '') throw fail('UNAVAILABLE', null, 'answer has no openid');
      return typeof unionid === 'string' && unionid !== '' ? { openid, unionid } : { openid };
    },
  };
}

/** WECHAT_API_BASE (default https://api.weixin.qq.com), WECHAT_APPID, WECHAT_SECRET; null when login is not configured. */
export function wechatConfigFromEnv(env: NodeJS.ProcessEnv): WechatConfig | null {
  const appId = env.WECHAT_APPID?.trim();
  const appSecret = env.WECHAT_SECRET?.trim();
  if (!appId || !appSecret) return null;
  return { baseUrl: env.WECHAT_API_BASE?.trim() || WECHAT_DEFAULT_BASE, appId, appSecret };
}
