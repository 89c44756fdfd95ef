/**
 * Source phrases read off the tokens around a cue, without a parser: a noun phrase is a short run
 * of determiners, capitalised words, ordinary nouns and a few prepositions, ended by punctuation
 * or a clause word.
 */
import type { Token } from './tokens';
import { isAcronym, isCapitalized } from './tokens';
import { BETWEEN_SOURCE_AND_CUE, CLAUSE_BOUNDARIES, DETERMINERS, NAME_PARTICLES, PRONOUNS, SOURCE_PREPOSITIONS, TIME_COUNTS, TIME_DIRECTIONS, TIME_HEDGES, TIME_LEADS, TIME_UNITS, TIME_WORDS, WORDS_IN_LY_NOT_ADVERBS } from './lexicon/function-words';
import { ABBREVIATION_WORDS } from './lexicon/abbreviations';
import { ANONYMOUS_NOUNS, DOCUMENT_NOUNS, MEDIA_NOUNS, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, PERSON_TITLES, VAGUE_NOUNS } from './lexicon/sources';
import { IRREGULAR_PARTICIPLES, nounForms } from './inflect';
import { verbCue } from './cue-lexicon';
import { ACT_GLOSS_NOUNS, SUMMING_NOUNS } from './lexicon/cues';
import { CLOSE_MARK, OPEN_MARK } from './attribute-words';

const BETWEEN = new Set(BETWEEN_SOURCE_AND_CUE);
const BOUNDARY = new Set(CLAUSE_BOUNDARIES);
const PREP = new Set(SOURCE_PREPOSITIONS);
/** A preposition that may sit inside a source phrase ("the leader of Ennahda"). */
export const isSourcePreposition = (lower: string) => PREP.has(lower);
/** Prepositions whose object may close a source phrase: "close to her", "a friend of him". */
export const OBJECT_PREPOSITION = /^(to|of|with|for|from|by|near|about|behind|beside|around|at|on|in)$/;
const DET = new Set(DETERMINERS);
const PRONOUN = new Set(PRONOUNS.filter((p) => p !== 'one'));
const TIME = new Set(TIME_WORDS);
/** People who may speak in a clause that describes a thing: "a move critics said was rushed". */
const PEOPLE = new Set([...ANONYMOUS_NOUNS, ...PERSON_ROLE_NOUNS, ...VAGUE_NOUNS].flatMap((w) => nounForms(w)));
/** Things said or done that a named speaker's clause may describe: "a decision Hale called wrong". */
const SAID_THING = new Set([...ACT_GLOSS_NOUNS, ...SUMMING_NOUNS, 'decision', 'plan', 'policy', 'deal', 'proposal', 'measure', 'step', 'mistake']);
/** Nouns that count what follows them: "a few analysts", "a dozen officials". */
const COUNT_NOUN = /^(few|couple|dozen|hundred|thousand|million|score|handful|number|lot|majority|minority|host|bunch|pair|trio|group|team|panel)$/;
/** Adverbs of time that may open a sentence before its subject with no comma. */
const OPENING_TIME = new Set(['afterwards', 'afterward', 'later', 'earlier', 'previously', 'subsequently', 'initially', 'recently', 'yesterday', 'today', 'tonight', 'overnight']);
const TIME_LEAD = new Set(TIME_LEADS);
const TIME_COUNT = new Set(TIME_COUNTS);
const TIME_UNIT = new Set(TIME_UNITS.flatMap((u) => [u, `${u}s`]));
const TIME_DIRECTION = new Set(TIME_DIRECTIONS);
const TIME_HEDGE = new Set(TIME_HEDGES);
/** Words between a source and its cue that after a cue may begin the content instead ("said all staffers"). */
const CONTENT_OPENERS = new Set(['all', 'both', 'only', 'even', 'much', 'very', 'just', 'now', 'first', 'once', 'still', 'yet']);
/** Tokens in the counted time that ends at `i`, or 0. */
const countedTimeBefore = (tokens: Token[], i: number): number => {
  for (let n = 6; n >= 3; n--) if (i - n + 1 >= 0 && countedTimeAt(tokens, i - n + 1) === n) return n;
  return 0;
};
/** Tokens in the counted time at `i` ("a day earlier", "a few weeks ago", "3 hours later"), or 0. */
const countedTimeAt = (tokens: Token[], i: number): number => {
  let k = i;
  while (TIME_HEDGE.has(tokens[k]?.lower ?? '') && k - i < 2) k++;
  if (tokens[k]?.lower === 'a' && tokens[k + 1]?.lower === 'few') k++;
  if (!(TIME_COUNT.has(tokens[k]?.lower ?? '') || /^\d+$/.test(tokens[k]?.text ?? ''))) return 0;
  if (!TIME_UNIT.has(tokens[k + 1]?.lower ?? '') || !TIME_DIRECTION.has(tokens[k + 2]?.lower ?? '')) return 0;
  return k + 3 - i;
};
const MAX_SOURCE_TOKENS = 14;
/** A pronoun, but not an acronym spelled like one ("the WHO", "the US", "the IT department"). */
const pronounAt = (t: Token) => PRONOUN.has(t.lower) && !isAcronym(t);
/** A count in digits or a small one in words: "one in four", "two out of three". */
export const SMALL_NUMBER = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;
/** Nouns that may describe the name right after them: "press secretary Josh Earnest", "the broadcaster RT", "the company Enron". */
const ROLE = new Set([...ANONYMOUS_NOUNS, ...PERSON_TITLES, ...PERSON_ROLE_NOUNS, ...VAGUE_NOUNS, ...ORGANIZATION_NOUNS, ...MEDIA_NOUNS, 'website', 'site', 'blog', 'portal'].flatMap((w) => nounForms(w)));
/** Words inside a multi-word name: "Council on Foreign Relations", "Travel and Tourism Council". */
// (And the particles of names in other languages: "Diário do Sul".)
const CONNECTOR = new Set(['and', 'of', 'for', 'on', 'the', '&', ...NAME_PARTICLES]);
/** "The Freedom to Read Project": "to" inside a name, when two capitalised words or more go on after it (before `end`). */
const nameGoesOnAfterTo = (tokens: Token[], i: number, end: number) => tokens[i].text === 'to' && i + 2 < end && isCapitalized(tokens[i + 1]) && isCapitalized(tokens[i + 2]);

