/**
 * Links the first appearance of each glossary term on a Markdown page to its entry on /glossary/, so jargon
 * (归集, 披露, 容缺受理 …) is one tap from its plain explanation wherever a page first uses it. Terms come
 * from content/glossary.yaml (see glossary-terms.mjs). Nothing is linked inside headings, links or code, and
 * the longest term wins where terms overlap (公示期 before 公示).
 */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'th']);
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @param {{ terms?: { id: string; words: string[] }[]; href?: string }} options */
export default function rehypeGlossary(options = {}) {
  const terms = options.terms ?? [];
  const href = options.href ?? '/glossary/';
  return (tree) => {
    const linked = new Set();
    const idOf = new Map();
    for (const t of terms) for (const w of t.words) idOf.set(w, t.id);
    const pattern = () => {
      const words = [...idOf.keys()].filter((w) => !linked.has(idOf.get(w))).sort((a, b) => b.length - a.length);
      return words.length ? new RegExp(words.map(escapeRegExp).join('|'), 'u') : null;
    };
    const split = (text) => {
      const out = [];
      let rest = text;
      for (let re = pattern(); re && rest; re = pattern()) {
        const m = re.exec(rest);
        if (!m) break;
        const id = idOf.get(m[0]);
        linked.add(id);
        if (m.index > 0) out.push({ type: 'text', value: rest.slice(0, m.index) });
        out.push({
          type: 'element',
          tagName: 'a',
          properties: { href: `${href}#${id}`, className: ['term'] },
          children: [{ type: 'text', value: m[0] }],
        });
        rest = rest.slice(m.index + m[0].length);
      }
      if (rest) out.push({ type: 'text', value: rest });
      return out;
    };
    const walk = (node) => {
      if (!node.children || (node.type === 'element' && SKIP.has(node.tagName))) return;
      node.children = node.children.flatMap((child) => {
        if (child.type === 'text') return split(child.value);
        walk(child);
        return [child];
      });
    };
    walk(tree);
  };
}
