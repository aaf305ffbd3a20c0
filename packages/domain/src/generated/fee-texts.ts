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
  }
};
