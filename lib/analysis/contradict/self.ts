import type { Attribution, Span } from '../../report/types';
import { COMMITTING_ACTIONS, REPORTING_VERB, SPEECH_CONTINUATIONS } from '../lexicon/contradict-cues';
import { attributionInSentence, candidate, statementAt, statementOf, type Candidate } from './statement';
import { ANTONYMS, MAX_STATEMENT_CHARS, isNegator, isTopicWord, negationScopes, sentenceIndexAt, stem, wordsIn, type Word } from './words';

const ACTION_STEMS = new Set([...COMMITTING_ACTIONS].map(stem));
const SPEECH_STEMS = new Set([...SPEECH_CONTINUATIONS].map(stem));
const IRREGULAR_ACTIONS = new Set(['paid', 'sent', 'met', 'bought', 'sold', 'built', 'took', 'gave', 'led', 'held', 'kept']);

/** "X said/stated/denied … that <negated claim>" up to the turn. */
const DISOWNING = new RegExp(
  String.raw`\b${REPORTING_VERB}\b[^.;]{0,200}?\b(?:not|never|no|n[o']t)\b|\bden(?:y|ies|ied|ying)\s+(?:any\s+|all\s+)?(?:involvement|role|responsibility|knowledge|part|links?|ties|connection|wrongdoing|support)\b`,
  'gi',
);

/** The turn to the action: ", but", ", yet", "; yet", "while", not "but that" (more reported speech). */
const TURN = /(?:,\s*|;\s*|\s)(?:but|yet|while|even as)\s+(?!that\b|also\b|said\b|added\b)/gi;

/** Subjects that keep the speaker of the first clause: a pronoun, "the same …", or none at all. */
const SAME_SUBJECT = /^(?:(?:they|he|she|it|we)\s+)?(?:(?:have|has|had|also|later|then|openly|publicly|quickly|still|soon|nonetheless|repeatedly)\s+){0,2}$/i;

/**
 * A source's statement against its own other statement or reported action. Within one sentence:
 * a disowning statement ("said they were not involved") turned by "but/yet/while" into an action of
 * the same subject that commits it ("but they praised it"). Across sentences, see findSelfAcrossSentences
 * and pairs.ts.
 */
export function findSelfInSentence(text: string, sentences: Span[], attributions: Attribution[]): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    DISOWNING.lastIndex = 0;
    const disown = DISOWNING.exec(body);
    if (!disown) continue;
    TURN.lastIndex = disown.index + disown[0].length;
    for (let turn = TURN.exec(body); turn; turn = TURN.exec(body)) {
      const afterStart = sentence.start + turn.index + turn[0].length;
      const action = committingAction(text, afterStart, sentence.end);
      if (!action) continue;
      const speaker = attributionInSentence(attributions, sentence);
      const who = speaker ? speaker.resolved ?? speaker.source : subjectOf(body.slice(0, disown.index));
      const said = statementAt(text, { start: sentence.start, end: sentence.start + turn.index }, who, speaker?.id);
      const did = statementAt(text, { start: afterStart, end: trimEnd(text, sentence) }, who);
      const reason = `a statement by ${who ?? 'the source'} disowns it, then "${turn[0].replace(/^[,;]/, '').trim()} … ${action.text}", an action that says otherwise`;
      // The action must bear on what was disowned ("praised it", "paid for the protest buses");
      // "said there was no fraud, but ordered an audit" acts on something else.
      const related = actsOnIt(text, said.span, did.span, action.end);
      out.push(candidate('self', said, did, reason, (action.pronoun ? 0.75 : 0.65) - (related ? 0 : UNRELATED_PENALTY)));
      break;
    }
  }
  return out;
}

const UNRELATED_PENALTY = 0.3;

/** How many sentences after a denial its speaker's deed may follow. */
const DEED_REACH = 2;
/**
 * "Two years later, he raised ...": an opening phrase, then the speaker as a pronoun, then the deed;
 * "But they praised it": a turn opening the sentence, as "but" does inside one.
 */
const DEED_OPENING = /^(?:(but|yet)\s+)?(?:[^,.;]{1,40},\s*)?(he|she|it|they|we)\s+(?:(?:also|later|then|quietly|still|nonetheless|openly|publicly)\s+)?/i;

/** "voted for" is a deed of support, "voted against" one of opposition. */
const VOTE_STANCE: Record<string, string> = { for: stem('support'), against: stem('oppose') };

/**
 * A source's negated statement against what the article then says the source did: "The mayor said
 * he would never raise property taxes. Two years later, he raised property taxes by 8 percent." The
 * deed's verb is the negated one, its subject a pronoun, and it acts on the same thing. So is a
 * stance against the opposite deed: "said she opposed the tax increase. She later voted for it."
 */
