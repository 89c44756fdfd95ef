/**
 * Sentences as the attribution rules see them (tokens and lower-cased words), and the helpers that
 * measure them: where reported content stops, whether a clause starts, the label before a colon.
 */
import type { Block, Span } from '../report/types';
import type { Quote } from './quotes';
import { isCapitalized, tokenize, type Token } from './tokens';
import { CUE_TAIL_PHRASES, phraseAt, phraseFrom, verbCue } from './cue-lexicon';
import { ACT_GLOSS_NOUNS, ACT_GLOSS_PARTICIPLES, SAYING_VENUES, SUMMING_NOUNS } from './lexicon/cues';
import { MEDIA_NOUNS } from './lexicon/sources';
import { SMALL_NUMBER, isAbbrevDot, phraseAfter, pluralPossessiveAt, skipForwardBetween, type TokenRange } from './phrase';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PASTS } from './inflect';
import {
  STRONG,
  WEAK,
  MID,
  MAX_CONTENT_TOKENS,
  DET,
  PLURAL_QUANTIFIERS,
  CALENDAR,
  CLOSE_MARK,
  OPEN_MARK,
  SOURCE_AFTER_INDEX,
  SOURCELESS_INDEX,
  DOCUMENT_HEADS,
  DASH,
  FINDING_VERBS,
  INVERTED_TAIL,
  PARTICLE_INDEX,
  isFiniteHelper,
} from './attribute-words';

export interface Sentence {
  span: Span;
  tokens: Token[];
  lowers: string[];
  block: number;
}

/**
 * The name or document that ends at `p` before a colon: a run of capitalised words ("Daron Shaw",
 * "Pew Research") or a determiner and a document noun ("the report"). Days and months are not names.
 */
export function colonLabel(tokens: Token[], p: number): TokenRange | null {
  const t = tokens[p];
  if (!t?.word) return null;
  if (DOCUMENT_HEADS.has(t.lower)) return DET.has(tokens[p - 1]?.lower ?? '') ? { from: p - 1, to: p + 1 } : null;
  if (!isCapitalized(t) || CALENDAR.has(t.lower)) return null;
  let k = p;
  while (k > 0 && (isCapitalized(tokens[k - 1]) || isAbbrevDot(tokens, k - 1))) k--;
  return { from: k, to: p + 1 };
}

/**
 * A clause, not an object: a possessive ("Wednesday's attack") never starts one, and a phrase with
 * a determiner ("the council") only when a helper verb soon follows.
 */
export function clauseStart(s: Sentence, start: number): boolean {
  const { tokens, lowers } = s;
  if (!tokens[start]?.word) return false;
  if (DET.has(lowers[start])) {
    for (let k = start + 1; k < Math.min(tokens.length, start + 6) && tokens[k].word; k++) if (isFiniteHelper(lowers[k])) return true;
    return false;
  }
  let k = start;
  while (k + 1 < tokens.length && isCapitalized(tokens[k + 1])) k++;
  return !/'s$/.test(lowers[k]) && !/^['\u2019]$/.test(tokens[k + 1]?.text ?? '');
}

const GLOSS_NOUNS = new Set(SUMMING_NOUNS);
const MEDIA_WORDS = new Set(MEDIA_NOUNS);
/** "a claim", "the assertion": a noun the writer sums up what was said with. */
export const isSummingNoun = (w: string) => GLOSS_NOUNS.has(w);
/** A figure a share may open on: "64 percent", "four in 10", "half", "a third". */
const isFigure = (w: string) => /^\d/.test(w) || SMALL_NUMBER.test(w) || w === 'half' || w === 'a';
const ACT_GLOSSES = new Set(ACT_GLOSS_NOUNS);
const ACT_PARTICIPLES = new Set(ACT_GLOSS_PARTICIPLES);
/** Verbs that contest what was said, weak as cues alone (mined ratios below MID) but plain after "though". */
const CONTESTING = new Set(['dispute', 'disagree', 'deny', 'reject', 'counter', 'challenge', 'question']);

/**
 * Whether the words from `at`, after a comma, open the writer's gloss on what came before: a noun
 * that sums up the content (", a claim economists dispute") or the act (", another example of ...",
 * ", the latest chapter in ...", ", a sign that ...").
 */
export function writerGlossAt(lowers: string[], at: number): boolean {
  const next = lowers[at] ?? '';
  const noun = lowers[at + 1] ?? '';
  if (next === 'the') return /^(latest|newest)$/.test(noun);
  // "..., reversing its earlier account": a participle that comments on the act.
  if (ACT_PARTICIPLES.has(next)) return true;
  // "..., in a sharp escalation of the dispute", "..., in what analysts called a setback": the writer's
  // word on the act, after "in".
  if (next === 'in' && /^(a|an|what)$/.test(noun)) return lowers.slice(at + 2, at + 5).some((w) => ACT_GLOSSES.has(w));
  // "..., another source said", "..., another says": "another" opens a speaker as often.
  const glossNoun = GLOSS_NOUNS.has(noun) || ACT_GLOSSES.has(noun) || /^(example|instance|case|chapter|twist|episode|round)$/.test(noun);
  return /^(a|an|another)$/.test(next) && glossNoun;
}
const VENUES = new Set(SAYING_VENUES);

/**
 * "rejected that argument in a ruling released Thursday", "said as much in an interview": does token
 * `k` open a closing phrase that tells where the words were said?
 */
