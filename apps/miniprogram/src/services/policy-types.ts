/** A run of text: bold, or a link to another explainer or to the original (with an optional #section). */
export interface Span {
  t: string;
  b?: boolean;
  to?: string;
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
