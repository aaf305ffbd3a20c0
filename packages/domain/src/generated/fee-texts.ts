// biome-ignore-all format: generated from content/rules/*.yaml by packages/domain/scripts/rules/cli.ts
// Generated file: edit content/rules/*.yaml and run `pnpm --filter @xinyong/domain rules`, never this file.
import type { FeeTextData } from '../rule-data';

export const FEE_TEXTS: FeeTextData = {
  "repair": [
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
  "objection": {
    "source": {
      "reference": "本系统办理规则",
      "status": "local_practice",
      "sourceId": "service-practice",
      "note": "《山东省社会信用条例》第三十九条未规定异议费用；不收费是本系统的办理规则。"
    },
    "text": "提出异议不收费"
  },
  "report": {
    "source": {
      "reference": "发改财金〔2025〕565号",
      "status": "unverified",
      "sourceId": "ndrc-2025-565",
      "note": "转述该通知要求专项信用报告免费下载，条款未核对；本系统生成和下载报告都不收费。（已读到：没有读到原文。读到的是对该通知的转述：专项信用报告至少涵盖行政处罚（含简易程序）、行政强制、严重失信主体名单和刑事裁判，免费下载；以及江苏省落实该通知的苏政办规〔2025〕5号的转述（免费下载、不再重复开具证明）。）"
    },
    "text": "免费提供",
    "short": "免费"
  }
};