function venueAt(s: Sentence, k: number): boolean {
  const { tokens, lowers } = s;
  if (!/^(in|during)$/.test(lowers[k]) || !DET.has(lowers[k + 1] ?? '')) return false;
  const noun = lowers.slice(k + 2, k + 5).findIndex((w) => VENUES.has(w));
  if (noun < 0 || !lowers.slice(k + 2, k + 2 + noun).every((w, j) => tokens[k + 2 + j].word && !VENUES.has(w))) return false;
  const rest = tokens.slice(k + 3 + noun).filter((t) => t.word);
  return rest.length <= 6 && !rest.some((t) => isFiniteHelper(t.lower));
}
export const spanOf = (tokens: Token[], r: TokenRange): Span => ({ start: tokens[r.from].start, end: tokens[r.to - 1].end });

export const wordsIn = (text: string, q: Quote) => tokenize(text, { start: q.start, end: q.end }).filter((t) => t.word).length;

export function buildSentences(text: string, sentences: Span[], blocks: Block[]): Sentence[] {
  let b = 0;
  return sentences.map((span) => {
    while (b < blocks.length - 1 && blocks[b].end < span.start) b++;
    const tokens = tokenize(text, span);
    return { span, tokens, lowers: tokens.map((t) => t.lower), block: b };
  });
}

