/**
 * The word classes and thresholds the attribution rules share (attribute.ts): how much a mined cue
 * is trusted, which small words open a clause, a circumstance or a source, and a few predicates
 * over single words.
 */
import { isCapitalized, type Token } from './tokens';
import {
  PUBLISHING,
  PARTICLE_PHRASES,
  SOURCE_AFTER_PHRASES,
  SOURCELESS_PHRASES,
  byFirstWord,
  verbCue,
} from './cue-lexicon';
import { DETERMINERS, PRONOUNS } from './lexicon/function-words';
import { ANONYMOUS_NOUNS, DOCUMENT_NOUNS, FINANCIAL_ACCOUNT_WORDS } from './lexicon/sources';
import { formIndex, nounForms } from './inflect';
import { OPENING_DOCUMENTS, REGARDING_VERBS, SPEAKING_ABOUT } from './lexicon/cues';

/** What follows a verb when a source asks for anonymity rather than reports anything. */
export const ANONYMITY_REQUEST = /^(not to be (named|identified|quoted)|to remain anonymous|for anonymity|anonymity|to not be named|to be (named|identified|quoted)(?! [a-z])|to be (identified|named) (only )?by (his|her|their) |on (the )?condition (of anonymity|that (he|she|they|his|her|their) )|to (give|provide|share|disclose) (his|her|their) (full |last |first )?names?|that (his|her|their) (full |last |sur)?names? (not|be withheld))\b/;

/**
 * What follows "respond", "reply", "return" or "refer" when a source was asked and gave nothing ("did
 * not respond to a request for comment", "did not return calls seeking comment", "referred questions
 * to the Pentagon"): the request is not something the source said, whatever the rest of the
 * sentence holds.
 */
export const UNANSWERED_REQUEST = /^(?:to )?(?:(?:a|an|the|my|our|his|her|their|its|this|these|several|multiple|repeated|numerous|two|three|written|emailed|phone|telephone|detailed|further|more)\s+)*(?:[a-z.]+'s\s+)?(?:requests?|inquiry|inquiries|messages?|e-?mails?|calls?|phone calls?|questions?|voicemails?)\b/;
export const ANSWERING_VERBS = new Set(['respond', 'reply', 'return', 'refer']);

/**
 * What follows "declined" or "refused" when a source withheld its words ("declined to comment",
 * "refused to say whether he would run"): the act of saying nothing is no content. A refusal to act
 * ("refused to endorse") is left to the cue's own rules.
 */
export const WITHHELD_SPEECH = /^to (?:comment|say|discuss|elaborate|speculate|answer|respond|talk|be (?:interviewed|identified|named|quoted)|specify|disclose|detail|(?:provide|give|offer|share) (?:details|specifics|further details|more details|a reason)|confirm or deny|reveal|explain|divulge|identify|name)\b/;
export const WITHHOLDING_VERBS = new Set(['decline', 'refuse']);
/**
 * Verbs of telling that, negated ("did not say when", "never explained why", "did not respond to his
 * claim", "has not confirmed the casting"), report nothing said.
 */
export const TELLING_VERBS = new Set(['say', 'tell', 'specify', 'explain', 'elaborate', 'disclose', 'reveal', 'detail', 'indicate', 'respond', 'reply', 'answer', 'comment', 'confirm']);

/** Nouns for people who tell a reporter things ("officials", "people familiar with ..."): whom a report cites. */
export const INFORMANT_FORMS = new Set([...ANONYMOUS_NOUNS, 'people'].flatMap((n) => nounForms(n)));

/** Strong enough on its own: the verb is a cue in at least this share of its uses (mined). */
export const STRONG = 0.4;

/** Below this, a verb counts only with an explicit "that" clause, colon or quote. */
export const WEAK = 0.12;

/** From here a verb counts with any object when a named person or pronoun is its subject. */
export const MID = 0.3;

/** At most this many tokens may follow the cue in "..., the official said on Tuesday." */
export const MAX_INVERTED_TAIL = 9;

export const MAX_CONTENT_TOKENS = 400;

export const DET = new Set(DETERMINERS);

export const PRONOUN = new Set(PRONOUNS);

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'get', 'got', 'gets']);

