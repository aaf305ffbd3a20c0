import {
  addDays,
  addMonths,
  type CivilDate,
  entityTypeOf,
  listExit,
  listExitText,
  makeCreditCode,
  shandongCityOf,
  yearOf,
} from '@xinyong/domain';
import type {
  CommitmentRow,
  DishonestyRow,
  EntityRow,
  LicenceRow,
  ObjectionByKey,
  PenaltyRow,
  RedListRow,
} from '../repositories/record-writers';
import { DEMO_CITIZENS } from './citizens';

/**
 * Fixed demo entities (示例): the same codes and names whatever the seed or size, so tests, the
 * self-service work and a person trying the product know where to look. Their records are placed
 * relative to `today` so each keeps its display status on any day.
 */
export interface DemoEntity {
  key: 'huaxia' | 'chengxin' | 'xiaochi' | 'jianzhu' | 'closed';
  code: string;
  name: string;
  note: string;
}

const fixedCode = (prefix: string, region: string, n: number) => makeCreditCode(prefix, region, `EX${String(n).padStart(6, '0')}`);

export const DEMO_ENTITIES = {
  /** 公示中, 公示期满, 已修复 and 异议处理中 penalties: the profile must show exactly two of the four. */
  huaxia: {
    key: 'huaxia',
    code: fixedCode('91', '370102', 1),
    name: '示例华夏贸易有限公司',
    note: '四条处罚：公示中、公示期满、已修复、异议处理中；法定代表人为示例居民张三丰',
  },
  /** A clean record: tax grade A, on the A-grade taxpayer list, a public commitment. */
  chengxin: {
    key: 'chengxin',
    code: fixedCode('91', '370211', 2),
    name: '示例齐鲁诚信科技有限公司',
    note: '无失信记录，纳税信用A级，已作信用承诺；法定代表人为示例居民赵六妹',
  },
  /** An individual business with a minor-class warning that is not displayed. */
  xiaochi: {
    key: 'xiaochi',
    code: fixedCode('92', '370103', 3),
    name: '示例泉城小吃店',
    note: '个体工商户；一条轻微处罚（警告，不公示）；一条一般处罚公示中、已缴清罚款、现在可以申请信用修复；经营者为示例居民李四海',
  },
  /** On a serious-dishonesty list and with a serious penalty in display. */
  jianzhu: {
    key: 'jianzhu',
    code: fixedCode('91', '370902', 4),
    name: '示例鲁信建筑工程有限公司',
    note: '列入拖欠农民工工资失信联合惩戒对象名单；一条严重处罚公示中；另有几条处罚分别演示同类再犯、违法行为终止满五年、罚款未缴和法律另有规定的公示期',
  },
  /** Deregistered: search shows it after the trading 华夏 businesses, marked 已注销, although its name is shorter. */
  closed: {
    key: 'closed',
    code: fixedCode('92', '370102', 5),
    name: '示例华夏贸易部',
    note: '个体工商户，已注销；查询结果排在仍在经营的主体之后，并标明“已注销”',
  },
} as const satisfies Record<string, DemoEntity>;

export const DEMO_ENTITY_LIST: readonly DemoEntity[] = Object.values(DEMO_ENTITIES);

type EntityKey = keyof typeof DEMO_ENTITIES;
type CitizenKey = keyof typeof DEMO_CITIZENS;

