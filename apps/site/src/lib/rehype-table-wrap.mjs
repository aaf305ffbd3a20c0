const isElement = (node, tag) => node?.type === 'element' && node.tagName === tag;
const cells = (row) => row.children.filter((c) => isElement(c, 'th') || isElement(c, 'td'));
const isEmpty = (node) => !node.children?.some((c) => (c.type === 'text' ? c.value.trim() !== '' : true));

/**
 * A Markdown table whose top-left header cell is empty is a two-way table: the corner becomes a
 * plain cell and the first cell of each body row becomes its row header.
 */
function fixCorner(table) {
  const thead = table.children.find((c) => isElement(c, 'thead'));
  const tbody = table.children.find((c) => isElement(c, 'tbody'));
  const headRow = thead?.children.find((c) => isElement(c, 'tr'));
  const corner = headRow && cells(headRow)[0];
  if (!corner || !tbody || !isElement(corner, 'th') || !isEmpty(corner)) return;
  corner.tagName = 'td';
  for (const row of tbody.children.filter((c) => isElement(c, 'tr'))) {
    const first = cells(row)[0];
    if (first) {
      first.tagName = 'th';
      first.properties = { ...first.properties, scope: 'row' };
    }
  }
}

/**
 * Wraps each Markdown table in a focusable, labelled region that scrolls sideways, so a wide
 * table on a phone or at 400% zoom scrolls by itself instead of widening the whole page.
 */
export default function rehypeTableWrap() {
  return (tree) => {
    const walk = (node) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (isElement(child, 'table')) {
          fixCorner(child);
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
