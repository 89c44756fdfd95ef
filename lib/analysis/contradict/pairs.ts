import type { Attribution, Span } from '../../report/types';
import { DENIAL_VERBS, NEGATING_PREFIX, NEGATIVE_SENSE, NOW_MARKERS, NUMBER_ABOUT, NUMBER_ABOUT_BAND, NUMBER_BOUND, NUMBER_UNITS, PAST_MARKERS, QUALIFIER_WORDS, UNVOICED_CLAIM } from '../lexicon/contradict-cues';
import { PLACES } from '../lexicon/sources';
import { candidate, statementOf, type Candidate } from './statement';
import { ANTONYMS, MAX_STATEMENT_CHARS, TRANSPARENT, headNoun, isNegator, isTopicLower, isTopicWord, negationScopes, scanWords, sentenceAt, speakerKey, stem, wordsIn } from './words';

const PLACE_WORDS = new Set(PLACES.filter((p) => !p.includes(' ')));
/** Verbs that only link a subject to what it is ("remain open", "stay shut"). */
const LINKING = new Set(['remain', 'stay', 'keep', 'become'].map(stem));

/** Beyond this many attributions only neighbours are compared, so a huge page stays linear. */
const MAX_DISTANCE = 60;
/**
 * Two statements are on one matter when they share this much topic weight, or at least MIN_SHARED
 * distinct topic words worth MIN_TOPIC_WITH_WORDS: two words in common are a coincidence too often.
 */
const MIN_TOPIC = 2.5;
const MIN_SHARED = 3;
const MIN_TOPIC_WITH_WORDS = 2;
/** A fragment ("the nominee has") is not a statement one can set against another. */
const MIN_WORDS = 4;
/** A denial against a statement needs more in common than a negation does: it has no head to match. */
const MIN_TOPIC_DENIAL = 3;
/**
 * What a denial denies may be short ("denied that warnings had been ignored"): the denial is the
 * assertion. So is a negation ("no troops crossed") or a word with an opposite ("crime had fallen").
 */
const MIN_WORDS_DENIED = 3;
/** Topic words a short statement needs, all found in the other, to be on its matter without MIN_TOPIC. */
const MIN_COVERED = 2;

interface Unit {
  at: Attribution;
  key: string | null;
  stems: Set<string>;
  /** A word as written for each stem, for reasons a reader can follow. */
  surface: Map<string, string>;
  negated: Set<string>;
  scopes: { head: string; scope: Set<string> }[];
  hasNegator: boolean;
  words: number;
  /** A question, a condition or a negative-sense word: not a plain assertion to set a negation against. */
  hedged: boolean;
  /** Under "if"/"unless" or a question ("Asked why the agency didn't act"): a negation there asserts nothing. */
  conditional: boolean;
  denies: boolean;
  /** The personal pronoun among the statement's first words, if any: whom it is about. */
  pronoun: string | null;
  /**
   * The speaker's name or head noun, as a stem, when the statement opens on a pronoun that is the
   * speaker ("The senator said he had never met her"): what it says of itself it says of that name.
   */
  self: string | null;
  /** Counts, each with the range its hedge leaves it (`low` = `high` when it is exact). */
  numbers: { value: number; low: number; high: number; noun: string; word: string; near: Set<string> }[];
  /** Each stem with a stem of opposite sense ("rise" → "fall"); few words have one, so the list is short. */
  opposed: [string, string][];
  /** Words made opposite by a prefix, with the stem of the word they oppose: "unsafe" → "saf". */
  prefixed: [string, string][];
  /** For each topic word, the topic words among the three before its first use: what it is said of. */
  saidOf: Map<string, string>;
  /** Times, parts and places that set the statement apart ("this year", "the first half", "in Europe"). */
  qualifiers: Set<string>;
  past: boolean;
  now: boolean;
}

/**
 * Pairs of attributed statements that assert opposite things about the same matter: from different
 * sources (cross-source) or from one source (self). Two statements are on the same matter when they
 * share rare topic words (weighted by how few sentences of the article use them); they are opposite
 * when one negates what the other asserts, one is under a denial, they use antonyms, or they give
 * different numbers for the same thing.
 */
