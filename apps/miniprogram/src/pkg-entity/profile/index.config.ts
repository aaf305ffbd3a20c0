export default definePageConfig({ navigationBarTitleText: '企业信用信息' });
