// biome-ignore-all format: generated from content/rules/*.yaml by packages/domain/scripts/rules/cli.ts
// Generated file: edit content/rules/*.yaml and run `pnpm --filter @xinyong/domain rules`, never this file.
import type { CriterionKind } from '../benefit-criteria';
import type { DeadlineData, HolidayNotice, ListRuleData, MonitoringThresholdData, RegimeData, RepairRulesData, ShandongDisplayData, SourceEntry, WorkflowsData } from '../rule-data';
import type { LegalSource } from '../rules';

/** Changes whenever the display-period or list data changes: stored windows of another version are stale. */
export const DISPLAY_RULES_HASH = "8c9500df02";

export const RULE_SOURCES: Readonly<Record<string, SourceEntry>> = {
  "sd-credit-regulation": {
    "id": "sd-credit-regulation",
    "title": "山东省社会信用条例",
    "docNo": null,
    "issuer": "山东省人民代表大会常务委员会",
    "adopted": "2020-07-24",
    "effective": "2020-10-01",
    "repealed": null,
    "read": "全文（第一条至第六十一条）。",
    "cite": null
  },
  "lu-xinyongban-2021-3": {
    "id": "lu-xinyongban-2021-3",
    "title": "关于贯彻落实国办发〔2020〕49号文件提升社会信用体系建设法治化、规范化水平的实施意见",
    "docNo": "鲁信用办〔2021〕3号",
    "issuer": "山东省社会信用体系建设领导小组办公室",
    "adopted": "2021-05-10",
    "effective": "2021-05-10",
    "repealed": null,
    "read": "全文（本仓库 content/policy/original.md）。",
    "cite": null
  },
  "ndrc-2025-565": {
    "id": "ndrc-2025-565",
    "title": "国家发展改革委 公安部 国家数据局关于全面推行以专项信用报告替代有无违法违规记录证明的通知",
    "docNo": "发改财金〔2025〕565号",
    "issuer": "国家发展和改革委员会、公安部、国家数据局",
    "adopted": null,
    "effective": null,
    "repealed": null,
    "read": "没有读到原文。读到的是对该通知的转述：专项信用报告至少涵盖行政处罚（含简易程序）、行政强制、严重失信主体名单和刑事裁判，免费下载；以及江苏省落实该通知的苏政办规〔2025〕5号的转述（免费下载、不再重复开具证明）。",
    "cite": null
  },
  "order-36": {
    "id": "order-36",
    "title": "信用修复管理办法",
    "docNo": "国家发展改革委令第36号",
    "issuer": "国家发展和改革委员会",
    "adopted": "2025-11-19",
    "effective": "2026-04-01",
    "repealed": null,
    "read": "第一条至第四条（公布稿全文转载的开头部分）。公示期限、最长公示期届满自动停止公示及其例外、申请修复的四项条件，只读到国家发展改革委2025年11月26日发布时的新闻转述，条款序号未核对；办理天数和过渡条款没有读到。",
    "cite": null
  },
  "order-58": {
    "id": "order-58",
    "title": "失信行为纠正后的信用信息修复管理办法（试行）",
    "docNo": "国家发展改革委令2023年第58号",
    "issuer": "国家发展和改革委员会",
    "adopted": "2023-01-11",
    "effective": "2023-05-01",
    "repealed": "2026-04-01",
    "read": "第一条至第三条（全文转载的开头部分）。公示期限只读到地方平台对该令的引述：“信用中国（北京）”信用修复问答（食品、药品、特种设备、安全生产、消防领域行政处罚信息最短公示期一年；公示期限起点以行政处罚作出时间为准）和深圳市一个信用修复页面（最短三个月、最长三年；同一决定涉及多种处罚类型的以期限最长的为准）。条款序号未核对。",
    "cite": null
  },
  "guobanfa-2025-22": {
    "id": "guobanfa-2025-22",
    "title": "国务院办公厅印发《关于进一步完善信用修复制度的实施方案》的通知",
    "docNo": "国办发〔2025〕22号",
    "issuer": "国务院办公厅",
    "adopted": "2025-06-22",
    "effective": "2025-06-22",
    "repealed": null,
    "read": "通知和第一、二部分（全文转载）：失信信息分轻微、一般、严重三类及其公示期；各领域具体分类标准由行业主管部门制定。其余部分只见到文字顺序错乱的转载，其中可辨认“申请材料包括法定责任义务履行完毕的证明材料和信用承诺书”“严厉打击有偿删除”，办理天数无法辨认。",
    "cite": null
  },
  "ndrc-527": {
    "id": "ndrc-527",
    "title": "国家发展改革委办公厅关于进一步完善“信用中国”网站及地方信用门户网站行政处罚信息信用修复机制的通知",
    "docNo": "发改办财金〔2019〕527号",
    "issuer": "国家发展和改革委员会办公厅",
    "adopted": null,
    "effective": "2019-07-01",
    "repealed": null,
    "read": "没有读到原文。看到的是对该文的转述：一般失信行为3个月至1年、严重失信行为6个月至3年、特定严重失信行为按最长公示期公示、“法律、法规、规章另有规定的从其规定”、2019年7月1日起执行（信用修复政策学习页面、新闻报道、阜阳市的通知报道）。",
    "cite": null
  },
  "ndrc-2017": {
    "id": "ndrc-2017",
    "title": "国家发展改革委办公厅关于进一步规范“信用中国”网站和地方信用门户网站行政处罚信息公示工作的通知",
    "docNo": null,
    "issuer": "国家发展和改革委员会办公厅",
    "adopted": null,
    "effective": "2017-07-31",
    "repealed": null,
    "read": "开头和第一部分（一）（转载）：自2017年7月31日起，行政处罚信息公示期限暂定一年，涉及严重失信行为的暂定三年，法律、法规、规章另有规定的从其规定，期限自作出行政处罚决定之日起计算，届满撤下且不再作为失信惩戒依据；“双公示”信息自作出行政决定之日起 7个工作日内上网公开。文号未核对。",
    "cite": "2017年国家发展改革委办公厅行政处罚信息公示通知"
  },
  "mohrss-45": {
    "id": "mohrss-45",
    "title": "拖欠农民工工资失信联合惩戒对象名单管理暂行办法",
    "docNo": "人力资源社会保障部令第45号",
    "issuer": "人力资源和社会保障部",
    "adopted": "2021-11-10",
    "effective": "2022-01-01",
    "repealed": null,
    "read": "第一条至第五条（转载）。名单期限和提前移出条件只读到人力资源社会保障部的发布稿（“列入失信联合惩戒名单期限为三年。列入期间偿还拖欠工资的，自改正之日起满6个月，且作出守信承诺，可申请提前移出”）和2021年征求意见稿的转述，条款序号未核对。",
    "cite": null
  },
  "samr-45": {
    "id": "samr-45",
    "title": "市场监督管理行政处罚信息公示规定",
    "docNo": "国家市场监督管理总局令第45号",
    "issuer": "国家市场监督管理总局",
    "adopted": "2021-07-30",
    "effective": "2021-09-01",
    "repealed": null,
    "read": "全文（第一条至第十九条）。",
    "cite": null
  },
  "samr-44": {
    "id": "samr-44",
    "title": "市场监督管理严重违法失信名单管理办法",
    "docNo": "国家市场监督管理总局令第44号",
    "issuer": "国家市场监督管理总局",
    "adopted": null,
    "effective": "2021-09-01",
    "repealed": null,
    "read": "没有读到移出条款的原文（只见到第一、二条的英文转载）。",
    "cite": null
  },
  "sta-54": {
    "id": "sta-54",
    "title": "重大税收违法失信主体信息公布管理办法",
    "docNo": "国家税务总局令第54号",
    "issuer": "国家税务总局",
    "adopted": null,
    "effective": null,
    "repealed": null,
    "read": "没有读到原文。",
    "cite": null
  },
  "mem-11": {
    "id": "mem-11",
    "title": "安全生产严重失信主体名单管理办法",
    "docNo": "应急管理部令第11号",
    "issuer": "应急管理部",
    "adopted": null,
    "effective": null,
    "repealed": null,
    "read": "没有读到原文。",
    "cite": null
  },
  "guobanfa-2020-49": {
    "id": "guobanfa-2020-49",
    "title": "国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见",
    "docNo": "国办发〔2020〕49号",
    "issuer": "国务院办公厅",
    "adopted": null,
    "effective": null,
    "repealed": null,
    "read": "没有读到原文；本仓库 content/policy/original.md 是山东省贯彻它的实施意见。",
    "cite": null
  },
  "pipl": {
    "id": "pipl",
    "title": "中华人民共和国个人信息保护法",
    "docNo": null,
    "issuer": null,
    "adopted": null,
    "effective": "2021-11-01",
    "repealed": null,
    "read": "第十三条（多份一致的转载）。",
    "cite": null
  },
  "civil-code": {
    "id": "civil-code",
    "title": "中华人民共和国民法典",
    "docNo": null,
    "issuer": null,
    "adopted": null,
    "effective": "2021-01-01",
    "repealed": null,
    "read": "没有读到原文；第十七条“十八周岁以上的自然人为成年人”是本项目沿用的既有引用。",
    "cite": null
  },
  "gb-11643": {
    "id": "gb-11643",
    "title": "公民身份号码",
    "docNo": "GB 11643-1999",
    "issuer": null,
    "adopted": null,
    "effective": null,
    "repealed": null,
    "read": "没有读到标准原文；校验规则与附录 A 示例号码 440524188001010014 来自项目资料。",
    "cite": null
  },
  "guobanfa-2018-81": {
    "id": "guobanfa-2018-81",
    "title": "港澳台居民居住证申领发放办法",
    "docNo": "国办发〔2018〕81号",
    "issuer": "国务院办公厅",
    "adopted": null,
    "effective": null,
    "repealed": null,
    "read": "没有读到原文；居住证号码地址码（香港810000、澳门820000、台湾830000）来自转述。",
    "cite": null
  },
  "tax-credit-2014-40": {
    "id": "tax-credit-2014-40",
    "title": "纳税信用管理办法（试行）",
    "docNo": "国家税务总局公告2014年第40号",
    "issuer": "国家税务总局",
    "adopted": null,
    "effective": null,
    "repealed": null,
    "read": "没有读到原文。",
    "cite": null
  },
  "holiday-notices": {
    "id": "holiday-notices",
    "title": "国务院办公厅关于部分节假日安排的通知（逐年）",
    "docNo": null,
    "issuer": "国务院办公厅",
    "adopted": null,
    "effective": null,
    "repealed": null,
    "read": "2023—2026年各年通知（见 holidays.yaml）；曾与 npm 包 chinese-days 1.5.7 的数据核对。",
    "cite": "国务院办公厅当年部分节假日安排的通知"
  },
  "service-practice": {
    "id": "service-practice",
    "title": "本系统办理规则",
    "docNo": null,
    "issuer": "本系统",
    "adopted": null,
    "effective": null,
    "repealed": null,
    "read": "不是法律文件。山东省没有规定、又必须有一个数的地方（修复办理的目标天数、重复异议），本系统自定的办理规则；目标天数参照外省市公开的办事指南（清远市、江西省：材料齐全后约10个工作日办结，3个工作日内共享结果）。",
    "cite": null
  }
};

