// A personal page: no share card (enableShareAppMessage is left off).
export default definePageConfig({ navigationBarTitleText: '申请信用修复' });
