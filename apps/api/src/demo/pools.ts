/**
 * Word pools for the demo data. Region codes and department names are real (GB/T 2260 county-level
 * divisions of Shandong's 16 cities, and the names departments use since the 2019 reform); company
 * names, people and records are invented and stored with example = true.
 */

export interface District {
  code: string;
  name: string;
}

/** County-level divisions by city code (GB/T 2260, as of 2021). */
export const DISTRICTS: Readonly<Record<string, readonly District[]>> = {
  '3701': [
    { code: '370102', name: '历下区' },
    { code: '370103', name: '市中区' },
    { code: '370104', name: '槐荫区' },
    { code: '370105', name: '天桥区' },
    { code: '370112', name: '历城区' },
    { code: '370113', name: '长清区' },
    { code: '370114', name: '章丘区' },
    { code: '370115', name: '济阳区' },
    { code: '370116', name: '莱芜区' },
    { code: '370117', name: '钢城区' },
    { code: '370124', name: '平阴县' },
    { code: '370126', name: '商河县' },
  ],
  '3702': [
    { code: '370202', name: '市南区' },
    { code: '370203', name: '市北区' },
    { code: '370211', name: '黄岛区' },
    { code: '370212', name: '崂山区' },
    { code: '370213', name: '李沧区' },
    { code: '370214', name: '城阳区' },
    { code: '370215', name: '即墨区' },
    { code: '370281', name: '胶州市' },
    { code: '370283', name: '平度市' },
    { code: '370285', name: '莱西市' },
  ],
  '3703': [
    { code: '370302', name: '淄川区' },
    { code: '370303', name: '张店区' },
    { code: '370304', name: '博山区' },
    { code: '370305', name: '临淄区' },
    { code: '370306', name: '周村区' },
    { code: '370321', name: '桓台县' },
    { code: '370322', name: '高青县' },
    { code: '370323', name: '沂源县' },
  ],
  '3704': [
    { code: '370402', name: '市中区' },
    { code: '370403', name: '薛城区' },
    { code: '370404', name: '峄城区' },
    { code: '370405', name: '台儿庄区' },
    { code: '370406', name: '山亭区' },
    { code: '370481', name: '滕州市' },
  ],
  '3705': [
    { code: '370502', name: '东营区' },
    { code: '370503', name: '河口区' },
    { code: '370505', name: '垦利区' },
    { code: '370522', name: '利津县' },
    { code: '370523', name: '广饶县' },
  ],
  '3706': [
    { code: '370602', name: '芝罘区' },
    { code: '370611', name: '福山区' },
    { code: '370612', name: '牟平区' },
    { code: '370613', name: '莱山区' },
    { code: '370614', name: '蓬莱区' },
    { code: '370681', name: '龙口市' },
    { code: '370682', name: '莱阳市' },
    { code: '370683', name: '莱州市' },
    { code: '370685', name: '招远市' },
    { code: '370686', name: '栖霞市' },
    { code: '370687', name: '海阳市' },
  ],
  '3707': [
    { code: '370702', name: '潍城区' },
    { code: '370703', name: '寒亭区' },
    { code: '370704', name: '坊子区' },
    { code: '370705', name: '奎文区' },
    { code: '370724', name: '临朐县' },
    { code: '370725', name: '昌乐县' },
    { code: '370781', name: '青州市' },
    { code: '370782', name: '诸城市' },
    { code: '370783', name: '寿光市' },
    { code: '370784', name: '安丘市' },
    { code: '370785', name: '高密市' },
    { code: '370786', name: '昌邑市' },
  ],
  '3708': [
    { code: '370811', name: '任城区' },
    { code: '370812', name: '兖州区' },
    { code: '370826', name: '微山县' },
    { code: '370827', name: '鱼台县' },
    { code: '370828', name: '金乡县' },
    { code: '370829', name: '嘉祥县' },
    { code: '370830', name: '汶上县' },
    { code: '370831', name: '泗水县' },
    { code: '370832', name: '梁山县' },
    { code: '370881', name: '曲阜市' },
    { code: '370883', name: '邹城市' },
  ],
  '3709': [
    { code: '370902', name: '泰山区' },
    { code: '370911', name: '岱岳区' },
    { code: '370921', name: '宁阳县' },
    { code: '370923', name: '东平县' },
    { code: '370982', name: '新泰市' },
    { code: '370983', name: '肥城市' },
  ],
  '3710': [
    { code: '371002', name: '环翠区' },
    { code: '371003', name: '文登区' },
    { code: '371082', name: '荣成市' },
    { code: '371083', name: '乳山市' },
  ],
  '3711': [
    { code: '371102', name: '东港区' },
    { code: '371103', name: '岚山区' },
    { code: '371121', name: '五莲县' },
    { code: '371122', name: '莒县' },
  ],
  '3713': [
    { code: '371302', name: '兰山区' },
    { code: '371311', name: '罗庄区' },
    { code: '371312', name: '河东区' },
    { code: '371321', name: '沂南县' },
    { code: '371322', name: '郯城县' },
    { code: '371323', name: '沂水县' },
    { code: '371324', name: '兰陵县' },
    { code: '371325', name: '费县' },
    { code: '371326', name: '平邑县' },
    { code: '371327', name: '莒南县' },
    { code: '371328', name: '蒙阴县' },
    { code: '371329', name: '临沭县' },
  ],
  '3714': [
    { code: '371402', name: '德城区' },
    { code: '371403', name: '陵城区' },
    { code: '371422', name: '宁津县' },
    { code: '371423', name: '庆云县' },
    { code: '371424', name: '临邑县' },
    { code: '371425', name: '齐河县' },
    { code: '371426', name: '平原县' },
    { code: '371427', name: '夏津县' },
    { code: '371428', name: '武城县' },
    { code: '371481', name: '乐陵市' },
    { code: '371482', name: '禹城市' },
  ],
  '3715': [
    { code: '371502', name: '东昌府区' },
    { code: '371503', name: '茌平区' },
    { code: '371521', name: '阳谷县' },
    { code: '371522', name: '莘县' },
    { code: '371524', name: '东阿县' },
    { code: '371525', name: '冠县' },
    { code: '371526', name: '高唐县' },
    { code: '371581', name: '临清市' },
  ],
  '3716': [
    { code: '371602', name: '滨城区' },
    { code: '371603', name: '沾化区' },
    { code: '371621', name: '惠民县' },
    { code: '371622', name: '阳信县' },
    { code: '371623', name: '无棣县' },
    { code: '371625', name: '博兴县' },
    { code: '371681', name: '邹平市' },
  ],
  '3717': [
    { code: '371702', name: '牡丹区' },
    { code: '371703', name: '定陶区' },
    { code: '371721', name: '曹县' },
    { code: '371722', name: '单县' },
    { code: '371723', name: '成武县' },
    { code: '371724', name: '巨野县' },
    { code: '371725', name: '郓城县' },
    { code: '371726', name: '鄄城县' },
    { code: '371728', name: '东明县' },
  ],
};

