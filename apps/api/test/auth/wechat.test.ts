import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WechatLoginError, type WechatLoginErrorCode, wechatClient, wechatConfigFromEnv } from '../../src/auth/wechat';
import { onFakeClock, untilTrue } from '../fake-clock';
import type { StandIn } from '../stand-ins/http';
import {
  standInOpenid,
  startWechatStandIn,
  WECHAT_STAND_IN_APPID,
  WECHAT_STAND_IN_SECRET,
  WECHAT_STAND_IN_SESSION_KEY,
} from '../stand-ins/wechat';

// Long enough that no answer of a busy machine's loopback is late; the timeout itself is tested on a fake clock.
const TIMEOUT_MS = 5_000;
let wechat: StandIn;
let client: ReturnType<typeof wechatClient>;

beforeAll(async () => {
  wechat = await startWechatStandIn({
    // Only ever waited for on the fake clock.
    slowMs: 60_000,
    codes: { 'with-unionid': { openid: 'oUnionUser', unionid: 'uUnionUser' } },
  });
  client = wechatClient({
    baseUrl: wechat.baseUrl,
    appId: WECHAT_STAND_IN_APPID,
    appSecret: WECHAT_STAND_IN_SECRET,
    timeoutMs: TIMEOUT_MS,
  });
});
afterAll(() => wechat.close());

/** The error code2session threw, after checking that nothing in it gives the secret or session key away. */
async function loginError(promise: Promise<unknown>): Promise<WechatLoginError> {
  const error = await promise.then(
    () => expect.fail('expected a WechatLoginError'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WechatLoginError);
  const everything = [inspect(error, { depth: 5 }), JSON.stringify(error), String((error as Error).stack)].join('\n');
  expect(everything).not.toContain(WECHAT_STAND_IN_SECRET);
  expect(everything).not.toContain(WECHAT_STAND_IN_SESSION_KEY);
  expect(everything).not.toContain('jscode2session?');
  return error as WechatLoginError;
}

describe('code2session', () => {
  it('sends exactly what WeChat expects and returns the openid only', async () => {
    const before = wechat.received.length;
    const session = await client.code2session('valid-alice');
    expect(session).toEqual({ openid: standInOpenid('alice') });
    expect(JSON.stringify(session)).not.toContain(WECHAT_STAND_IN_SESSION_KEY);

    expect(wechat.received.length).toBe(before + 1);
    const request = wechat.received.at(-1);
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/sns/jscode2session');
    expect(request?.query).toEqual({
      appid: WECHAT_STAND_IN_APPID,
      secret: WECHAT_STAND_IN_SECRET,
      js_code: 'valid-alice',
      grant_type: 'authorization_code',
    });
    expect(request?.body).toBe('');
  });

  it('returns the unionid when WeChat sends one', async () => {
    await expect(client.code2session('with-unionid')).resolves.toEqual({ openid: 'oUnionUser', unionid: 'uUnionUser' });
  });

  it('gives the same openid to the same person with a fresh code', async () => {
    const first = await client.code2session('valid-bob.1');
    const second = await client.code2session('valid-bob.2');
    expect(second.openid).toBe(first.openid);
  });

  it('encodes a code with URL-special characters', async () => {
    await client.code2session('valid-carol.a&b=c+d%');
    expect(wechat.received.at(-1)?.query.js_code).toBe('valid-carol.a&b=c+d%');
  });

  it('keeps a path prefix of the base URL', async () => {
    const prefixed = wechatClient({ baseUrl: `${wechat.baseUrl}/proxy/`, appId: WECHAT_STAND_IN_APPID, appSecret: WECHAT_STAND_IN_SECRET });
    await loginError(prefixed.code2session('valid-dave'));
    expect(wechat.received.at(-1)?.path).toBe('/proxy/sns/jscode2session');
  });

  const mappings: [string, WechatLoginErrorCode, number | null][] = [
    ['unknown-code', 'INVALID_CODE', 40029],
    ['used-code', 'CODE_USED', 40163],
    ['rate-limited', 'RATE_LIMITED', 45011],
    ['blocked', 'BLOCKED', 40226],
    ['busy', 'UNAVAILABLE', -1],
    ['server-error', 'UNAVAILABLE', null],
    ['not-json', 'UNAVAILABLE', null],
    ['no-openid', 'UNAVAILABLE', null],
  ];
  it.each(mappings)('maps %s to %s', async (code, expected, errcode) => {
    const error = await loginError(client.code2session(code));
    expect(error.code).toBe(expected);
    expect(error.errcode).toBe(errcode);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message).not.toContain(code);
  });

  it('refuses a code used twice, as WeChat does', async () => {
    await client.code2session('valid-erin');
    const error = await loginError(client.code2session('valid-erin'));
    expect(error.code).toBe('CODE_USED');
    expect(error.message).toBe('登录凭证已被使用，请重新打开小程序后再试。');
  });

  it('says WeChat is busy when it does not answer in time, and waits that long first', async () => {
    const error = await onFakeClock(async () => {
      const before = wechat.received.length;
      let settled = false;
      const pending = loginError(client.code2session('slow')).finally(() => {
        settled = true;
      });
      await untilTrue(() => wechat.received.length > before);
      await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      return pending;
    });
    expect(error.message).toBe('微信服务繁忙，请稍后重试。');
    expect(error.detail).toBe(`no answer within ${TIMEOUT_MS} ms`);
  });

  it('treats a wrong secret as our fault, without echoing either secret', async () => {
    const wrong = wechatClient({ baseUrl: wechat.baseUrl, appId: WECHAT_STAND_IN_APPID, appSecret: 'wrong-secret-value' });
    const error = await loginError(wrong.code2session('valid-frank'));
    expect(error).toMatchObject({ code: 'UNAVAILABLE', errcode: 40125, detail: 'WeChat errcode 40125' });
    expect(inspect(error)).not.toContain('wrong-secret-value');
    expect(wechat.received.at(-1)?.query.secret).toBe('wrong-secret-value');
  });

  it('treats a wrong appid as our fault', async () => {
    const wrong = wechatClient({ baseUrl: wechat.baseUrl, appId: 'wx-wrong', appSecret: WECHAT_STAND_IN_SECRET });
    await expect(loginError(wrong.code2session('valid-grace'))).resolves.toMatchObject({ code: 'UNAVAILABLE', errcode: 40013 });
  });

  it('reports a refused connection as unavailable', async () => {
    const gone = await startWechatStandIn();
    const { baseUrl } = gone;
    await gone.close();
    const offline = wechatClient({ baseUrl, appId: WECHAT_STAND_IN_APPID, appSecret: WECHAT_STAND_IN_SECRET });
    await expect(loginError(offline.code2session('valid-heidi'))).resolves.toMatchObject({
      code: 'UNAVAILABLE',
      errcode: null,
      detail: 'network error',
    });
  });

  it.each([
    ['empty', ''],
    ['too long', 'x'.repeat(129)],
    ['with a space', 'abc def'],
    ['with a newline', 'abc\n'],
    ['not ASCII', '登录码'],
  ])('refuses a code that is %s without asking WeChat', async (_, code) => {
    const before = wechat.received.length;
    const error = await loginError(client.code2session(code));
    expect(error).toMatchObject({ code: 'INVALID_CODE', errcode: null, message: '登录凭证已失效，请重新打开小程序后再试。' });
    expect(wechat.received.length).toBe(before);
  });

  it('accepts a code of 128 characters', async () => {
    const code = `valid-${'x'.repeat(122)}`;
    await expect(client.code2session(code)).resolves.toHaveProperty('openid');
  });
});