export function findPairs(text: string, sentences: Span[], attributions: Attribution[]): Candidate[] {
  const weight = topicWeights(text, sentences);
  const units = [...attributions, ...unvoiced(text, sentences, attributions)]
    .sort((p, q) => p.contentSpan.start - q.contentSpan.start)
    .map((at) => unitOf(text, sentences, at))
    .filter((u) => u.words >= (u.denies || u.scopes.length || u.opposed.length ? MIN_WORDS_DENIED : MIN_WORDS));
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length && j <= i + MAX_DISTANCE; j++) {
      const x = units[i];
      const y = units[j];
      if (overlaps(x.at.contentSpan, y.at.contentSpan)) continue;
      const relation = speakers(x, y);
      if (relation === 'unknown') continue;
      const found = conflict(x, y, weight);
      if (!found) continue;
      let { confidence, why } = found;
      if (relation === 'same' && (x.past !== y.past || x.now !== y.now) && (x.past || y.past) && (x.now || y.now)) {
        confidence += 0.1;
        why += ', then and now';
      }
      const [first, second] = x.at.contentSpan.start <= y.at.contentSpan.start ? [x, y] : [y, x];
      const a = statementOf(text, first.at);
      const b = statementOf(text, second.at);
      const name = (u: Unit, st: typeof a) => st.source ?? (u.at.cue ? `unattributed ("${u.at.cue}")` : 'unattributed');
      const who = relation === 'same' ? `${a.source ?? 'the same source'} says both` : `${name(first, a)} vs ${name(second, b)}`;
      out.push(candidate(relation === 'same' ? 'self' : 'cross-source', a, b, `${who}: ${why}`, confidence));
    }
  }
  return out;
}

