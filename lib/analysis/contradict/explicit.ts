import type { Attribution, Span, Statement } from '../../report/types';
import { CLAIM_VERBS, EXPLICIT_CUES, REBUTTAL, STATEMENT_NOUNS, type ExplicitCue } from '../lexicon/contradict-cues';
import { attributionInSentence, candidate, firstAtOrAfter, statementAt, statementOf, type Candidate } from './statement';
import { isTopicWord, wordsIn } from './words';

/** A cue that lacks what makes it a conflict between statements drops below the threshold by this much. */
const WEAK_CUE_PENALTY = 0.4;

/** "… the minister's earlier claim that" right after a cue: the conflicting claim is named there. */
const NAMED_CLAIM = /^\s*(?:(?:the|a|an|his|her|their|its|this|that|those|these)\s+)?(?:[\p{L}.\s-]{0,40}?['’]s\s+)?(?:(?:earlier|previous|prior|repeated|public|own|initial|official)\s+)?(?:claims?|assertions?|statements?|accounts?|insistence|suggestions?|allegations?|promises?|pledges?|assurances?|denials?|remarks?|testimony|reports?)\s+(?:that\s+)?/iu;

/**
 * Sentences in which the article itself says two things conflict. `a` is the sentence; `b` is the
 * statement it conflicts with when the article names it: an earlier attributed statement the
 * sentence refers to, the claim it sets itself against in the same sentence, or the evidence the
 * next sentence gives.
 */
export function findExplicit(text: string, sentences: Span[], attributions: Attribution[]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((sentence, i) => {
    const body = text.slice(sentence.start, sentence.end);
    for (const cue of EXPLICIT_CUES) {
      const m = cue.pattern.exec(body);
      if (!m) continue;
      const cueStart = sentence.start + m.index;
      const cueEnd = cueStart + m[0].length;
      // A statement on either side: "his remarks are at odds with ...", "... at odds with the minister's earlier promise".
      const weak = cue.needsStatementNoun && !hasStatementNoun(text, sentence.start, cueStart) && !hasStatementNoun(text, cueEnd, sentence.end, NOUN_AFTER_CUE_WORDS);
      const speaker = attributionInSentence(attributions, sentence);
      if (cue.needsAttribution && !speaker) continue;
      const b = target(cue, text, sentences, i, cueStart, cueEnd, attributions);
      const a = statementAt(text, sentence, speaker ? speaker.resolved ?? speaker.source : null, speaker?.id);
      const reason = weak
        ? `the article says "${m[0]}", but between people rather than statements`
        : b
          ? `the article says "${m[0]}": ${describeTarget(cue, b)}`
          : `the article says "${m[0]}"`;
      out.push(candidate('explicit', a, b, reason, cue.confidence + (b && cue.target === 'subject' ? 0.05 : 0) - (weak ? WEAK_CUE_PENALTY : 0)));
      break;
    }
  });
  return out;
}

/** How many attributions back a sentence may refer to. */
const LOOK_BACK = 40;

/** How many sentences back a rebuttal may answer a claim. */
const REBUTTAL_REACH = 3;

/**
 * The writer rebutting a claim just reported ("The team boasted of concessions. … That does nothing
 * to solve the problem."): `a` is the rebuttal, `b` the sentence holding the claim.
 */
export function findRebuttals(text: string, sentences: Span[], attributions: Attribution[]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((sentence, i) => {
    const body = text.slice(sentence.start, sentence.end);
    const m = REBUTTAL.exec(body);
    if (!m) return;
    for (let k = i - 1; k >= Math.max(0, i - REBUTTAL_REACH); k--) {
      const claim = sentences[k];
      const verb = CLAIM_VERBS.exec(text.slice(claim.start, claim.end));
      if (!verb) continue;
      const speaker = attributionInSentence(attributions, claim);
      const b = statementAt(text, claim, speaker ? speaker.resolved ?? speaker.source : null, speaker?.id);
      const a = statementAt(text, sentence, null);
      out.push(candidate('explicit', a, b, `the article answers a claim ("${verb[0]}") with "${m[0].trim()}"`, 0.6));
      return;
    }
  });
  return out;
}

function describeTarget(cue: ExplicitCue, b: Statement): string {
  if (cue.target === 'next') return 'the next sentence gives the conflicting fact';
  if (cue.target === 'previous') return b.source ? `it disputes what ${b.source} said just before` : 'it disputes the statement just before';
  if (cue.target === 'clause' || !b.attributionId) return 'the sentence names the claim it sets itself against';
  return b.source ? `it refers back to what ${b.source} said` : 'it refers back to an earlier statement';
}

/** "That promise", "This claim", "Such assurances": a sentence opening on the statement just reported. */
const ANAPHORIC_OPENING = /^\s*(?:that|this|such|these|those)\s+(?:[\p{L}-]+\s+)??(\p{L}+)\s/iu;
/** How far back (characters) the statement such an opening names may end: the sentence or two before. */
const ANAPHORA_REACH = 400;

/** What a study or a count found, named as the thing disputed. */
const FOUND_NOUNS = /\b(?:findings|results|figures|data|numbers|conclusions?)\b/i;

/** How far after the cue the other side's head noun may stand ("with the minister's earlier public promise"). */
const NOUN_AFTER_CUE_WORDS = 6;

/** Whether a statement noun stands among the first `words` words between `from` and `to`. */
function hasStatementNoun(text: string, from: number, to: number, words = Infinity): boolean {
  return wordsIn(text, from, to).slice(0, words).some((w) => STATEMENT_NOUNS.has(w.lower));
}

function target(
  cue: ExplicitCue,
  text: string,
  sentences: Span[],
  i: number,
  cueStart: number,
  cueEnd: number,
  attributions: Attribution[],
): Statement | null {
  const sentence = sentences[i];
  if (cue.target === 'previous') return justReported(text, sentence, attributions);
  if (cue.target === 'next') {
    const next = sentences[i + 1];
    if (!next || text.slice(sentence.end, next.start).includes('\n')) return null;
    return statementAt(text, next, null);
  }
  const named = NAMED_CLAIM.exec(text.slice(cueEnd, sentence.end));
  if (cue.target === 'clause' || named) {
    const lead = named ? named[0].length : /^\s*(?:that\s+)?/.exec(text.slice(cueEnd, sentence.end))![0].length;
    const start = cueEnd + lead;
    // A fronted cue ("Contrary to his claim that X, Y") names its claim up to the comma.
    const fronted = !/[,;]/.test(text.slice(sentence.start, cueEnd)) && cueEnd - sentence.start < 40;
    const comma = fronted ? text.slice(start, sentence.end).search(/,['"”’]*\s/) : -1;
    let end = comma > 0 ? start + comma : sentence.end;
    // A quotation closed after the comma (American style: nothing,") belongs to the claim.
    const closing = /^,(["'”’]+)/.exec(text.slice(end, sentence.end));
    if (closing && (text.slice(start, end).match(/["'“”‘’]/g) ?? []).length % 2 === 1) end += closing[0].length;
    const st = statementAt(text, { start, end: end - (/[.!?]["'”’)]*$/.exec(text.slice(start, end))?.[0].length ?? 0) }, null);
    // ("disputed that reading of the memo": what the claim is of, no claim's words.)
    const ofWhat = /^(?:of|about)\b/i.test(st.text.trim()) && !/\bthat\b/i.test(st.text);
    if (wordsIn(st.text).length >= 3 && !ofWhat) return st;
    if (cue.target === 'clause') return disputedObject(text, sentence, cueStart, cueEnd, attributions);
  }
  return referredStatement(text, sentence, cueEnd, attributions);
}

/** The attributed statement that ends last before `sentence`, when it ends near enough to be pointed back to. */
function justReported(text: string, sentence: Span, attributions: Attribution[]): Statement | null {
  const end = firstAtOrAfter(attributions, sentence.start);
  for (let k = end - 1; k >= 0; k--) {
    const at = attributions[k];
    if (at.contentSpan.end > sentence.start) continue;
    return sentence.start - at.contentSpan.end <= ANAPHORA_REACH ? statementOf(text, at) : null;
  }
  return null;
}

/**
 * "Ms Okafor disputed that reading of the memo.", "The association disputed the findings.": a claim named
 * with no clause of its own is an earlier statement, the one its words ("memo") name, or the one just
 * reported when it is pointed at ("that reading", "such claims").
 */
function disputedObject(text: string, sentence: Span, cueStart: number, cueEnd: number, attributions: Attribution[]): Statement | null {
  const object = wordsIn(text, cueEnd, sentence.end).filter((w) => isTopicWord(w) && !STATEMENT_NOUNS.has(w.lower)).map((w) => w.stem);
  const end = firstAtOrAfter(attributions, sentence.start);
  const earlier = attributions.slice(Math.max(0, end - LOOK_BACK), end).filter((at) => at.contentSpan.end <= sentence.start).reverse();
  const named = earlier.find((at) => {
    const words = new Set(wordsIn(text, at.contentSpan.start, at.contentSpan.end).concat(wordsIn(`${at.source ?? ''} ${at.resolved ?? ''}`)).filter(isTopicWord).map((w) => w.stem));
    return object.some((st) => words.has(st));
  });
  if (named) return statementOf(text, named);
  // ("disputed the findings": what a text found is the last text's.)
  if (FOUND_NOUNS.test(text.slice(cueStart, sentence.end))) {
    const found = earlier.find((at) => at.sourceType === 'document');
    if (found) return sentence.start - found.contentSpan.end <= ANAPHORA_REACH * 3 ? statementOf(text, found) : null;
  }
  return /^\s*(?:that|this|such|these|those)\b/i.test(text.slice(cueEnd)) || /\b(?:that|this|such|these|those)\s+\p{L}+\s*$/iu.test(text.slice(sentence.start, cueEnd)) ? justReported(text, sentence, attributions) : null;
}

/**
 * The earlier attributed statement a sentence refers to ("Khamenei's message echoed by the three
 * officials …"): the one whose source and content share the most topic words with the sentence,
 * at least two of them.
 */
function referredStatement(text: string, sentence: Span, cueEnd: number, attributions: Attribution[]): Statement | null {
  // "That promise is at odds with ...", "This claim was disputed by ...": the statement just reported.
  const opener = ANAPHORIC_OPENING.exec(text.slice(sentence.start, cueEnd));
  if (opener && STATEMENT_NOUNS.has(opener[1].toLowerCase())) return justReported(text, sentence, attributions);
  const before = new Set(wordsIn(text, sentence.start, cueEnd).filter(isTopicWord).map((w) => w.stem));
  let best: Attribution | null = null;
  let bestScore = 1;
  const end = firstAtOrAfter(attributions, sentence.start);
  // Nearest first, so of two equally good statements the one just before the sentence wins.
  for (let k = end - 1; k >= Math.max(0, end - LOOK_BACK); k--) {
    const at = attributions[k];
    if (at.contentSpan.end > sentence.start) continue;
    const said = new Set(wordsIn(text, at.contentSpan.start, at.contentSpan.end).filter(isTopicWord).map((w) => w.stem));
    const who = new Set(wordsIn(`${at.source ?? ''} ${at.resolved ?? ''}`).filter(isTopicWord).map((w) => w.stem));
    // Naming the speaker ("the ministers' message") says more than sharing a word of the content.
    let shared = 0;
    for (const st of before) shared += who.has(st) ? 2 : said.has(st) ? 1 : 0;
    if (shared > bestScore) {
      best = at;
      bestScore = shared;
    }
  }
  return best ? statementOf(text, best) : null;
}