export const DISPLAY_REGIMES: readonly RegimeData[] = [
  {
    "id": "ndrc-2017",
    "label": "2017年国家发展改革委办公厅通知",
    "decidedFrom": null,
    "source": {
      "reference": "2017年国家发展改革委办公厅行政处罚信息公示通知第一部分第（一）项",
      "status": "law",
      "sourceId": "ndrc-2017",
      "article": "第一部分第（一）项"
    },
    "note": "自2017年7月31日起适用，并要求各网站按同一期限清理此前已公示的信息，所以也用于更早作出的决定。该通知只定最长期限（暂定），没有最短公示期。",
    "classes": {
      "轻微": {
        "display": "always",
        "maximumMonths": 12,
        "minimum": null,
        "note": "该通知不分轻微，按一般行政处罚信息处理。"
      },
      "一般": {
        "display": "always",
        "maximumMonths": 12,
        "minimum": null
      },
      "严重": {
        "display": "always",
        "maximumMonths": 36,
        "minimum": null
      }
    },
    "sectorMinimums": [],
    "severalPenaltyTypes": null,
    "specificSerious": null,
    "lawOverride": {
      "reference": "2017年国家发展改革委办公厅行政处罚信息公示通知第一部分第（一）项",
      "status": "law",
      "sourceId": "ndrc-2017",
      "article": "第一部分第（一）项",
      "quote": "法律、法规、规章另有规定的从其规定"
    },
    "atMaximum": {
      "rule": "ends",
      "source": {
        "reference": "2017年国家发展改革委办公厅行政处罚信息公示通知第一部分第（一）项",
        "status": "law",
        "sourceId": "ndrc-2017",
        "article": "第一部分第（一）项",
        "quote": "公示期限届满的，公示网站应当撤下相关信息，不再对外公示，并不再作为失信惩戒依据"
      }
    },
    "version": "ndrc-2017@8c9500df02"
  },
  {
    "id": "ndrc-2019-527",
    "label": "发改办财金〔2019〕527号",
    "decidedFrom": "2019-07-01",
    "source": {
      "reference": "发改办财金〔2019〕527号",
      "status": "unverified",
      "sourceId": "ndrc-527",
      "note": "期限来自对该文的转述，原文未读到。（已读到：没有读到原文。看到的是对该文的转述：一般失信行为3个月至1年、严重失信行为6个月至3年、特定严重失信行为按最长公示期公示、“法律、法规、规章另有规定的从其规定”、2019年7月1日起执行（信用修复政策学习页面、新闻报道、阜阳市的通知报道）。）"
    },
    "note": null,
    "classes": {
      "轻微": {
        "display": "always",
        "maximumMonths": 12,
        "minimum": {
          "months": 3
        },
        "note": "该文不分轻微，按涉及一般失信行为的行政处罚信息处理。"
      },
      "一般": {
        "display": "always",
        "maximumMonths": 12,
        "minimum": {
          "months": 3
        }
      },
      "严重": {
        "display": "always",
        "maximumMonths": 36,
        "minimum": {
          "months": 6
        }
      }
    },
    "sectorMinimums": [],
    "severalPenaltyTypes": null,
    "specificSerious": {
      "sectors": [
        "food",
        "drugs",
        "ecology",
        "construction_quality",
        "work_safety",
        "fire",
        "product_certification"
      ],
      "penaltyTypes": [
        "production_suspension",
        "licence_revocation"
      ],
      "source": {
        "reference": "发改办财金〔2019〕527号",
        "status": "unverified",
        "sourceId": "ndrc-527",
        "note": "转述：涉及特定严重失信行为的行政处罚信息严格按最长公示期限公示，不提前撤下。阜阳市的通知报道列出的情形：食品药品、生态环境、工程质量、安全生产、消防安全、强制性产品认证等领域被处以责令停产停业、吊销许可证或执照的；因贿赂、逃税骗税、恶意逃废债务、恶意拖欠货款或服务费、恶意欠薪、非法集资、合同欺诈、传销、无证照经营、制售假冒伪劣产品、故意侵犯知识产权、出借和借用资质投标、围标串标、虚假广告、侵害消费者或证券期货投资者合法权益、严重破坏网络空间传播秩序、聚众扰乱社会秩序等行为被处以责令停产停业或吊销许可证、执照的。（已读到：没有读到原文。看到的是对该文的转述：一般失信行为3个月至1年、严重失信行为6个月至3年、特定严重失信行为按最长公示期公示、“法律、法规、规章另有规定的从其规定”、2019年7月1日起执行（信用修复政策学习页面、新闻报道、阜阳市的通知报道）。）"
      }
    },
    "lawOverride": {
      "reference": "发改办财金〔2019〕527号",
      "status": "unverified",
      "sourceId": "ndrc-527",
      "quote": "法律、法规、规章另有规定的从其规定",
      "note": "（已读到：没有读到原文。看到的是对该文的转述：一般失信行为3个月至1年、严重失信行为6个月至3年、特定严重失信行为按最长公示期公示、“法律、法规、规章另有规定的从其规定”、2019年7月1日起执行（信用修复政策学习页面、新闻报道、阜阳市的通知报道）。）"
    },
    "atMaximum": {
      "rule": "ends",
      "source": {
        "reference": "发改办财金〔2019〕527号",
        "status": "unverified",
        "sourceId": "ndrc-527",
        "quote": "最长公示期限届满的，信用网站将撤下相关信息，不再对外公示",
        "note": "（已读到：没有读到原文。看到的是对该文的转述：一般失信行为3个月至1年、严重失信行为6个月至3年、特定严重失信行为按最长公示期公示、“法律、法规、规章另有规定的从其规定”、2019年7月1日起执行（信用修复政策学习页面、新闻报道、阜阳市的通知报道）。）"
      }
    },
    "version": "ndrc-2019-527@8c9500df02"
  },
  {
    "id": "ndrc-order-58",
    "label": "国家发展改革委令2023年第58号",
    "decidedFrom": "2023-05-01",
    "source": {
      "reference": "国家发展改革委令2023年第58号《失信行为纠正后的信用信息修复管理办法（试行）》",
      "status": "unverified",
      "sourceId": "order-58",
      "note": "原文的期限条款未读到；期限来自“信用中国（北京）”问答和深圳市页面对该令的引述。该令不再区分一般、严重：行政处罚信息最短公示三个月、最长三年；食品、药品、特种设备、安全生产、消防领域最短一年。国办发〔2025〕22号（2025年6月22日）是要求修改制度的政策文件，没有废止或修改第58号令，各领域的分类标准也由行业主管部门另行制定，所以2025年6月22日至2026年3月31日作出的决定仍按第58号令；第36号令自2026年4月1日起施行时才废止它。（已读到：第一条至第三条（全文转载的开头部分）。公示期限只读到地方平台对该令的引述：“信用中国（北京）”信用修复问答（食品、药品、特种设备、安全生产、消防领域行政处罚信息最短公示期一年；公示期限起点以行政处罚作出时间为准）和深圳市一个信用修复页面（最短三个月、最长三年；同一决定涉及多种处罚类型的以期限最长的为准）。条款序号未核对。）"
    },
    "note": null,
    "classes": {
      "轻微": {
        "display": "always",
        "maximumMonths": 36,
        "minimum": {
          "months": 3
        }
      },
      "一般": {
        "display": "always",
        "maximumMonths": 36,
        "minimum": {
          "months": 3
        }
      },
      "严重": {
        "display": "always",
        "maximumMonths": 36,
        "minimum": {
          "months": 3
        }
      }
    },
    "sectorMinimums": [
      {
        "sectors": [
          "food",
          "drugs",
          "special_equipment",
          "work_safety",
          "fire"
        ],
        "minimum": {
          "months": 12
        },
        "source": {
          "reference": "国家发展改革委令2023年第58号《失信行为纠正后的信用信息修复管理办法（试行）》",
          "status": "unverified",
          "sourceId": "order-58",
          "quote": "食品、药品、特种设备、安全生产、消防领域行政处罚信息最短公示期一年",
          "note": "（已读到：第一条至第三条（全文转载的开头部分）。公示期限只读到地方平台对该令的引述：“信用中国（北京）”信用修复问答（食品、药品、特种设备、安全生产、消防领域行政处罚信息最短公示期一年；公示期限起点以行政处罚作出时间为准）和深圳市一个信用修复页面（最短三个月、最长三年；同一决定涉及多种处罚类型的以期限最长的为准）。条款序号未核对。）"
        }
      }
    ],
    "severalPenaltyTypes": {
      "reference": "国家发展改革委令2023年第58号《失信行为纠正后的信用信息修复管理办法（试行）》",
      "status": "unverified",
      "sourceId": "order-58",
      "quote": "同一行政处罚决定涉及多种处罚类型的，其公示期限以期限最长的类型为准",
      "note": "（已读到：第一条至第三条（全文转载的开头部分）。公示期限只读到地方平台对该令的引述：“信用中国（北京）”信用修复问答（食品、药品、特种设备、安全生产、消防领域行政处罚信息最短公示期一年；公示期限起点以行政处罚作出时间为准）和深圳市一个信用修复页面（最短三个月、最长三年；同一决定涉及多种处罚类型的以期限最长的为准）。条款序号未核对。）"
    },
    "specificSerious": null,
    "lawOverride": {
      "reference": "国家发展改革委令2023年第58号《失信行为纠正后的信用信息修复管理办法（试行）》",
      "status": "unverified",
      "sourceId": "order-58",
      "note": "该令对法律、行政法规另有规定的情形的原文未读到；按各时期一致的“从其规定”处理。（已读到：第一条至第三条（全文转载的开头部分）。公示期限只读到地方平台对该令的引述：“信用中国（北京）”信用修复问答（食品、药品、特种设备、安全生产、消防领域行政处罚信息最短公示期一年；公示期限起点以行政处罚作出时间为准）和深圳市一个信用修复页面（最短三个月、最长三年；同一决定涉及多种处罚类型的以期限最长的为准）。条款序号未核对。）"
    },
    "atMaximum": {
      "rule": "ends",
      "source": {
        "reference": "国家发展改革委令2023年第58号《失信行为纠正后的信用信息修复管理办法（试行）》",
        "status": "unverified",
        "sourceId": "order-58",
        "quote": "最长公示期届满后，相关信息自动停止公示",
        "note": "（已读到：第一条至第三条（全文转载的开头部分）。公示期限只读到地方平台对该令的引述：“信用中国（北京）”信用修复问答（食品、药品、特种设备、安全生产、消防领域行政处罚信息最短公示期一年；公示期限起点以行政处罚作出时间为准）和深圳市一个信用修复页面（最短三个月、最长三年；同一决定涉及多种处罚类型的以期限最长的为准）。条款序号未核对。）"
      }
    },
    "version": "ndrc-order-58@8c9500df02"
  },
  {
    "id": "ndrc-order-36",
    "label": "国家发展改革委令第36号",
    "decidedFrom": "2026-04-01",
    "source": {
      "reference": "国家发展改革委令第36号《信用修复管理办法》",
      "status": "law",
      "sourceId": "order-36",
      "quote": "轻微失信信息可以不予公示或法定责任义务履行完毕即可申请修复，确有必要公示的，公示期最长为3个月；一般失信信息公示期最短为3个月，最长为1年；严重失信信息公示期最短为1年，最长为3年",
      "note": "引文是国办发〔2025〕22号第二部分的原文，第36号令把这三类公示期写入规章（国家发展改革委发布稿转述的期限相同，第36号令的条款序号未核对）。"
    },
    "note": null,
    "classes": {
      "轻微": {
        "display": "only_if_authority_sets",
        "maximumMonths": 3,
        "minimum": "duty_fulfilled"
      },
      "一般": {
        "display": "always",
        "maximumMonths": 12,
        "minimum": {
          "months": 3
        }
      },
      "严重": {
        "display": "always",
        "maximumMonths": 36,
        "minimum": {
          "months": 12
        }
      }
    },
    "sectorMinimums": [],
    "severalPenaltyTypes": null,
    "specificSerious": null,
    "lawOverride": {
      "reference": "国办发〔2025〕22号",
      "status": "unverified",
      "sourceId": "guobanfa-2025-22",
      "note": "22号文其余部分的转载中可辨认“法律、行政法规对失信信息公示期另有规定的”，原句未能完整读到。（已读到：通知和第一、二部分（全文转载）：失信信息分轻微、一般、严重三类及其公示期；各领域具体分类标准由行业主管部门制定。其余部分只见到文字顺序错乱的转载，其中可辨认“申请材料包括法定责任义务履行完毕的证明材料和信用承诺书”“严厉打击有偿删除”，办理天数无法辨认。）"
    },
    "atMaximum": {
      "rule": "sector_rules_if_duty_outstanding",
      "source": {
        "reference": "国家发展改革委令第36号《信用修复管理办法》",
        "status": "unverified",
        "sourceId": "order-36",
        "quote": "最长公示期届满后，相关信息自动停止公示。对达到最长公示期但未纠正失信行为或未完全履行相关义务的，按照行业主管部门有关规定执行",
        "note": "国家发展改革委发布稿的转述，条款序号未核对。（已读到：第一条至第四条（公布稿全文转载的开头部分）。公示期限、最长公示期届满自动停止公示及其例外、申请修复的四项条件，只读到国家发展改革委2025年11月26日发布时的新闻转述，条款序号未核对；办理天数和过渡条款没有读到。）"
      }
    },
    "version": "ndrc-order-36@8c9500df02"
  }
];

