/**
 * The live page as one whitespace-collapsed string, with a way back from string offsets to DOM
 * positions. Built once per paint and shared by every target.
 *
 * Memory stays proportional to the number of text nodes, not characters: each node records where
 * its output starts and whether the collapsing state before it was "just saw a space"; mapping an
 * offset back replays the collapsing inside that one node.
 */

import { renderedChildren } from '../dom/rendered';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'IFRAME', 'OBJECT', 'svg', 'SVG']);
// Elements the article's block builder separates with a blank line; the page may have no
// whitespace at all between them ("…end.</p><p>Next…"), so a space is implied here too.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const WS = /\s/;
const WS_RUN = /\s+/g;

export interface PageText {
  /** Visible text of the page, whitespace runs collapsed to one space. */
  text: string;
  nodes: Text[];
  /** Offset in `text` of each node's first contributed character. */
  starts: number[];
  /** Offset in `text` just after each node's last contributed character. */
  ends: number[];
  /** Whether a node's leading whitespace was dropped because a space came before it. */
  afterSpace: boolean[];
}

export function buildPageText(root: Node): PageText {
  const parts: string[] = [];
  const page: PageText = { text: '', nodes: [], starts: [], ends: [], afterSpace: [] };
  let length = 0;
  // Treating the start as "after a space" keeps the text from starting with one.
  let prevSpace = true;

  const boundary = () => {
    if (prevSpace) return;
    parts.push(' ');
    length++;
    prevSpace = true;
  };

  const addText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    let piece = data.replace(WS_RUN, ' ');
    const dropped = prevSpace && piece.charCodeAt(0) === 32;
    if (dropped) piece = piece.slice(1);
    if (!piece) return;
    page.nodes.push(node);
    page.starts.push(length);
    page.afterSpace.push(prevSpace);
    parts.push(piece);
    length += piece.length;
    page.ends.push(length);
    prevSpace = piece.charCodeAt(piece.length - 1) === 32;
  };

  const walk = (node: Node) => {
    const kids = renderedChildren(node);
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i];
      if (child.nodeType === 3) {
        addText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as HTMLElement;
      if (SKIP.has(el.tagName) || el.hidden) continue;
      const block = BLOCK.has(el.tagName);
      if (block) boundary();
      walk(el);
      if (block) boundary();
    }
  };

  walk(root);
  page.text = parts.join('');
  return page;
}

/** Index of the last node whose output starts at or before `i`, or -1. */
function nodeAt(page: PageText, i: number): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (page.starts[mid] <= i) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Offset inside node k's data of the character that became `text[i]`. */
function rawOffset(page: PageText, k: number, i: number): number {
  const data = page.nodes[k].data;
  let n = page.starts[k];
  let prev = page.afterSpace[k];
  for (let r = 0; r < data.length; r++) {
    const ws = WS.test(data[r]);
    if (ws && prev) continue;
    if (n === i) return r;
    n++;
    prev = ws;
  }
  return data.length;
}

/** DOM position just before `text[i]`; a space implied by a block boundary maps to the next node. */
function pointBefore(page: PageText, i: number): [Text, number] | null {
  const k = nodeAt(page, i);
  if (k >= 0 && i < page.ends[k]) return [page.nodes[k], rawOffset(page, k, i)];
  const next = k + 1;
  return next < page.nodes.length ? [page.nodes[next], rawOffset(page, next, page.starts[next])] : null;
}

/** DOM position just after `text[i - 1]`. */
function pointAfter(page: PageText, i: number): [Text, number] | null {
  const k = nodeAt(page, i - 1);
  if (k < 0) return null;
  if (i - 1 < page.ends[k]) return [page.nodes[k], rawOffset(page, k, i - 1) + 1];
  return [page.nodes[k], page.nodes[k].data.length];
}

/**
 * A DOM Range over `text[start, end)`, or null when it cannot be expressed as one (empty, or its
 * ends in different shadow trees, which a Range cannot join).
 */
export function rangeOf(page: PageText, start: number, end: number): Range | null {
  if (end <= start || start < 0 || end > page.text.length) return null;
  const a = pointBefore(page, start);
  const b = pointAfter(page, end);
  if (!a || !b) return null;
  if (a[0] !== b[0] && a[0].getRootNode() !== b[0].getRootNode()) return null;
  const range = a[0].ownerDocument.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range.collapsed ? null : range;
}