export function fixedEntityRows(personIds: Record<CitizenKey, number>): EntityRow[] {
  const row = (key: EntityKey, extra: Partial<EntityRow>): EntityRow => {
    const e = DEMO_ENTITIES[key];
    const type = entityTypeOf(e.code.slice(0, 2));
    const region = e.code.slice(2, 8);
    return {
      code: e.code,
      name: e.name,
      subjectType: type?.subjectKind as EntityRow['subjectType'],
      typeLabel: type?.label ?? '企业',
      regionCode: region,
      cityCode: shandongCityOf(region)?.city.code ?? null,
      example: true,
      ...extra,
    };
  };
  return [
    row('huaxia', {
      establishedOn: '2012-05-18',
      legalRepName: DEMO_CITIZENS.zhang.name,
      legalRepPersonId: personIds.zhang,
      address: '山东省济南市历下区示例路1号',
      taxCreditGrade: 'B',
    }),
    row('chengxin', {
      establishedOn: '2016-09-01',
      legalRepName: DEMO_CITIZENS.zhao.name,
      legalRepPersonId: personIds.zhao,
      address: '山东省青岛市黄岛区示例路2号',
      taxCreditGrade: 'A',
    }),
    row('xiaochi', {
      establishedOn: '2019-03-20',
      legalRepName: DEMO_CITIZENS.li.name,
      legalRepPersonId: personIds.li,
      address: '山东省济南市市中区示例街3号',
      taxCreditGrade: 'M',
    }),
    row('jianzhu', {
      establishedOn: '2010-11-11',
      legalRepName: '钱示例',
      address: '山东省泰安市泰山区示例路4号',
      taxCreditGrade: 'C',
    }),
    row('closed', { establishedOn: '2008-04-02', legalRepName: '孙示例', registrationStatus: 'deregistered' }),
  ];
}

export interface FixedRecords {
  licences: LicenceRow[];
  penalties: PenaltyRow[];
  dishonesty: DishonestyRow[];
  redList: RedListRow[];
  commitments: CommitmentRow[];
  objections: ObjectionByKey[];
}

/** Decision numbers of the fixed records, so tests can find each one. */
export const DEMO_DECISION_NUMBERS = {
  huaxiaInDisplay: '济历下市监罚〔示例〕1号',
  huaxiaExpired: '济历下市监罚〔示例〕2号',
  huaxiaRepaired: '济历下市监罚〔示例〕3号',
  huaxiaObjection: '济历下市监罚〔示例〕4号',
  /** Food, decided 2024-11-22 under Order 58 (≥ 1 year in food, up to 3): shown until 2027-11-21 (issue 13). */
  huaxiaOrder58Food: '济历下市监罚〔示例〕12号',
  /** Decided by 简易程序: never public in Shandong, listed in the subject's own records. */
  huaxiaSummary: '济历下市监罚〔示例〕13号',
  /** Market regulation, the same kind of offence again: no early end of display (市场监管总局令第45号). */
  jianzhuRepeated: '泰市监罚〔示例〕14号',
  /** The conduct ended four years before: Shandong's five years from the end of the conduct cut the window. */
  jianzhuConductEnded: '泰应急罚〔示例〕15号',
  /** The fine is not paid and the authority set a longer end: shown to that end while it is not (Order 36). */
  jianzhuDutyOutstanding: '泰消罚〔示例〕16号',
  /** A period set by law (「法律、行政法规另有规定的从其规定」): shown until the law's own end. */
  jianzhuLawPeriod: '泰住建罚〔示例〕17号',
  xiaochiWarning: '济市中市监罚〔示例〕5号',
  /** 一般, decided four months ago, fine paid: in display and open to repair now (the repair journey). */
  xiaochiRepairable: '济市中市监罚〔示例〕11号',
  jianzhuSerious: '泰人社罚〔示例〕6号',
  jianzhuList: '泰人社失信〔示例〕7号',
  /** 济南's city management, on the builder's Jinan site: each has an open objection in the console's demo (demo/cases.ts). */
  jianzhuDust: '济城管罚〔示例〕21号',
  jianzhuWaste: '济城管罚〔示例〕22号',
  zhangPenalty: '济城管罚〔示例〕8号',
  wangPenalty: '淄张店市监罚〔示例〕9号',
  zhaoPenalty: '烟芝罘市监罚〔示例〕10号',
} as const;

const WAGE_ARREARS = '拖欠农民工工资失信联合惩戒对象名单';

