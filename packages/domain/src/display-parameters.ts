import type { InformationClass } from './benefit-criteria';
import type { DatedRule, LegalSource } from './rules';

/** How long a class of negative credit information is displayed, and when repair may be asked for. */
export interface ClassPeriods {
  /**
   * 'always': displayed from the decision date up to the maximum.
   * 'only_if_authority_sets': in principle not displayed; displayed only when the deciding authority sets a
   * display end (CF_GSJZQ), and never beyond the maximum.
   * 'never': not displayed.
   */
  display: 'always' | 'only_if_authority_sets' | 'never';
  /** Maximum display, in months from the decision date; display ends by itself then, with no application. */
  maximumMonths: number;
  /**
   * Minimum display before repair: months from the decision date; 'duty_fulfilled' when repair is
   * possible as soon as the legal duty is fulfilled; null when the text sets none we know of.
   */
  minimum: { months: number } | 'duty_fulfilled' | null;
}

export interface DisplayRegime {
  id: 'ndrc-2017' | 'ndrc-2019-527' | 'ndrc-order-58' | 'ndrc-order-36';
  /** Short Chinese name for screens. */
  label: string;
  classes: Readonly<Record<InformationClass, ClassPeriods>>;
}

const order36: LegalSource = {
  reference: '国家发展改革委令第36号《信用修复管理办法》（2026年4月1日起施行）',
  status: 'law',
  note: '2025-11-19 通过，废止2023年第58号令；依据国办发〔2025〕22号。期限自处罚决定书作出之日起算。',
};
const order58: LegalSource = {
  reference: '国家发展改革委令2023年第58号《失信行为纠正后的信用信息修复管理办法（试行）》',
  status: 'unverified',
  note: 'DOMAIN.md 只记载第36号令废止第58号令，未记载其期限；施行日期和期限凭原文记忆录入，待核对。',
};
const notice527: LegalSource = {
  reference: '发改办财金〔2019〕527号（2019年7月1日起）',
  status: 'law',
  note: '一般：最短3个月、最长1年；严重：最短6个月、最长3年。该文未区分“轻微”，此处按“一般”处理（待核对）。',
};
const notice2017: LegalSource = {
  reference: '2017年国家发展改革委办公厅关于行政处罚信息公示的通知',
  status: 'unverified',
  note: 'DOMAIN.md：公示1年，严重3年；未记载最短公示期和生效日期，适用于2019年7月1日前作出的决定。',
};

/**
 * Display periods by regime, chosen by the record's decision date (the newer text governs records decided
 * from its effective date; older records keep the rule they were decided under).
 */
export const DISPLAY_PERIOD_RULE: DatedRule<DisplayRegime> = {
  id: 'display_periods',
  label: '失信信息公示期限',
  versions: [
    {
      from: null,
      source: notice2017,
      value: {
        id: 'ndrc-2017',
        label: '2017年国家发展改革委通知',
        classes: {
          轻微: { display: 'always', maximumMonths: 12, minimum: null },
          一般: { display: 'always', maximumMonths: 12, minimum: null },
          严重: { display: 'always', maximumMonths: 36, minimum: null },
        },
      },
    },
    {
      from: '2019-07-01',
      source: notice527,
      value: {
        id: 'ndrc-2019-527',
        label: '发改办财金〔2019〕527号',
        classes: {
          轻微: { display: 'always', maximumMonths: 12, minimum: { months: 3 } },
          一般: { display: 'always', maximumMonths: 12, minimum: { months: 3 } },
          严重: { display: 'always', maximumMonths: 36, minimum: { months: 6 } },
        },
      },
    },
    {
      from: '2023-05-01',
      source: order58,
      value: {
        id: 'ndrc-order-58',
        label: '国家发展改革委令2023年第58号',
        classes: {
          轻微: { display: 'never', maximumMonths: 0, minimum: 'duty_fulfilled' },
          一般: { display: 'always', maximumMonths: 12, minimum: { months: 3 } },
          严重: { display: 'always', maximumMonths: 36, minimum: { months: 12 } },
        },
      },
    },
    {
      from: '2026-04-01',
      source: order36,
      value: {
        id: 'ndrc-order-36',
        label: '国家发展改革委令第36号',
        classes: {
          轻微: { display: 'only_if_authority_sets', maximumMonths: 3, minimum: 'duty_fulfilled' },
          一般: { display: 'always', maximumMonths: 12, minimum: { months: 3 } },
          严重: { display: 'always', maximumMonths: 36, minimum: { months: 12 } },
        },
      },
    },
  ],
};

/** Rules that keep a record off public display whatever its class. */
export const NON_DISPLAY_RULES = {
  natural_person: {
    label: '自然人的信用信息原则上不公开',
    source: {
      reference: '鲁信用办〔2021〕3号 第八部分（个人信用信息原则上不公开）',
      status: 'law',
    } satisfies LegalSource,
  },
  minor: {
    label: '未成年人的处罚信息不公开',
    source: {
      reference: '行政处罚信息公示规定（未成年人处罚信息不予公开）',
      status: 'unverified',
      note: 'DOMAIN.md 记载为处罚公示规则，未列出原文名称和条款。',
    } satisfies LegalSource,
  },
} as const;