/** Claims reported with no speaker that the attribution finder left out (see UNVOICED_CLAIM). */
function unvoiced(text: string, sentences: Span[], attributions: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    UNVOICED_CLAIM.lastIndex = 0;
    const m = UNVOICED_CLAIM.exec(body);
    if (!m) continue;
    const start = sentence.start + m.index + m[0].length;
    let end = sentence.end;
    while (end > start && /[.!?"'”’)\s]/.test(text[end - 1])) end--;
    const contentSpan = { start, end };
    if (end <= start || attributions.some((a) => overlaps(a.contentSpan, contentSpan))) continue;
    out.push({
      id: '',
      content: text.slice(start, end),
      kind: 'indirect',
      source: null,
      sourceType: 'vague',
      cue: m[0].trim().replace(/\s+that$/i, ''),
      contentSpan,
      sourceSpan: null,
      cueSpan: null,
      sentenceSpan: sentence,
      reason: 'a claim the article reports with no speaker',
    });
  }
  return out;
}

function speakers(x: Unit, y: Unit): 'same' | 'different' | 'unknown' {
  if (x.key && y.key) {
    if (x.key === y.key) return 'same';
    const unnamed = (u: Unit) => u.at.sourceType === 'anonymous' || u.at.sourceType === 'vague';
    // "officials" and "American officials" may be the same group: neither self nor cross-source.
    if (unnamed(x) && unnamed(y) && headNoun(x.key) === headNoun(y.key)) return 'unknown';
    if (x.key.includes(y.key) || y.key.includes(x.key)) return 'unknown';
    return 'different';
  }
  return x.key || y.key ? 'different' : 'unknown';
}

function conflict(x: Unit, y: Unit, weight: (s: string) => number): { confidence: number; why: string } | null {
  // "rose in Europe" and "fell in Asia", "this year" and "next year": each has its own setting.
  const ownSetting = (a: Unit, b: Unit) => [...a.qualifiers].some((q) => !b.qualifiers.has(q) && !b.stems.has(q));
  if (ownSetting(x, y) && ownSetting(y, x)) return null;
  const say = (st: string) => x.surface.get(st) ?? y.surface.get(st) ?? st;
  let topic = 0;
  const shared: string[] = [];
  for (const s of x.stems) {
    if (y.stems.has(s) || s === y.self) {
      topic += weight(s);
      shared.push(s);
    }
  }
  for (const s of y.stems) {
    if (s === x.self && !x.stems.has(s)) {
      topic += weight(s);
      shared.push(s);
    }
  }
  const opposites: [string, string][] = [];
  if (!x.hedged && !y.hedged) {
    for (const [u, v] of x.opposed) if (y.stems.has(v) && !x.stems.has(v) && !y.stems.has(u)) opposites.push([u, v]);
    for (const [v, u] of y.prefixed) if (x.stems.has(u) && !y.stems.has(u) && !x.stems.has(v)) opposites.push([u, v]);
    for (const [u, v] of x.prefixed) if (y.stems.has(v) && !x.stems.has(v) && !y.stems.has(u)) opposites.push([u, v]);
  }
  // Different counts of the same thing, and words of opposite sense, one in each statement.
  const counts = x.numbers.flatMap((u) => y.numbers.filter((v) => u.noun === v.noun && (u.high < v.low || v.high < u.low)).map((v) => [u, v] as const));
  if (shared.length < MIN_COVERED - (opposites.length || counts.length ? 1 : 0)) return null;
  // "I don't believe in the devil" against "you still believe in the devil": said of different people.
  const otherPeople = !!x.pronoun && !!y.pronoun && x.pronoun !== y.pronoun;
  // Short statements share few words, so two words in common are enough when everything one of them
  // says, bar the word that opposes the other, the other says too: "the hospital would not close"
  // against "the hospital will close in March", "wages have fallen" against "wages have risen since 2020".
  // An opposite word counts as one of the words in common: "the factory was safe" against "the factory was unsafe".
  // So does a counted noun both give: "300 people were evacuated" against "500 people were evacuated".
  // "no plans to close the plant" against "the plant would close": "plan" only carries the negation.
  const within = (a: Unit, b: Unit, skip = '', counted = false) => {
    // "would remain open" against "would close in June": a linking verb or a date one side adds is no
    // further claim.
    const own = [...a.stems].filter((st) => st !== skip && !(a.hasNegator && TRANSPARENT.has(st) && !b.stems.has(st)) && !(LINKING.has(st) && !b.stems.has(st)) && !a.qualifiers.has(st));
    return !otherPeople && own.length >= MIN_COVERED - (skip || counted ? 1 : 0) && own.every((st) => b.stems.has(st) || st === b.self);
  };
  // "no civilians were killed in the strike" against "12 civilians were killed": the negated head and
  // all the other says are in the negated statement, which adds one word at most ("strike").
  const negates = (n: Unit, p: Unit) => !p.hedged && !n.conditional && n.scopes.some(({ head }) => p.stems.has(head)) && (within(n, p) || (within(p, n) && n.stems.size <= p.stems.size + 1));
  const wholePredicate = negates(x, y) || negates(y, x);
  const countedIn = [counts.length > 0 && within(x, y, '', true), counts.length > 0 && within(y, x, '', true)];
  const counted = countedIn[0] || countedIn[1];
  // "the water was safe to drink" against "the water was unsafe and smelled": said of the same words.
  const opposed = opposites.some(([u, v]) => within(x, y, u) || within(y, x, v) || (!otherPeople && !!x.saidOf.get(u) && x.saidOf.get(u) === y.saidOf.get(v)));
  const denied = x.denies ? x : y.denies ? y : null;
  const wholeDenial = !!denied && x.denies !== y.denies && !x.hasNegator && !y.hasNegator && within(denied, denied === x ? y : x);
  // "no one had been taken into custody in connection with the attack" against "officers had taken a
  // teenager ... into custody": rare words both use, every one of them the negated verb or inside its scope.
  // ("no one had yet been taken" is only so far: it sets nothing against what happened later.)
  const negatedShared = !otherPeople && topic >= MIN_TOPIC_WITH_WORDS && shared.length >= MIN_COVERED && x.at.kind === 'indirect' && y.at.kind === 'indirect' && [[x, y], [y, x]].some(([n, p]) => !p.hedged && !n.conditional && !/\b(?:yet|so far)\b/i.test(n.at.content) && n.scopes.some(({ head, scope }) => p.stems.has(head) && shared.every((st) => st === head || scope.has(st))));
  // "12 soldiers had been killed and 30 wounded" against "the bodies of 41 soldiers killed": two reported
  // counts of one noun, every shared word beside both counts, one of them what befell what was counted.
  const countShared = !otherPeople && topic >= MIN_TOPIC_WITH_WORDS && shared.length >= MIN_COVERED && x.at.kind === 'indirect' && y.at.kind === 'indirect' && counts.some(([u, v]) => shared.every((st) => u.near.has(st) && v.near.has(st))) && shared.some((st) => /(?:ed|died|dead|hurt)$/.test(say(st)) && st !== counts[0][0].noun);
  const onMatter = topic >= MIN_TOPIC || (shared.length >= MIN_SHARED && topic >= MIN_TOPIC_WITH_WORDS) || wholeDenial || wholePredicate || counted || opposed || negatedShared || countShared;
  if (!onMatter) return null;
  const evidence: { strength: number; why: string }[] = [];

  // Negation counts only when what it negates (its head) is what the other statement plainly
  // asserts, and the rest of the negated clause is about the same thing too.
  for (const [n, p] of [[x, y], [y, x]] as const) {
    if (p.hedged || n.conditional) continue;
    for (const { head, scope } of n.scopes) {
      if (!p.stems.has(head)) continue;
      let scoped = 0;
      const words: string[] = [];
      for (const s of scope) {
        if (s !== head && p.stems.has(s)) {
          scoped += weight(s);
          words.push(s);
        }
      }
      if (scoped >= 1 && scoped + weight(head) >= 2) {
        evidence.push({ strength: 0.55 + 0.05 * Math.min(scoped - 1, 2), why: `one negates what the other asserts (${[head, ...words].slice(0, 3).map(say).join(', ')})` });
      }
    }
  }
  if (wholePredicate) evidence.push({ strength: 0.55, why: 'one negates all that the other asserts' });
  if (x.denies !== y.denies && !x.hasNegator && !y.hasNegator && (topic >= MIN_TOPIC_DENIAL || wholeDenial)) {
    evidence.push({ strength: 0.5, why: wholeDenial && topic < MIN_TOPIC_DENIAL ? 'one denies all that the other states' : 'one denies what the other states' });
  }
  for (const [u, v] of opposites) evidence.push({ strength: 0.45, why: `"${say(u)}" against "${say(v)}"` });
  for (const [u, v] of counts) evidence.push({ strength: 0.5, why: `${u.value} against ${v.value} ${u.word}` });
  if (!evidence.length) return null;
  evidence.sort((p, q) => q.strength - p.strength);
  const best = evidence[0];
  // Words common in the article weigh little, but a statement the other covers whole is on its matter.
  // Two statements alike in all but their count are on one matter however short they are.
  const onlyCountDiffers = countedIn[0] && countedIn[1];
  const matter = onlyCountDiffers ? Math.max(topic, MIN_TOPIC) : wholeDenial || wholePredicate || counted || opposed || negatedShared || countShared ? Math.max(topic, MIN_COVERED) : topic;
  const confidence = 0.15 + best.strength * Math.min(1, matter / MIN_TOPIC) + 0.1 * Math.min(1, Math.max(0, matter - MIN_TOPIC) / 3);
  return { confidence, why: `both on ${shared.slice(0, 4).map(say).join(', ')}; ${best.why}` };
}

function unitOf(text: string, sentences: Span[], at: Attribution): Unit {
  const end = Math.min(at.contentSpan.end, at.contentSpan.start + MAX_STATEMENT_CHARS);
  const words = wordsIn(text, at.contentSpan.start, end);
  const topic = words.filter(isTopicWord);
  const scopes = negationScopes(text, words);
  const sentence = sentenceAt(sentences, at.contentSpan.start) ?? at.sentenceSpan;
  const around = text.slice(Math.max(sentence.start, at.contentSpan.start - MAX_STATEMENT_CHARS), Math.min(sentence.end, end + MAX_STATEMENT_CHARS));
  return {
    at,
    key: speakerKey(at),
    stems: new Set(topic.map((w) => w.stem)),
    surface: new Map([...topic].reverse().map((w) => [w.stem, w.lower])),
    scopes,
    negated: new Set(scopes.flatMap((sc) => [...sc.scope])),
    hasNegator: words.some(isNegator),
    words: words.length,
    conditional: /\b(?:if|unless)\b|\?|^(?:why|how|what|who|when|where)\b/i.test(text.slice(at.contentSpan.start, end)),
    hedged:
      // "in May" is a month, not the modal.
      words.some((w) => isNegator(w) || (NEGATIVE_SENSE.has(w.lower) && w.text !== 'May')) ||
      /\?|\b(?:if|unless|whether)\b|^(?:why|how|what|who|when|where)\b/i.test(text.slice(at.contentSpan.start, end)),
    denies: at.cue ? wordsIn(at.cue).some((w) => DENIAL_VERBS.has(w.lower)) : false,
    pronoun: words.slice(0, 5).find((w) => /^(i|you|he|she|we|they)$/.test(w.lower))?.lower ?? null,
    self: selfOf(at, words[0]?.lower),
    numbers: numbersIn(text, { start: at.contentSpan.start, end }),
    opposed: topic.flatMap((w) => [...(ANTONYMS.get(w.stem) ?? [])].map((v) => [w.stem, v] as [string, string])),
    prefixed: topic.flatMap((w) => {
      const m = NEGATING_PREFIX.exec(w.lower);
      return m ? [[w.stem, stem(m[1] ?? m[2])] as [string, string]] : [];
    }),
    qualifiers: new Set(words.flatMap((w) => (QUALIFIER_WORDS.has(w.lower) || (PLACE_WORDS.has(w.lower) && /^\p{Lu}/u.test(w.text)) ? [w.lower] : []))),
    saidOf: new Map(words.flatMap((w, k) => (isTopicWord(w) ? [[w.stem, words.slice(Math.max(0, k - 3), k).filter(isTopicWord).map((b) => b.stem).join(' ')] as [string, string]] : [])).reverse()),
    past: PAST_MARKERS.test(around),
    now: NOW_MARKERS.test(around),
  };
}

/** Who a statement opening on a pronoun speaks of: the speaker, in reported speech ("he") or quoted ("I"). */
function selfOf(at: Attribution, first: string | undefined): string | null {
  const own = at.kind === 'direct' ? /^(i|we)$/ : /^(he|she|it|they)$/;
  if (!first || !own.test(first)) return null;
  // "26 percent of Democrats said they ...": a share's "they" is the share, not all its group are.
  if (/^(?:\d|a\s+(?:strong\s+|slim\s+|narrow\s+)?(?:majority|minority|third|quarter|half)|most|many|some|half|percent|majority)/i.test(at.source ?? '')) return null;
  const key = speakerKey(at);
  const name = key?.replace(/^person:/, '').split(' ').pop();
  return name && name.length > 2 ? stem(name) : null;
}

/**
 * Counts with the noun they count ("19 people", "800 permanent jobs": past one describing word),
 * years left out.
 */
function numbersIn(text: string, span: Span): Unit['numbers'] {
  const out: Unit['numbers'] = [];
  const slice = text.slice(span.start, span.end);
  const re = /\b(\d[\d,]*(?:\.\d+)?)\s+(?:(?!(?:percent|total|additional|annual|initial|original|potential)\b)(?:full-time|part-time|[a-z]+(?:al|ent|ant|ive|ary|ous|ful|ic|able|ible))\s+)?([a-z]{3,})\b/gi;
  for (const m of slice.matchAll(re)) {
    const value = Number(m[1].replace(/,/g, ''));
    if (!Number.isFinite(value) || (value >= 1900 && value <= 2100 && !m[1].includes(',')) || NUMBER_UNITS.has(m[2].toLowerCase())) continue;
    const before = slice.slice(0, m.index);
    // A floor or a ceiling ("more than 2,400 billionaires" against "the 100 billionaires in Beijing")
    // is met by a part as often as it conflicts with the whole: it conflicts with nothing.
    const [low, high] = NUMBER_BOUND.test(before)
      ? [0, Infinity]
      : NUMBER_ABOUT.test(before)
        ? [value * (1 - NUMBER_ABOUT_BAND), value * (1 + NUMBER_ABOUT_BAND)]
        : [value, value];
    // The topic words right around the count ("41 soldiers killed", "12 soldiers had been killed").
    const at = span.start + m.index;
    const near = new Set(wordsIn(text, Math.max(span.start, at - 30), Math.min(span.end, at + m[0].length + 30)).filter(isTopicWord).map((w) => w.stem));
    out.push({ value, low, high, noun: stem(m[2].toLowerCase()), word: m[2].toLowerCase(), near });
  }
  return out;
}

/** How much a shared word says the two statements are on one matter: rare in the article → 1. */
function topicWeights(text: string, sentences: Span[]): (s: string) => number {
  const df = new Map<string, number>();
  // The sentence that last counted each stem: a stem counts once per sentence.
  const countedIn = new Map<string, number>();
  sentences.forEach((s, i) =>
    scanWords(text, s.start, s.end, (_raw, lower, st) => {
      if (!isTopicLower(lower) || countedIn.get(st) === i) return;
      countedIn.set(st, i);
      df.set(st, (df.get(st) ?? 0) + 1);
    }),
  );
  const n = Math.max(1, sentences.length);
  // Uses beyond the two statements being compared: a short article does not make every word common.
  return (s) => {
    const elsewhere = Math.max(0, (df.get(s) ?? 0) - 2);
    if (elsewhere <= Math.max(1, 0.1 * n)) return 1;
    if (elsewhere <= 0.3 * n) return 0.5;
    return 0.2;
  };
}

const overlaps = (p: Span, q: Span) => p.start < q.end && q.start < p.end;