export const SHANDONG_DISPLAY: ShandongDisplayData = {
  "dataListExclusion": {
    "from": "2020-10-01",
    "source": {
      "reference": "《山东省社会信用条例》第十三条第二款",
      "status": "law",
      "sourceId": "sd-credit-regulation",
      "article": "第十三条第二款",
      "quote": "适用简易程序作出的行政处罚信息，或者违法行为轻微且主动消除、减轻违法行为危害后果的行政处罚信息，不纳入公共信用信息数据清单"
    }
  },
  "maximumFromConductEnd": {
    "from": "2020-10-01",
    "years": 5,
    "source": {
      "reference": "《山东省社会信用条例》第三十八条",
      "status": "law",
      "sourceId": "sd-credit-regulation",
      "article": "第三十八条",
      "quote": "信用主体失信信息披露期限最长不得超过五年，自失信行为终止之日起计算，法律、行政法规另有规定的除外"
    }
  },
  "naturalPersons": {
    "source": {
      "reference": "《山东省社会信用条例》第二十条第三款",
      "status": "law",
      "sourceId": "sd-credit-regulation",
      "article": "第二十条第三款",
      "quote": "自然人的公共信用信息可以通过授权查询、政务共享的方式披露，不得公开公示，国家另有规定的除外"
    }
  },
  "minors": {
    "source": {
      "reference": "《中华人民共和国民法典》第十七条",
      "status": "unverified",
      "sourceId": "civil-code",
      "article": "第十七条",
      "note": "未成年人的处罚信息不公开的具体条文未读到；成年以民法典第十七条（十八周岁）为界。本系统对未成年人的记录一律不公开。（已读到：没有读到原文；第十七条“十八周岁以上的自然人为成年人”是本项目沿用的既有引用。）"
    }
  }
};

