/**
 * Login failure handling for staff accounts. Source: GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》
 * 8.1.4.1 身份鉴别 b）"应具有登录失败处理功能，应配置并启用结束会话、限制非法登录次数和当登录连接超时自动退出等相关措施".
 * The standard sets no numbers; these are the deployment's, a security setting of this service, not a rule about
 * what a citizen may see or do.
 *
 * A lock per account alone lets anyone who knows a username lock its owner out (OWASP ASVS 4.0 2.2.1 asks that
 * anti-automation stop "account lockout attacks", naming soft lockouts, ever increasing delays and "first login on a
 * device"). So wrong attempts are counted per account and client address: five in a row lock that address for
 * 15 minutes, each further lock of the same address twice as long as the one before (at most a day). Across all
 * addresses a wider threshold, twenty in a row, locks the account for 15 minutes against every address it has not
 * logged in from in the last 90 days; from a known address the right password and code still let its owner in.
 * Twenty wrong attempts per 15 minutes keep an account under ASVS's "no more than 100 failed attempts per hour".
 */
export const LOCKOUT = {
  /** Wrong passwords or codes in a row from one address that lock that address for this account. */
  attempts: 5,
  /** The first lock of an address; each further one doubles, up to maxMinutes. */
  minutes: 15,
  maxMinutes: 24 * 60,
  /** Wrong attempts in a row from all addresses together that lock the account for addresses it does not know. */
  accountAttempts: 20,
  accountMinutes: 15,
  /** An address the account logged in from within this many days is known. */
  knownDays: 90,
} as const;
