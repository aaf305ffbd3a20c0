/**
 * Report settings from the environment (new, report-only; config.ts stays as it is until the routes arrive):
 * REPORT_VERIFY_URL  the public verification page the QR code and the text point at (https in production);
 * REPORT_ISSUER      who issues the report, printed in its header and footer.
 * The signing key has its own loader (signing-key.ts).
 */
export interface ReportSettings {
  verifyUrl: string;
  issuer: string;
}

export class ReportSettingsError extends Error {
  override name = 'ReportSettingsError';
}

export function loadReportSettings(env: NodeJS.ProcessEnv, production: boolean): ReportSettings {
  const raw = env.REPORT_VERIFY_URL;
  if (!raw && production)
    throw new ReportSettingsError(
      'REPORT_VERIFY_URL must be set in production: the https address of the public 报告核验 page printed on every report.',
    );
  const verifyUrl = raw ?? `http://127.0.0.1:${env.PORT ?? 8080}/reports/verify/`;
  let url: URL;
  try {
    url = new URL(verifyUrl);
  } catch {
    throw new ReportSettingsError(`REPORT_VERIFY_URL is not a URL: ${verifyUrl}`);
  }
  if (production && url.protocol !== 'https:')
    throw new ReportSettingsError('REPORT_VERIFY_URL must use https in production: receivers type or scan it.');
  return { verifyUrl: url.toString(), issuer: env.REPORT_ISSUER ?? (production ? '信用山东' : '信用山东（开发环境）') };
}
