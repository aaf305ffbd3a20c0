export default definePageConfig({ navigationBarTitleText: '信易+ 详情' });