export function fixedRecords(
  today: CivilDate,
  entityIds: Record<EntityKey, number>,
  personIds: Record<CitizenKey, number>,
  isMinorOn: (birth: CivilDate, on: CivilDate) => boolean,
): FixedRecords {
  const n = DEMO_DECISION_NUMBERS;
  const lixiaMarket = '济南市历下区市场监督管理局';
  const base = { legalBasis: '《中华人民共和国食品安全法》第一百二十四条', example: true } as const;
  const foodPenalty = (decisionNo: string, decisionDate: CivilDate, extra: Partial<PenaltyRow> = {}): PenaltyRow => ({
    ...base,
    entityId: entityIds.huaxia,
    decisionNo,
    violationType: '经营不符合食品安全标准的食品',
    facts: '经抽检，当事人经营的食品中菌落总数不符合食品安全国家标准。（示例）',
    category: '罚款',
    content: '罚款人民币30000元',
    fineWan: 3,
    infoClass: '一般',
    decisionDate,
    authority: lixiaMarket,
    dataSource: lixiaMarket,
    dutyFulfilledOn: addDays(decisionDate, 10) <= today ? addDays(decisionDate, 10) : null,
    ...extra,
  });
  // Past every regime's longest period (three years under Order 58), whatever today is.
  const expiredOn = addDays(addMonths(today, -40), -10);
  const repairedDecided = addDays(today, -200);
  const minorDecided = addDays(today, -100);
  const listFrom = addDays(today, -120);
  const penalties: PenaltyRow[] = [
    foodPenalty(n.huaxiaInDisplay, addDays(today, -30)),
    foodPenalty(n.huaxiaExpired, expiredOn),
    foodPenalty(n.huaxiaRepaired, repairedDecided, { repairedOn: addDays(today, -20) }),
    foodPenalty(n.huaxiaObjection, addDays(today, -60)),
    // A fixed date, the one issue 13 names, so the Order 58 window can be checked on the public profile.
    foodPenalty(n.huaxiaOrder58Food, '2024-11-22', { dutyFulfilledOn: '2024-12-02' }),
    foodPenalty(n.huaxiaSummary, addDays(today, -25), {
      category: '警告;罚款',
      content: '警告，罚款人民币200元（当场作出）',
      fineWan: 0.02,
      procedure: 'summary',
    }),
    {
      entityId: entityIds.xiaochi,
      decisionNo: n.xiaochiWarning,
      violationType: '未明码标价',
      facts: '当事人销售的商品未按规定标示价格。（示例）',
      legalBasis: '《中华人民共和国价格法》第四十二条',
      category: '警告',
      content: '警告',
      infoClass: '轻微',
      decisionDate: addDays(today, -50),
      authority: '济南市市中区市场监督管理局',
      dataSource: '济南市市中区市场监督管理局',
      example: true,
    },
    {
      entityId: entityIds.xiaochi,
      decisionNo: n.xiaochiRepairable,
      violationType: '未按规定公示食品经营许可证',
      facts: '当事人未在经营场所显著位置悬挂食品经营许可证，经责令改正后已改正。（示例）',
      legalBasis: '《中华人民共和国食品安全法》第一百二十六条',
      category: '罚款',
      content: '罚款人民币5000元',
      fineWan: 0.5,
      infoClass: '一般',
      decisionDate: addDays(today, -120),
      authority: '济南市市中区市场监督管理局',
      dataSource: '济南市市中区市场监督管理局',
      dutyFulfilledOn: addDays(today, -110),
      example: true,
    },
    {
      entityId: entityIds.jianzhu,
      decisionNo: n.jianzhuSerious,
      violationType: '未按规定支付劳动者工资',
      facts: '当事人拖欠农民工工资，经责令限期支付逾期未支付。（示例）',
      legalBasis: '《劳动保障监察条例》第二十六条',
      category: '罚款',
      content: '罚款人民币500000元',
      fineWan: 50,
      infoClass: '严重',
      decisionDate: addDays(today, -150),
      authority: '泰安市人力资源和社会保障局',
      dataSource: '泰安市人力资源和社会保障局',
      example: true,
    },
    {
      entityId: entityIds.jianzhu,
      decisionNo: n.jianzhuDust,
      violationType: '建筑工地未采取扬尘防治措施',
      facts: '当事人在济南市历城区的施工工地未覆盖裸露土方。（示例）',
      legalBasis: '《中华人民共和国大气污染防治法》第一百一十五条',
      category: '罚款',
      content: '罚款人民币20000元',
      fineWan: 2,
      infoClass: '一般',
      decisionDate: addDays(today, -30),
      authority: '济南市城市管理局',
      dataSource: '济南市城市管理局',
      example: true,
    },
    {
      entityId: entityIds.jianzhu,
      decisionNo: n.jianzhuWaste,
      violationType: '未经核准处置建筑垃圾',
      facts: '当事人未经核准擅自处置建筑垃圾。（示例）',
      legalBasis: '《城市建筑垃圾管理规定》第二十五条',
      category: '罚款',
      content: '罚款人民币10000元',
      fineWan: 1,
      infoClass: '一般',
      decisionDate: addDays(today, -45),
      authority: '济南市城市管理局',
      dataSource: '济南市城市管理局',
      example: true,
    },
    {
      personId: personIds.zhang,
      decisionNo: n.zhangPenalty,
      violationType: '擅自占用城市道路',
      facts: '当事人未经批准占道经营。（示例）',
      legalBasis: '《城市道路管理条例》第四十二条',
      category: '罚款',
      content: '罚款人民币2000元',
      fineWan: 0.2,
      infoClass: '一般',
      decisionDate: addDays(today, -40),
      authority: '济南市城市管理局',
      dataSource: '济南市城市管理局',
      example: true,
    },
    {
      personId: personIds.wang,
      decisionNo: n.wangPenalty,
      violationType: '销售不合格产品',
      facts: '当事人在网络平台销售不合格玩具。（示例）',
      legalBasis: '《中华人民共和国产品质量法》第四十九条',
      category: '罚款',
      content: '罚款人民币1000元',
      fineWan: 0.1,
      infoClass: '一般',
      decisionDate: minorDecided,
      authority: '淄博市张店区市场监督管理局',
      dataSource: '淄博市张店区市场监督管理局',
      subjectMinor: isMinorOn(DEMO_CITIZENS.wang.birthDate, minorDecided),
      example: true,
    },
    {
      personId: personIds.zhao,
      decisionNo: n.zhaoPenalty,
      violationType: '未取得食品经营许可从事食品经营活动',
      facts: '当事人未取得食品经营许可证，擅自销售自制糕点。（示例）',
      legalBasis: '《中华人民共和国食品安全法》第一百二十二条',
      category: '罚款',
      content: '罚款人民币5000元',
      fineWan: 0.5,
      infoClass: '一般',
      decisionDate: repairedDecided,
      authority: '烟台市芝罘区市场监督管理局',
      dataSource: '烟台市芝罘区市场监督管理局',
      dutyFulfilledOn: addDays(repairedDecided, 7),
      repairedOn: addDays(today, -10),
      example: true,
    },
  ];
  const taian = (decisionNo: string, extra: Partial<PenaltyRow> & Pick<PenaltyRow, 'legalBasis' | 'authority'>): PenaltyRow => ({
    entityId: entityIds.jianzhu,
    decisionNo,
    category: '罚款',
    content: '罚款人民币20000元',
    fineWan: 2,
    infoClass: '一般',
    decisionDate: addDays(today, -90),
    dataSource: extra.authority,
    example: true,
    ...extra,
  });
  penalties.push(
    taian(n.jianzhuRepeated, {
      violationType: '发布虚假广告',
      facts: '当事人在施工围挡上发布虚假资质广告，此前已因同类行为受过处罚。（示例）',
      legalBasis: '《中华人民共和国广告法》第五十五条',
      authority: '泰安市市场监督管理局',
      authorityKind: 'market_regulation',
      repeatedSameKind: true,
      dutyFulfilledOn: addDays(today, -80),
    }),
    taian(n.jianzhuConductEnded, {
      violationType: '未按规定对从业人员进行安全生产教育和培训',
      facts: '当事人未对新进场作业人员进行安全生产教育和培训，该行为已于四年前终止。（示例）',
      legalBasis: '《中华人民共和国安全生产法》第九十七条',
      authority: '泰安市应急管理局',
      infoClass: '严重',
      decisionDate: addDays(today, -30),
      conductEndedOn: addMonths(today, -48),
      dutyFulfilledOn: addDays(today, -20),
    }),
    taian(n.jianzhuDutyOutstanding, {
      violationType: '占用、堵塞消防通道',
      facts: '当事人在施工现场堵塞消防车通道，罚款至今未缴纳。（示例）',
      legalBasis: '《中华人民共和国消防法》第六十条',
      authority: '泰安市消防救援支队',
      // The authority's own end lies past the regime's maximum: Order 36 keeps it only while the duty is outstanding.
      authorityDisplayEnd: addDays(addMonths(addDays(today, -90), 60), -1),
      dutyOutstanding: true,
    }),
    taian(n.jianzhuLawPeriod, {
      violationType: '未取得施工许可证擅自施工',
      facts: '当事人未取得施工许可证擅自开工建设。（示例）',
      legalBasis: '《建设工程质量管理条例》第五十七条',
      authority: '泰安市住房和城乡建设局',
      decisionDate: addDays(today, -60),
      lawPeriod: { end: addDays(addMonths(addDays(today, -60), 60), -1), reference: '示例：法律、行政法规另行规定的五年公示期' },
      dutyFulfilledOn: addDays(today, -50),
    }),
  );
  const licence = (entityId: number | null, personId: number | null, no: string, name: string, authority: string, decided: CivilDate) => ({
    entityId,
    personId,
    decisionDocName: '准予行政许可决定书',
    decisionNo: no,
    category: '普通',
    licenceName: name,
    licenceNo: `示例${no.replace(/\D/g, '')}`,
    content: name === '食品经营许可证' ? '预包装食品销售（示例）' : '理发店（示例）',
    decisionDate: decided,
    validFrom: decided,
    validTo: addDays(addMonths(decided, 60), -1),
    authority,
    example: true,
  });
  return {
    penalties,
    licences: [
      licence(entityIds.huaxia, null, '济历下市监许〔示例〕11号', '食品经营许可证', lixiaMarket, '2022-03-01'),
      licence(entityIds.chengxin, null, '青黄岛卫许〔示例〕12号', '公共场所卫生许可证', '青岛市黄岛区卫生健康局', '2023-06-15'),
      licence(null, personIds.zhao, '烟芝罘市监许〔示例〕13号', '食品经营许可证', '烟台市芝罘区市场监督管理局', addDays(today, -5)),
    ],
    dishonesty: [
      {
        entityId: entityIds.jianzhu,
        listType: WAGE_ARREARS,
        legalBasis: '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）',
        authority: '泰安市人力资源和社会保障局',
        reason: '拖欠农民工工资达到认定标准，经责令限期支付仍未支付。（示例）',
        decisionNo: n.jianzhuList,
        decisionDate: listFrom,
        listedFrom: listFrom,
        // The list's own period and exit conditions (content/rules/lists.yaml, 人社部令第45号).
        listedUntil: listExit({ listType: WAGE_ARREARS, decisionDate: listFrom }, today).listedUntil,
        exitConditions: listExitText(WAGE_ARREARS) ?? '',
        example: true,
      },
    ],
    redList: [
      {
        entityId: entityIds.chengxin,
        listName: '纳税信用A级纳税人',
        authority: '国家税务总局青岛市税务局',
        basis: '《纳税信用管理办法（试行）》（国家税务总局公告2014年第40号）',
        listedOn: `${yearOf(today) - (today.slice(5) >= '04-20' ? 0 : 1)}-04-20`,
        validUntil: `${yearOf(today) - (today.slice(5) >= '04-20' ? 0 : 1) + 1}-04-19`,
        example: true,
      },
    ],
    commitments: [
      {
        entityId: entityIds.chengxin,
        kind: '主动型',
        textVersion: '信用承诺书（2024版）',
        matter: '主动向社会作出信用承诺',
        signedOn: '2024-05-06',
        example: true,
      },
      {
        entityId: entityIds.huaxia,
        kind: '信用修复型',
        textVersion: '信用承诺书（2024版）',
        matter: `申请行政处罚信息信用修复（${n.huaxiaRepaired}）`,
        signedOn: addDays(today, -30),
        example: true,
      },
      {
        personId: personIds.zhao,
        kind: '信用修复型',
        textVersion: '信用承诺书（2024版）',
        matter: `申请行政处罚信息信用修复（${n.zhaoPenalty}）`,
        signedOn: addDays(today, -15),
        public: false,
        example: true,
      },
    ],
    objections: [{ recordKind: 'penalty', decisionNo: n.huaxiaObjection, authority: lixiaMarket, status: 'submitted' }],
  };
}