/** Former 莱芜市 (3712) divisions: codes issued before 2019 keep them for life. */
export const FORMER_LAIWU_DISTRICTS: readonly District[] = [
  { code: '371202', name: '莱城区' },
  { code: '371203', name: '钢城区' },
];

/** Relative size of each city's register (roughly by population and economy). */
export const CITY_WEIGHTS: Readonly<Record<string, number>> = {
  '3701': 14,
  '3702': 16,
  '3703': 6,
  '3704': 5,
  '3705': 3,
  '3706': 9,
  '3707': 11,
  '3708': 8,
  '3709': 5,
  '3710': 4,
  '3711': 3,
  '3713': 11,
  '3714': 5,
  '3715': 5,
  '3716': 4,
  '3717': 8,
};

// 62 × 62 first and second characters give a few thousand 2-character brand words, so one brand word
// matches a few hundred companies in a million, as in a real register.
export const BRAND_FIRST = Array.from(
  '恒瑞华鑫泰宏盛嘉丰德誉金鼎信诚通达联利兴隆昌源顺福祥安康永庆海天宇辰星明光辉耀润泽佳美欣博创新锦绣汇聚腾飞远航卓越东齐鲁岱沂峰蓝',
);
export const BRAND_SECOND = Array.from(
  '成晟元和祺阳林森川瀚宁远泓鸿禾益凯帆峻琪璟颐茂宸铭鹏翔骏杰豪威尚达骐泉坤岳恩硕弘朗瑾楠钧锐迪泓晖翰旭岚诺涛湖韵格澜蔚霖亿',
);

