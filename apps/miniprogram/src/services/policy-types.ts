/** A run of text: bold, or a link to another explainer, guide or the original (with an optional #section), or to an app page. */
export interface Span {
  t: string;
  b?: boolean;
  to?: string;
  go?: string;
}

export type Block =
  | { k: 'h'; l: number; s: Span[]; id?: string }
  | { k: 'p'; s: Span[] }
  | { k: 'q'; s: Span[] }
  | { k: 'ul' | 'ol'; i: Span[][] }
  | { k: 't'; h: Span[][]; r: Span[][][] };

export interface PolicyEntry {
  id: string;
  title: string;
  sectionTitle: string;
  summary: string;
  updated: string;
}

export interface PolicyArticle extends PolicyEntry {
  blocks: Block[];
}

/** Who runs the service and how to reach them about personal data (content/operator.yaml). */
export interface Operator {
  example: boolean;
  operator: string;
  role: string;
  address: string;
  phone: string;
  email: string;
  hours: string;
  answerWithinWorkingDays: number;
  updated: string;
  /** Each piece of personal information, why, and when it is collected. */
  collected: { what: string; why: string; when: string }[];
  notCollected: string[];
  retention: { what: string; howLong: string }[];
}
