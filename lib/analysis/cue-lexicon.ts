/** Lookup tables over the lexicon files, built once per worker. */
import { CUE_VERBS } from './lexicon/cue-verbs';
import { ANSWER_NOUNS, PUBLISHING_VERBS, QUOTING_VERBS, CUE_NOUNS, CUE_TAILS, GUIDELINE_VERBS, GUIDELINE_VERBS_WITH_THAT, LIGHT_VERBS, PARTICLE_CUES, SOURCE_AFTER, SOURCELESS, SPEECH_ACT_NOUNS, STANCE_ADJECTIVES } from './lexicon/cues';
import { nounForms, verbForms } from './inflect';

export interface VerbCue {
  lemma: string;
  /** Share of this verb's occurrences that are cues in PolNeAR train (0..1). */
  ratio: number;
  form: string;
}

const verbs = new Map<string, VerbCue>();
for (const [lemma, , ratio] of CUE_VERBS) {
  for (const form of verbForms(lemma)) {
    const had = verbs.get(form);
    if (!had || had.ratio < ratio) verbs.set(form, { lemma, ratio, form });
  }
}

/** Ratio given to the guidelines' own verbs: as trusted as the strongest mined ones. */
const GUIDELINE_RATIO = 0.6;
for (const lemma of GUIDELINE_VERBS) {
  for (const form of verbForms(lemma)) {
    const had = verbs.get(form);
    if (!had || had.ratio < GUIDELINE_RATIO) verbs.set(form, { lemma, ratio: GUIDELINE_RATIO, form });
  }
}

/** Counted as cues, but only before an explicit "that" (a ratio between WEAK and STRONG). */
const WITH_THAT_RATIO = 0.2;
for (const lemma of GUIDELINE_VERBS_WITH_THAT) {
  for (const form of verbForms(lemma)) if (!verbs.has(form)) verbs.set(form, { lemma, ratio: WITH_THAT_RATIO, form });
}

/** Ratio given to a verb of the manner of speaking beside a quote: enough to sign it, not a clause. */
const QUOTING_RATIO = 0.3;
const quoting = new Map<string, VerbCue>(QUOTING_VERBS.flatMap((lemma) => verbForms(lemma).map((form) => [form, { lemma, ratio: QUOTING_RATIO, form }] as const)));
/** "quipped that her members had been asked ...": with its own "that", a manner of speaking reports a clause. */
const quotingWithThat = new Set<string>();
for (const [form, cue] of quoting) {
  if (verbs.has(form)) continue;
  verbs.set(form, { ...cue, ratio: WITH_THAT_RATIO });
  quotingWithThat.add(form);
}
/** A manner of speaking that reports a clause only with its "that" ("roared when ...", "blurted it out" do not). */
export const needsThat = (form: string): boolean => quotingWithThat.has(form);
/** A verb of the manner of speaking that is no reporting verb of its own ("quipped", "sings"). */
export const mannerVerb = (form: string): VerbCue | undefined => (verbCue(form) && !quotingWithThat.has(form) ? undefined : quoting.get(form));
/** A reporting verb, or beside a quotation mark a verb of the manner of speaking too. */
export const quoteCue = (form: string): VerbCue | undefined => (quotingWithThat.has(form) ? quoting.get(form) : (verbCue(form) ?? quoting.get(form)));

export const STANCE = new Set(STANCE_ADJECTIVES);
export const PUBLISHING = new Set(PUBLISHING_VERBS);
/** "issued a plea", "made the case": every form of the light verb, and the nouns it carries. */
export const LIGHT_VERB_FORMS = new Set(LIGHT_VERBS.flatMap((v) => verbForms(v)));
export const SPEECH_ACT_NOUN_SET = new Set(SPEECH_ACT_NOUNS);
/** "had a snappy retort:": answer nouns, which sign a quote only before a colon. */
export const ANSWER_NOUN_SET = new Set(ANSWER_NOUNS);
/** Particle cues as [verb forms..., particle words...] token sequences. */
export const PARTICLE_PHRASES: string[][] = PARTICLE_CUES.flatMap(([v, ...rest]) => verbForms(v).map((f) => [f, ...rest]));

export const verbCue = (lower: string): VerbCue | undefined => verbs.get(lower);

const phrases = (list: string[]) => list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
export const SOURCE_AFTER_PHRASES = phrases(SOURCE_AFTER);
/** "it's believed", "it's been reported": the tokenizer keeps a contraction whole, so each passive also gets its contracted form. */
const withContractions = (list: string[]) => [...new Set(list.flatMap((p) => [p, p.replace(/^it (?:is|has) /, "it's ")]))];
export const SOURCELESS_PHRASES = phrases(withContractions(SOURCELESS));
export const CUE_TAIL_PHRASES = phrases(CUE_TAILS);
export const CUE_NOUN_FORMS = new Map<string, string>(CUE_NOUNS.flatMap((n) => nounForms(n).map((f) => [f, n] as const)));

/** Verbs whose object comes before the content: "told reporters that", "warned voters that". */
export const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'urge', 'ask', 'show', 'convince', 'persuade', 'advise', 'notify', 'brief', 'promise', 'reassure', 'caution', 'teach', 'accuse', 'blame', 'call', 'thank', 'praise', 'criticize', 'credit', 'congratulate']);

/** Verbs whose content is an infinitive: "vowed to keep trying". */
export const INFINITIVE_VERBS = new Set(['seem', 'appear', 'vow', 'promise', 'pledge', 'threaten', 'refuse', 'decline', 'urge', 'plan', 'want', 'hope', 'seek', 'expect', 'intend', 'agree', 'offer', 'decide', 'ask', 'prefer', 'aim', 'wish', 'demand', 'swear', 'claim', 'encourage']);

/** Verbs that are as often nouns: after "the" or a possessive they name a thing ("the executive order"). */
export const NOUN_LIKE = new Set(['demand', 'order', 'plan', 'call', 'report', 'claim', 'release', 'support', 'view', 'question', 'answer', 'offer', 'promise', 'pledge', 'remark', 'request', 'sign', 'file', 'list', 'charge', 'post', 'tweet', 'name', 'fire', 'project', 'voice', 'aim', 'push', 'focus', 'look', 'share', 'challenge', 'draw', 'cast', 'fear', 'hope', 'estimate', 'note', 'comment', 'reply', 'response', 'warning', 'vow', 'praise', 'defense', 'attack', 'pass', 'deal', 'decline', 'address', 'sound', 'launch', 'reference', 'signal', 'doubt', 'count', 'label', 'credit', 'title', 'protest', 'dispute', 'design', 'counter', 'frame', 'feature', 'guess', 'shock', 'alarm', 'display', 'concern', 'worry', 'show', 'endorse', 'want', 'need', 'point', 'quote', 'cite', 'mention', 'release', 'rule', 'state', 'talk']);

/** Phrases grouped by their first word, longest first, so a token is checked against few. */
export function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const p of phrases) {
    const list = index.get(p[0]) ?? [];
    list.push(p);
    index.set(p[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** The longest phrase of the index that occurs at `i`, or undefined. */
export function phraseFrom(index: Map<string, string[][]>, lowers: string[], i: number): string[] | undefined {
  const list = index.get(lowers[i]);
  return list?.find((p) => phraseAt(lowers, i, p));
}

/** Does the phrase (token lowers) occur at `i`? */
export function phraseAt(lowers: string[], i: number, phrase: string[]): boolean {
  if (i + phrase.length > lowers.length) return false;
  for (let k = 0; k < phrase.length; k++) if (lowers[i + k] !== phrase[k]) return false;
  return true;
}
