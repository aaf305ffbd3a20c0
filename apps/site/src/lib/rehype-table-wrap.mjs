/**
 * Wraps each Markdown table in a focusable, labelled region that scrolls sideways, so a wide
 * table on a phone or at 400% zoom scrolls by itself instead of widening the whole page.
 */
export default function rehypeTableWrap() {
  return (tree) => {
    const walk = (node) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (child.type === 'element' && child.tagName === 'table') {
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ariaLabel: '表格，可左右滚动' },
            children: [child],
          };
        }
        walk(child);
        return child;
      });
    };
    walk(tree);
  };
}
