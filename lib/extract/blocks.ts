import type { Block, BlockKind } from '../report/types';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'BUTTON', 'svg', 'SVG']);
const BLOCK_KIND: Record<string, BlockKind> = {
  P: 'paragraph', DIV: 'paragraph', SECTION: 'paragraph', ARTICLE: 'paragraph', TD: 'paragraph',
  TH: 'paragraph', DD: 'paragraph', DT: 'paragraph', FIGURE: 'paragraph', TABLE: 'paragraph',
  UL: 'paragraph', OL: 'paragraph', HR: 'paragraph',
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'list-item', BLOCKQUOTE: 'blockquote', PRE: 'preformatted',
};

export interface BlockText {
  text: string;
  blocks: Block[];
}

/**
 * Flattens an element into text blocks joined by a blank line: one block per paragraph-like
 * element, whitespace collapsed inside a block. Captions are left out because the guidelines do
 * not annotate them; a blockquote's paragraphs keep the blockquote kind so quotes can be told.
 */
export function blocksOf(root: Node): BlockText {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let length = 0;
  let buffer = '';
  let kind: BlockKind = 'paragraph';

  const flush = () => {
    const t = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (!t) return;
    if (parts.length) length += 2;
    blocks.push({ start: length, end: length + t.length, kind });
    parts.push(t);
    length += t.length;
  };

  const walk = (node: Node, inherited: BlockKind) => {
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || SKIP.has(el.tagName)) return;
    if (tag === 'BR') {
      buffer += '\n';
      if (el.nextSibling?.nodeName === 'BR') flush();
      return;
    }
    const blockKind = BLOCK_KIND[tag];
    if (!blockKind) {
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c, inherited);
      return;
    }
    const own: BlockKind = inherited === 'blockquote' ? 'blockquote' : blockKind === 'paragraph' ? inherited : blockKind;
    flush();
    const outer = kind;
    kind = own;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, own);
    flush();
    kind = outer;
  };

  walk(root, 'paragraph');
  flush();
  return { text: parts.join('\n\n'), blocks };
}