export const DEADLINE_DATA: readonly DeadlineData[] = [
  {
    "kind": "objection_decision",
    "label": "异议审核处理（本单位可以处理的）",
    "versions": [
      {
        "from": "2020-10-01",
        "workingDays": 3,
        "source": {
          "reference": "《山东省社会信用条例》第三十九条第二款",
          "status": "law",
          "sourceId": "sd-credit-regulation",
          "article": "第三十九条第二款",
          "quote": "属于本单位处理范围的，应当自收到异议申请之日起三个工作日内进行审核并处理，并将处理结果通知异议申请人"
        },
        "text": "自收到异议之日起 {days} 个工作日内审核处理，并把结果告诉您"
      }
    ]
  },
  {
    "kind": "objection_decision_assisted",
    "label": "异议核查处理（需要其他单位协助核查的）",
    "versions": [
      {
        "from": "2020-10-01",
        "workingDays": 7,
        "source": {
          "reference": "《山东省社会信用条例》第三十九条第二款",
          "status": "law",
          "sourceId": "sd-credit-regulation",
          "article": "第三十九条第二款",
          "quote": "需要其他单位协助核查信息的，应当自收到异议申请之日起七个工作日内进行核查并处理，并将处理结果通知异议申请人"
        },
        "text": "需要其他单位协助核查的，自收到异议之日起 {days} 个工作日内处理完毕并告诉您结果"
      }
    ]
  },
  {
    "kind": "record_change_report",
    "label": "失信信息撤销或变更后报送信用平台",
    "versions": [
      {
        "from": "2020-10-01",
        "workingDays": 3,
        "source": {
          "reference": "《山东省社会信用条例》第四十条",
          "status": "law",
          "sourceId": "sd-credit-regulation",
          "article": "第四十条",
          "quote": "原公共信用信息提供单位……应当撤销或者变更其相关失信信息，并自撤销或者变更之日起三个工作日内向公共信用信息平台报送"
        },
        "text": "决定被撤销或变更后 {days} 个工作日内更新信用平台上的信息"
      }
    ]
  },
  {
    "kind": "repair_decision",
    "label": "信用修复办结（本系统目标）",
    "versions": [
      {
        "from": "2021-05-10",
        "workingDays": 10,
        "source": {
          "reference": "本系统办理规则",
          "status": "local_practice",
          "sourceId": "service-practice",
          "note": "《山东省社会信用条例》第四十一条只要求受理单位按照国家有关规定处理并及时告知结果，没有规定天数；第36号令和国办发〔2025〕22号的办理天数没有读到。10个工作日是本系统的办理目标，参照外省市公开的办事指南。起始日期是本系统采用这一目标的日期（鲁信用办〔2021〕3号印发日），不是法定日期。"
        },
        "text": "山东省没有规定信用修复的办理天数，本系统要求部门在 {days} 个工作日内办结（不是法定期限）"
      }
    ]
  },
  {
    "kind": "repair_result_sharing",
    "label": "修复结果共享给作出决定的部门（本系统目标）",
    "versions": [
      {
        "from": "2021-05-10",
        "workingDays": 3,
        "source": {
          "reference": "本系统办理规则",
          "status": "local_practice",
          "sourceId": "service-practice",
          "note": "山东省没有规定天数；参照外省市公开的办事指南。"
        },
        "text": "修复完成后 {days} 个工作日内把结果告诉作出决定的部门（本系统目标，不是法定期限）"
      }
    ]
  },
  {
    "kind": "double_publicity_upload",
    "label": "“双公示”信息上网公示",
    "versions": [
      {
        "from": null,
        "workingDays": 7,
        "source": {
          "reference": "2017年国家发展改革委办公厅行政处罚信息公示通知",
          "status": "law",
          "sourceId": "ndrc-2017",
          "quote": "行政许可和行政处罚等信用信息自作出行政决定之日起7个工作日内上网公开"
        },
        "text": "作出决定之日起 {days} 个工作日内上网公示"
      }
    ]
  }
];