export function findSelfAcrossSentences(text: string, sentences: Span[], attributions: Attribution[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of attributions) {
    const who = a.resolved ?? a.source;
    if (!who || a.sourceType === 'vague') continue;
    const words = wordsIn(text, a.contentSpan.start, Math.min(a.contentSpan.end, a.contentSpan.start + MAX_STATEMENT_CHARS));
    const scopes = negationScopes(text, words);
    // The stance the statement opens with ("she opposed the tax increase"), when nothing negates it.
    const stance = scopes.length ? undefined : words.slice(0, 4).find((w) => ANTONYMS.has(w.stem));
    if (!scopes.length && !stance) continue;
    const object = stance ? words.slice(words.indexOf(stance) + 1).filter(isTopicWord).map((w) => w.stem) : [];
    const at = sentenceIndexAt(sentences, a.contentSpan.start);
    if (at < 0) continue;
    for (let k = at + 1; k < Math.min(sentences.length, at + 1 + DEED_REACH); k++) {
      const body = text.slice(sentences[k].start, sentences[k].end);
      const lead = DEED_OPENING.exec(body);
      if (!lead) continue;
      // "it" is a body and "he" or "she" a person: a deed by someone else is no contradiction.
      const pronoun = lead[2].toLowerCase();
      if ((pronoun === 'it') !== (a.sourceType === 'named-organization' || a.sourceType === 'document' || a.sourceType === 'media') && pronoun !== 'they' && pronoun !== 'we') continue;
      const deedWords = wordsIn(text, sentences[k].start + lead[0].length, sentences[k].end);
      const verb = deedWords[0];
      // A deed the article reports is past ("raised", "closed") and told by the writer, not quoted.
      if (!verb || isNegator(verb) || !((/ed$/.test(verb.lower) && !/eed$/.test(verb.lower)) || IRREGULAR_ACTIONS.has(verb.lower))) continue;
      // A deed may be read as speech by its own verb ("praised it"); any other attribution there makes it told, not done.
      if (attributions.some((o) => o.contentSpan.start < sentences[k].end && sentences[k].start < o.contentSpan.end && o.cueSpan?.start !== verb.start)) continue;
      const rest = new Set(deedWords.slice(1).filter(isTopicWord).map((w) => w.stem));
      const scope = scopes.find(({ head }) => head === verb.stem);
      const deed = (verb.lower === 'voted' && VOTE_STANCE[deedWords[1]?.lower ?? '']) || verb.stem;
      const reversed = !!stance && !!ANTONYMS.get(stance.stem)?.has(deed) && object.some((st) => rest.has(st));
      // "... said they were not involved. But they praised it": a turn to an act that commits the speaker to what was disowned.
      // A verb with a "that" clause ("But he acknowledged that ...") says something; it is no deed.
      const turned = !!lead[1] && !stance && (ACTION_STEMS.has(verb.stem) || IRREGULAR_ACTIONS.has(verb.lower)) && !SPEECH_STEMS.has(verb.stem) && deedWords[1]?.lower !== 'that' && actsOnIt(text, a.contentSpan, { start: verb.start, end: sentences[k].end }, verb.end);
      if (!reversed && !turned && !(scope && [...scope.scope].some((st) => st !== scope.head && rest.has(st)))) continue;
      const said = statementOf(text, a);
      const did = statementAt(text, { start: sentences[k].start, end: trimEnd(text, sentences[k]) }, who);
      const why = reversed
        ? `${who} says "${stance!.text}", then the article reports the opposite deed ("${text.slice(verb.start, deedWords[1]?.end ?? verb.end)} …")`
        : turned && !scope
          ? `a statement by ${who} disowns it, then "${lead[1]} … ${verb.text}", an action that says otherwise`
          : `${who} rules it out, then the article reports the deed ("${verb.text} …")`;
      out.push(candidate('self', said, did, why, 0.7));
      break;
    }
  }
  return out;
}

/** The action takes the disowned thing as its object ("it", "them") or shares a topic word with it. */
function actsOnIt(text: string, said: Span, did: Span, verbEnd: number): boolean {
  if (/^\s+(?:it|them|this|that|those|these)\b/i.test(text.slice(verbEnd, did.end))) return true;
  const disowned = new Set(wordsIn(text, said.start, said.end).filter(isTopicWord).map((w) => w.stem));
  return wordsIn(text, did.start, did.end).some((w) => isTopicWord(w) && disowned.has(w.stem));
}

/** The action verb that opens the clause after the turn, when it commits the speaker. */
function committingAction(text: string, from: number, to: number): { text: string; end: number; pronoun: boolean } | null {
  const words = wordsIn(text, from, to).slice(0, 5);
  for (let i = 0; i < words.length; i++) {
    const w: Word = words[i];
    if (isNegator(w)) return null;
    const lead = text.slice(from, w.start);
    if (!SAME_SUBJECT.test(lead)) return null;
    if (SPEECH_STEMS.has(w.stem)) return null;
    if (ACTION_STEMS.has(w.stem) || IRREGULAR_ACTIONS.has(w.lower)) {
      const pronoun = /^(?:they|he|she|it|we)\b/i.test(lead);
      // Without a subject, "but order was restored" would read as an action: ask for a verb form.
      if (!pronoun && !/ed$/.test(w.lower) && !IRREGULAR_ACTIONS.has(w.lower) && !/\b(?:have|has|had)\s+$/i.test(lead)) return null;
      return { text: w.text, end: w.end, pronoun };
    }
  }
  return null;
}

function subjectOf(before: string): string | null {
  const s = before.replace(/\b(?:have|has|had|repeatedly|also|long)\s*$/i, '').trim();
  return s ? s.split(/[,;]/).pop()!.trim() || null : null;
}

function trimEnd(text: string, sentence: Span): number {
  let end = sentence.end;
  while (end > sentence.start && /[.!?"'”’)\s]/.test(text[end - 1])) end--;
  return end;
}