export const ENTERPRISE_INDUSTRIES = [
  '商贸',
  '贸易',
  '科技',
  '信息技术',
  '建筑工程',
  '建材',
  '食品',
  '餐饮管理',
  '物流',
  '运输',
  '机械',
  '化工',
  '医药',
  '农业科技',
  '环保科技',
  '电子',
  '文化传媒',
  '广告',
  '物业管理',
  '房地产开发',
  '装饰工程',
  '汽车销售服务',
  '纺织',
  '家具',
  '酒店管理',
  '教育咨询',
  '劳务',
  '电力工程',
  '新能源',
  '机电设备',
  '橡胶制品',
  '海洋科技',
  '供应链管理',
  '网络科技',
  '生物科技',
  '包装制品',
  '金属制品',
  '水产',
  '园林绿化',
  '人力资源',
] as const;

export const ENTERPRISE_SUFFIXES: readonly (readonly [string, number])[] = [
  ['有限公司', 80],
  ['有限责任公司', 8],
  ['股份有限公司', 5],
  ['集团有限公司', 3],
  ['合伙企业（有限合伙）', 2],
  ['分公司', 2],
];

export const SHOP_SUFFIXES = [
  '商店',
  '便利店',
  '超市',
  '餐馆',
  '饭店',
  '小吃店',
  '理发店',
  '五金店',
  '汽车修理部',
  '水果店',
  '服装店',
  '烟酒店',
  '建材经营部',
  '电脑维修部',
  '早餐店',
  '烧烤店',
  '粮油店',
  '家电维修部',
  '洗车行',
  '花店',
] as const;

export const COOPERATIVE_FIELDS = [
  '蔬菜种植',
  '果品',
  '粮食种植',
  '畜牧养殖',
  '花生种植',
  '茶叶',
  '中药材种植',
  '农机服务',
  '渔业',
  '食用菌',
] as const;
export const SOCIAL_ORG_FIELDS = [
  '餐饮行业协会',
  '物流协会',
  '个体劳动者协会',
  '书法家协会',
  '老年体育协会',
  '商会',
  '电子商务协会',
  '志愿服务联合会',
] as const;
export const PRIVATE_NONPROFIT_KINDS = ['幼儿园', '培训学校', '养老院', '康复中心', '社会工作服务中心', '民办医院'] as const;

export const ROADS = [
  '经十路',
  '泉城路',
  '解放路',
  '人民路',
  '建设路',
  '和平路',
  '胜利街',
  '文化路',
  '工业北路',
  '黄河路',
  '长江路',
  '泰山路',
  '青年路',
  '振兴街',
  '新华路',
  '东方红路',
  '北京路',
  '南京路',
  '中山路',
  '滨河路',
] as const;

export const SURNAMES = Array.from(
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺',
);
export const GIVEN_CHARS = Array.from('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志东海波云峰磊斌鹏辉玲燕婷鑫宇浩凯亮');

/** Department kinds and how each city names the office (post-2019 names). */
export type DeptKind = 'market' | 'ecology' | 'tax' | 'safety' | 'housing' | 'transport' | 'health' | 'labour' | 'urban';

export function departmentName(kind: DeptKind, cityName: string, district: District | null): string {
  const d = district?.name ?? '';
  switch (kind) {
    case 'market':
      return `${cityName}${d}市场监督管理局`;
    case 'ecology':
      return district ? `${cityName}生态环境局${d.replace(/[区县市]$/, '')}分局` : `${cityName}生态环境局`;
    case 'tax':
      return `国家税务总局${cityName}${d}税务局`;
    case 'safety':
      return `${cityName}${d}应急管理局`;
    case 'housing':
      return `${cityName}住房和城乡建设局`;
    case 'transport':
      return `${cityName}交通运输局`;
    case 'health':
      return district ? `${cityName}${d}卫生健康局` : `${cityName}卫生健康委员会`;
    case 'labour':
      return `${cityName}${d}人力资源和社会保障局`;
    case 'urban':
      return `${cityName}城市管理局`;
  }
}

