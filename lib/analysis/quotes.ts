import type { Block, Span } from '../report/types';

/**
 * A passage in quotation marks. `start`/`end` exclude the marks; `open` is the first character of
 * the opening mark and `close` the last character of the closing one (marks may be two
 * characters: some papers write '' for a double quote).
 */
export interface Quote extends Span {
  open: number;
  /** Offset of the closing mark, or the end of the last block when the quote never closes. */
  close: number;
  /** Quote inside another quote (single marks inside double ones). */
  nested: boolean;
  /** The quote ran over one or more paragraph breaks. */
  multiBlock: boolean;
}

const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

type Mark = 'open' | 'close' | null;

/** Reads a double mark in context: curly ones say what they are; a straight one is judged by its neighbours. */
function doubleMark(text: string, i: number, inside: boolean, width = 1): Mark {
  const c = width === 2 ? '"' : text[i];
  if (DOUBLE_OPEN.has(c)) return 'open';
  if (DOUBLE_CLOSE.has(c)) {
    // Some sites close with an opening-looking mark; a "closing" mark at a paragraph start opens.
    if (!inside && !isSpace(text[i + 1]) && (i === 0 || isSpace(text[i - 1]))) return 'open';
    return 'close';
  }
  if (c !== '"') return null;
  const before = text[i - 1];
  const after = text[i + width];
  if (inside) return isSpace(before) && !isSpace(after) && !/[.,;:!?]/.test(after ?? '') ? 'open' : 'close';
  return isSpace(after) && !isSpace(before) ? 'close' : 'open';
}

/** A single mark that opens a quote: at a word start, not an elision ("'90s", "'em"). */
function singleOpens(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '\u2018' && c !== "'") return false;
  const before = text[i - 1];
  return (before === undefined || /[\s(\[\u201c"\u2014-]/.test(before)) && isWordChar(text[i + 1]) && !/^\d\d?s\b/.test(text.slice(i + 1, i + 5));
}

/** A single mark that closes: after a word or punctuation, not followed by a letter (so not "don't"). */
function singleCloses(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '\u2019' && c !== "'") return false;
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

/**
 * Quotations of the article, in text order. Double quotes are tracked across paragraphs (a new
 * paragraph that opens with a quote mark continues an unclosed quote, as news style has it);
 * single quotes only count inside a double quote or when they open and close in one paragraph.
 */
export function findQuotes(text: string, blocks: Block[]): Quote[] {
  const out: Quote[] = [];
  let openAt = -1;
  let openWidth = 1;
  let openBlock = -1;
  const finish = (close: number, blockIdx: number, width = 1) => {
    const q: Quote = { start: openAt + openWidth, end: close, open: openAt, close: close + width - 1, nested: false, multiBlock: blockIdx !== openBlock };
    if (q.end > q.start) out.push(q);
    openAt = -1;
  };
  blocks.forEach((b, bi) => {
    const end = Math.min(b.end, text.length);
    if (openAt >= 0) {
      const first = text[b.start];
      const continues = first === '"' || DOUBLE_OPEN.has(first) || first === '\u201d' || text.startsWith("''", b.start);
      if (!continues) finish(blocks[bi - 1].end, bi - 1);
    }
    let singleAt = -1;
    for (let i = b.start; i < end; i++) {
      const c = text[i];
      const width = c === "'" && text[i + 1] === "'" ? 2 : 1;
      if (c === '"' || DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c) || width === 2) {
        if (openAt >= 0 && i === b.start && bi !== openBlock) {
          i += width - 1;
          continue; // the continuation mark
        }
        const mark = doubleMark(text, i, openAt >= 0, width);
        if (mark === 'open' && openAt < 0) {
          openAt = i;
          openWidth = width;
          openBlock = bi;
          singleAt = -1;
        } else if (mark === 'close' && openAt >= 0) {
          finish(i, bi, width);
          singleAt = -1;
        }
        i += width - 1;
        continue;
      }
      if (singleAt < 0 && singleOpens(text, i)) singleAt = i;
      else if (singleAt >= 0 && singleCloses(text, i)) {
        const q: Quote = { start: singleAt + 1, end: i, open: singleAt, close: i, nested: openAt >= 0, multiBlock: false };
        if (q.end > q.start) out.push(q);
        singleAt = -1;
      }
    }
  });
  if (openAt >= 0 && blocks.length) finish(Math.min(blocks[blocks.length - 1].end, text.length), blocks.length - 1);
  return out.sort((a, b) => a.open - b.open);
}
