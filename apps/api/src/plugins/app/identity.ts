import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { httpRealNameVerifier, type RealNameVerifier, realNameConfigFromEnv } from '../../auth/real-name';
import { loadTotpKey } from '../../auth/totp-key';
import { wechatClient, wechatConfigFromEnv } from '../../auth/wechat';
import { loadAccessLogKey } from '../../privacy/access-log-key';
import { loadKeys, type PersonalDataCrypto, personalDataCrypto } from '../../privacy/personal-data-crypto';

export type WechatClient = ReturnType<typeof wechatClient>;

export interface IdentityOptions {
  production: boolean;
  /** Injected in tests (a client pointed at a local stand-in); otherwise built from the environment. */
  wechat?: WechatClient | null;
  realName?: RealNameVerifier | null;
  env?: NodeJS.ProcessEnv;
}

declare module 'fastify' {
  interface FastifyInstance {
    personalData: PersonalDataCrypto;
    /** The access log's HMAC key, from configuration only (ACCESS_LOG_KEY). */
    accessLogKey: Buffer;
    /** Seals staff TOTP secrets at rest (STAFF_TOTP_KEY). */
    totpKey: Buffer;
    /** null when WeChat login is not configured (WECHAT_APPID / WECHAT_SECRET). */
    wechat: WechatClient | null;
    realName: RealNameVerifier | null;
  }
}

export default fp(async (app: FastifyInstance, opts: IdentityOptions) => {
  const env = opts.env ?? process.env;
  app.decorate('personalData', personalDataCrypto(loadKeys(env, opts.production)));
  app.decorate('accessLogKey', loadAccessLogKey(env, opts.production));
  app.decorate('totpKey', loadTotpKey(env, opts.production));
  const wechatConfig = wechatConfigFromEnv(env);
  app.decorate('wechat', opts.wechat !== undefined ? opts.wechat : wechatConfig && wechatClient(wechatConfig));
  const realNameConfig = realNameConfigFromEnv(env);
  app.decorate('realName', opts.realName !== undefined ? opts.realName : realNameConfig && httpRealNameVerifier(realNameConfig));
});