/** Provincial offices that also decide some penalties and licences. */
export const PROVINCIAL_DEPARTMENTS: Readonly<Partial<Record<DeptKind, string>>> = {
  market: '山东省市场监督管理局',
  ecology: '山东省生态环境厅',
  tax: '国家税务总局山东省税务局',
  safety: '山东省应急管理厅',
  housing: '山东省住房和城乡建设厅',
  transport: '山东省交通运输厅',
};

/** Short forms used in decision numbers, e.g. 济市监处罚〔2024〕123号. */
export const DEPT_ABBR: Readonly<Record<DeptKind, string>> = {
  market: '市监',
  ecology: '环',
  tax: '税',
  safety: '应急',
  housing: '建',
  transport: '交',
  health: '卫',
  labour: '人社',
  urban: '城管',
};

export interface PenaltyTemplate {
  dept: DeptKind;
  violation: string;
  facts: string;
  legalBasis: string;
  /** Relative weight of each class for this violation. */
  classes: readonly [number, number, number];
  revocable?: string;
}

export const PENALTY_TEMPLATES: readonly PenaltyTemplate[] = [
  {
    dept: 'market',
    violation: '经营不符合食品安全标准的食品',
    facts: '经抽检，当事人经营的食品中菌落总数不符合食品安全国家标准。',
    legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
    classes: [1, 6, 2],
    revocable: '吊销食品经营许可证',
  },
  {
    dept: 'market',
    violation: '未取得食品经营许可从事食品经营活动',
    facts: '当事人未取得食品经营许可证，擅自从事预包装食品销售。',
    legalBasis: '《中华人民共和国食品安全法》第一百二十二条',
    classes: [1, 6, 1],
  },
  {
    dept: 'market',
    violation: '发布虚假广告',
    facts: '当事人在网店页面宣传产品具有“根治”功效，无法提供证明材料。',
    legalBasis: '《中华人民共和国广告法》第五十五条',
    classes: [2, 6, 1],
  },
  {
    dept: 'market',
    violation: '销售不合格产品',
    facts: '经抽查检验，当事人销售的电线电缆导体电阻项目不合格。',
    legalBasis: '《中华人民共和国产品质量法》第四十九条',
    classes: [1, 5, 2],
  },
  {
    dept: 'market',
    violation: '未明码标价',
    facts: '当事人销售的商品未按规定标示价格。',
    legalBasis: '《中华人民共和国价格法》第四十二条',
    classes: [6, 2, 0],
  },
  {
    dept: 'ecology',
    violation: '超标排放大气污染物',
    facts: '经监测，当事人锅炉废气中氮氧化物排放浓度超过排放标准。',
    legalBasis: '《中华人民共和国大气污染防治法》第九十九条',
    classes: [0, 5, 3],
  },
  {
    dept: 'ecology',
    violation: '建设项目环境影响评价文件未经批准擅自开工建设',
    facts: '当事人建设项目环境影响报告表未经审批即开工建设。',
    legalBasis: '《中华人民共和国环境影响评价法》第三十一条',
    classes: [0, 6, 2],
  },
  {
    dept: 'ecology',
    violation: '未按规定贮存危险废物',
    facts: '当事人将废机油露天堆放，未设置危险废物识别标志。',
    legalBasis: '《中华人民共和国固体废物污染环境防治法》第一百一十二条',
    classes: [1, 5, 2],
  },
  {
    dept: 'tax',
    violation: '未按照规定期限办理纳税申报',
    facts: '当事人未按规定期限办理增值税纳税申报。',
    legalBasis: '《中华人民共和国税收征收管理法》第六十二条',
    classes: [8, 2, 0],
  },
  {
    dept: 'tax',
    violation: '虚假纳税申报，少缴税款',
    facts: '当事人通过虚假纳税申报少缴增值税及附加税费。',
    legalBasis: '《中华人民共和国税收征收管理法》第六十三条',
    classes: [0, 3, 5],
  },
  {
    dept: 'tax',
    violation: '未按规定开具发票',
    facts: '当事人销售货物未按规定开具发票。',
    legalBasis: '《中华人民共和国发票管理办法》第三十五条',
    classes: [5, 3, 0],
  },
  {
    dept: 'safety',
    violation: '未按规定对从业人员进行安全生产教育和培训',
    facts: '当事人未对新入职员工进行安全生产教育和培训即安排上岗。',
    legalBasis: '《中华人民共和国安全生产法》第九十七条',
    classes: [2, 6, 1],
  },
  {
    dept: 'safety',
    violation: '未建立事故隐患排查治理制度',
    facts: '当事人未建立事故隐患排查治理制度，未如实记录隐患排查治理情况。',
    legalBasis: '《中华人民共和国安全生产法》第一百零一条',
    classes: [1, 5, 2],
    revocable: '责令停产停业整顿',
  },
  {
    dept: 'housing',
    violation: '未取得施工许可证擅自施工',
    facts: '当事人承建的项目未取得施工许可证即开工建设。',
    legalBasis: '《建设工程质量管理条例》第五十七条',
    classes: [0, 6, 2],
  },
  {
    dept: 'transport',
    violation: '未取得道路运输经营许可擅自从事道路运输经营',
    facts: '当事人未取得道路运输经营许可证，擅自从事货物运输经营。',
    legalBasis: '《中华人民共和国道路运输条例》第六十三条',
    classes: [1, 6, 1],
  },
  {
    dept: 'health',
    violation: '公共场所卫生质量不符合卫生标准',
    facts: '经检测，当事人经营场所公共用品用具卫生指标不合格。',
    legalBasis: '《公共场所卫生管理条例实施细则》第三十六条',
    classes: [5, 3, 0],
  },
  {
    dept: 'labour',
    violation: '未按规定支付劳动者工资',
    facts: '当事人拖欠劳动者工资，经责令限期支付逾期未支付。',
    legalBasis: '《劳动保障监察条例》第二十六条',
    classes: [1, 5, 3],
  },
  {
    dept: 'urban',
    violation: '擅自占用城市道路',
    facts: '当事人未经批准在城市道路上堆放物料、占道经营。',
    legalBasis: '《城市道路管理条例》第四十二条',
    classes: [7, 2, 0],
  },
];

