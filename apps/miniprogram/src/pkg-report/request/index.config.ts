// A personal page: no share card (enableShareAppMessage is left off).
export default definePageConfig({ navigationBarTitleText: '申请专项信用报告' });
