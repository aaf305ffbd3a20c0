export default definePageConfig({
  navigationBarTitleText: '信用山东',
  // Only this page can be shared, and only as itself (see useShareAppMessage).
  enableShareAppMessage: true,
});