export interface LicenceTemplate {
  dept: DeptKind;
  name: string;
  category: '普通' | '特许' | '认可' | '核准' | '登记' | '其他';
  content: string;
  /** Validity in years; null: no end. */
  years: number | null;
  /** Which subject kinds hold it. */
  for: readonly ('enterprise' | 'shop' | 'coop' | 'org')[];
  numberPrefix: string;
}

export const LICENCE_TEMPLATES: readonly LicenceTemplate[] = [
  {
    dept: 'market',
    name: '食品经营许可证',
    category: '普通',
    content: '预包装食品（含冷藏冷冻食品）销售；热食类食品制售',
    years: 5,
    for: ['enterprise', 'shop'],
    numberPrefix: 'JY1',
  },
  {
    dept: 'market',
    name: '药品经营许可证',
    category: '普通',
    content: '中成药、化学药制剂、抗生素制剂、生化药品零售',
    years: 5,
    for: ['enterprise', 'shop'],
    numberPrefix: '鲁CB',
  },
  {
    dept: 'ecology',
    name: '排污许可证',
    category: '普通',
    content: '排放废气、废水，执行许可排放限值',
    years: 5,
    for: ['enterprise'],
    numberPrefix: 'PW',
  },
  {
    dept: 'transport',
    name: '道路运输经营许可证',
    category: '普通',
    content: '道路普通货物运输',
    years: 4,
    for: ['enterprise'],
    numberPrefix: '鲁交运管许可字',
  },
  {
    dept: 'housing',
    name: '建筑业企业资质证书',
    category: '认可',
    content: '建筑工程施工总承包三级',
    years: 5,
    for: ['enterprise'],
    numberPrefix: 'D3',
  },
  {
    dept: 'safety',
    name: '危险化学品经营许可证',
    category: '普通',
    content: '危险化学品经营（不带储存设施）',
    years: 3,
    for: ['enterprise'],
    numberPrefix: '鲁危化经字',
  },
  {
    dept: 'health',
    name: '公共场所卫生许可证',
    category: '普通',
    content: '理发店、美容店',
    years: 4,
    for: ['shop', 'enterprise'],
    numberPrefix: '鲁卫公证字',
  },
  {
    dept: 'market',
    name: '营业执照',
    category: '登记',
    content: '设立登记',
    years: null,
    for: ['enterprise', 'shop', 'coop'],
    numberPrefix: '',
  },
  {
    dept: 'urban',
    name: '城市建筑垃圾处置核准',
    category: '核准',
    content: '建筑垃圾运输处置',
    years: 1,
    for: ['enterprise'],
    numberPrefix: '城管核字',
  },
  {
    dept: 'labour',
    name: '人力资源服务许可证',
    category: '普通',
    content: '职业介绍、人力资源供求信息的收集和发布',
    years: 5,
    for: ['enterprise', 'org'],
    numberPrefix: '鲁人服证字',
  },
];