/** Index of the sentence holding `offset` (the last one starting at or before it). */
export function sentenceAt(sents: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sents[mid].span.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Content from token `from` to the end of the sentence, without final punctuation. */
export function contentTo(tokens: Token[], from: number, to: number): Span | null {
  let end = to - 1;
  // "around 11 p.m.": the full stop that ends a dotted abbreviation stays with it.
  const abbreviationDot = (k: number) => tokens[k].text === '.' && k > from && tokens[k - 1].end === tokens[k].start && /\./.test(tokens[k - 1].text);
  while (end >= from && !tokens[end].word && !CLOSE_MARK.test(tokens[end].text) && !closesWordAt(tokens, from, end) && !abbreviationDot(end)) end--;
  let start = afterDateline(tokens, from, end);
  while (start <= end && !tokens[start].word && !OPEN_MARK.test(tokens[start].text)) start++;
  if (end < start) return null;
  if (closesAfterStop(tokens, start, end, to)) end = to + 1;
  return wordsBetween(tokens, start, end + 1, 2) >= 2 ? { start: tokens[start].start, end: tokens[end].end } : null;
}

/**
 * 'insisted the talks were "constructive," while ...': a content cut at punctuation the writer put
 * inside closing marks keeps the mark that closes its own quotation.
 */
function closesAfterStop(tokens: Token[], start: number, end: number, to: number): boolean {
  const stop = tokens[to];
  const mark = tokens[to + 1];
  if (!stop || !mark || !/^[,.;:!?]$/.test(stop.text) || stop.end !== mark.start || !/^(?:["\u201d]|'')$/.test(mark.text)) return false;
  let open = 0;
  for (let k = start; k <= end; k++) {
    const t = tokens[k].text;
    if (t === '\u201c') open++;
    else if (t === '\u201d') open--;
    else if (t === '"' || t === "''") open = open > 0 ? open - 1 : open + 1;
  }
  return open > 0;
}

/** "fell to 4.6%", "rose 3°", "the senator (R-Ohio)": a sign that belongs to the word before it, or a bracket the content opened. */
function closesWordAt(tokens: Token[], from: number, k: number): boolean {
  const t = tokens[k].text;
  if (/^[%°]$/.test(t)) return k > from && tokens[k - 1].end === tokens[k].start;
  if (t !== ')' && t !== ']') return false;
  const open = t === ')' ? '(' : '[';
  let depth = 0;
  for (let j = k; j >= from; j--) {
    if (tokens[j].text === t) depth++;
    else if (tokens[j].text === open && --depth === 0) return true;
  }
  return false;
}

/** "KYIV, Ukraine (AP) — ...", "WASHINGTON —": a wire dateline opens the sentence, not what was said. */
function afterDateline(tokens: Token[], from: number, end: number): number {
  if (from === 0) {
    // "12:45 p.m.: The Senate has adjourned", "09:03 — A passenger train has derailed": a live blog's time stamp.
    let k = 0;
    while (k < Math.min(end, 8) && (/^\d{1,2}(?::\d{2})?$/.test(tokens[k].text) || /^(a\.?m|p\.?m|am|pm|et|gmt|bst|cet|utc|[.])$/i.test(tokens[k].text))) k++;
    if (k > 0 && /^\d/.test(tokens[0].text) && /^[:\u2014\u2013-]$/.test(tokens[k]?.text ?? '') && isCapitalized(tokens[k + 1] ?? tokens[k])) return k + 1;
  }
  if (from !== 0 || !tokens[0]?.word || !/^\p{Lu}{2,}$/u.test(tokens[0].text)) return from;
  for (let k = 1; k < Math.min(end, 10); k++) {
    if (/^[\u2014\u2013-]$/.test(tokens[k].text)) return k + 1;
    // "BEIJING, Oct 12 (Reuters) -": a date may stand in it.
    if (tokens[k].word && !isCapitalized(tokens[k]) && !/^\d{1,4}$/.test(tokens[k].text)) return from;
  }
  return from;
}

/** Words among tokens [from, to), counting no further than `enough` (keeps callers linear). */
export function wordsBetween(tokens: Token[], from: number, to: number, enough = Infinity): number {
  let words = 0;
  for (let k = from; k < to && words < enough; k++) if (tokens[k].word) words++;
  return words;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstAtOrAfter(tokens, (t) => t.start, offset);
}

/** Length of a cue tail ("in a statement") at `i`, or 0. */
export function tailAt(lowers: string[], i: number): number {
  for (const p of CUE_TAIL_PHRASES) if (phraseAt(lowers, i, p)) return p.length;
  return 0;
}

/** "hours after a seller claimed ...", "two days before the vote": at `i`, when the writer places what was said. */
function writerTimeAt(lowers: string[], i: number): boolean {
  const counted = /^(a|an|one|two|three|four|five|several|\d+)$/.test(lowers[i] ?? '') ? 1 : 0;
  return /^(hours|days|weeks|minutes|moments|shortly|soon|day|week)$/.test(lowers[i + counted] ?? '') && /^(after|before)$/.test(lowers[i + counted + 1] ?? '');
}

/** Where forward content stops: before ", according to", ", adding ..." and the like. */
/**
 * "the records, never disclosed to the defence, showed ...", "the last eruption, in 1902, buried ...": an
 * aside between commas right after a short subject, with the subject's verb after it. Returns the
 * aside's closing comma, or -1.
 */
export function subjectAsideEnd(s: Sentence, k: number, from: number): number {
  const { tokens, lowers } = s;
  if (tokens[k]?.text !== ',' || k - from < 1 || k - from > 6 || lowers.slice(from, k).some((w) => isFiniteHelper(w))) return -1;
  const participle = (j: number) => !!tokens[j]?.word && !isCapitalized(tokens[j]) && (/[^e]ed$/.test(lowers[j]) || IRREGULAR_PARTICIPLES.has(lowers[j]));
  const first = /^(never|not|long|once|recently|previously|first)$/.test(lowers[k + 1] ?? '') ? k + 2 : k + 1;
  if (!participle(first) && !/^(in|on|at|during|since|from|until)$/.test(lowers[k + 1] ?? '')) return -1;
  let close = first;
  while (close < tokens.length && close - k <= 10 && tokens[close].word) close++;
  const verb = tokens[close + 1];
  if (tokens[close]?.text !== ',' || !verb?.word || isCapitalized(verb)) return -1;
  return isFiniteHelper(verb.lower) || /[^e]ed$/.test(verb.lower) || IRREGULAR_PASTS.has(verb.lower) ? close : -1;
}

/**
 * "..., and records seen by the Chronicle show no declaration was filed": after a comma and "and", a
 * text, its participle and agent, and a verb of finding open another attribution.
 */
function textFindsAfter(s: Sentence, k: number): boolean {
  const { tokens, lowers } = s;
  if (lowers[k] !== 'and' || tokens[k - 1]?.text !== ',') return false;
  let seen = k + 1;
  while (seen < tokens.length && seen - k <= 4 && tokens[seen].word && lowers[seen + 1] !== 'by') seen++;
  const participle = /[^e]ed$/.test(lowers[seen] ?? '') || IRREGULAR_PARTICIPLES.has(lowers[seen] ?? '');
  if (seen === k + 1 || !DOCUMENT_HEADS.has(lowers[seen - 1]) || !participle || lowers[seen + 1] !== 'by') return false;
  // (The agent's phrase may run on into the verb: "the Chronicle show".)
  for (let j = seen + 3; j < Math.min(tokens.length, seen + 9) && tokens[j].word; j++) {
    const found = verbCue(lowers[j]);
    if (found && FINDING_VERBS.has(found.lemma) && !isCapitalized(tokens[j])) return true;
  }
  return false;
}

/** Whether a quotation opened between `from` and `k` is still open at `k`. */
function quoteOpen(tokens: Token[], from: number, k: number): boolean {
  let open = false;
  for (let j = Math.max(0, from - 1); j < k; j++) {
    const t = tokens[j].text;
    if (t === '\u201c') open = true;
    else if (t === '\u201d') open = false;
    else if (t === '"') open = !open;
  }
  return open;
}

export function contentStop(s: Sentence, from: number, clauses = true): number {
  const { tokens, lowers } = s;
  // Reported content longer than this is cut: it keeps huge run-on "sentences" linear.
  const limit = Math.min(tokens.length, from + MAX_CONTENT_TOKENS);
  // "While he said that if the rain came, the dam would fail, ...": the content's own lead clause
  // has a comma of its own first.
  const leadClause = clauses && inSubordinateLead(s, from);
  const pastForm = (j: number) => !!tokens[j]?.word && !isCapitalized(tokens[j]) && (/ed$/.test(lowers[j]) || IRREGULAR_PASTS.has(lowers[j]));
  let ownLead = leadClause && [from - 1, from, from + 1].some((k) => /^(if|when|unless|once|after|before|because|since|while)$/.test(lowers[k] ?? '') && !tokens.slice(from - 1, k).some((t) => t.word && t.lower !== 'that'));
  // "She said, if elected, she would ask ...": content that opens with its own subordinate clause goes
  // on past that clause's comma to its main clause.
  const opener = [from - 1, from].find((k) => /^(if|when|unless|once|after|before|because|since|while|although|though|whenever)$/.test(lowers[k] ?? ''));
  let openingClause = clauses && opener !== undefined;
  // (", a Chinese official said", ", he argued ...": a subject with its own reporting verb is a new saying.)
  const saidAfter = (k: number) => lowers.slice(k + 1, k + 7).some((w, j) => (verbCue(w)?.ratio ?? 0) >= STRONG && /(ed|id|ld|ote)$/.test(w) && !isCapitalized(tokens[k + 1 + j]));
  for (let k = from; k < limit - 1; k++) {
    if (venueAt(s, k)) return k;
    // "she was qualified -- having suggested in a speech that ... -- but ...": a spaced dash opening an
    // aside of what the speaker did, or the writer's word on it, ends the content.
    if (spacedDashAt(tokens, k) && k > from) {
      const next = k + (tokens[k].text === '-' && tokens[k + 1]?.text === '-' ? 2 : 1);
      // (A gloss closed by a second dash is an aside inside the content, which goes on after it: "Trump's
      // call to ban all Muslim immigrants -- a position he has since modified -- and his statements ...".)
      const closed = tokens.slice(next).some((_, j) => spacedDashAt(tokens, next + j));
      if (lowers[next] === 'having' || (clauses && /^(but|and)$/.test(lowers[next] ?? '') && pastForm(next + 1)) || (writerGlossAt(lowers, next) && !closed)) return k;
    }
    // "(which, officials said, will last a year) starts today": a bracket opened before the content closes it.
    if (tokens[k].text === ')' && !closesWordAt(tokens, from, k)) return k;
    if (textFindsAfter(s, k)) return k;
    // ("Some reviewers have complained that the controls are too sensitive, and we agree": reported speech
    // says "they", so "we" or "I" after the content is the writer.)
    if (clauses && /^(but|and)$/.test(lowers[k]) && tokens[k - 1]?.text === ',' && /^(we|i)$/.test(lowers[k + 1] ?? '') && !!tokens[k + 2]?.word && !isCapitalized(tokens[k + 2]) && !quoteOpen(tokens, from, k)) return k - 1;
    // ("said that he had died peacefully, but did not give a cause": a predicate with no subject of its own after
    // ", but" is the speaker's act, not more of what was said.)
    // ("Iran would continue ..., but would not intervene" goes on: a modal's "not" is the content's.)
    if (clauses && lowers[k] === 'but' && tokens[k - 1]?.text === ',' && ((lowers[k + 1] === 'did' && /^(not|n't)$/.test(lowers[k + 2] ?? '')) || /^(declined|refused)$/.test(lowers[k + 1] ?? ''))) return k - 1;
    if (clauses && (lowers[k] === 'but' || lowers[k] === 'and') && k > from) {
      // "it had opened an inquiry and had asked Veltra to ...": an auxiliary the content has already used
      // joins a second verb of the content's own subject.
      if (/^(had|has|have|would|will|could)$/.test(lowers[k + 1] ?? '') && lowers.slice(from, k).includes(lowers[k + 1]) && tokens[k - 1]?.text !== ',') continue;
      // "... but insisted progress had been made": a second cue of the same speaker.
      const c = skipForwardBetween(tokens, k + 1, tokens.length);
      const w = verbCue(lowers[c] ?? '');
      // ("... and quoted Reagan's "eleventh commandment"": quoting is the speaker's next act too.)
      if (w && (w.ratio >= STRONG || w.lemma === 'quote') && (/(ed|id|ld|ote)$/.test(lowers[c]) || (/[^s]s$/.test(lowers[c]) && lowers[c] !== w.lemma))) return k;
      // ("... and pointed to a new scheme": so is a cue of a verb and its particle.)
      if (/(ed|id|ld|ote)$/.test(lowers[c] ?? '') && phraseFrom(PARTICLE_INDEX, lowers, c)) return k;
      // "Gulf sources believe ..., and admit that ...": after a plural speaker the bare form opens
      // its own clause.
      if (w && w.ratio >= STRONG && lowers[c] === w.lemma && lowers[c + 1] === 'that' && c === k + 1) return k;
      // "... telling CNN that X and questioning how ...": a second participle cue of the speaker.
      // ("an officer kneeling and firing at a group": a deed's -ing after "and" describes, it does not speak.)
      if (w && (w.ratio >= MID || (w.ratio >= WEAK && /^(that|how|why|whether|what|if|who)$/.test(lowers[c + 1] ?? ''))) && lowers[c].endsWith('ing') && c === k + 1 && !isCapitalized(tokens[c])) return k;
      // '..., and contrasted the candidate with ...': after a comma, a new past-tense predicate
      // is the speaker's next act, told by the writer.
      // "the storm had killed 12 people, and left thousands without power": after a perfect in the
      // content, the past form shares its "had".
      const commaBefore = tokens[k - 1]?.text === ',' || (CLOSE_MARK.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',');
      const perfect = () => lowers.slice(from, k).some((w, j) => /^(had|has|have)$/.test(w) && pastForm(from + j + 1)) && !tokens.slice(Math.max(0, from - 1), k).some((t) => OPEN_MARK.test(t.text));
      if (commaBefore && c === k + 1 && pastForm(c) && !verbCue(lowers[c]) && perfect()) continue;
      if (commaBefore && c === k + 1 && pastForm(c)) return k;
      // "... and the military said it was ...": another source with its own cue.
      let e = k + 1;
      while (e < tokens.length && e - k <= 6 && (tokens[e].word || isAbbrevDot(tokens, e)) && !(verbCue(lowers[e]) && !isCapitalized(tokens[e]))) e++;
      const other = e > k + 1 ? phraseAfter(tokens, k + 1, e) : null;
      const said = verbCue(lowers[e] ?? '');
      // "... and one in four said ...": a share is such a source too.
      const share = SMALL_NUMBER.test(lowers[k + 1] ?? '');
      // "... hacked into its computers and she accused Trump of ...": a pronoun is such a source too.
      const pronoun = e === k + 2 && /^(he|she|they|we|i)$/.test(lowers[k + 1]);
      if (other && other.to === e && said && said.ratio >= STRONG && /(ed|id|ld|ote|s)$/.test(lowers[e]) && (DET.has(lowers[k + 1]) || isCapitalized(tokens[k + 1]) || share || pronoun)) return k;
      // "..., and many think ...", "..., and some speculated ...": after a comma, a bare quantifier with
      // any verb of belief is other people's clause. (A pronoun may be the speaker's own: "..., and he
      // decided he would rather win" is still what he said.)
      if (commaBefore && e === k + 2 && said && (said.ratio >= WEAK || /^(think|believe|feel|worry)$/.test(said.lemma)) && PLURAL_QUANTIFIERS.has(lowers[k + 1]) && !isCapitalized(tokens[e])) return k;
      // "..., and Brian Deese, the White House climate change adviser, said ...": so with a description between commas.
      // ("..., and an environmental group, River Watch, said ...": or with the name after the description.)
      if (other && other.to === e && tokens[e]?.text === ',' && (isCapitalized(tokens[k + 1]) || DET.has(lowers[k + 1]))) {
        const close = runEnd(tokens, e + 1, 14, (c) => tokens[c].word || isAbbrevDot(tokens, c));
        const cue = tokens[close]?.text === ',' && !isCapitalized(tokens[close + 1]) ? verbCue(lowers[close + 1] ?? '') : undefined;
        if (cue && cue.ratio >= STRONG && /(ed|id|ld|ote|s)$/.test(lowers[close + 1])) return k;
      }
    }
    if (clauses && tokens[k].text === ';' && k > from) return k;
    if (tokens[k].text !== ',' && tokens[k].text !== ';' && tokens[k].text !== '\u2014') continue;
    const aside = clauses ? subjectAsideEnd(s, k, from) : -1;
    if (aside > 0) {
      k = aside;
      continue;
    }
    if (leadClause && tokens[k].text === ',' && mainClauseAt(s, k + 1)) {
      if (!ownLead) return k;
      ownLead = false;
    }
    if (openingClause && tokens[k].text === ',' && k > opener! + 1 && mainClauseAt(s, k + 1) && !saidAfter(k)) {
      openingClause = false;
      continue;
    }
    // A quotation that closes with the comma ('party," claiming ...') ends there too.
    const after = CLOSE_MARK.test(tokens[k + 1]?.text ?? '') && !tokens[k + 1].word ? k + 2 : k + 1;
    const next = lowers[after] ?? '';
    if (phraseFrom(SOURCE_AFTER_INDEX, lowers, after)) return k;
    const v = verbCue(next);
    // (", pointing to firm retail figures": so does a cue of a verb and its particle.)
    const particleCue = next.endsWith('ing') && !!phraseFrom(PARTICLE_INDEX, lowers, after);
    if ((v && next.endsWith('ing') && v.ratio >= 0.3) || particleCue) return after === k + 1 ? k : k + 2;
    if (!clauses) continue;
    // '..., called her "third-rate" and boycotted ...': a reporting verb in the past with no subject
    // of its own is the speaker's next act.
    if (tokens[k].text === ',' && v && v.ratio >= STRONG && next !== v.lemma && !next.endsWith('s') && !next.endsWith('ing') && !isCapitalized(tokens[after])) return k;
    if (tokens[k].text === ',' && writerGlossAt(lowers, after)) return k;
    if (tokens[k].text === ',' && writerTimeAt(lowers, after)) return k;
    // "..., and when pressed on why the plan leaves out dads, she ...": the question put to the speaker is the writer's.
    if (tokens[k].text === ',' && /^(and|but)$/.test(next) && /^(when|after|if|once)$/.test(lowers[after + 1] ?? '') && /^(asked|pressed|questioned|challenged)$/.test(lowers[after + 2] ?? '')) return k;
    // "..., but that did not stop buyers": "that" with a verb of its own is the writer's subject.
    if (tokens[k].text === ',' && /^(but|and|yet)$/.test(next) && lowers[after + 1] === 'that' && isFiniteHelper(lowers[after + 2] ?? '')) return k;
    // "..., compared with 64 percent who say ...": the writer sets another figure beside it ("peanuts,
    // compared to what Islamic State militants are doing" is still what was said).
    if (tokens[k].text === ',' && after === k + 1 && next === 'compared' && /^(with|to)$/.test(lowers[after + 1] ?? '') && (isFigure(lowers[after + 2] ?? '') || (lowers[after + 2] === 'the' && isFigure(lowers[after + 3] ?? '')))) return k;
    // ", which ..." after reported content is the writer's gloss on it.
    // "the entities, which include trusts, are still his" is no gloss: the content's verb follows.
    if (tokens[k].text === ',' && next === 'which' && k > from + 3 && !relativeThenVerb(s, k + 1)) return k;
    // "... the cooperation of Bryan Pagliano, who worked on Clinton's 2008 campaign": who a person
    // named in the content is, and "since January, when ..." what a time was, are the writer's.
    // Words quoted after it are still the speaker's ('"respected voices on the Right," who are "just flatly wrong"').
    if (tokens[k].text === ',' && k > from + 3) {
      // ("fell 8 percent between 2021, when the mayor took office, and 2023": a span still open goes on.)
      const openSpan = () => {
        const between = lowers.lastIndexOf('between', k);
        return between >= from && !lowers.slice(between, k).includes('and');
      };
      const background = (next === 'who' && isCapitalized(tokens[k - 1]) && !relativeThenVerb(s, k + 1)) || (next === 'when' && (CALENDAR.has(lowers[k - 1]) || /^(19|20)\d\d$/.test(lowers[k - 1])) && !openSpan());
      if (background && !tokens.slice(k + 1).some((t) => OPEN_MARK.test(t.text) && !t.word)) return k;
    }
    let j = k + 1;
    if (CLOSE_MARK.test(tokens[j]?.text ?? '') && !tokens[j].word) j++;
    // (", as the group known as Cobalt Lynx said it was behind the attack": so does "as".)
    // (", even as the Pentagon confirmed ...": so does "even as".)
    if (lowers[j] === 'even' && lowers[j + 1] === 'as' && tokens[k].text === ',') j++;
    if (/^(but|and|while|whereas|although|though|yet|as)$/.test(lowers[j] ?? '')) j++;
    // (", although it is understood that the council would ...": a clause that is a saying of no one's.)
    if (j > k + 1 && tokens[k].text === ',' && lowers[j] === 'it' && phraseFrom(SOURCELESS_INDEX, lowers, j)) return k;
    // (", after a report by the trade publication Silicon Weekly said ...": a time clause with a saying
    // of its own is the writer's setting, not more of what was said.)
    else if (tokens[k].text === ',' && /^(after|before)$/.test(lowers[j] ?? '')) j++;
    let e = j;
    // ("the players' association insisted": a plural's possessive stays in the subject, and so does a
    // cue word after an article, which is a noun: "a report commissioned by ...".)
    while (e < tokens.length && (tokens[e].word || isAbbrevDot(tokens, e) || (e > j && pluralPossessiveAt(tokens, e))) && !(e > j && verbCue(lowers[e]) && !isCapitalized(tokens[e]) && !/^(a|an|the)$/.test(lowers[e - 1]))) e++;
    // ", and most don't expect ...": a bare quantifier is a subject as well.
    if (j > k + 1 && /^(and|but)$/.test(lowers[j - 1]) && PLURAL_QUANTIFIERS.has(lowers[j]) && isFiniteHelper(lowers[j + 1] ?? '')) return k;
    const r = phraseAfter(tokens, j, e);
    // ", the director general of the agency, Ingrid Holm, said on Friday": a description, the name
    // between commas, then the cue, are the source after the content.
    if (r && j === k + 1 && tokens[r.to]?.text === ',' && (DET.has(lowers[r.from]) || /['’]s$/.test(lowers[r.from])) && isCapitalized(tokens[r.to + 1] ?? tokens[k])) {
      const close = runEnd(tokens, r.to + 1, 8, (c) => isCapitalized(tokens[c]) || isAbbrevDot(tokens, c));
      const cue = tokens[close]?.text === ',' ? verbCue(lowers[close + 1] ?? '') : undefined;
      if (cue && cue.ratio >= STRONG && /(ed|id|ld|ote|s)$/.test(lowers[close + 1])) return k;
    }
    if (r && r.to - r.from <= 8) {
      // ", 27 percent of those who named a candidate said ...": past a relative clause to the subject's verb.
      let c = skipForwardBetween(tokens, r.to, tokens.length);
      if (lowers[c] === 'who' && SMALL_NUMBER.test(lowers[r.from])) {
        let v = c + 2;
        while (v < Math.min(tokens.length, c + 10) && tokens[v].word && !((verbCue(lowers[v])?.ratio ?? 0) >= STRONG && !isCapitalized(tokens[v]))) v++;
        if (v < tokens.length && tokens[v].word) c = v;
      }
      // (", but a report commissioned by the union found ...": past the participle and its agent to the verb.)
      // ("..., while an online panel run by the firm Civica found ...": an irregular participle too.)
      // (The phrase may have read the participle as its noun: "an online panel run".)
      const participleAt = (x: number) => pastForm(x) || IRREGULAR_PARTICIPLES.has(lowers[x] ?? '') || lowers[x] === 'run';
      if (lowers[c] === 'by' && participleAt(r.to - 1)) c--;
      // (", while a survey by the Republican firm Stonegate Strategies found ...": a text's author.)
      const textBy = lowers[c] === 'by' && DOCUMENT_HEADS.has(lowers[r.to - 1]);
      if ((participleAt(c) && lowers[c + 1] === 'by') || textBy) {
        const agent = textBy ? phraseAfter(tokens, c + 1, e) : phraseAfter(tokens, c + 2, tokens.length);
        // (The agent's phrase may run on into the verb: "the firm Civica found".)
        if (agent) c = !isCapitalized(tokens[agent.to - 1]) && !!verbCue(lowers[agent.to - 1]) && agent.to - agent.from > 1 ? agent.to - 1 : skipForwardBetween(tokens, agent.to, tokens.length);
      } else if (pastForm(c) && CALENDAR.has(lowers[c + 1] ?? '')) c = skipForwardBetween(tokens, c + 1, tokens.length);
      // (", while a survey by the firm Stonegate, conducted for a group supporting Vickery, found ...": past an
      // aside on how the text was made.)
      if (tokens[c]?.text === ',' && pastForm(c + 1) && !isCapitalized(tokens[c + 1])) {
        const close = runEnd(tokens, c + 2, 14, (x) => tokens[x].word);
        if (tokens[close]?.text === ',') c = skipForwardBetween(tokens, close + 1, tokens.length);
      }
      const byAt = lowers.indexOf('by', r.from);
      const documentHead = DOCUMENT_HEADS.has(lowers[r.to - 1]) || (byAt > r.from && byAt < r.to && DOCUMENT_HEADS.has(lowers[byAt - 1]));
      // (", a Granite Research poll released Thursday found, a result that ...": and past its time.)
      const w = verbCue(lowers[c] ?? '');
      // "that the landlord, Gareth Pim, once told her ...": a name between commas after a plain noun is
      // that noun's, and its verb the content's own.
      // ("..., Gareth Pim, once told her": nor is an adverb after that apposition's closing comma a subject.)
      const apposedAt = (c: number) => tokens[c]?.text === ',' && !!tokens[c - 1]?.word && !isCapitalized(tokens[c - 1]) && [c - 2, c - 3].some((d) => d >= from - 1 && DET.has(lowers[d]));
      let opening = k - 1;
      while (opening > from && k - opening <= 5 && (isCapitalized(tokens[opening]) || isAbbrevDot(tokens, opening))) opening--;
      const apposed = (j === k + 1 && tokens[r.to]?.text === ',' && isCapitalized(tokens[r.from]) && apposedAt(k)) ||
        (r.to - r.from === 1 && /^(once|then|later|also|still|now|never|always|often|recently|previously)$|ly$/.test(lowers[r.from]) && opening < k - 1 && apposedAt(opening));
      // ", which was first announced in May,": a relative clause is no new speaker.
      // ("the result, as he later explained, was ...": an "as" aside closed by a comma is inside the content.)
      const asAside = lowers[j - 1] === 'as' && !tokens[c + 1]?.word;
      // ("..., but a report commissioned by the union found no such effect": a text's finding, however weak its verb.)
      // (", while an online panel run by the firm Civica found that ...": after a link word, any subject's
      // finding with its "that".)
      const textFinds = !!w && FINDING_VERBS.has(w.lemma) && w.lemma !== 'say' && ((documentHead && (j > k + 1 || (tokens[c + 1]?.text === ',' && writerGlossAt(lowers, c + 2)) || !tokens[c + 1]?.word)) || (j > k + 1 && lowers[c + 1] === 'that'));
      // (After "after" or "before" only a saying with its clause: ", after the union rejected the offer" is a deed.)
      const timeLink = j > k + 1 && /^(after|before)$/.test(lowers[j - 1]);
      // ("said that during a session last week, the chief executive told the union ...": a content that so
      // far is only when or where goes on to the saying it reports.)
      // ("said when he was interviewed by police in 2022, Mr Lowther claimed ...": a clause a subordinator
      // opens is only when or why, though it has a verb of its own.)
      const settingFrom = [from - 1, from].find((x) => /^(during|at|after|before|when|while|if|once|because|until)$/.test(lowers[x] ?? '') && (x === from || !tokens[x - 1]?.word || /^(that|said|says)$/.test(lowers[x - 1] ?? '')));
      // (Not "said while ..., he argued ...": a contrast goes on to a saying of the speaker's own.)
      const clauseSetting = settingFrom !== undefined && /^(when|if|once|because|until)$/.test(lowers[settingFrom]);
      const onlySetting = j === k + 1 && settingFrom !== undefined && (clauseSetting || !lowers.slice(settingFrom, k).some((x, d) => isFiniteHelper(x) || pastForm(settingFrom + d)));
      if (w && (w.ratio >= STRONG || textFinds) && !onlySetting && !isCapitalized(tokens[c]) && !/^(which|who|that)$/.test(lowers[r.from]) && !apposed && !asAside && (!timeLink || lowers[c + 1] === 'that' || mainClauseAt(s, c + 1))) return k;
      // "..., CNN reported.", "..., a council survey found on Monday.": a weaker cue closes the sentence
      // after a subject of its own, which is another source reporting the whole of it.
      // "..., his spokesman, Carl Mendes, said.": another speaker with the name in apposition closes the sentence.
      if (j === k + 1 && tokens[r.to]?.text === ',' && (DET.has(lowers[r.from]) || isCapitalized(tokens[r.from])) && c === r.to) {
        const close = runEnd(tokens, r.to + 1, 8, (c) => tokens[c].word || isAbbrevDot(tokens, c));
        const named = close > r.to + 1 && isCapitalized(tokens[r.to + 1]);
        const cue = named && tokens[close]?.text === ',' && !isCapitalized(tokens[close + 1]) ? verbCue(lowers[close + 1] ?? '') : undefined;
        if (cue && cue.ratio >= STRONG && lowers[close + 1] !== cue.lemma && closesSentence(tokens, lowers, close + 2)) return k;
      }
      // (", state television reported.", ", local newspapers reported.": a medium needs no article.)
      const medium = r.to - r.from <= 3 && MEDIA_WORDS.has(lowers[r.to - 1].replace(/s$/, ''));
      if (w && (FINDING_VERBS.has(w.lemma) || w.lemma === 'report') && j === k + 1 && c === r.to && !isCapitalized(tokens[c]) && lowers[c] !== w.lemma && !/^(in|of|at|on|for|to|by|with|from)$/.test(lowers[c - 1]) && (DET.has(lowers[r.from]) || isCapitalized(tokens[r.from]) || medium) && !/^(which|who|that)$/.test(lowers[r.from]) && !apposed && closesSentence(tokens, lowers, c + 1)) return k;
      // ", and Ms. Brainard is among ...", ", but the judge disagreed": a new subject with its own verb
      // starts the writer's clause.
      const pastVerb = tokens.slice(r.from + 1, Math.min(r.to + 1, r.from + 5)).some((t) => t.word && !isCapitalized(t) && (IRREGULAR_PASTS.has(t.lower) || (/ed$/.test(t.lower) && t.lower.length > 5)));
      // "..., and a growing number of lawmakers now agree": an adverb may stand before that verb.
      const v2 = /^(now|also|still|already|too)$|ly$/.test(lowers[r.to] ?? '') ? r.to + 1 : r.to;
      const saying = verbCue(lowers[v2] ?? '');
      const ownVerb = (r.to - r.from <= 6 && (isFiniteHelper(lowers[v2] ?? '') || (!!saying && saying.ratio >= MID && !isCapitalized(tokens[v2])))) || (lowers[j - 1] === 'but' && pastVerb);
      // After "but", any subject will do: "..., but instant debate polls are not a measure of ...".
      const subject = isCapitalized(tokens[r.from]) || DET.has(lowers[r.from]) || (lowers[j - 1] === 'but' && isFiniteHelper(lowers[v2] ?? ''));
      if (j > k + 1 && /^(and|but)$/.test(lowers[j - 1]) && subject && ownVerb) return k;
      // ", though supporters dispute that", ", while critics say ...": another subject's verb of
      // saying or of contesting is the writer's setting it against the content.
      if (j > k + 1 && /^(though|although|while|whereas)$/.test(lowers[j - 1]) && r.to - r.from <= 6 && saying && !isCapitalized(tokens[v2]) && (saying.ratio >= MID || CONTESTING.has(saying.lemma))) return k;
      // ", though the party's leader, Rafael Ibarra, has not yet said whether he will": so past the
      // leader's name in apposition.
      // (", while Ms. Marsk's deputy, Agnes Vole, insisted ...": or after "while", with a possessive's
      // role and a verb of saying.)
      if (j > k + 1 && /^(though|although|whereas|while)$/.test(lowers[j - 1]) && (DET.has(lowers[r.from]) || /['’]s$/.test(lowers[r.to - 2] ?? '')) && tokens[r.to]?.text === ',' && isCapitalized(tokens[r.to + 1] ?? tokens[k])) {
        const close = runEnd(tokens, r.to + 1, 5, (c) => isCapitalized(tokens[c]) || isAbbrevDot(tokens, c));
        const then = lowers[close + 1] ?? '';
        if (tokens[close]?.text === ',' && (isFiniteHelper(then) || IRREGULAR_PASTS.has(then) || ((verbCue(then)?.ratio ?? 0) >= MID && /(ed|id|ld|ote)$/.test(then)))) return k;
      }
    }
  }
  return limit;
}

/** Where a run of at most `max` tokens from `from`, each one `inRun` accepts, ends: a name in apposition up to its comma. */
function runEnd(tokens: Token[], from: number, max: number, inRun: (k: number) => boolean): number {
  let k = from;
  while (k < tokens.length && k - from < max && inRun(k)) k++;
  return k;
}

/** A dash standing apart from the words on both sides ("--", " — "), not a hyphen. */
function spacedDashAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!DASH.test(t.text)) return false;
  const last = t.text === '-' && tokens[k + 1]?.text === '-' ? tokens[k + 1] : t;
  return (!tokens[k - 1] || tokens[k - 1].end < t.start) && (!tokens[k + (last === t ? 1 : 2)] || last.end < tokens[k + (last === t ? 1 : 2)].start);
}

/** Nothing but a short time or place of saying ("late Thursday", "in a report") runs from `from` to the sentence's end. */
function closesSentence(tokens: Token[], lowers: string[], from: number): boolean {
  const words = tokens.slice(from).filter((t) => t.word);
  if (!words.length) return true;
  return words.length <= 5 && INVERTED_TAIL.has(lowers[from]) && !words.some((t) => isFiniteHelper(t.lower) || t.lower.endsWith('ed'));
}

/**
 * "While Ramos said journalists cannot ..., he appears uneasy": a cue inside the sentence's opening
 * subordinate clause reports only that clause. "As X said, ..." is left out: its content follows.
 */
function inSubordinateLead(s: Sentence, from: number): boolean {
  const { tokens, lowers } = s;
  const first = lowers[0] === 'even' ? lowers[1] : lowers[0];
  // The cue must stand inside it: "Though ..., Clinton has reportedly won" reports the whole sentence.
  if (from < 3 || !/^(while|although|though|whereas|because|since|if|unless)$/.test(first ?? '')) return false;
  for (let k = 1; k < from && k < tokens.length; k++) if (tokens[k].text === ',' || tokens[k].text === ';') return false;
  return true;
}

/**
 * A subject and its finite verb at `k`: where the main clause after a subordinate one begins. The
 * subject is a pronoun, or a short phrase opened by a determiner, a name or a plural noun
 * ("engineers closed it").
 */
function mainClauseAt(s: Sentence, k: number): boolean {
  const { tokens, lowers } = s;
  const w = lowers[k];
  if (!tokens[k]?.word) return false;
  if (/^(he|she|they|we|i|it)$/.test(w)) return !!tokens[k + 1]?.word && !isCapitalized(tokens[k + 1]);
  // "at least 21,000 said ...", "about 300 people said ...": a count, hedged or not, opens a subject.
  if (!DET.has(w) && !isCapitalized(tokens[k]) && !/[^s]s$/.test(w) && !/^\d/.test(w) && !(/^(at|about|around|nearly|almost|roughly|some|over|more|fewer)$/.test(w) && /^(least|most|than|\d)/.test(lowers[k + 1] ?? ''))) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    if (!tokens[j].word && !isAbbrevDot(tokens, j)) return false;
    const v = lowers[j];
    if (/^(and|or|that|which|who|whose|if|when|to)$/.test(v)) return false;
    if (isCapitalized(tokens[j])) continue;
    if (isFiniteHelper(v) || IRREGULAR_PASTS.has(v) || (/ed$/.test(v) && v.length > 4)) return true;
  }
  return false;
}

/** A relative clause opened at `k` that closes on a comma with a finite verb after it. */
export function relativeThenVerb(s: Sentence, k: number): boolean {
  const { tokens, lowers } = s;
  for (let j = k + 1; j < Math.min(tokens.length - 1, k + 20); j++) {
    if (!tokens[j].word && tokens[j].text !== ',' && !isAbbrevDot(tokens, j)) return false;
    if (tokens[j].text !== ',') continue;
    const v = lowers[j + 1] ?? '';
    return !!tokens[j + 1]?.word && !isCapitalized(tokens[j + 1]) && (isFiniteHelper(v) || IRREGULAR_PASTS.has(v));
  }
  return false;
}

/** Index of the first item whose key is at least `value` (items sorted by key). */
export function firstAtOrAfter<T>(items: T[], key: (x: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
