/**
 * Login failure handling for staff accounts. Source: GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》
 * 8.1.4.1 身份鉴别 b）"应具有登录失败处理功能，应配置并启用结束会话、限制非法登录次数和当登录连接超时自动退出等相关措施".
 * The standard sets no numbers; these are the deployment's (five wrong passwords or codes in a row lock the account
 * for 15 minutes), a security setting of this service, not a rule about what a citizen may see or do.
 */
export const LOCKOUT = { attempts: 5, minutes: 15 } as const;
