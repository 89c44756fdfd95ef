import type { Attribution, Span } from '../../report/types';
import { appositiveName } from '../appositive-name';
import { ANTONYM_IRREGULAR_FORMS, ANTONYM_PAIRS, IRREGULAR_VERB_FORMS, NEGATORS, SYNONYM_GROUPS, TOPIC_STOPWORDS } from '../lexicon/contradict-cues';

/** A word of the article with its offset; `stem` folds the common inflections so "rose" ≠ "rise" stays apart but "raises" = "raise". */
export interface Word {
  text: string;
  lower: string;
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * How much of a statement is read: enough for any claim, and a runaway content span (an unclosed
 * quote) cannot make each statement cost the whole article.
 */
export const MAX_STATEMENT_CHARS = 1200;

/** Light suffix folding: enough to link "sanctions"/"sanction", "lifted"/"lift", not a real stemmer. Synonyms fold to one stem. */
export function stem(w: string): string {
  const s = IRREGULAR_BASE.get(w) ?? suffixStem(w);
  return SYNONYM_STEM.get(s) ?? s;
}

function suffixStem(w: string): string {
  let s = w.replace(/['’]s$/, '');
  if (s.length > 4 && s.endsWith('ies')) return s.slice(0, -3) + 'y';
  if (s.length > 4 && s.endsWith('ied')) return s.slice(0, -3) + 'y';
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  // "used", "owed", "aged": a short past whose verb ends in "e" keeps it, to meet "use".
  else if (/^[aeiou][^aeiouy]ed$/.test(s)) s = s.slice(0, -1);
  else if (s.length > 3 && s.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  if (s.length > 3 && /([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}

/** Each irregular form's verb, folded: "met" → the stem of "meet". */
const IRREGULAR_BASE = new Map(Object.entries(IRREGULAR_VERB_FORMS).flatMap(([verb, forms]) => forms.map((f) => [f, suffixStem(verb)] as const)));
const SYNONYM_STEM = new Map(SYNONYM_GROUPS.flatMap(([first, ...rest]) => rest.map((w) => [suffixStem(w), suffixStem(first)] as const)));

/**
 * Each spelling's folded form, kept because the same few thousand words recur in every statement and
 * sentence read; the bound keeps a long-lived worker's memory flat.
 */
const folded = new Map<string, { lower: string; stem: string }>();
const MAX_FOLDED = 50_000;

function fold(raw: string): { lower: string; stem: string } {
  let f = folded.get(raw);
  if (!f) {
    if (folded.size >= MAX_FOLDED) folded.clear();
    const lower = raw.toLowerCase().replace(/’/g, "'");
    f = { lower, stem: stem(lower) };
    folded.set(raw, f);
  }
  return f;
}

/**
 * Visits the words of `text` between `from` and `to`, "n't" split off as "not" so negation is one
 * word, without building a list: a pass over the whole article only needs to count them.
 */
export function scanWords(text: string, from: number, to: number, visit: (text: string, lower: string, stem: string, start: number, end: number) => void): void {
  let at = from;
  for (;;) {
    // Set before each match, so a visitor that reads words itself cannot move this scan.
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (!m || m.index + m[0].length > to) return;
    const raw = m[0];
    at = m.index + raw.length;
    const { lower, stem: stemmed } = fold(raw);
    if (lower.length > 3 && lower.endsWith("n't")) {
      const head = lower === "can't" ? 'can' : lower === "won't" ? 'will' : lower.slice(0, -3);
      visit(raw.slice(0, -3), head, stem(head), m.index, at - 3);
      visit(raw.slice(-3), 'not', 'not', at - 3, at);
    } else {
      visit(raw, lower, stemmed, m.index, at);
    }
  }
}

/** The words of `text` between `from` and `to` (see scanWords). */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  scanWords(text, from, to, (raw, lower, stemmed, start, end) => out.push({ text: raw, lower, stem: stemmed, start, end }));
  return out;
}

export const isNegator = (w: Word) => NEGATORS.has(w.lower);

/** A word that can link two statements to one matter: not a function word, not a bare number. */
export const isTopicWord = (w: Pick<Word, 'lower'>) => isTopicLower(w.lower);
export const isTopicLower = (lower: string) => !TOPIC_STOPWORDS.has(lower) && lower.length > 2 && !/^\d+$/.test(lower);

/** The sentence that holds `at`, or null. */
export function sentenceAt(sentences: Span[], at: number): Span | null {
  return sentences[sentenceIndexAt(sentences, at)] ?? null;
}

/** The index in `sentences` (sorted, disjoint) of the one holding offset `at`, or -1. */
export function sentenceIndexAt(sentences: Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const TITLES = /^(?:the|a|an|mr|mrs|ms|dr|prof|sen|rep|gov|president|prime minister|minister|secretary)\.?\s+/i;

/**
 * Who speaks, folded so the same speaker compares equal: the antecedent when the source is a pronoun,
 * without articles and titles; a named person by surname ("Eric Reeves" = "Mr. Reeves").
 */
export function speakerKey(a: Pick<Attribution, 'source' | 'resolved' | 'sourceType'>): string | null {
  // An appositive names the speaker: "Britain's largest energy supplier, Centrica" is Centrica,
  // "Jane Roe, a professor at Yale" is Jane Roe.
  const raw = appositiveName((a.resolved ?? a.source ?? '').trim());
  if (!raw) return null;
  let s = raw.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}\s.-]/gu, ' ').replace(/\s+/g, ' ').trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(TITLES, '');
  }
  if (a.sourceType === 'named-person') {
    const parts = s.split(' ').filter((p) => p.length > 1 && !p.endsWith('.'));
    return parts.length ? `person:${parts[parts.length - 1]}` : null;
  }
  return s || null;
}

/** The head noun of a source phrase ("three Iranian officials" → "officials"): unnamed groups that share it may be one group. */
export function headNoun(key: string): string {
  const parts = key.split(' ');
  return parts[parts.length - 1];
}

/** Verbs that pass negation through to their object: "did not expect a crackdown" denies the crackdown. */
export const TRANSPARENT = new Set(['expect', 'believe', 'think', 'anticipate', 'foresee', 'see', 'want', 'plan', 'intend', 'likely'].map(stem));
/** Negators that deny the predicate that follows them. */
const CLAUSE_NEGATORS = new Set(['not', 'never', 'cannot', 'no', 'nobody']);

/** Words between a negator and what it negates ("did not even have to be …"). */
const PASS_OVER = new Set(
  ('a an the any to be been being have has had do does did only just even yet ever always also really very so much more ' +
    'longer further additional that this these those there it its he she they we i you his her their our my your him them us')
    .split(' '),
);

/**
 * What each negator governs: the words from it to the end of its clause (comma, semicolon, "but",
 * or a few words on), and the head it negates (the first topic word, looking through verbs such as
 * "expect").
 */
export function negationScopes(text: string, words: Word[], window = 9): { head: string; scope: Set<string> }[] {
  const out: { head: string; scope: Set<string> }[] = [];
  words.forEach((w, i) => {
    // "neither … nor" and "without" negate a noun phrase or an adjunct, not the predicate.
    if (!CLAUSE_NEGATORS.has(w.lower)) return;
    const scope = new Set<string>();
    let head = '';
    for (let j = i + 1; j < words.length && j <= i + window; j++) {
      const between = text.slice(words[j - 1].end, words[j].start);
      if (/[,;:—–()]/.test(between) || words[j].lower === 'but') break;
      const w = words[j];
      // "no one had been taken into custody": "no one" is the subject; the verb after it is what is negated.
      if (!head && j === i + 1 && w.lower === 'one' && words[i].lower === 'no') continue;
      // A capitalised word after the negator is a subject ("didn't Donald Trump pay"), not what is negated;
      // after "no plans" a small word ("for") is not either: "no plans for further job cuts" negates the jobs.
      if (!head && !PASS_OVER.has(w.lower) && !TRANSPARENT.has(w.stem) && !/^\p{Lu}/u.test(w.text) && (isTopicWord(w) || !TRANSPARENT.has(words[j - 1].stem))) head = w.stem;
      if (isTopicWord(w)) scope.add(w.stem);
    }
    if (head) out.push({ head, scope });
  });
  return out;
}

/** The stems of words of opposite sense (ANTONYM_PAIRS), each way, with the irregular forms. */
export const ANTONYMS = new Map<string, Set<string>>();
const formsOf = (w: string) => [w, ...(ANTONYM_IRREGULAR_FORMS[w] ?? [])].map(stem);
for (const [x, y] of ANTONYM_PAIRS) {
  for (const [us, vs] of [[formsOf(x), formsOf(y)], [formsOf(y), formsOf(x)]]) {
    for (const u of us) {
      if (!ANTONYMS.has(u)) ANTONYMS.set(u, new Set());
      for (const v of vs) ANTONYMS.get(u)!.add(v);
    }
  }
}