export const HOLIDAY_SOURCE: LegalSource = {
  "reference": "国务院办公厅当年部分节假日安排的通知",
  "status": "law",
  "sourceId": "holiday-notices"
};

export const HOLIDAY_DATA: readonly HolidayNotice[] = [
  {
    "year": 2023,
    "title": "国务院办公厅关于2023年部分节假日安排的通知",
    "issued": "2022-12-08",
    "festivals": [
      {
        "name": "元旦",
        "off": [
          "2022-12-31",
          "2023-01-02"
        ],
        "makeUpWorkdays": []
      },
      {
        "name": "春节",
        "off": [
          "2023-01-21",
          "2023-01-27"
        ],
        "makeUpWorkdays": [
          "2023-01-28",
          "2023-01-29"
        ]
      },
      {
        "name": "清明节",
        "off": [
          "2023-04-05",
          "2023-04-05"
        ],
        "makeUpWorkdays": []
      },
      {
        "name": "劳动节",
        "off": [
          "2023-04-29",
          "2023-05-03"
        ],
        "makeUpWorkdays": [
          "2023-04-23",
          "2023-05-06"
        ]
      },
      {
        "name": "端午节",
        "off": [
          "2023-06-22",
          "2023-06-24"
        ],
        "makeUpWorkdays": [
          "2023-06-25"
        ]
      },
      {
        "name": "中秋节、国庆节",
        "off": [
          "2023-09-29",
          "2023-10-06"
        ],
        "makeUpWorkdays": [
          "2023-10-07",
          "2023-10-08"
        ]
      }
    ]
  },
  {
    "year": 2024,
    "title": "国务院办公厅关于2024年部分节假日安排的通知",
    "issued": "2023-10-25",
    "festivals": [
      {
        "name": "元旦",
        "off": [
          "2024-01-01",
          "2024-01-01"
        ],
        "makeUpWorkdays": []
      },
      {
        "name": "春节",
        "off": [
          "2024-02-10",
          "2024-02-17"
        ],
        "makeUpWorkdays": [
          "2024-02-04",
          "2024-02-18"
        ]
      },
      {
        "name": "清明节",
        "off": [
          "2024-04-04",
          "2024-04-06"
        ],
        "makeUpWorkdays": [
          "2024-04-07"
        ]
      },
      {
        "name": "劳动节",
        "off": [
          "2024-05-01",
          "2024-05-05"
        ],
        "makeUpWorkdays": [
          "2024-04-28",
          "2024-05-11"
        ]
      },
      {
        "name": "端午节",
        "off": [
          "2024-06-10",
          "2024-06-10"
        ],
        "makeUpWorkdays": []
      },
      {
        "name": "中秋节",
        "off": [
          "2024-09-15",
          "2024-09-17"
        ],
        "makeUpWorkdays": [
          "2024-09-14"
        ]
      },
      {
        "name": "国庆节",
        "off": [
          "2024-10-01",
          "2024-10-07"
        ],
        "makeUpWorkdays": [
          "2024-09-29",
          "2024-10-12"
        ]
      }
    ]
  },
  {
    "year": 2025,
    "title": "国务院办公厅关于2025年部分节假日安排的通知",
    "issued": "2024-11-12",
    "festivals": [
      {
        "name": "元旦",
        "off": [
          "2025-01-01",
          "2025-01-01"
        ],
        "makeUpWorkdays": []
      },
      {
        "name": "春节",
        "off": [
          "2025-01-28",
          "2025-02-04"
        ],
        "makeUpWorkdays": [
          "2025-01-26",
          "2025-02-08"
        ]
      },
      {
        "name": "清明节",
        "off": [
          "2025-04-04",
          "2025-04-06"
        ],
        "makeUpWorkdays": []
      },
      {
        "name": "劳动节",
        "off": [
          "2025-05-01",
          "2025-05-05"
        ],
        "makeUpWorkdays": [
          "2025-04-27"
        ]
      },
      {
        "name": "端午节",
        "off": [
          "2025-05-31",
          "2025-06-02"
        ],
        "makeUpWorkdays": []
      },
      {
        "name": "国庆节、中秋节",
        "off": [
          "2025-10-01",
          "2025-10-08"
        ],
        "makeUpWorkdays": [
          "2025-09-28",
          "2025-10-11"
        ]
      }
    ]
  },
  {
    "year": 2026,
    "title": "国务院办公厅关于2026年部分节假日安排的通知",
    "issued": "2025-11-04",
    "festivals": [
      {
        "name": "元旦",
        "off": [
          "2026-01-01",
          "2026-01-03"
        ],
        "makeUpWorkdays": [
          "2026-01-04"
        ]
      },
      {
        "name": "春节",
        "off": [
          "2026-02-15",
          "2026-02-23"
        ],
        "makeUpWorkdays": [
          "2026-02-14",
          "2026-02-28"
        ]
      },
      {
        "name": "清明节",
        "off": [
          "2026-04-04",
          "2026-04-06"
        ],
        "makeUpWorkdays": []
      },
      {
        "name": "劳动节",
        "off": [
          "2026-05-01",
          "2026-05-05"
        ],
        "makeUpWorkdays": [
          "2026-05-09"
        ]
      },
      {
        "name": "端午节",
        "off": [
          "2026-06-19",
          "2026-06-21"
        ],
        "makeUpWorkdays": []
      },
      {
        "name": "中秋节",
        "off": [
          "2026-09-25",
          "2026-09-27"
        ],
        "makeUpWorkdays": []
      },
      {
        "name": "国庆节",
        "off": [
          "2026-10-01",
          "2026-10-07"
        ],
        "makeUpWorkdays": [
          "2026-09-20",
          "2026-10-10"
        ]
      }
    ]
  }
];

