export default definePageConfig({ navigationBarTitleText: '修复进度查询' });
