import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Config {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** postgres://… selects a PostgreSQL server; unset means the embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  contentDir: string;
  /** Built front ends served on the same origin; missing folders are simply not served. */
  siteDir: string;
  h5Dir: string;
  /** The staff console's build, served at /console/. */
  consoleDir: string;
  /** A staff account logs in only with its TOTP code: always in production; elsewhere with STAFF_TOTP_REQUIRED=1. */
  staffTotpRequired: boolean;
  version: string;
  /**
   * The development identity provider (demo citizens, no WeChat, no real-name platform). Never in production:
   * loadConfig refuses the combination.
   */
  devIdentity: boolean;
  /** Multiplies every rate limit (RATE_LIMIT_SCALE); 1 in production. */
  rateLimitScale: number;
  /**
   * Public answers kept in memory (PUBLIC_CACHE_MB of their JSON, 0 turns it off; PUBLIC_CACHE_SECONDS, at most
   * the 60 s max-age a CDN is allowed for the same answers).
   */
  publicCache: { megabytes: number; seconds: number };
  /** Browser origins allowed to call the API from another origin (CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /**
   * 信用代证: the signing key (REPORT_SIGNING_P12 + REPORT_SIGNING_PASSPHRASE), the verification page printed on
   * reports (REPORT_VERIFY_URL), the issuer (REPORT_ISSUER), read by reports/signing-key.ts and reports/settings.ts;
   * keyDir is where development keeps its generated, untrusted key (REPORT_DEV_KEY_DIR).
   */
  reports: { env: NodeJS.ProcessEnv; keyDir: string };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  return {
    env: nodeEnv,
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8080),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? join(REPO_ROOT, 'data', 'pglite'),
    contentDir: env.CONTENT_DIR ?? join(REPO_ROOT, 'content'),
    siteDir: env.SITE_DIR ?? join(REPO_ROOT, 'apps', 'site', 'dist'),
    h5Dir: env.H5_DIR ?? join(REPO_ROOT, 'apps', 'miniprogram', 'dist', 'h5'),
    consoleDir: env.CONSOLE_DIR ?? join(REPO_ROOT, 'apps', 'console', 'dist'),
    version: env.APP_VERSION ?? '0.1.0',
    devIdentity: devIdentity(env, nodeEnv),
    staffTotpRequired: nodeEnv === 'production' || env.STAFF_TOTP_REQUIRED === '1',
    rateLimitScale: Number(env.RATE_LIMIT_SCALE ?? 1) || 1,
    publicCache: {
      megabytes: Math.max(0, Number(env.PUBLIC_CACHE_MB ?? 8) || 0),
      seconds: Math.min(60, Math.max(0, Number(env.PUBLIC_CACHE_SECONDS ?? 30) || 0)),
    },
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    reports: {
      env: {
        REPORT_SIGNING_P12: env.REPORT_SIGNING_P12,
        REPORT_SIGNING_PASSPHRASE: env.REPORT_SIGNING_PASSPHRASE,
        REPORT_VERIFY_URL: env.REPORT_VERIFY_URL,
        REPORT_ISSUER: env.REPORT_ISSUER,
        PORT: env.PORT,
      },
      keyDir: env.REPORT_DEV_KEY_DIR ?? join(REPO_ROOT, 'data'),
    },
  };
}

function devIdentity(env: NodeJS.ProcessEnv, nodeEnv: Config['env']): boolean {
  const asked = env.XINYONG_DEV_IDENTITY;
  if (nodeEnv === 'production') {
    if (asked === '1')
      throw new ConfigError('XINYONG_DEV_IDENTITY=1 is refused when NODE_ENV=production: demo identities must never reach real users.');
    return false;
  }
  return asked !== '0';
}