export const REPAIR_RULES: RepairRulesData = {
  "conditions": [
    {
      "from": null,
      "source": {
        "reference": "发改办财金〔2019〕527号",
        "status": "unverified",
        "sourceId": "ndrc-527",
        "note": "转述：提供已履行行政处罚的材料，公开作出信用修复承诺，最短公示期满后撤下。（已读到：没有读到原文。看到的是对该文的转述：一般失信行为3个月至1年、严重失信行为6个月至3年、特定严重失信行为按最长公示期公示、“法律、法规、规章另有规定的从其规定”、2019年7月1日起执行（信用修复政策学习页面、新闻报道、阜阳市的通知报道）。）"
      },
      "items": [
        {
          "key": "minimum_period",
          "text": "达到最短公示期限"
        },
        {
          "key": "duty_fulfilled",
          "text": "已经履行行政处罚决定规定的义务"
        },
        {
          "key": "commitment",
          "text": "公开作出信用修复承诺"
        }
      ]
    },
    {
      "from": "2026-04-01",
      "source": {
        "reference": "国家发展改革委令第36号《信用修复管理办法》",
        "status": "unverified",
        "sourceId": "order-36",
        "note": "国家发展改革委发布稿的转述，条款序号未核对。（已读到：第一条至第四条（公布稿全文转载的开头部分）。公示期限、最长公示期届满自动停止公示及其例外、申请修复的四项条件，只读到国家发展改革委2025年11月26日发布时的新闻转述，条款序号未核对；办理天数和过渡条款没有读到。）"
      },
      "items": [
        {
          "key": "minimum_period",
          "text": "达到最短公示期限"
        },
        {
          "key": "duty_fulfilled",
          "text": "纠正失信行为，完全履行行政处罚、异常名录或严重失信主体名单等规定的义务"
        },
        {
          "key": "commitment",
          "text": "公开作出信用承诺：所交材料真实有效，愿意承担违反承诺的责任"
        },
        {
          "key": "other_legal",
          "text": "满足法律、行政法规、部门规章要求的其他条件"
        }
      ]
    }
  ],
  "materials": [
    {
      "from": null,
      "source": {
        "reference": "发改办财金〔2019〕527号",
        "status": "unverified",
        "sourceId": "ndrc-527",
        "note": "转述：身份材料、已履行行政处罚的材料和信用修复承诺。（已读到：没有读到原文。看到的是对该文的转述：一般失信行为3个月至1年、严重失信行为6个月至3年、特定严重失信行为按最长公示期公示、“法律、法规、规章另有规定的从其规定”、2019年7月1日起执行（信用修复政策学习页面、新闻报道、阜阳市的通知报道）。）"
      },
      "items": [
        {
          "key": "identity",
          "text": "身份证明材料"
        },
        {
          "key": "duty_proof",
          "text": "已经履行行政处罚的材料，如罚款缴纳凭证"
        },
        {
          "key": "commitment",
          "text": "信用修复承诺书"
        }
      ]
    },
    {
      "from": "2025-06-22",
      "source": {
        "reference": "国办发〔2025〕22号",
        "status": "unverified",
        "sourceId": "guobanfa-2025-22",
        "quote": "申请材料包括法定责任义务履行完毕的证明材料和信用承诺书",
        "note": "该句在文字顺序错乱的转载中可辨认，所在部分的序号未核对。（已读到：通知和第一、二部分（全文转载）：失信信息分轻微、一般、严重三类及其公示期；各领域具体分类标准由行业主管部门制定。其余部分只见到文字顺序错乱的转载，其中可辨认“申请材料包括法定责任义务履行完毕的证明材料和信用承诺书”“严厉打击有偿删除”，办理天数无法辨认。）"
      },
      "items": [
        {
          "key": "duty_proof",
          "text": "履行义务的证明：如罚款缴纳凭证、整改完成的证明（拍照或 PDF）"
        },
        {
          "key": "commitment",
          "text": "信用承诺书：在本应用中阅读并签署"
        }
      ]
    }
  ],
  "fee": [
    {
      "from": "2021-05-10",
      "amountYuan": 0,
      "source": {
        "reference": "鲁信用办〔2021〕3号第六部分",
        "status": "law",
        "sourceId": "lu-xinyongban-2021-3",
        "article": "第六部分",
        "quote": "不得以任何形式向申请信用修复的主体收取费用"
      },
      "text": "免费办理，不收任何费用，也不需要找中介",
      "short": "全程免费",
      "warning": "任何要求付费“删除记录”“加急修复”的，都不可信，请不要付钱"
    }
  ],
  "notRepairable": {
    "source": {
      "reference": "国家发展改革委令第36号《信用修复管理办法》第二条",
      "status": "law",
      "sourceId": "order-36",
      "article": "第二条",
      "quote": "除法律、法规或党中央、国务院政策文件明确规定不可修复的情形外，满足相关条件的信用主体均可按要求申请信用修复"
    }
  },
  "marketRegulation": {
    "from": "2021-09-01",
    "repeatedSameKind": {
      "source": {
        "reference": "国家市场监督管理总局令第45号《市场监督管理行政处罚信息公示规定》第十四条第一款第（三）项",
        "status": "law",
        "sourceId": "samr-45",
        "article": "第十四条第一款第（三）项",
        "quote": "未因同一类违法行为再次受到市场监督管理部门行政处罚"
      }
    },
    "seriousPenaltyTypes": {
      "penaltyTypes": [
        "production_suspension",
        "business_restriction",
        "practice_ban",
        "qualification_downgrade",
        "licence_revocation"
      ],
      "source": {
        "reference": "国家市场监督管理总局令第45号《市场监督管理行政处罚信息公示规定》第十四条第三款",
        "status": "law",
        "sourceId": "samr-45",
        "article": "第十四条第三款",
        "quote": "当事人受到责令停产停业、限制开展生产经营活动、限制从业、降低资质等级、吊销许可证件、吊销营业执照以及国家市场监督管理总局规定的其他较为严重行政处罚的，不得提前停止公示"
      }
    }
  },
  "repeatedOffence": {
    "enforced": false,
    "source": {
      "reference": "国家发展改革委令第36号《信用修复管理办法》",
      "status": "unverified",
      "sourceId": "order-36",
      "note": "只在文字错乱的转载中见到“屡禁不止、屡罚不改”一类字样和若干年内不予修复的意思，具体年限和条文没有读到。（已读到：第一条至第四条（公布稿全文转载的开头部分）。公示期限、最长公示期届满自动停止公示及其例外、申请修复的四项条件，只读到国家发展改革委2025年11月26日发布时的新闻转述，条款序号未核对；办理天数和过渡条款没有读到。）"
    }
  }
};

