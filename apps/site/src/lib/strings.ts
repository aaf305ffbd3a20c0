/** Every visible string used by more than one page, in one place. */
export const ui = {
  serviceName: '信用山东',
  serviceTagline: '用明白话讲清社会信用政策',
  skipLink: '跳到正文',
  navLabel: '主导航',
  breadcrumbLabel: '位置',
  example: '示例',
  exampleNotReal: '示例，非真实案例',
  exampleOffer: '示例内容：名称和条件为示意，不是真实的优惠',
  updated: '更新于',
  sources: '依据',
  backToTop: '回到顶部',
  /** The h5 build of the mini-program is always served beside the site, on the same origin. */
  miniProgram: { href: '/m/', label: '网页版小程序', view: '在网页版小程序中查看' },
  needsJs: '这项查询需要浏览器开启 JavaScript。',
  retry: '重试',
  loading: '正在查询…',
  footer: {
    about: '信用山东是一个开源的公益项目，用通俗的话解释山东省社会信用政策，帮助企业和个人查信用、用信用、修复信用。',
    samples: '标有「示例」的内容（优惠项目、案例、企业）是为演示编写的，不是真实信息。正式使用时由信用主管部门的真实目录替换。',
    notOfficial: '本站不是政府官方网站。办理业务请以主管部门的正式通知为准。',
    license: '源代码以 MIT 许可证开放。',
  },
} as const;

export const nav = [
  { href: '/', label: '首页' },
  { href: '/policy/', label: '政策解读' },
  { href: '/guides/', label: '办事指南' },
  { href: '/benefits/', label: '信易+' },
  { href: '/faq/', label: '常见问题' },
] as const;

/** Secondary links shown in the footer so every section stays reachable without the main nav. */
export const footerLinks = [
  { href: '/policy/original/', label: '政策原文' },
  { href: '/glossary/', label: '术语表' },
  { href: '/measures/', label: '惩戒措施清单' },
  { href: '/catalog/', label: '公共信用信息目录' },
  { href: '/stories/', label: '守信故事（示例）' },
  { href: '/updates/', label: '政策动态' },
  { href: '/lookup/', label: '查企业信用' },
  { href: '/repair-progress/', label: '查修复进度' },
  { href: '/reports/verify/', label: '报告核验' },
  { href: '/m/', label: '网页版小程序' },
  { href: '/search/', label: '搜索' },
  { href: '/privacy/', label: '隐私保护指引' },
  { href: '/rss.xml', label: 'RSS 订阅' },
  { href: '/sitemap-index.xml', label: '网站地图' },
] as const;