describe('wechatClient configuration', () => {
  const secrets = { appId: 'wx1', appSecret: 's' };
  it('refuses plain http except on loopback', () => {
    expect(() => wechatClient({ baseUrl: 'http://api.weixin.qq.com', ...secrets })).toThrow(/https/);
    expect(() => wechatClient({ baseUrl: 'http://10.0.0.5:8080', ...secrets })).toThrow(/https/);
    expect(() => wechatClient({ baseUrl: 'ftp://localhost', ...secrets })).toThrow(/https/);
    expect(() => wechatClient({ baseUrl: 'not a url', ...secrets })).toThrow(/not a URL/);
    expect(() => wechatClient({ baseUrl: 'https://api.weixin.qq.com?x=1', ...secrets })).toThrow(/query/);
    expect(() => wechatClient({ baseUrl: 'https://api.weixin.qq.com', ...secrets })).not.toThrow();
    expect(() => wechatClient({ baseUrl: 'http://localhost:3000', ...secrets })).not.toThrow();
    expect(() => wechatClient({ baseUrl: 'http://127.0.0.1:3000', ...secrets })).not.toThrow();
  });

  it('needs an appid and a secret', () => {
    expect(() => wechatClient({ baseUrl: 'https://api.weixin.qq.com', appId: '', appSecret: 's' })).toThrow();
    expect(() => wechatClient({ baseUrl: 'https://api.weixin.qq.com', appId: 'wx1', appSecret: '' })).toThrow();
  });

  it('reads the environment', () => {
    expect(wechatConfigFromEnv({})).toBeNull();
    expect(wechatConfigFromEnv({ WECHAT_APPID: 'wx1' })).toBeNull();
    expect(wechatConfigFromEnv({ WECHAT_SECRET: 's' })).toBeNull();
    expect(wechatConfigFromEnv({ WECHAT_APPID: ' ', WECHAT_SECRET: 's' })).toBeNull();
    expect(wechatConfigFromEnv({ WECHAT_APPID: 'wx1', WECHAT_SECRET: 's' })).toEqual({
      baseUrl: 'https://api.weixin.qq.com',
      appId: 'wx1',
      appSecret: 's',
    });
    expect(wechatConfigFromEnv({ WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', WECHAT_API_BASE: 'http://127.0.0.1:9' })).toEqual({
      baseUrl: 'http://127.0.0.1:9',
      appId: 'wx1',
      appSecret: 's',
    });
  });
});
