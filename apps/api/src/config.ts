import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Config {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** postgres://… selects a PostgreSQL server; unset means the embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  /**
   * DATABASE_OWNER_URL: the role that owns the schema and runs the migrations, when the API's own role
   * (DATABASE_URL) must not own it, so that it cannot rewrite the access log. Unset: one role does both.
   */
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  /** Upload bodies of the embedded database (ATTACHMENTS_DIR; beside DATA_DIR by default). */
  attachmentsDir: string;
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
  /** Uploads received at once by one process (UPLOAD_CONCURRENCY); more are asked to retry with 503. */
  uploadConcurrency: number;
  /**
   * Worker threads that read every byte of an upload (UPLOAD_CHECK_WORKERS): by default one core less than the
   * machine has, at most 2, so the main thread keeps a core to serve lookups while a burst of files is checked.
   */
  uploadCheckWorkers: number;
  /**
   * Where the access log's signed checkpoints are appended (ACCESS_LOG_CHECKPOINT_FILE): outside the database, on
   * storage its role cannot write. Every ACCESS_LOG_CHECKPOINT_MINUTES (10; 0 turns it off).
   */
  accessLogCheckpoint: { file: string; minutes: number };
  /** The retention job (content/retention.yaml) runs every RETENTION_HOURS (6; 0 turns it off). */
  retentionHours: number;
  /**
   * Which proxies in front of the API are believed about the client's address (TRUST_PROXY): a number of hops
   * (1 behind one load balancer; only when nothing but the proxies can reach the API's port) or a comma-separated
   * list of proxy addresses and CIDR ranges (safer: a direct client cannot claim an address). Unset: none, and the
   * socket's address is the client's. The rate limits count per address this yields.
   */
  trustProxy: number | string[] | false;
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
    databaseOwnerUrl: env.DATABASE_OWNER_URL || undefined,
    dataDir: env.DATA_DIR ?? join(REPO_ROOT, 'data', 'pglite'),
    attachmentsDir: env.ATTACHMENTS_DIR ?? join(env.DATA_DIR ?? join(REPO_ROOT, 'data', 'pglite'), '..', 'attachments'),
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
    uploadConcurrency: Math.max(1, Math.floor(Number(env.UPLOAD_CONCURRENCY ?? 4)) || 4),
    uploadCheckWorkers: Math.max(1, Math.floor(Number(env.UPLOAD_CHECK_WORKERS ?? Math.min(2, availableParallelism() - 1))) || 1),
    accessLogCheckpoint: {
      file: env.ACCESS_LOG_CHECKPOINT_FILE ?? join(REPO_ROOT, 'data', 'access-log-checkpoints.jsonl'),
      minutes: Math.max(0, Number(env.ACCESS_LOG_CHECKPOINT_MINUTES ?? 10) || 0),
    },
    retentionHours: Math.max(0, Number(env.RETENTION_HOURS ?? 6) || 0),
    trustProxy: trustProxy(env.TRUST_PROXY),
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

function trustProxy(value: string | undefined): Config['trustProxy'] {
  const v = value?.trim();
  if (!v) return false;
  if (/^\d+$/.test(v)) return Number(v);
  // "true" would believe any X-Forwarded-For a client sends, so every rate limit could be dodged by one header.
  if (v === 'true' || v === '*')
    throw new ConfigError(
      'TRUST_PROXY must be a number of hops or the proxies\' addresses, not "true": any client could claim any address.',
    );
  return v
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}
