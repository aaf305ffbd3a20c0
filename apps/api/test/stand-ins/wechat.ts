import { createHash } from 'node:crypto';
import { type StandIn, sendJson, startStandIn } from './http';

/**
 * A stand-in for api.weixin.qq.com's auth.code2Session, on 127.0.0.1. It checks the request as WeChat
 * does and answers per js_code:
 *
 * - `valid-<who>` or `valid-<who>.<anything>`: success; the openid depends on `<who>` only, so one person
 *   can log in again with a fresh code. Like WeChat's, each code works once, then answers 40163.
 * - `used-code` 40163 · `rate-limited` 45011 · `blocked` 40226 · `busy` -1 · `slow` answers after `slowMs`
 *   · `server-error` HTTP 502 · `not-json` an HTML page · `no-openid` a success without openid.
 * - entries of `options.codes` (taking precedence) · anything else 40029 invalid code.
 *
 * Wrong or missing appid, secret or grant_type get WeChat's errcodes (40013, 40125, 41002, 41004, 40002),
 * whatever the code. Every answer carries a session_key, so tests can prove the client drops it.
 */

export type WechatStandInAnswer =
  | { openid: string; unionid?: string }
  | { errcode: number; errmsg: string }
  | { status: number; body: string }
  | { delayMs: number; answer: WechatStandInAnswer };

export interface WechatStandInOptions {
  appId?: string;
  secret?: string;
  codes?: Record<string, WechatStandInAnswer>;
  /** How long `slow` waits; make it longer than the client's timeout. */
  slowMs?: number;
}

export const WECHAT_STAND_IN_APPID = 'wx0123456789abcdef';
export const WECHAT_STAND_IN_SECRET = 'stand-in-secret-0123456789abcdef';
export const WECHAT_STAND_IN_SESSION_KEY = 'U1RBTkQtSU4tU0VTU0lPTi1LRVk=';

/** The openid the stand-in gives `valid-<who>`. */
export const standInOpenid = (who: string): string => `o${createHash('sha256').update(who).digest('base64url').slice(0, 27)}`;

export function startWechatStandIn(options: WechatStandInOptions = {}): Promise<StandIn> {
  const appId = options.appId ?? WECHAT_STAND_IN_APPID;
  const secret = options.secret ?? WECHAT_STAND_IN_SECRET;
  const slowMs = options.slowMs ?? 2_000;
  const used = new Set<string>();

  const builtIn = (code: string): WechatStandInAnswer => {
    switch (code) {
      case 'used-code':
        return { errcode: 40163, errmsg: 'code been used' };
      case 'rate-limited':
        return { errcode: 45011, errmsg: 'api minute-quota reach limit  mustslower  retry next minute' };
      case 'blocked':
        return { errcode: 40226, errmsg: 'code blocked' };
      case 'busy':
        return { errcode: -1, errmsg: 'system error' };
      case 'slow':
        return { delayMs: slowMs, answer: { openid: standInOpenid('slow') } };
      case 'server-error':
        return { status: 502, body: '<html><body>502 Bad Gateway</body></html>' };
      case 'not-json':
        return { status: 200, body: '<html><body>维护中</body></html>' };
      case 'no-openid':
        return { status: 200, body: JSON.stringify({ session_key: WECHAT_STAND_IN_SESSION_KEY }) };
    }
    const match = /^valid-([^.]+)(?:\..*)?$/.exec(code);
    if (match) return { openid: standInOpenid(match[1] as string) };
    return { errcode: 40029, errmsg: 'invalid code' };
  };

  return startStandIn(async (request, response, delay) => {
    // WeChat answers JSON as text/plain.
    const reply = (body: unknown) => sendJson(response, 200, body, 'text/plain');
    const error = (errcode: number, errmsg: string) => reply({ errcode, errmsg: `${errmsg}, rid: stand-in` });

    if (request.path !== '/sns/jscode2session') return error(40066, 'invalid url');
    if (request.method !== 'GET') return error(43001, 'require GET method');
    const { appid, secret: givenSecret, js_code: code, grant_type: grantType } = request.query;
    if (appid === undefined) return error(41002, 'appid missing');
    if (appid !== appId) return error(40013, 'invalid appid');
    if (givenSecret === undefined) return error(41004, 'appsecret missing');
    if (givenSecret !== secret) return error(40125, 'invalid appsecret');
    if (typeof code !== 'string' || code === '') return error(41008, 'missing code');
    if (grantType !== 'authorization_code') return error(40002, 'invalid grant_type');

    let answer = options.codes?.[code] ?? builtIn(code);
    while ('delayMs' in answer) {
      await delay(answer.delayMs);
      answer = answer.answer;
    }
    if ('status' in answer) {
      response.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8' });
      response.end(answer.body);
      return;
    }
    if ('errcode' in answer) return error(answer.errcode, answer.errmsg);
    if (used.has(code)) return error(40163, 'code been used');
    used.add(code);
    reply({ session_key: WECHAT_STAND_IN_SESSION_KEY, ...answer });
  });
}
