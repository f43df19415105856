// Text of an HTML fragment with its paragraph breaks kept: block elements become blank lines.

/** Minimal view of a DOM node, as linkedom provides it. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'DL', 'DT', 'DD', 'HR',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'FORM', 'NAV']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Walks the tree without recursion, so deeply nested markup cannot exhaust the stack. */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  const stack: (DomNode | 'break')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'break') { parts.push('\n\n'); continue; }
    if (node.nodeType === TEXT_NODE) { parts.push(node.textContent ?? ''); continue; }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') { parts.push('\n'); continue; }
    const block = BLOCKS.has(name);
    if (block) stack.push('break');
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (block) parts.push('\n\n');
  }
  return parts.join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
