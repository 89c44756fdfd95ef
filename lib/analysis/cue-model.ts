/**
 * The learned second opinion on weak verb cues. The rules in attribute.ts accept a verb on their
 * own when the verb is usually a cue ("said") or the frame leaves no doubt ("that", "to"). The
 * rest ("Trump backed the plan", "she thinks the vote is lost") go to a logistic model fitted on
 * PolNeAR train (scripts/train-cue-model.ts), which weighs the verb with its neighbours.
 */
import { CUE_MODEL_BIAS, CUE_MODEL_WEIGHTS } from './lexicon/cue-model-weights';

/** What the rules saw around a weak cue; every field becomes one or more named features. */
export interface CueContext {
  lemma: string;
  /** Share of the verb's uses that are cues in PolNeAR train. */
  ratio: number;
  form: string;
  /** Lower-case word before the verb (after adverbs were skipped) and the first word after the cue. */
  before: string;
  after: string;
  sourceKind: 'pronoun' | 'relative' | 'name' | 'common';
  sourceWords: number;
  explicit: boolean;
  infinitive: boolean;
  clause: boolean;
  nounLike: boolean;
  namedSpeaker: boolean;
  contentWords: number;
  quoted: boolean;
}

// The model's own word classes, not the shared function-word lists: the fitted weights name
// these classes, so they change only with a refit.
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'his', 'their', 'its']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'each']);
const MARKED = new Set(['that', 'to', 'of', 'about', 'for', 'on', 'with', 'as', 'in', 'by', 'at', 'from', 'what', 'how', 'why', 'whether', 'if', 'and', 'but', 'who', 'which', 'not', 'has', 'had', 'was', 'is']);

function wordClass(w: string): string {
  if (!w) return 'end';
  if (MARKED.has(w)) return w;
  if (PRONOUNS.has(w)) return 'pron';
  if (DETERMINERS.has(w)) return 'det';
  if (/^\d/.test(w)) return 'num';
  if (!/^[a-z]/.test(w)) return /^\p{Lu}/u.test(w) ? 'cap' : 'punct';
  return 'word';
}

function formOf(form: string, lemma: string): string {
  if (form === lemma) return 'base';
  if (form.endsWith('ing')) return 'ing';
  if (form.endsWith('s') && !form.endsWith('ss')) return 's';
  return 'past';
}

const bucket = (n: number, edges: number[]) => edges.findIndex((e) => n <= e);

/** Named features, so a reason line can say which ones weighed most. */
export function cueFeatures(c: CueContext): string[] {
  const after = wordClass(c.after);
  const before = wordClass(c.before);
  const f = [
    `lemma:${c.lemma}`,
    `ratio:${Math.min(9, Math.floor(c.ratio * 10))}`,
    `form:${formOf(c.form, c.lemma)}`,
    `after:${after}`,
    `before:${before}`,
    `source:${c.sourceKind}`,
    `sourceWords:${Math.min(c.sourceWords, 5)}`,
    `contentWords:${bucket(c.contentWords, [1, 2, 4, 8, 16, 32, Infinity])}`,
    `lemma:${c.lemma}|after:${after}`,
    `lemma:${c.lemma}|source:${c.sourceKind}`,
    `lemma:${c.lemma}|form:${formOf(c.form, c.lemma)}`,
    `afterWord:${/^[a-z]/.test(c.after) ? c.after : after}`,
  ];
  if (c.explicit) f.push('explicit');
  if (c.infinitive) f.push('infinitive');
  if (c.clause) f.push('clause');
  if (c.nounLike) f.push('nounLike');
  if (c.namedSpeaker) f.push('namedSpeaker');
  if (c.quoted) f.push('quoted');
  return f;
}

/** Probability (0..1) that the candidate is an attribution. */
export function scoreCue(features: string[]): number {
  let z = CUE_MODEL_BIAS;
  for (const f of features) z += CUE_MODEL_WEIGHTS[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed the score up most, for the reason line. */
export function strongestFeatures(features: string[], k = 2): string[] {
  return features
    .filter((f) => (CUE_MODEL_WEIGHTS[f] ?? 0) > 0)
    .sort((a, b) => CUE_MODEL_WEIGHTS[b] - CUE_MODEL_WEIGHTS[a])
    .slice(0, k);
}

const AFTER_WORDS: Record<string, string> = {
  cap: 'a name',
  pron: 'a pronoun',
  det: 'a determiner',
  num: 'a number',
  word: 'a word',
  punct: 'punctuation',
  end: 'nothing',
};
const SOURCE_WORDS: Record<string, string> = { pronoun: 'a pronoun speaker', relative: '"who" or "which"', name: 'a named speaker', common: 'an unnamed speaker' };

/** One feature in words for a reader: "lemma:think|after:cap" → '"think" followed by a name'. */
export function describeFeature(feature: string): string {
  const parts = feature.split('|').map((p) => {
    const [key, value] = p.split(':');
    switch (key) {
      case 'lemma':
        return `"${value}"`;
      case 'after':
      case 'afterWord':
        return `followed by ${AFTER_WORDS[value] ?? `"${value}"`}`;
      case 'before':
        return `after ${AFTER_WORDS[value] ?? `"${value}"`}`;
      case 'source':
        return `with ${SOURCE_WORDS[value] ?? value}`;
      case 'form':
        return value === 'base' ? 'in its base form' : value === 'ing' ? 'as a participle' : value === 's' ? 'in the present' : 'in the past';
      case 'ratio':
        return `a cue in about ${value}0% of its uses`;
      case 'sourceWords':
        return `a ${value}-word source`;
      case 'contentWords':
        return 'content of this length';
      case 'explicit':
        return 'an explicit "that" or colon';
      case 'infinitive':
        return 'an infinitive ("to ...")';
      case 'clause':
        return 'a clause after it';
      case 'nounLike':
        return 'a verb that is often a noun';
      case 'namedSpeaker':
        return 'a named or pronoun speaker';
      case 'quoted':
        return 'quoted words in the content';
      default:
        return p;
    }
  });
  return parts.join(' ');
}
