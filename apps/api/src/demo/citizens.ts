import { computeResidentIdCheck } from '@xinyong/domain';

/**
 * Fixed demo citizens (示例). The names are invented and the ID numbers are generated: valid check
 * digits and real Shandong region codes, but nobody's number. They exist so tests and the self-service
 * flows have known people to log in as; every row they produce is stored with example = true.
 */
export interface DemoCitizen {
  key: 'zhang' | 'li' | 'wang' | 'zhao';
  name: string;
  idNumber: string;
  birthDate: string;
  note: string;
}

const id = (region: string, birth: string, seq: string) => {
  const first17 = `${region}${birth.replaceAll('-', '')}${seq}`;
  return first17 + computeResidentIdCheck(first17);
};

export const DEMO_CITIZENS = {
  /** Has a general-class penalty as a natural person (never public); legal rep of 示例华夏贸易有限公司. */
  zhang: {
    key: 'zhang',
    name: '张三丰',
    birthDate: '1985-06-12',
    idNumber: id('370102', '1985-06-12', '031'),
    note: '自然人处罚（一般，不公开）；示例华夏贸易有限公司的法定代表人',
  },
  /** No personal records; legal rep of the individual business 示例泉城小吃店. */
  li: {
    key: 'li',
    name: '李四海',
    birthDate: '1972-11-03',
    idNumber: id('370103', '1972-11-03', '057'),
    note: '无个人记录；示例泉城小吃店（个体工商户）的经营者',
  },
  /** A minor at the date of the decision: the penalty is marked subject_minor and never published. */
  wang: {
    key: 'wang',
    name: '王小五',
    birthDate: '2011-03-15',
    idNumber: id('370303', '2011-03-15', '013'),
    note: '作出处罚决定时未满18周岁，处罚信息不公开',
  },
  /** A repaired personal penalty, a personal licence and a personal commitment; legal rep of 示例齐鲁诚信科技有限公司. */
  zhao: {
    key: 'zhao',
    name: '赵六妹',
    birthDate: '1990-02-28',
    idNumber: id('370602', '1990-02-28', '128'),
    note: '已修复的个人处罚、个人许可和信用承诺；示例齐鲁诚信科技有限公司的法定代表人',
  },
} as const satisfies Record<string, DemoCitizen>;

export const DEMO_CITIZEN_LIST: readonly DemoCitizen[] = Object.values(DEMO_CITIZENS);
