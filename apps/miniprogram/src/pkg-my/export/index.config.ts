// A personal page: no share card (enableShareAppMessage is left off).
export default definePageConfig({ navigationBarTitleText: '导出我的数据' });