export const LIST_RULES: readonly ListRuleData[] = [
  {
    "id": "wage-arrears",
    "name": "拖欠农民工工资失信联合惩戒对象名单",
    "periodMonths": 36,
    "periodSource": {
      "reference": "人力资源社会保障部令第45号《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》",
      "status": "unverified",
      "sourceId": "mohrss-45",
      "quote": "列入失信联合惩戒名单期限为三年",
      "note": "人力资源社会保障部发布稿的原话，条款序号未核对。（已读到：第一条至第五条（转载）。名单期限和提前移出条件只读到人力资源社会保障部的发布稿（“列入失信联合惩戒名单期限为三年。列入期间偿还拖欠工资的，自改正之日起满6个月，且作出守信承诺，可申请提前移出”）和2021年征求意见稿的转述，条款序号未核对。）"
    },
    "earlyExit": {
      "waitMonths": 6,
      "waitFrom": "corrected",
      "needsCommitment": true,
      "noRepeat": true,
      "source": {
        "reference": "人力资源社会保障部令第45号《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》",
        "status": "unverified",
        "sourceId": "mohrss-45",
        "quote": "列入期间偿还拖欠工资的，自改正之日起满6个月，且作出守信承诺，可申请提前移出",
        "note": "人力资源社会保障部发布稿；“列入期间未再发生拖欠”见于征求意见稿，正式文本未核对。（已读到：第一条至第五条（转载）。名单期限和提前移出条件只读到人力资源社会保障部的发布稿（“列入失信联合惩戒名单期限为三年。列入期间偿还拖欠工资的，自改正之日起满6个月，且作出守信承诺，可申请提前移出”）和2021年征求意见稿的转述，条款序号未核对。）"
      }
    },
    "text": "列入期限为3年，从列入决定之日起算，期满移出。已经改正（付清拖欠的工资）、自改正之日起满6个月、期间没有再拖欠并作出书面信用承诺的，可以申请提前移出。",
    "version": "list:wage-arrears@8c9500df02"
  },
  {
    "id": "major-tax-violation",
    "name": "重大税收违法失信主体",
    "periodMonths": 36,
    "periodSource": {
      "reference": "国家税务总局令第54号《重大税收违法失信主体信息公布管理办法》",
      "status": "unverified",
      "sourceId": "sta-54",
      "note": "原文未读到；按演示数据原有的说法。（已读到：没有读到原文。）"
    },
    "earlyExit": {
      "waitMonths": 0,
      "waitFrom": "corrected",
      "needsCommitment": false,
      "noRepeat": false,
      "source": {
        "reference": "国家税务总局令第54号《重大税收违法失信主体信息公布管理办法》",
        "status": "unverified",
        "sourceId": "sta-54",
        "note": "原文未读到：按规定缴清税款、滞纳金和罚款的，可以申请提前停止公布。（已读到：没有读到原文。）"
      }
    },
    "text": "自公布之日起满3年停止公布并移出；按规定缴清税款、滞纳金和罚款的，可以申请提前停止公布（条款未核实）。",
    "version": "list:major-tax-violation@8c9500df02"
  },
  {
    "id": "samr-serious-violation",
    "name": "市场监督管理严重违法失信名单",
    "periodMonths": 36,
    "periodSource": {
      "reference": "国家市场监督管理总局令第44号《市场监督管理严重违法失信名单管理办法》",
      "status": "unverified",
      "sourceId": "samr-44",
      "note": "移出条款原文未读到；按演示数据原有的说法。（已读到：没有读到移出条款的原文（只见到第一、二条的英文转载）。）"
    },
    "earlyExit": {
      "waitMonths": 12,
      "waitFrom": "decision",
      "needsCommitment": false,
      "noRepeat": true,
      "source": {
        "reference": "国家市场监督管理总局令第44号《市场监督管理严重违法失信名单管理办法》",
        "status": "unverified",
        "sourceId": "samr-44",
        "note": "原文未读到：列入满1年、已履行行政处罚义务、未再受到较重行政处罚的，可以申请提前移出。（已读到：没有读到移出条款的原文（只见到第一、二条的英文转载）。）"
      }
    },
    "text": "列入满3年移出；列入满1年、已经履行行政处罚义务、期间没有再受到较重行政处罚的，可以申请提前移出（条款未核实）。",
    "version": "list:samr-serious-violation@8c9500df02"
  },
  {
    "id": "work-safety-serious",
    "name": "安全生产严重失信主体名单",
    "periodMonths": 36,
    "periodSource": {
      "reference": "应急管理部令第11号《安全生产严重失信主体名单管理办法》",
      "status": "unverified",
      "sourceId": "mem-11",
      "note": "原文未读到；按演示数据原有的说法。（已读到：没有读到原文。）"
    },
    "earlyExit": {
      "waitMonths": 12,
      "waitFrom": "decision",
      "needsCommitment": false,
      "noRepeat": false,
      "source": {
        "reference": "应急管理部令第11号《安全生产严重失信主体名单管理办法》",
        "status": "unverified",
        "sourceId": "mem-11",
        "note": "原文未读到：列入满1年、已履行行政处罚义务并完成整改的，可以申请提前移出。（已读到：没有读到原文。）"
      }
    },
    "text": "列入满3年移出；列入满1年、已经履行行政处罚义务并完成整改的，可以申请提前移出（条款未核实）。",
    "version": "list:work-safety-serious@8c9500df02"
  }
];

