// The main package holds the four tabs only; later flows (search, records, repair) go to subpackages.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/benefits/index', 'pages/me/index', 'pages/policy/index'],
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