/** "Economists polled by Reuters", "voters surveyed by Pew": those asked speak, through whoever asked them. */
const ASKED_BY = new Set(['polled', 'surveyed', 'interviewed', 'contacted', 'questioned', 'consulted']);
/**
 * "A sentencing memorandum filed by the prosecution argued", "A video verified by the newspaper appears
 * to show": a text or a record and who made, had or checked it, whom the participle names.
 */
const TEXT_BY = new Set(['filed', 'written', 'prepared', 'commissioned', 'drafted', 'signed', 'published', 'released', 'issued', 'compiled', 'submitted', 'produced', 'conducted', 'authored', 'verified', 'authenticated', 'obtained', 'seen', 'reviewed', 'sent', 'leaked', 'circulated', 'viewed']);
const TEXTS = new Set(DOCUMENT_NOUNS.flatMap((w) => nounForms(w)));
/** Texts written to someone: "report to the committee", "letter to shareholders". */
const ADDRESSED_TEXT = /^(reports?|letters?|memos?|memorandum|submissions?|complaints?|petitions?|notes?|messages?|e-?mails?|briefings?|presentations?)$/;
/** Whether a "by" between `from` and `to` names who made the text before it. */
function madeByWithin(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j].lower === 'by' && textParticipleBefore(tokens, j) >= 0) return true;
  return false;
}

/**
 * Where the participle stands when the "by" at `k` names who made, had or checked the text before it
 * ("A survey released last week by"), or -1.
 */
function textParticipleBefore(tokens: Token[], k: number): number {
  let made = k - 1;
  // ("A report published on Monday by ...": a day or a month between them is capitalised too.)
  while (made > 0 && k - made <= 5 && tokens[made].word && !TEXT_BY.has(tokens[made].lower) && (!isCapitalized(tokens[made]) || TIME.has(tokens[made].lower))) made--;
  if (TEXT_BY.has(tokens[made]?.lower ?? '') && TEXTS.has(tokens[made - 1]?.lower ?? '')) return made;
  // ("An internal email sent by Ms Brekke on Wednesday and seen by the Harbour Times": the second of
  // two participles joined by "and" goes back to the text the first one follows.)
  if (TEXT_BY.has(tokens[made]?.lower ?? '') && tokens[made - 1]?.lower === 'and') {
    for (let j = made - 2; j > 0 && made - j <= 10 && tokens[j].word; j--) if (TEXT_BY.has(tokens[j].lower) && TEXTS.has(tokens[j - 1].lower)) return j;
  }
  // ("A poll of 2,000 adults by Hartwell Research": what a text is of may stand before its maker.)
  let of = k - 1;
  while (of > 1 && k - of <= 5 && (tokens[of].word || /^\d/.test(tokens[of + 1]?.text ?? '')) && tokens[of].lower !== 'of') of--;
  // (Not "the results of the investigation by a panel", where the nearer text is the one made.)
  return tokens[of]?.lower === 'of' && of < k - 1 && TEXTS.has(tokens[of - 1]?.lower ?? '') && !tokens.slice(of + 1, k).some((t) => TEXTS.has(t.lower)) ? of : -1;
}

/** "Footage shown to the jury showed": a text or a record put before someone, whom the participle names. */
const SHOWN_TO = new Set(['shown', 'given', 'sent', 'presented', 'submitted', 'provided', 'read', 'played', 'delivered', 'leaked', 'described']);
/** Ties of people to a body or a person: "two diplomats accredited to the agency", "officials loyal to the president". */
const TIED_TO = new Set(['accredited', 'assigned', 'attached', 'posted', 'loyal', 'allied', 'linked', 'connected', 'tied', 'aligned', 'affiliated']);
/** Roles held toward someone, before "to": "Kestria's envoy to the UN", "an adviser to the governor". */
const ROLE_TOWARD = /^(envoy|ambassador|adviser|advisor|aide|counselor|counsellor|representative|delegate|emissary|consultant|spokesman|spokeswoman|spokesperson|secretary|assistant|successor|heir|liaison|negotiator|attaché|attache)$/;
/** Words that qualify a title before a name: "former President Bill Clinton". */
const TITLE_QUALIFIERS = new Set(['former', 'late', 'then', 'ex', 'current', 'outgoing', 'incoming', 'acting', 'retired', 'longtime', 'fellow', 'interim', 'deputy', 'senior', 'top']);

