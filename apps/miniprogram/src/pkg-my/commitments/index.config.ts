// A personal page: no share card (enableShareAppMessage is left off).
export default definePageConfig({ navigationBarTitleText: '信用承诺' });
