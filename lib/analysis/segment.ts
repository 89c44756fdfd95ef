import type { Article, Span } from '../report/types';
import { ABBREVIATION_WORDS as ABBREVIATIONS } from './lexicon/abbreviations';

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);

/** Is the period at `dot` part of an abbreviation or an initial rather than a sentence end? */
function abbreviationAt(text: string, dot: number, from: number): boolean {
  let i = dot;
  while (i > from && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot);
  if (!word) return false;
  // "No. 2" is a number; "the candidate said no. But ..." ends a sentence.
  if (/^nos?$/i.test(word)) return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // An initial ("William G. Gale") or a dotted acronym ("U.S.", "D.C.").
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/** What may follow "2 p.m." in the same sentence: a day, a month, a time zone (also in brackets: "3:15 a.m. (0115 GMT)"). */
const AFTER_CLOCK = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Eastern|Central|Mountain|Pacific|local|[ECMP][SD]?T|GMT|BST|UTC|CET|CEST|IST|AEST|AEDT)\b/;

/** "before 2 p.m. Northgate Power said": a clock time's "a.m." or "p.m." ends the sentence before any other capital. */
function clockEndsAt(text: string, dot: number, after: string): boolean {
  return /\d\s*[ap]\.m$/i.test(text.slice(Math.max(0, dot - 8), dot)) && !AFTER_CLOCK.test(after) && !after.startsWith('(');
}

/** Words that open a sentence and never go on a name after its initial or abbreviation. */
const OPENS_SENTENCE = /^(?:The|He|She|It|They|We|But|This|These|Those|His|Her|Its|Their|In|On|At|When|After|However)\s/;

const NAME_THEN_SAID = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|shouted|insisted|explained|noted|recalled|continued|quipped|joked|laughed|wondered)\b/u;

const BARE_SIGNATURE = new RegExp(String.raw`${NAME_THEN_SAID.source}(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|later))?\.(?:\s|$)`, 'u');

/**
 * Sentence spans of one stretch of text (a block): ends after ".", "!", "?" (and any closing
 * quotes or brackets) when a space and a capital, digit or opening quote follow; never after an
 * abbreviation or initial. Ellipses inside a sentence do not end it.
 */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  while (start < to && /\s/.test(text[start])) start++;
  for (let i = start; i < to; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    const ellipsis = j - i >= 3;
    const runEnd = j;
    while (j < to && CLOSERS.has(text[j])) j++;
    if (j >= to) break;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < to && /\s/.test(text[k])) k++;
    if (k >= to) break;
    const next = text[k];
    if (!/[\p{Lu}\p{N}"'\u201c\u2018(\[]/u.test(next)) continue;
    if (ellipsis) {
      i = runEnd - 1;
      continue;
    }
    // '"What do you need?" Weaver said.': a name and its verb of saying after a quoted question or
    // exclamation finish the sentence.
    // '"We did it." Trump said.': after a full stop, only a sentence that is nothing but the name
    // and the verb signs the quote (a slip for a comma); "Trump said the win ..." is a sentence.
    const after = text.slice(k, Math.min(to, k + 80));
    if (j > runEnd && NAME_THEN_SAID.test(after) && (c !== '.' || BARE_SIGNATURE.test(after))) continue;
    // "... given by Witness K. The committee's chair ...", "Tinsley & Co. The company's report ...": a
    // word that only opens a sentence ends the abbreviation's too.
    if (c === '.' && j === i + 1 && abbreviationAt(text, i, start) && !OPENS_SENTENCE.test(after) && !clockEndsAt(text, i, after)) continue;
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  let end = to;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
  return out;
}

/** Sentence spans of the article text, in order, never crossing a block boundary. */
export function segmentSentences(article: Pick<Article, 'text' | 'blocks'>): Span[] {
  const out: Span[] = [];
  for (const b of article.blocks) out.push(...splitSentences(article.text, b.start, Math.min(b.end, article.text.length)));
  return out;
}
