// The main package holds the four tabs only; every flow is a subpackage, loaded when first opened.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/benefits/index', 'pages/me/index', 'pages/policy/index'],
  subPackages: [
    { root: 'pkg-entity', name: 'entity', pages: ['profile/index', 'progress/index'] },
    { root: 'pkg-benefit', name: 'benefit', pages: ['detail/index', 'mine/index'] },
    {
      root: 'pkg-my',
      name: 'my',
      pages: [
        'records/index',
        'access-log/index',
        'objections/index',
        'objection-new/index',
        'objection/index',
        'repair/index',
        'repairs/index',
        'repair-detail/index',
        'commitments/index',
        'export/index',
        'verify/index',
        'repair-start/index',
      ],
    },
    { root: 'pkg-policy', name: 'policy', pages: ['article/index', 'privacy/index'] },
    { root: 'pkg-report', name: 'report', pages: ['mine/index', 'request/index', 'verify/index'] },
  ],
  // WeChat shows its own privacy sheet only if the app declares that it handles the prompt itself.
  __usePrivacyCheck__: true,
  // Inject only the components a page uses, when it is rendered (a check of WeChat's code quality tool).
  lazyCodeLoading: 'requiredComponents',
  // Keeps personal pages out of WeChat search (src/sitemap.json, copied into the weapp build).
  sitemapLocation: 'sitemap.json',
  window: {
    navigationBarTitleText: '信用山东',
    navigationBarBackgroundColor: '#1a56b4',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f8',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#4e5969',
    selectedColor: '#1a56b4',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      {
        pagePath: 'pages/benefits/index',
        text: '信易+',
        iconPath: 'assets/tab/benefits.png',
        selectedIconPath: 'assets/tab/benefits-active.png',
      },
      { pagePath: 'pages/me/index', text: '我的信用', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
      { pagePath: 'pages/policy/index', text: '政策', iconPath: 'assets/tab/policy.png', selectedIconPath: 'assets/tab/policy-active.png' },
    ],
  },
});