/** A list the demo draws entries from: its period and exit conditions come from its rule (@xinyong/domain listExit). */
export interface DishonestyListType {
  dept: DeptKind;
  listType: string;
  legalBasis: string;
  reason: string;
}

export const DISHONESTY_LIST_TYPES: readonly DishonestyListType[] = [
  {
    dept: 'labour',
    listType: '拖欠农民工工资失信联合惩戒对象名单',
    legalBasis: '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）',
    reason: '克扣、无故拖欠农民工工资达到认定拖欠工资数额标准，经责令限期支付仍未支付。',
  },
  {
    dept: 'tax',
    listType: '重大税收违法失信主体',
    legalBasis: '《重大税收违法失信主体信息公布管理办法》（国家税务总局令第54号）',
    reason: '虚假申报少缴税款，达到重大税收违法失信主体确定标准。',
  },
  {
    dept: 'market',
    listType: '市场监督管理严重违法失信名单',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）',
    reason: '因生产经营不符合食品安全标准的食品受到较重行政处罚。',
  },
  {
    dept: 'safety',
    listType: '安全生产严重失信主体名单',
    legalBasis: '《安全生产严重失信主体名单管理办法》（应急管理部令第11号）',
    reason: '发生生产安全事故，负有责任并受到较重行政处罚。',
  },
];

export interface RedListType {
  listName: string;
  basis: string;
  authority: (cityName: string) => string;
}

export const RED_LIST_TYPES: readonly RedListType[] = [
  {
    listName: '纳税信用A级纳税人',
    basis: '《纳税信用管理办法（试行）》（国家税务总局公告2014年第40号）',
    authority: (city) => `国家税务总局${city}税务局`,
  },
  {
    listName: '守合同重信用企业',
    basis: '山东省“守合同重信用”企业公示活动',
    authority: () => '山东省市场监督管理局',
  },
  {
    listName: '劳动保障守法诚信示范用人单位',
    basis: '《企业劳动保障守法诚信等级评价办法》（人社部规〔2016〕1号）',
    authority: (city) => `${city}人力资源和社会保障局`,
  },
];

export const COMMITMENT_KINDS: readonly (readonly [string, number])[] = [
  ['审批替代型', 4],
  ['主动型', 3],
  ['信易+', 2],
  ['信用修复型', 1],
];

export const COMMITMENT_MATTERS: Readonly<Record<string, readonly string[]>> = {
  审批替代型: ['申请食品经营许可证（告知承诺）', '申请公共场所卫生许可证（告知承诺）', '申请道路运输经营许可证（告知承诺）'],
  主动型: ['主动向社会作出信用承诺', '参加行业诚信经营公开承诺'],
  '信易+': ['申请“信易贷”融资服务', '申请“信易批”容缺受理', '申请“信易租”办公场地优惠'],
  信用修复型: ['申请行政处罚信息信用修复'],
};