export const WORKFLOWS: WorkflowsData = {
  "objection": {
    "source": {
      "reference": "《山东省社会信用条例》第三十九条",
      "status": "law",
      "sourceId": "sd-credit-regulation",
      "article": "第三十九条",
      "quote": "信用主体认为其社会信用信息的内容存在错误、遗漏，或者信息采集、归集、披露、使用过程中存在侵犯其合法权益等情形的，可以……提出异议申请"
    },
    "states": {
      "submitted": {
        "label": "已提交，待受理",
        "open": true
      },
      "accepted": {
        "label": "已受理，核实中",
        "open": true
      },
      "corrected": {
        "label": "已更正",
        "open": false
      },
      "deleted": {
        "label": "已删除",
        "open": false
      },
      "upheld": {
        "label": "经核实无误，维持原记录",
        "open": false
      },
      "rejected": {
        "label": "不予受理",
        "open": false
      },
      "withdrawn": {
        "label": "已撤回",
        "open": false
      }
    },
    "transitions": [
      {
        "from": "submitted",
        "to": "accepted",
        "actor": "staff",
        "needsReason": false,
        "effect": "none"
      },
      {
        "from": "submitted",
        "to": "rejected",
        "actor": "staff",
        "needsReason": true,
        "effect": "none"
      },
      {
        "from": "accepted",
        "to": "corrected",
        "actor": "staff",
        "needsReason": true,
        "effect": "correct"
      },
      {
        "from": "accepted",
        "to": "deleted",
        "actor": "staff",
        "needsReason": true,
        "effect": "revoke"
      },
      {
        "from": "accepted",
        "to": "upheld",
        "actor": "staff",
        "needsReason": true,
        "effect": "none"
      },
      {
        "from": "submitted",
        "to": "withdrawn",
        "actor": "subject",
        "needsReason": false,
        "effect": "none"
      },
      {
        "from": "accepted",
        "to": "withdrawn",
        "actor": "subject",
        "needsReason": false,
        "effect": "none"
      }
    ],
    "closedMessage": "这个异议已经处理完毕，不能再改变结论。如有新的理由，当事人可以重新提出异议。",
    "oneOpenPerRecord": {
      "source": {
        "reference": "本系统办理规则",
        "status": "local_practice",
        "sourceId": "service-practice"
      },
      "message": "这条记录已有正在处理的异议，请等待结果。"
    },
    "acceptanceRequired": {
      "source": {
        "reference": "本系统办理规则",
        "status": "local_practice",
        "sourceId": "service-practice",
        "note": "条例第三十九条未单独规定受理步骤；先受理后处理是本系统的办理规则。"
      },
      "message": "请先受理这个异议，核实后再作出更正、删除或维持的结论。"
    },
    "repeatSameGrounds": {
      "source": {
        "reference": "本系统办理规则",
        "status": "local_practice",
        "sourceId": "service-practice",
        "note": "没有法条规定重复异议的处理；这是本系统的办理规则。"
      },
      "message": "这个理由已经核实过并有了结论。如果有新的事实或证据，请写明新的理由并上传材料；对结论不服的，可以依法申请行政复议或者提起行政诉讼。"
    },
    "fee": {
      "source": {
        "reference": "本系统办理规则",
        "status": "local_practice",
        "sourceId": "service-practice",
        "note": "《山东省社会信用条例》第三十九条未规定异议费用；不收费是本系统的办理规则。"
      },
      "text": "提出异议不收费"
    }
  },
  "repair": {
    "source": {
      "reference": "《山东省社会信用条例》第四十一条第二款",
      "status": "law",
      "sourceId": "sd-credit-regulation",
      "article": "第四十一条第二款",
      "quote": "信用主体主动纠正其失信行为，消除不良影响的，可以……提出信用修复申请。受理单位应当按照国家有关规定进行处理，并将处理结果及时告知申请人"
    },
    "states": {
      "submitted": {
        "label": "审核中",
        "open": true
      },
      "approved": {
        "label": "已修复",
        "open": false
      },
      "rejected": {
        "label": "未通过",
        "open": false
      },
      "withdrawn": {
        "label": "已撤回",
        "open": false
      }
    },
    "transitions": [
      {
        "from": "submitted",
        "to": "approved",
        "actor": "staff",
        "needsReason": true,
        "effect": "repair"
      },
      {
        "from": "submitted",
        "to": "rejected",
        "actor": "staff",
        "needsReason": true,
        "effect": "none"
      },
      {
        "from": "submitted",
        "to": "withdrawn",
        "actor": "subject",
        "needsReason": false,
        "effect": "none"
      }
    ],
    "closedMessage": "这个申请已经审核完毕。未通过的，可以按原因补齐材料后重新申请。",
    "oneOpenPerRecord": {
      "source": {
        "reference": "本系统办理规则",
        "status": "local_practice",
        "sourceId": "service-practice"
      },
      "message": "这条记录已有正在审核的修复申请，请凭查询码查看进度。"
    },
    "effectSource": {
      "reference": "国家发展改革委令第36号《信用修复管理办法》第三条",
      "status": "law",
      "sourceId": "order-36",
      "article": "第三条",
      "quote": "有关方面按照规定终止公示、停止共享和使用失信信息，同步依法依规解除失信惩戒措施"
    }
  }
};

export const CRITERION_SOURCE_DATA: Readonly<Record<CriterionKind, LegalSource>> = {
  "no_serious_dishonesty": {
    "reference": "《山东省社会信用条例》第二十六条、第三十条",
    "status": "law",
    "sourceId": "sd-credit-regulation",
    "article": "第二十六条、第三十条",
    "note": "第二十六条：对信用状况良好的信用主体可以采取激励措施；第三十条：对列入严重失信主体名单的依法采取惩戒措施。"
  },
  "no_penalty_in_display": {
    "reference": "《山东省社会信用条例》第二十六条",
    "status": "law",
    "sourceId": "sd-credit-regulation",
    "article": "第二十六条",
    "note": "只计算仍在公示期内、没有修复的行政处罚；公示期满或已修复的不再作为依据（第三十八条第二款；第36号令第三条）。"
  },
  "tax_credit_grade": {
    "reference": "国家税务总局公告2014年第40号《纳税信用管理办法（试行）》",
    "status": "unverified",
    "sourceId": "tax-credit-2014-40",
    "note": "纳税信用等级由税务机关评定，原文未读到。（已读到：没有读到原文。）"
  },
  "credit_commitment_signed": {
    "reference": "《山东省社会信用条例》第三十二条",
    "status": "law",
    "sourceId": "sd-credit-regulation",
    "article": "第三十二条",
    "quote": "鼓励市场主体主动向社会作出公开信用承诺，信用承诺纳入市场主体信用记录，接受社会监督"
  },
  "years_in_operation": {
    "reference": "本系统办理规则",
    "status": "local_practice",
    "sourceId": "service-practice",
    "note": "提供优惠的单位自定的申请条件，以信易+目录中该项的说明为准。"
  },
  "region": {
    "reference": "本系统办理规则",
    "status": "local_practice",
    "sourceId": "service-practice",
    "note": "提供优惠的单位自定的适用地区，以信易+目录中该项的说明为准。"
  },
  "subject_type": {
    "reference": "本系统办理规则",
    "status": "local_practice",
    "sourceId": "service-practice",
    "note": "提供优惠的单位自定的适用对象，以信易+目录中该项的说明为准。"
  }
};

export const BENEFIT_LIMIT_SOURCE: LegalSource = {
  "reference": "鲁信用办〔2021〕3号第八部分",
  "status": "law",
  "sourceId": "lu-xinyongban-2021-3",
  "article": "第八部分",
  "quote": "各城市推出的个人信用分不能用于失信联合惩戒，不能限制个人享受基本公共服务"
};

export const MONITORING_THRESHOLDS: readonly MonitoringThresholdData[] = [
  {
    "from": "2021-05-10",
    "onTimePercent": 90,
    "standardPercent": 95,
    "pastDisplayEndAllowed": 0,
    "minimumRows": 5,
    "source": {
      "reference": "本系统办理规则",
      "status": "local_practice",
      "sourceId": "service-practice",
      "note": "鲁信用办〔2021〕3号第三部分只写明按国家发展改革委月度监测、季度评估制度执行，没有给出合格线；国家的监测评估细则原文没有读到。 90%、95% 和 5 条是信用办在本系统里自定的提醒标准，可以随时调整，不是法定标准。起始日期是鲁信用办〔2021〕3号印发日。"
    }
  }
];
