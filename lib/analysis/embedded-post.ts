/**
 * Posts embedded in an article ("Crooked Hillary is the worst candidate ever. pic.twitter.com/abc
 * — Donald J. Trump (@realDonaldTrump) October 1, 2016"): the page prints the post's words, then
 * its author's name, handle and date after a dash. The words are the author's, quoted whole.
 */
import type { Span } from '../report/types';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** The signature an embed ends on; an optional closing tag and full stop are markup or the writer's. */
const SIGNATURE = new RegExp(String.raw`\s+([\u2014\u2013]|--?)\s+([^()\n]{2,60}?)\s+\(@\w{1,30}\)\s+${MONTH}\s+\d{1,2},\s+\d{4}\s*(?:<\/\w+>)?\s*\.?\s*$`, 'u');
/** A link the embed prints after the words: a picture's or a shortened one. */
const TRAILING_LINK = /\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)\s*$/;
/** Markup a saved page can keep around the embed ("<tweet id=... author=...>"). */
const OPENING_TAG = /^\s*<\w+(?:\s[^>]*)?>\s*/;

export interface EmbeddedPost {
  content: Span;
  source: Span;
  cue: Span;
}

/** The post a block holds, if the block ends on an embed's signature. */
export function embeddedPostIn(text: string, block: Span): EmbeddedPost | null {
  const raw = text.slice(block.start, block.end);
  const signed = SIGNATURE.exec(raw);
  if (!signed) return null;
  let body = raw.slice(0, signed.index);
  while (TRAILING_LINK.test(body)) body = body.replace(TRAILING_LINK, '');
  const lead = OPENING_TAG.exec(body)?.[0].length ?? 0;
  if (!/\p{L}/u.test(body.slice(lead))) return null;
  const dashAt = block.start + signed.index + signed[0].indexOf(signed[1]);
  const nameAt = block.start + signed.index + signed[0].indexOf(signed[2], signed[0].indexOf(signed[1]) + signed[1].length);
  return {
    content: { start: block.start + lead, end: block.start + body.length },
    source: { start: nameAt, end: nameAt + signed[2].length },
    cue: { start: dashAt, end: dashAt + signed[1].length },
  };
}
