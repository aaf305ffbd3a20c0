// A personal page: no share card (enableShareAppMessage is left off).
export default definePageConfig({ navigationBarTitleText: '专项信用报告' });