export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'lawmakers', 'supporters', 'voters', 'viewers', 'listeners', 'attendees']);

export const CLAUSE_STARTERS = new Set([...PRONOUNS, ...DETERMINERS, 'there', 'if', 'when', 'what', 'how', 'why', 'whether', 'he', 'she']);

/** "tweeted", "posted": a verb of publishing one's own words (lexicon/cues.ts). */
export const publishing = (t: Token) => !isCapitalized(t) && PUBLISHING.has(verbCue(t.lower)?.lemma ?? '');

/** Days and months: "on Monday:" ends a circumstance, not a name. */
export const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday']);

/** What may follow "As X said" before its comma: a time or an occasion ("on Saturday", "last week"). */
export const CIRCUMSTANCE_START = new Set(['on', 'in', 'at', 'during', 'after', 'last', 'earlier', 'this', 'recently', ...CALENDAR]);

/** A speaker label: one to three capitalised words and a colon at the start of a paragraph. */
export const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}):\s+(\S)/u;

/** Paragraph labels that are not speakers (lower case). */
export const NOT_SPEAKER_LABEL = new Set(['note', "editor's note", 'update', 'updated', 'photo', 'photos', 'video', 'watch', 'read', 'read more', 'related', 'source', 'sources', 'correction', 'clarification', 'warning', 'disclaimer', 'caption', 'credit', 'q', 'question', 'answer', 'summary', 'background', 'context', 'tags', 'topics', 'share', 'advertisement', 'see also', 'more', 'also', 'listen', 'subscribe']);

/** A paragraph that opens on a link to another story ("Read more:", "RELATED:"), from the labels news sites print. */
export const PROMO_LINE = /^\s*(?:read more|read also|also read|read next|related(?: coverage| stories| story| content)?|see also|more coverage|more on this|recommended|further reading)\s*:/i;

export const DASH = /^[\u2014\u2013-]$/;

