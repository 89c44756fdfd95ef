import type { Span } from '../report/types';

/** A word or punctuation mark of the article text, with its offsets and a normalised form. */
export interface Token extends Span {
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  /** True for words (letters or digits), false for punctuation. */
  word: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("don't", "Israel-Hamas", "U.S") and a closing plus
// ("OPEC+", "Disney+"); a number keeps its thousands ("30,000"), and a clock time its colon ("07:12",
// whose colon would otherwise read as one that opens a quote; see joinClockTimes). Everything else
// that is not a space is a one-character token. Plain character classes, so the scan is linear.
const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*(?:\+(?![\p{L}\p{N}+]))?)|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) {
    const start = span.start + m.index!;
    const t = m[0];
    const lower = t.toLowerCase();
    out.push({ start, end: start + t.length, text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, word: m[1] !== undefined });
  }
  return joinClockTimes(out);
}

/** "07", ":", "12" written together become one word "07:12" (merged afterwards: a pattern for it slowed every token's scan). */
function joinClockTimes(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text === ':')) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const [hour, colon, minutes, after] = [out[out.length - 1], tokens[k], tokens[k + 1], tokens[k + 2]];
    const clock = colon.text === ':' && !!hour && !!minutes && /^\d{1,2}$/.test(hour.text) && /^\d{2}$/.test(minutes.text) && hour.end === colon.start && colon.end === minutes.start && !(after && after.start === minutes.end && after.text === ':');
    if (!clock) {
      out.push(tokens[k]);
      continue;
    }
    const text = hour.text + ':' + minutes.text;
    out[out.length - 1] = { start: hour.start, end: minutes.end, text, lower: text, word: true };
    k++;
  }
  return out;
}

export const isCapitalized = (t: Token) => t.word && /^\p{Lu}/u.test(t.text);
/** All capitals, two letters or more: an acronym, even one spelled like a word ("WHO", "US", "IT"). */
export const isAcronym = (t: Token) => t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
