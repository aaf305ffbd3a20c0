// The report engine as other packages use it (bench/report measures it); inside the API, import the modules themselves.
export { reportFonts } from './fonts';
export { issueReport } from './issue';
export { sampleReport } from './report-fixture';
export { loadReportSettings } from './settings';
export { loadReportSigningKey } from './signing-key';
export { verifyReportFile } from './verify';