/** Index range [from, to) of tokens. */
export interface TokenRange {
  from: number;
  to: number;
}

/** "I've", "they'd", "she's": a pronoun with its auxiliary in one token. */
export const pronounBase = (lower: string) => lower.replace(/'(ve|d|ll|s|re|m)$/, '');
export const isContractedPronoun = (lower: string) => lower !== pronounBase(lower) && PRONOUN.has(pronounBase(lower));
/** "don't", "hasn't": a negated auxiliary between a source and its cue. */
const isNegatedAux = (lower: string) => /n't$/.test(lower);

/** "warned", "saying": a past or -ing reporting verb ends a phrase read forwards ("reports" may be a noun). */
const isInflectedCue = (lower: string) => {
  const v = verbCue(lower);
  return !!v && v.ratio >= 0.3 && lower !== v.lemma && !lower.endsWith('s');
};

const NOT_ADVERBS = new Set(WORDS_IN_LY_NOT_ADVERBS);
export const isAdverb = (t: Token) => t.word && !isCapitalized(t) && /ly$/.test(t.lower) && t.lower.length > 4 && !NOT_ADVERBS.has(t.lower);

const participleAt = (tokens: Token[], k: number) => k >= 0 && tokens[k].word && !isCapitalized(tokens[k]) && (/ed$/.test(tokens[k].lower) || IRREGULAR_PARTICIPLES.has(tokens[k].lower));

/** Skips auxiliaries, adverbs and time phrases backwards from `i` (inclusive); returns the new index. */
export function skipBackBetween(tokens: Token[], i: number): number {
  while (i >= 0) {
    const t = tokens[i];
    const counted = TIME_DIRECTION.has(t.lower) ? countedTimeBefore(tokens, i) : 0;
    if (BETWEEN.has(t.lower) || isAdverb(t) || isNegatedAux(t.lower)) i--;
    else if (counted) i -= counted;
    // "Management has so far refused": an adverb of two words.
    else if (t.lower === 'far' && /^(so|thus)$/.test(tokens[i - 1]?.lower ?? '')) i -= 2;
    // "McConnell, who in 2010 said": a year.
    else if (/^(?:19|20)\d\d$/.test(t.text) && /^(in|since|by)$/.test(tokens[i - 1]?.lower ?? '')) i -= 2;
    // "She, too, cautioned": an adverb between commas.
    else if (t.text === ',' && i >= 2 && tokens[i - 2].text === ',' && (BETWEEN.has(tokens[i - 1].lower) || isAdverb(tokens[i - 1]))) i -= 3;
    // "A poll released Monday found": the time belongs to the participle, inside the source.
    else if (TIME.has(t.lower) && i > 0 && !participleAt(tokens, i - 1)) {
      let k = i - 1;
      while (k >= 0 && (TIME_LEAD.has(tokens[k].lower) || /^\d+$/.test(tokens[k].lower) || TIME.has(tokens[k].lower))) k--;
      // "A UN report released on Wednesday found": so does one after its preposition.
      if (k < i - 1 && participleAt(tokens, k)) break;
      i = k;
    } else break;
  }
  return i;
}

/**
 * The index of the word before the run of capitalised words that ends just before `j` ("a" in "a New
 * York Times report"), going back no further than `floor`; j - 1 when no such run stands there.
 */
export function beforeNameRun(tokens: Token[], j: number, floor = 0): number {
  let b = j - 1;
  while (b > floor && isCapitalized(tokens[b])) b--;
  return b;
}

/** Skips auxiliaries, adverbs and time phrases forwards from `i`; `toContent` when what follows is a cue's content. */
export function skipForwardBetween(tokens: Token[], i: number, end: number, toContent = false): number {
  // After a cue, "said all staffers sign ...", "said only five people ...": a word that may open the
  // content is skipped only when "that" or another skippable word follows it ("said only that ...",
  // "said only recently that ...").
  const opensAt = (k: number) => CONTENT_OPENERS.has(tokens[k]?.lower ?? '') && !(tokens[k + 1] && (tokens[k + 1].lower === 'that' || tokens[k + 2]?.lower === 'that' || BETWEEN.has(tokens[k + 1].lower) || !tokens[k + 1].word));
  while (i < end) {
    const t = tokens[i];
    const counted = countedTimeAt(tokens, i);
    // "have insisted all along that ...".
    if (t.lower === 'all' && tokens[i + 1]?.lower === 'along') i += 2;
    // "promising not just a few stars": a "not" before such a word opens the content too.
    else if (toContent && (opensAt(i) || (t.lower === 'not' && opensAt(i + 1)))) break;
    // ("a structure many models predicted should not exist": a modal right after the cue opens a
    // clause whose subject is the noun before the cue's, and stays in the content.)
    else if (toContent && /^(will|would|could|should|may|might|must|can|cannot|won't|wouldn't|couldn't|shouldn't)$/.test(t.lower) && tokens[i + 1]?.word) break;
    else if (BETWEEN.has(t.lower) || isAdverb(t)) i++;
    // "ruled 6-3 on Friday that": a vote's tally.
    else if (/^\d+-\d+$/.test(t.text)) i++;
    // ("ruling 5 to 4 that": so written out.)
    else if (/^\d+$/.test(t.text) && tokens[i + 1]?.lower === 'to' && /^\d+$/.test(tokens[i + 2]?.text ?? '') && i + 3 < end) i += 3;
    // "cautioned, however, that": an adverb between commas.
    else if (t.text === ',' && i + 2 < end && tokens[i + 2].text === ',' && (BETWEEN.has(tokens[i + 1].lower) || isAdverb(tokens[i + 1]))) i += 3;
    // "that May" is a time, "that may change" a demonstrative and the modal opening the content.
    // ("noted that Saturday would have been ...": the day with a verb after it is the clause's subject.)
    // ("said each year of education yields ...": a time with "of" after it is the content's subject.)
    else if (TIME_LEAD.has(t.lower) && i + 1 < end && TIME.has(tokens[i + 1].lower) && tokens[i + 1].text !== 'may' && !/^(would|will|was|is|had|has|could|might|marks|marked|of)$/.test(tokens[i + 2]?.lower ?? '')) i += 2;
    else if (counted && i + counted <= end) i += counted;
    else if (TIME.has(t.lower) && t.lower !== 'may') i++;
    // "said (in an email) that": an aside in parentheses.
    else if (t.text === '(') {
      let close = i + 1;
      while (close < end && close - i <= 10 && tokens[close].text !== ')' && tokens[close].text !== '(') close++;
      if (close >= end || tokens[close].text !== ')' || close === i + 1) break;
      i = close + 1;
    } else break;
  }
  return i;
}

const isWordLike = (t: Token) => t.word;
export const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** "the pilots' union": the apostrophe at `i` makes the plural before it a possessive of the word after. */
export const pluralPossessiveAt = (tokens: Token[], i: number) =>
  /^['’]$/.test(tokens[i].text) && touching(tokens[i - 1], tokens[i]) && /s$/.test(tokens[i - 1].lower) && !!tokens[i + 1]?.word;
/**
 * 'Marcia "Cia" Price': a one-word nickname in quotation marks between two parts of a name, with
 * `open` the index of its opening mark.
 */
const nicknameAt = (tokens: Token[], open: number) => {
  if (open < 1) return false;
  const [before, mark, nick, close, after] = tokens.slice(open - 1, open + 4);
  return !!before && !!after && !mark.word && !close.word && OPEN_MARK.test(mark.text) && CLOSE_MARK.test(close.text) && isCapitalized(before) && isCapitalized(nick) && isCapitalized(after) && !touching(before, mark) && touching(mark, nick) && touching(nick, close) && !touching(close, after);
};
/** '"Tank"', '"Chalky"': one capitalised word in quotation marks opening at `open`, a nickname or a name given. */
export const quotedNameAt = (tokens: Token[], open: number) => {
  const [mark, nick, close] = tokens.slice(open, open + 3);
  return !!close && !mark.word && !close.word && OPEN_MARK.test(mark.text) && CLOSE_MARK.test(close.text) && isCapitalized(nick) && touching(mark, nick) && touching(nick, close);
};
/** A period that belongs to the word before it ("Mr.", "U.S.", an initial). */
export const isAbbrevDot = (tokens: Token[], i: number) =>
  tokens[i].text === '.' && i > 0 && tokens[i - 1].end === tokens[i].start && (ABBREVIATION_WORDS.has(tokens[i - 1].lower) || /^\p{Lu}$/u.test(tokens[i - 1].text) || /\./.test(tokens[i - 1].text));

/** Does this range hold something that can speak: a name, a pronoun or a noun (not only determiners)? */
export function hasHead(tokens: Token[], r: TokenRange): boolean {
  for (let i = r.from; i < r.to; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    if (isCapitalized(t) || PRONOUN.has(t.lower)) return true;
    if (!DET.has(t.lower) && !PREP.has(t.lower)) return true;
    // "one in four": a share of those asked speaks.
    if (SMALL_NUMBER.test(t.lower) && /^(in|out)$/.test(tokens[i + 1]?.lower ?? '') && i + 2 < r.to) return true;
  }
  return false;
}

/**
 * The noun phrase that ends at token `end` (inclusive), read backwards. Returns null when the
 * tokens there cannot be a source (a clause word, punctuation, nothing).
 */
export function phraseBefore(tokens: Token[], end: number, floor = 0): TokenRange | null {
  if (end < floor) return null;
  const last = tokens[end];
  if (!last.word && !isAbbrevDot(tokens, end) && last.text !== ')') return null;
  // ("close to her": after a preposition "her" is the object pronoun, as "him" is.)
  const objectHer = last.lower === 'her' && OBJECT_PREPOSITION.test(tokens[end - 1]?.lower ?? '');
  if (pronounAt(last) || isContractedPronoun(last.lower) || objectHer) return { from: end, to: end + 1 };
  // "I remember her saying": an object pronoun ending the phrase after a verb is the whole speaker
  // ("her" with a noun after it would be a possessive, never last); "some of them" stays whole.
  if (/^(him|her|them|me|us)$/.test(last.lower) && !/^(of|to|for|with|from|by|about|among|between|like|than)$/.test(tokens[end - 1]?.lower ?? '')) return { from: end, to: end + 1 };
  let i = end;
  let from = end + 1;
  // A text and who made or saw it may run longer: the words before the participle get their own room.
  let room = MAX_SOURCE_TOKENS;
  while (i >= floor && end - i < room) {
    const t = tokens[i];
    // "85% of Democrats": a percent sign belongs to its number.
    // A hyphen joins ("Jean - Paul" never occurs); a spaced dash ends a dateline ("WASHINGTON (Reuters) - ").
    const joining = t.text === '-' && ((touching(tokens[i - 1], t) && tokens[i - 1].word) || (touching(t, tokens[i + 1]) && tokens[i + 1].word));
    const pluralPossessive = i < end && i > floor && pluralPossessiveAt(tokens, i);
    if (isAbbrevDot(tokens, i) || t.text === '&' || joining || pluralPossessive || (t.text === '%' && i > floor && /^\d/.test(tokens[i - 1].text))) {
      i--;
      continue;
    }
    if (t.text === ')') {
      // "Sen. Jane Roe (D-Ore.)": a party label inside the name.
      let k = i - 1;
      while (k >= floor && tokens[k].text !== '(' && i - k < 8) k--;
      if (k < floor || tokens[k].text !== '(' || k === floor) break;
      i = k - 1;
      continue;
    }
    if (i - 3 >= floor && nicknameAt(tokens, i - 2)) {
      from = i - 2;
      i -= 3;
      continue;
    }
    if (!isWordLike(t)) break;
    // "advisers to Mr. Obama", "Developers and supporters": joins inside a source phrase.
    // ("Aides to Mr. Tolbert", "Advisers to the governor": a plural role may open the sentence, and its person have an article.)
    if ((t.lower === 'to' && i < end && i > floor && /s$/.test(tokens[i - 1].lower) && ((isCapitalized(tokens[i + 1]) && !isCapitalized(tokens[i - 1])) || (ROLE.has(tokens[i - 1].lower) && (isCapitalized(tokens[i + 1]) || (tokens[i + 1].lower === 'the' && ROLE.has(tokens[i + 2]?.lower ?? '')))))) ||
      (t.lower === 'and' && i < end && i > floor && tokens[i - 1].word && (isCapitalized(tokens[i - 1]) || /[^s]s$/.test(tokens[i - 1].lower)) && from === i + 1)) {
      from = i;
      i--;
      continue;
    }
    // "The officers' report to the committee", "a letter to shareholders": a text and whom it was for.
    if (t.lower === 'to' && i < end && i > floor && from === i + 1 && ADDRESSED_TEXT.test(tokens[i - 1].lower)) {
      from = i;
      i--;
      continue;
    }
    // ("three current and former officials")
    if (/^(and|or)$/.test(t.lower) && i < end && i > floor && PAIRED_MODIFIER.test(tokens[i - 1].lower) && PAIRED_MODIFIER.test(tokens[i + 1].lower) && from === i + 1) {
      i -= 2;
      from = i + 1;
      continue;
    }
    // ("A complaint filed with federal regulators by ...", "A survey released last week by ...": where
    // or when may stand between the participle and its agent.)
    // ("District records obtained by the Courier through a public records request show": how it was
    // obtained may follow the agent.)
    let by = i;
    if (/^(through|via|under|after)$/.test(t.lower) && i < end && end - i <= 6) while (by > floor && i - by <= 6 && tokens[by].lower !== 'by') by--;
    const made = tokens[by].lower === 'by' && i < end && end - by <= (by === i ? 5 : 11) ? textParticipleBefore(tokens, by) : -1;
    if (made >= 0) {
      room = Math.max(room, end - made + 6);
      i = made - 1;
      from = made;
      continue;
    }
    if (((t.lower === 'by' && ASKED_BY.has(tokens[i - 1]?.lower ?? '')) || (t.lower === 'to' && (SHOWN_TO.has(tokens[i - 1]?.lower ?? '') || TIED_TO.has(tokens[i - 1]?.lower ?? '')))) && i < end && i - 2 >= floor && tokens[i - 2].word && !BOUNDARY.has(tokens[i - 2].lower)) {
      i -= 2;
      from = i + 1;
      continue;
    }
    if (t.lower === 'to' && i < end && i > floor && ROLE_TOWARD.test(tokens[i - 1].lower) && (isCapitalized(tokens[i + 1]) || DET.has(tokens[i + 1].lower))) {
      from = i;
      i--;
      continue;
    }
    if ((CONNECTOR.has(t.lower) || nameGoesOnAfterTo(tokens, i, end + 1)) && i > floor && isCapitalized(tokens[i - 1]) && isCapitalized(tokens[i + 1] ?? t)) {
      i--;
      continue;
    }
    // ("the Office of the Data Commissioner": "of the" inside a name.)
    if (t.lower === 'the' && tokens[i - 1]?.lower === 'of' && i - 1 > floor && isCapitalized(tokens[i - 2]) && isCapitalized(tokens[i + 1] ?? t) && i < end) {
      i -= 2;
      continue;
    }
    // "one in four said", "two out of three": a share is one phrase.
    if (i < end && SMALL_NUMBER.test(tokens[i + 1].lower)) {
      const outOf = t.lower === 'of' && tokens[i - 1]?.lower === 'out' ? 1 : 0;
      if ((t.lower === 'in' || outOf) && i - outOf > floor && SMALL_NUMBER.test(tokens[i - outOf - 1].lower)) {
        i -= 1 + outOf;
        continue;
      }
    }
    // "Experts not involved in the research": a negated participle describes the noun before it.
    if (t.lower === 'not' && i < end && i > floor && participleAt(tokens, i + 1) && tokens[i - 1].word && !BOUNDARY.has(tokens[i - 1].lower) && !BETWEEN.has(tokens[i - 1].lower)) {
      from = i;
      i--;
      continue;
    }
    // ("A petition signed by more than 2,000 people says": a count's hedge stays in the phrase.)
    if (/^(than|least)$/.test(t.lower) && i < end && i - 1 >= floor && /^\d/.test(tokens[i + 1]?.text ?? '') && /^(more|fewer|less|at)$/.test(tokens[i - 1].lower)) {
      from = i - 1;
      i -= 2;
      continue;
    }
    // ("Minutes from the meeting show the supervisor promised": a text's verb of finding between two
    // phrases is the clause's, and the speaker starts after it.)
    const finding = i < end && i > floor && !isCapitalized(t) && /^(show|shows|showed|shown|find|finds|found|suggest|suggests|indicate|indicates|reveal|reveals|say|says|said)$/.test(t.lower) && DET.has(tokens[i + 1].lower) && tokens[i - 1].word && !DET.has(tokens[i - 1].lower) && !PREP.has(tokens[i - 1].lower);
    if (finding) break;
    // ("Minutes from that meeting show ...": after a preposition "that" points, it opens no clause.)
    const pointing = /^(that|this|these|those)$/.test(t.lower) && i < end && i > floor && PREP.has(tokens[i - 1].lower) && tokens[i + 1].word && !isCapitalized(tokens[i + 1]);
    if (!isCapitalized(t) && !pointing && (BOUNDARY.has(t.lower) || isAdverb(t))) break;
    if ((pronounAt(t) || isContractedPronoun(t.lower)) && i < end) break;
    // "a structure many models predicted": a quantifier after a noun opens a phrase of its own.
    if (/^(many|most|some|several)$/.test(t.lower) && i < end && i > floor && tokens[i - 1].word && !isCapitalized(tokens[i - 1]) && !DET.has(tokens[i - 1].lower) && !PREP.has(tokens[i - 1].lower) && !BEFORE_ARTICLE.test(tokens[i - 1].lower) && !/['’]s$/.test(tokens[i - 1].lower) && !/^(and|or|how|so|too|very|as)$/.test(tokens[i - 1].lower)) {
      from = i;
      break;
    }
    if (isCapitalized(t) && BOUNDARY.has(t.lower) && i < end && !(i === floor)) break;
    if (i < end && from === i + 1 && i - 1 >= floor && thingBeforeSpeaker(tokens, i + 1)) break;
    from = i;
    i--;
  }
  if (from > end) return null;
  if (!tokens[end].word && tokens[end].text !== ')' && !isAbbrevDot(tokens, end)) return null;
  // A sentence-initial clause word ("When", "But") is not part of the phrase; "That person" opens
  // with a demonstrative.
  const demonstrative = (k: number) => tokens[k].lower === 'that' && k < end && tokens[k + 1].word && !isCapitalized(tokens[k + 1]) && !PRONOUN.has(tokens[k + 1].lower);
  // ("At least 300 residents said": the hedge of a count is no preposition.)
  const hedge = (k: number) => tokens[k].lower === 'at' && tokens[k + 1]?.lower === 'least';
  while (from <= end && (BOUNDARY.has(tokens[from].lower) || PREP.has(tokens[from].lower)) && !demonstrative(from) && !hedge(from)) {
    if (PREP.has(tokens[from].lower)) {
      // "In Washington, officials said" is cut at the comma; "On Tuesday the company said" here.
      // ("On Monday Oyiro acknowledged": a time, then a name.)
      let k = from + 1;
      while (k <= end && TIME.has(tokens[k].lower)) k++;
      if (k > from + 1 && k <= end && isCapitalized(tokens[k]) && !TIME.has(tokens[k].lower)) {
        from = k;
        break;
      }
      k = from + 1;
      while (k <= end && !DET.has(tokens[k].lower)) k++;
      if (k > end) return null;
      from = k;
    } else from++;
  }
  if (from > end) return null;
  // "Afterwards the minister said", "Earlier this week the union said": an adverb of time opening the
  // sentence, and the time it names, come before the subject.
  // ("Last week the union said", "This morning Mr. Lee said": a time with its lead too.)
  const timeLead = /^(last|this|next|late|early)$/.test(tokens[from].lower) && (TIME.has(tokens[from + 1]?.lower ?? '') || TIME_UNIT.has(tokens[from + 1]?.lower ?? ''));
  if (from === floor && (OPENING_TIME.has(tokens[from].lower) || timeLead) && isCapitalized(tokens[from])) {
    let k = from + 1;
    while (k <= end && (TIME.has(tokens[k].lower) || TIME_UNIT.has(tokens[k].lower) || TIME_LEAD.has(tokens[k].lower)) && !/^(that|in|on)$/.test(tokens[k].lower)) k++;
    if (k <= end && (DET.has(tokens[k].lower) || isCapitalized(tokens[k]))) from = k;
  }
  for (let k = end; k > from; k--) {
    if (!objectGapBefore(tokens, k, from)) continue;
    from = k;
    break;
  }
  // "a Bloomberg interview Trump said", "the third time Mr. Lee said": a name at the end after an
  // ordinary noun is the speaker; a role word before it ("press secretary Josh Earnest") is not cut,
  // nor a name inside a phrase with "of" ("An analysis of super PACs shows").
  if (isCapitalized(tokens[end])) {
    let k = end;
    while (k > from && (isCapitalized(tokens[k - 1]) || isAbbrevDot(tokens, k - 1) || ((CONNECTOR.has(tokens[k - 1].lower) || tokens[k - 1].text === '-') && k - 2 >= from && isCapitalized(tokens[k - 2])))) k--;
    const before = tokens[k - 1];
    // "Lebanon's state-run National News Agency", "front-runner Donald Trump": a hyphened modifier
    // describes the name ("out-brutalizing Ted Cruz" is a verb).
    const modifier = !!before && before.lower.includes('-') && !/^(out|over|under|re)-/.test(before.lower);
    // ("A study by the independent Institute for Fiscal Studies": a text by a body an adjective describes;
    // "Several moderate Democrats": a people or a party's members an adjective describes.)
    const describedGroup = k === end && /[^s']s$/.test(tokens[end].lower) && /(?:ate|al|ive|ic|ern|ant|ent)$|^(?:young|old|senior|junior|top|key|leading|prominent|rank-and-file)$/.test(before?.lower ?? '');
    // (", council clerk Maria Esposito said": right after a comma the words before the name are its role.)
    const roleAfterComma = k - from <= 3 && tokens[from - 1]?.text === ',' && tokens.slice(from, k).every((t) => t.word && !isCapitalized(t) && !DET.has(t.lower) && !PREP.has(t.lower) && !BOUNDARY.has(t.lower) && !isAdverb(t) && !/^(even|also|only|just|whom|who|whose|which)$/.test(t.lower));
    if (k > from && before.word && !describedGroup && !roleAfterComma && !isCapitalized(before) && !modifier && !CONNECTOR.has(before.lower) && before.lower !== 'to' && !(before.lower === 'by' && ASKED_BY.has(tokens[k - 2]?.lower ?? '')) && !madeByWithin(tokens, from, k) && !ROLE.has(before.lower) && !TITLE_QUALIFIERS.has(before.lower) && !DET.has(before.lower) && !PREP.has(before.lower) && !PREP.has(tokens[k - 2]?.lower ?? '') && !/'s$/.test(before.lower) && !(TIME.has(tokens[end].lower) && /ed$/.test(before.lower)) && !(DET.has(tokens[k - 2]?.lower ?? '') && tokens[k - 3]?.lower === 'by' && TEXTS.has(tokens[k - 4]?.lower ?? ''))) from = k;
  }
  const r = { from, to: end + 1 };
  return hasHead(tokens, r) ? r : null;
}

const BEFORE_ARTICLE = /^(all|both|half|such|quite|many|what|twice|only|even|just|rather)$/;
const RELATIVE_WORD = /^(which|who|whom|whose|where|when)$/;
/** "something", "everything": a pronoun for a thing, which a clause with no "that" may follow. */
export const THING_PRONOUNS = /^(something|everything|anything|nothing)$/;

/**
 * "a result the team called", "an offer the leadership rebuffed", "Everything Trump says": a noun
 * phrase and then a clause with no "that", whose own subject starts at token `k`. What was said is
 * the noun; the clause's subject speaks. Only a phrase opened by a determiner counts, so "spokesman
 * the Rev. Jo Lee" and verbs with objects ("win the nomination") stay as they are.
 */
/**
 * "a move critics said was rushed", "a decision Hale called wrong": "a" and a singular noun before
 * plural people (at `k`) are the thing said of, with the relative pronoun left out ("a few analysts"
 * and "a dozen officials" count them). Before a name, only a noun that is a thing said or done is,
 * since an adjective looks the same ("A defensive Obama said", "a top GOP strategist").
 */
export function thingBeforeSpeaker(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 1];
  const speaker = tokens[k];
  if (!noun?.word || !speaker?.word || !/^(a|an)$/.test(tokens[k - 2]?.lower ?? '') || isCapitalized(noun)) return false;
  if (isCapitalized(speaker)) return SAID_THING.has(noun.lower);
  return !/s$/.test(noun.lower) && !/^\d/.test(noun.lower) && !COUNT_NOUN.test(noun.lower) && /[^s']s$/.test(speaker.lower) && PEOPLE.has(speaker.lower);
}

export function objectGapBefore(tokens: Token[], k: number, floor = 0): boolean {
  if (k - 1 >= floor && THING_PRONOUNS.test(tokens[k - 1].lower)) return true;
  if (k - 2 >= floor && thingBeforeSpeaker(tokens, k)) return true;
  if (!/^(the|a|an)$/.test(tokens[k]?.text ?? '')) return false;
  const noun = tokens[k - 1];
  // "This week the union said": a time is no object of the clause after it.
  if (TIME.has(noun?.lower ?? '') || TIME_UNIT.has(noun?.lower ?? '')) return false;
  if (!noun?.word || isCapitalized(noun) || DET.has(noun.lower) || PREP.has(noun.lower) || BOUNDARY.has(noun.lower) || BEFORE_ARTICLE.test(noun.lower) || RELATIVE_WORD.test(noun.lower) || /^\d/.test(noun.lower) || /['’]s$/.test(noun.lower)) return false;
  for (let j = k - 2; j >= Math.max(floor, k - 7); j--) {
    const t = tokens[j];
    if (DET.has(t.lower) || THING_PRONOUNS.test(t.lower)) return true;
    if (!t.word || isCapitalized(t) || /(ing|ed)$/.test(t.lower) || RELATIVE_WORD.test(t.lower)) return false;
  }
  return false;
}

/** The noun phrase that starts at token `start`, read forwards to punctuation or a clause word. */
/** Modifiers that come in pairs before one noun: "current and former officials". By hand. */
const PAIRED_MODIFIER = /^(?:current|former|past|present|senior|junior|active|retired|serving|local|state|federal|national|foreign|domestic|civilian|military|public|private|american|european|western|israeli|palestinian|iranian|russian|ukrainian|chinese)$/;

export function phraseAfter(tokens: Token[], start: number, end: number): TokenRange | null {
  let i = start;
  while (i < end && i - start < MAX_SOURCE_TOKENS) {
    const t = tokens[i];
    // A hyphen joins ("Cuban-American"), and so does a dateline's "--" ("WASHINGTON -- President
    // Obama"); a spaced dash ends the phrase ("the report - still ...").
    const hyphen = touching(tokens[i - 1], t) && touching(t, tokens[i + 1]);
    const doubled = tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-';
    const pluralPossessive = i > start && i + 1 < end && pluralPossessiveAt(tokens, i);
    // "University of Texas/Texas Tribune": a slash between two names joins them.
    const slash = t.text === '/' && i > start && hyphen && isCapitalized(tokens[i + 1]);
    if (isAbbrevDot(tokens, i) || t.text === '&' || slash || pluralPossessive || (t.text === '-' && i > start && (hyphen || doubled))) {
      i++;
      continue;
    }
    if (t.text === '(' && i > start) {
      let k = i + 1;
      while (k < end && tokens[k].text !== ')' && k - i < 8) k++;
      if (k >= end || tokens[k].text !== ')') break;
      i = k + 1;
      continue;
    }
    if (i > start && nicknameAt(tokens, i)) {
      i += 3;
      continue;
    }
    if (!t.word) break;
    if (i === start && (BOUNDARY.has(t.lower) || PREP.has(t.lower) || isNegatedAux(t.lower))) return null;
    if (isNegatedAux(t.lower)) break;
    // "first reported by the Financial Courier last month": when it was said is no part of who said it.
    // (A participle stays with its time, before or after it: "a poll taken last week", "minutes of a
    // meeting last month obtained by the paper". "Just last week" opens no source.)
    if (i > start && !isCapitalized(t) && /^(last|this|next|earlier)$/.test(t.lower) && TIME.has(tokens[i + 1]?.lower ?? '') && !PREP.has(tokens[i - 1].lower) && !/^(just|only|even|and|or|but)$|ed$|en$/.test(tokens[i - 1].lower) && !/(ed|en)$/.test(tokens[i + 2]?.lower ?? '')) break;
    // "three current and former officials", "senior and junior diplomats": two modifiers of one noun.
    if (/^(and|or)$/.test(t.lower) && i > start && PAIRED_MODIFIER.test(tokens[i - 1].lower) && PAIRED_MODIFIER.test(tokens[i + 1]?.lower ?? '') && i + 2 < end && tokens[i + 2].word) {
      i += 2;
      continue;
    }
    if ((CONNECTOR.has(t.lower) || nameGoesOnAfterTo(tokens, i, end)) && i > start && isCapitalized(tokens[i - 1]) && i + 1 < end && isCapitalized(tokens[i + 1])) {
      i++;
      continue;
    }
    // "of that 2013 report": a demonstrative after a preposition, not a clause.
    const demonstrative = t.lower === 'that' && i > start && PREP.has(tokens[i - 1].lower);
    // "The employee of nearly four years": an adverb hedging a number stays in the phrase.
    const hedge = isAdverb(t) && SMALL_NUMBER.test(tokens[i + 1]?.lower ?? '') && PREP.has(tokens[i - 1]?.lower ?? '');
    if (i > start && !isCapitalized(t) && !demonstrative && (BOUNDARY.has(t.lower) || (isAdverb(t) && !hedge) || isInflectedCue(t.lower))) break;
    // "three people with knowledge of it": a pronoun after a preposition ends the phrase inside it.
    if (i > start && PRONOUN.has(t.lower) && t.lower !== 'one') {
      if (PREP.has(tokens[i - 1].lower)) i++;
      break;
    }
    if (i === start && PRONOUN.has(t.lower)) return { from: i, to: i + 1 };
    // '"...," said one, who asked ...': one of those just named, standing alone.
    if (i === start && t.lower === 'one' && (i + 1 >= end || !tokens[i + 1].word)) return { from: i, to: i + 1 };
    i++;
  }
  if (i === start) return null;
  const r = { from: start, to: i };
  return hasHead(tokens, r) ? r : null;
}

/** The capitalised run (with inner "of", "the", "&") from `start`: an outlet or a name after "told". */
export function properRunAfter(tokens: Token[], start: number, end: number): TokenRange | null {
  let i = start;
  if (i < end && /^(the|a)$/.test(tokens[i].lower)) i++;
  const first = i;
  while (i < end && (isCapitalized(tokens[i]) || isAbbrevDot(tokens, i) || ((tokens[i].lower === 'of' || tokens[i].text === '&') && i + 1 < end && isCapitalized(tokens[i + 1])))) i++;
  return i > first ? { from: start, to: i } : null;
}