/** A token that is a closing quotation mark (anchored: "Obama's" holds an apostrophe, not a mark). */
export const CLOSE_MARK = /^(?:["'\u201d\u2019\u00bb]|'')$/;

export const OPEN_MARK = /^(?:["'\u201c\u2018\u00ab]|'')$/;

/** An opening mark anywhere in a stretch of text; an apostrophe inside a word ("Obama's") is none. */
export const OPENING_MARK_IN = /["\u201c\u2018\u00ab]|(?<![\p{L}\p{N}])'/u;

export const INVERTED_TAIL = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'last', 'late', 'earlier', 'this', 'today', 'yesterday', 'tonight', 'afterward', 'afterwards', 'recently', 'via', 'through', 'from', 'with', 'because', 'since', 'for', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'then', 'again', 'privately', 'publicly', 'separately', 'earlier', 'later', 'recently']);

/** Verbs of regarding: "seen as", "saw it as", "viewed by many as". */
export const SEE_AS = new Set(['see', 'view', 'regard']);

export const SPEAKING = new Set(SPEAKING_ABOUT);

/** "talked about how ...": "about" and a question word open reported speech. */
export const aboutQuestion = (lowers: string[], k: number) => lowers[k] === 'about' && /^(how|why|what|whether|who)$/.test(lowers[k + 1] ?? '');

/** Participles of the verbs of regarding ("seen", "reviled"): the present and -ing forms are left out. */
export const REGARDED = new Map([...formIndex(REGARDING_VERBS)].filter(([form, lemma]) => form !== lemma && !/(s|ing)$/.test(form)));

export const SOURCE_AFTER_INDEX = byFirstWord(SOURCE_AFTER_PHRASES);

export const SOURCELESS_INDEX = byFirstWord(SOURCELESS_PHRASES);

export const PARTICLE_INDEX = byFirstWord(PARTICLE_PHRASES);

/** Openings of a prepositional phrase before the subject: "In a statement, ...". */
export const PREPOSITION_START = new Set(['as', 'in', 'on', 'at', 'during', 'after', 'before', 'for', 'from', 'with', 'by', 'speaking', 'asked', 'earlier', 'later', 'last', 'this']);

/** Verbs of thinking: their content follows without "that" ("Obama believes his efforts ..."). */
export const COGNITION = new Set(['believe', 'think', 'know', 'feel', 'expect', 'hope', 'fear', 'suspect', 'assume', 'worry', 'doubt', 'understand', 'realize', 'recognize', 'guess', 'suppose', 'insist', 'argue', 'predict']);

export const FINDING_VERBS = new Set(['show', 'find', 'suggest', 'indicate', 'reveal', 'conclude', 'estimate', 'predict', 'project', 'say', 'state', 'note', 'confirm']);

export const DOCUMENT_HEADS = new Set(DOCUMENT_NOUNS.flatMap((w) => nounForms(w)));

const ACCOUNT_WORDS = new Set(FINANCIAL_ACCOUNT_WORDS);
/** Whether "accounts" at `k` are financial statements: a word such as "latest" or "filed" within two words of it. */
export const financialAccountsAt = (lowers: string[], k: number) => lowers[k] === 'accounts' && [k - 2, k - 1, k + 1, k + 2].some((j) => ACCOUNT_WORDS.has(lowers[j] ?? ''));

export const OPENING_DOCUMENT_FORMS = new Set(OPENING_DOCUMENTS.flatMap((w) => nounForms(w)));

/** Verbs of intending: their infinitive is a plan, not something said or believed. */
export const INTENTION_VERBS = new Set(['plan', 'intend', 'aim', 'seek', 'try', 'attempt', 'decide', 'prefer', 'wish', 'want']);

export const PLURAL_QUANTIFIERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both', 'all', 'most', 'many', 'several', 'few', 'some', 'others']);

export const SINGULAR_QUANTIFIERS = new Set(['another', 'one', 'each', 'other']);

/**
 * "Two in three said", "another says", "most believe": a quantifier as the subject, told from a
 * determiner before a noun ("the report", "some claims") by the verb's agreement or a past tense.
 */
export function quantifierSubject(prev: string, form: string, lemma: string): boolean {
  const past = form !== lemma && !form.endsWith('s') && !form.endsWith('ing');
  if (PLURAL_QUANTIFIERS.has(prev)) return past || form === lemma;
  if (SINGULAR_QUANTIFIERS.has(prev)) return past || (form.endsWith('s') && form !== lemma);
  return false;
}

/** Helpers that make a finite verb: "the council will lose" is a clause, "the council" an object. */
export const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'cannot', 'may', 'might', 'shall', 'should', 'must', 'did', 'does', 'do']);

export const isFiniteHelper = (w: string) => AUXILIARY.has(w) || /n['\u2019]t$/.test(w);

export const COPULAR = new Set(['seem', 'appear', 'look', 'sound']);

/** Words that tie a "by X" or "to X" back to the phrase before them: "sources who spoke to", "a memo obtained by". */
export const RELATIVE_LINK = new Set(['spoke', 'talked', 'seen', 'quoted', 'cited', 'familiar', 'close', 'speaking', 'talking', 'briefed', 'obtained', 'reviewed', 'published', 'released', 'commissioned', 'conducted', 'compiled', 'prepared', 'issued', 'written', 'shown', 'sent', 'presented', 'submitted', 'leaked']);

/** A word that can open the subject of a "that" clause ("that more than ...", "that the ..."), not a relative's verb. */
export const opensClauseSubject = (t: Token | undefined) =>
  !!t && t.word && (DET.has(t.lower) || PRONOUN.has(t.lower) || isCapitalized(t) || /^(\d|more$|fewer$|most$|many$|nearly$|almost$|about$)/.test(t.lower));

/** "at least 1,400 people", "at most two": a hedged count, which opens what was said, not where or when. */
export const hedgedCountAt = (lowers: readonly string[], k: number) => lowers[k] === 'at' && /^(least|most)$/.test(lowers[k + 1] ?? '');

/** "at least 300 homes", "up to 40 people": a hedged count opens the subject as its number would. */
export const opensClauseSubjectAt = (tokens: Token[], lowers: readonly string[], k: number) =>
  opensClauseSubject(tokens[k]) || hedgedCountAt(lowers, k) || (lowers[k] === 'up' && lowers[k + 1] === 'to' && /^\d/.test(lowers[k + 2] ?? ''));
