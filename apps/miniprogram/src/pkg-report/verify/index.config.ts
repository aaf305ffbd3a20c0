// Public: anyone who received a report checks it here; no personal data is shown.
export default definePageConfig({ navigationBarTitleText: '报告核验' });
