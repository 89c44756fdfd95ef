/**
 * Finds attributions: quotes tied to a speaker by an adjacent cue, reported speech around a
 * reporting verb or phrase, and quote paragraphs that carry over the previous speaker. Output
 * drafts hold spans only; speakers.ts resolves and classify.ts types them.
 */
import type { AttributionKind, Block, Span } from '../report/types';
import type { Quote } from './quotes';
import { isAcronym, isCapitalized, tokenize, type Token } from './tokens';
import {
  CUE_NOUN_FORMS,
  CUE_TAIL_PHRASES,
  INFINITIVE_VERBS,
  LIGHT_VERB_FORMS,
  NOUN_LIKE,
  OBJECT_VERBS,
  PUBLISHING,
  SPEECH_ACT_NOUN_SET,
  ANSWER_NOUN_SET,
  STANCE,
  phraseAt,
  phraseFrom,
  mannerVerb,
  needsThat,
  quoteCue,
  verbCue,
  type VerbCue,
} from './cue-lexicon';
import {
  beforeNameRun,
  hasHead,
  isAbbrevDot,
  pronounBase,
  phraseAfter,
  phraseBefore,
  properRunAfter,
  skipBackBetween,
  skipForwardBetween,
  touching,
  type TokenRange,
  isAdverb,
  isSourcePreposition,
  OBJECT_PREPOSITION,
  objectGapBefore,
  THING_PRONOUNS,
  pluralPossessiveAt,
  isContractedPronoun,
  quotedNameAt,
} from './phrase';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PASTS, PARTICIPLE_ONLY, nounForms } from './inflect';
import { embeddedPostIn } from './embedded-post';
import { cueFeatures, describeFeature, scoreCue, strongestFeatures } from './cue-model';
import { CUE_MODEL_THRESHOLD } from './lexicon/cue-model-weights';
import { ACCORDING_TO_STANDARDS, AUDIENCES, EMERGENCIES, PROPOSITION_OBJECT_VERBS, SAY_IDIOMS, SAYING_VENUES } from './lexicon/cues';
import { INDEFINITE_PRONOUNS, NAME_PARTICLES, SENTENCE_CONNECTIVES, WORDS_IN_LY_NOT_ADVERBS } from './lexicon/function-words';
import { READING_TEXTS } from './lexicon/sources';
import {
  ANONYMITY_REQUEST,
  ANSWERING_VERBS,
  UNANSWERED_REQUEST,
  WITHHELD_SPEECH,
  WITHHOLDING_VERBS,
  INFORMANT_FORMS,
  TELLING_VERBS,
  STRONG,
  WEAK,
  MID,
  MAX_INVERTED_TAIL,
  MAX_CONTENT_TOKENS,
  DET,
  PRONOUN,
  BE,
  OBJECT_PRONOUNS,
  CLAUSE_STARTERS,
  publishing,
  CIRCUMSTANCE_START,
  TRANSCRIPT_LABEL,
  NOT_SPEAKER_LABEL,
  PROMO_LINE,
  DASH,
  OPEN_MARK,
  CLOSE_MARK,
  OPENING_MARK_IN,
  opensClauseSubject,
  opensClauseSubjectAt,
  hedgedCountAt,
  INVERTED_TAIL,
  SEE_AS,
  SPEAKING,
  aboutQuestion,
  REGARDED,
  SOURCE_AFTER_INDEX,
  SOURCELESS_INDEX,
  PARTICLE_INDEX,
  PREPOSITION_START,
  COGNITION,
  FINDING_VERBS,
  DOCUMENT_HEADS,
  financialAccountsAt,
  OPENING_DOCUMENT_FORMS,
  INTENTION_VERBS,
  PLURAL_QUANTIFIERS,
  quantifierSubject,
  AUXILIARY,
  isFiniteHelper,
  COPULAR,
  RELATIVE_LINK,
  CALENDAR,
} from './attribute-words';
import {
  colonLabel,
  clauseStart,
  spanOf,
  wordsIn,
  buildSentences,
  sentenceAt,
  contentTo,
  isSummingNoun,
  wordsBetween,
  tokenAt,
  tailAt,
  contentStop,
  relativeThenVerb,
  subjectAsideEnd,
  firstAtOrAfter,
  writerGlossAt,
  type Sentence,
} from './attribute-sentence';
import { dedupe } from './attribute-dedupe';
import { PLATFORMS, classifySource, couldSpeak, isOutlet } from './classify';

const ACCORDING_STANDARD = new Set(ACCORDING_TO_STANDARDS);
const NAME_PARTICLE = new Set(NAME_PARTICLES);
const SOURCE_PREPOSITION_WORDS = /^(of|for|at|in|with|from|on)$/;
/** A kind of doer or body before a name: "the promoter Livewire Events", "the trade body Cocoa UK". */
const DESCRIBER = /(?:er|or|ist|ant)$|^(body|group|association|union|agency|company|firm|charity|watchdog|regulator|institute|organisation|organization|network|coalition|council|lobby)$/;
/** Those whose rulings are what they say: "the tribunal ruled", "the judge held". */
const COURTS = /^(courts?|tribunals?|judges?|justices?|juries|jury|panels?|magistrates?|coroners?|ombudsman|arbitrators?|referees?)$/;
const AUDIENCE_NOUNS = new Set(AUDIENCES);
/** Particles and adverbs that may end a speaker's clause before a colon: "wrapped up:", "went on:". */
const COLON_PARTICLES = new Set(['up', 'out', 'on', 'off', 'back', 'down', 'again', 'later', 'then']);
const CONNECTIVES = new Set(SENTENCE_CONNECTIVES);
const INDEFINITE = new Set(INDEFINITE_PRONOUNS);
/** Participles that make a role of the noun after them: "managing partner", "acting director". By hand. */
const ROLE_PARTICIPLES = /^(?:managing|founding|acting|presiding|supervising|consulting|visiting|ranking|outgoing|incoming|retired|elected|appointed)$/;
/** Words after a cue that may open a clause of their own, not only say when or where. */
const CLAUSE_TAIL = /^(?:because|since|after|before|when|while|as|with|from|for|through|via|then)$/;
/** Texts a speaker writes in their own name: opening a sentence, they are where its subject's words stand. */
const AUTHORED_TEXTS = new Set(['statement', 'statements', 'letter', 'letters', 'memo', 'memos', 'testimony']);
/** Prepositions before a gerund of saying that keep the sentence's subject as its speaker. */
const GERUND_PREPOSITIONS = /^(?:by|beyond|after|before|without|besides)$/;
/** Texts a speaker puts out, before a participle that tells what they say: "issued a statement saying". By hand. */
const PUT_OUT_TEXTS = new Set(['statement', 'letter', 'email', 'e-mail', 'tweet', 'memo', 'note', 'post', 'message', 'video', 'release', 'op-ed', 'complaint', 'lawsuit', 'suit', 'petition', 'motion', 'filing', 'ad', 'advert', 'advertisement', 'notice', 'leaflet']);
/** Verbs of putting a text out, whose subject says what it says. By hand. */
const PUTTING_OUT = /^(?:issued|released|filed|sent|published|posted|wrote|signed|submitted|lodged|launched|started|ran|aired|circulated|distributed|delivered|tweeted|e-?mailed|brought|unveiled|penned|drafted|presented|shared|dispatched|produced|uploaded|broadcast|put|made|gave|read|tabled|introduced|revised|updated|amended|reissued)$/;
/** When and where a text was put out, between it and its participle: "filed a complaint with the commission on Tuesday alleging". */
const PUT_OUT_CIRCUMSTANCE = /^(?:on|in|at|with|against|to|last|this|earlier|late|early|the|a|an|week|month|year|morning|afternoon|evening|night|today|yesterday|\d+)$/;
/** What one holds or tells, after "In his ...," or "In Olsen's ...,": "In his view, ...". */
const VIEW_NOUNS = /^(view|views|telling|account|estimation|opinion|judgment|judgement|mind)$/;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const MODAL = /^(?:will|would|could|can|cannot|may|might|shall|should|must)$/;
/** Words that join or embed clauses: past one, a noun's clause is no longer a simple subject, verb and object. */
const CLAUSE_LINKS = /^(?:and|or|nor|but|that|which|who|whom|whose|what|whatever|whoever|where|when|whether|if|because|than|as|while|although|though|since|unless|until|so)$/;
/** Words that modify a noun and cannot head one, so "The latest claims that ..." is the noun "claims". By hand. */
const MODIFIER_ONLY = /^(?:latest|new|recent|earlier|previous|fresh|false|similar|such|repeated|renewed|unfounded|initial|main|key|central|same|other|first|last|final|early|further|wild|baseless|dire|stark|public|private)$/;
/** Prepositions a participle's phrase goes on with: "A post shared on social media claims". */
/** Words that open a subordinate clause with a subject of its own ("when its counsel, X, told"). */
const CLAUSE_SUBORDINATORS = /^(?:after|before|when|while|as|since|because|although|though|once|until)$/;
const PHRASE_PREPOSITIONS = /^(?:in|on|at|of|for|from|with|by|over|about|against|into|among|between|to|across|through|under|since)$/;
/** Prepositions in -ing, which go on describing rather than starting an act: ", during Bill Clinton's presidency". */
const ING_PREPOSITIONS = new Set(['during', 'including', 'regarding', 'concerning', 'according', 'following', 'pending', 'considering', 'excluding', 'notwithstanding', 'barring']);
/** The token after a sentence's opening connective and its comma ("Yet", "Meanwhile,"), or `from`. */
function pastConnective(tokens: Token[], from: number): number {
  if (!CONNECTIVES.has(tokens[from]?.lower ?? '')) return from;
  return tokens[from + 1]?.text === ',' ? from + 2 : from + 1;
}

/** What opens the question itself after "asked": "whether ...", "about the polls". */
const QUESTION_OPENERS = /^(if|whether|what|who|whom|which|how|why|when|where|about)$/;
/** What may say when or where a question was put before the question: "during a debate", "recently". */
const WHEN_OR_WHERE = /^(during|in|at|on|after|before|last|this|recently|again|later|earlier|repeatedly|then|once|twice|directly|point-blank)$/;

/** Participles that open a question put to a speaker between commas: "The spokesman, asked whether ..., said". */
const QUESTION_PUT = /^(asked|pressed|questioned)$/;
/** Works whose titles stand in quotation marks after them ("his book, 'Make Your Kid a Millionaire,'"). */
const TITLE_NOUNS = new Set(['book', 'show', 'film', 'movie', 'album', 'novel', 'song', 'program', 'programme', 'column', 'podcast', 'documentary', 'play', 'series', 'poem', 'memoir', 'essay', 'article', 'headline', 'speech', 'report', 'study', 'paper', 'video', 'ad', 'campaign', 'drama', 'guide', 'sitcom', 'musical', 'opera', 'comedy', 'thriller', 'single', 'track', 'painting', 'exhibition', 'anthem', 'hymn', 'ballad', 'manual', 'handbook', 'blog', 'newsletter', 'production', 'textbook', 'collection', 'sculpture', 'installation', 'symphony', 'game']);
/** Words after which a quotation is a name or title ("a broadcast of", "appeared on", "a series titled"). */
const TITLE_BEFORE = new Set(['of', 'on', 'in', 'at', 'from', 'for', 'by', 'with', 'about', 'into', 'onto', 'like', 'titled', 'entitled', 'marked', 'stamped', 'labelled', 'labeled', 'headlined']);
const UNNAMED_TYPES = new Set(['vague', 'anonymous']);
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/**
 * ', gesturing at the moorings, ', ', in a message to season-ticket holders, ': an aside of a few
 * words between commas, or the rest of the speaker's relative clause (' is continuing, ').
 */
const ASIDE_BEFORE_QUOTE = /^\s*(?:,\s*)?[^,.;:!?]{2,120},\s*$/;
const MAX_ASIDE_CHARS = 130;
/** How far past its sentence reported content may follow a quote it opened: a few sentences, not a stray mark's paragraph. */
const MAX_RUN_ON_CHARS = 800;
/** A quote that never closes ends at its block's end, on whatever character stands there. */
const QUOTE_MARK = /["'\u2018\u2019\u201c\u201d\u00ab\u00bb]/;

/**
 * Where the words between a split quote's cue and its second part end: '"X," he said, "Y."' and
 * '"X," the coach admitted after the match, "Y."' (a time or a place may follow the cue), or undefined.
 */
function splitAt(tokens: Token[], from: number): number | undefined {
  let k = from;
  if (INVERTED_TAIL.has(tokens[k]?.lower ?? '')) while (k < tokens.length && k - from < MAX_INVERTED_TAIL && tokens[k].word && !(verbCue(tokens[k].lower) && !isCapitalized(tokens[k]))) k++;
  // '"...," she wrote in her memoir, "Tough Choices."': after a work's noun the next quote is its title.
  if (k > from && TITLE_NOUNS.has(tokens[k - 1].lower)) return undefined;
  return tokens[k]?.text === ',' ? tokens[k - 1].end : undefined;
}

/** A lower-case verb of the past ("charged", "boomed", "cried"). */
const pastVerb = (t: Token | undefined) => !!t && t.word && !isCapitalized(t) && ((t.lower.length > 4 && t.lower.endsWith('ed')) || IRREGULAR_PASTS.has(t.lower));

/**
 * "As his lawyer, Ann Roe, noted": the role between "as" and the name set after it by a comma, or null.
 * ("As the crowd cheered Sanders on Tuesday night, the Post's Robert Costa reported, ...": a clause is no role.)
 */
function roleAfterAs(s: Sentence, src: TokenRange): TokenRange | null {
  const { tokens, lowers } = s;
  if (tokens[src.from - 1]?.text !== ',' || src.from < 3) return null;
  const role = phraseBefore(tokens, src.from - 2);
  if (!role || lowers[role.from - 1] !== 'as' || !(role.from === 1 || tokens[role.from - 2].text === ',')) return null;
  if (!(DET.has(lowers[role.from]) || POSSESSIVE_PRONOUN.test(lowers[role.from])) || role.to - role.from > 5) return null;
  return tokens.slice(role.from, role.to).some((t) => pastVerb(t) || (!isCapitalized(t) && isFiniteHelper(t.lower))) ? null : role;
}

const EMERGENCY = new Set(EMERGENCIES.flatMap((w) => nounForms(w)));
/** "a 911 call", "the blaze", "reports of a shooting": an emergency answered from `k` on. */
function respondsToEmergency(lowers: string[], k: number): boolean {
  let j = k;
  while (j < k + 4 && j < lowers.length && !EMERGENCY.has(lowers[j]) && (DET.has(lowers[j]) || /^(\d+|911|emergency|reported|multiple|several|two|three)$/.test(lowers[j]))) j++;
  return EMERGENCY.has(lowers[j] ?? '') || (/^reports?$/.test(lowers[j] ?? '') && lowers[j + 1] === 'of');
}

/** A clause with its own finite verb starts at `start` ("inflation has peaked"), not a bare object. */
function finiteClauseAt(s: Sentence, start: number): boolean {
  const { tokens, lowers } = s;
  // ("at least 300 homes were lost": a hedged count, not a place or time.)
  if (!tokens[start]?.word || (/^(in|on|at|for|of|to|with|about|by|from)$/.test(lowers[start]) && !hedgedCountAt(lowers, start))) return false;
  for (let k = start + 1; k < Math.min(tokens.length, start + 6) && tokens[k].word; k++) {
    // "Ed Rendell" and "Ted" end in -ed too.
    if (isCapitalized(tokens[k])) continue;
    if (isFiniteHelper(lowers[k]) || IRREGULAR_PASTS.has(lowers[k]) || /ed$/.test(lowers[k])) return true;
  }
  // "the order oversteps": a determiner, a singular noun and a verb of the present.
  // ("all of its products": a preposition is no noun, and "its" no verb.)
  return DET.has(lowers[start]) && !!tokens[start + 2]?.word && !isCapitalized(tokens[start + 1]) && !/s$/.test(lowers[start + 1]) && !/^(?:of|in|on|at|for|to|with|by|from)$/.test(lowers[start + 1]) && !isCapitalized(tokens[start + 2]) && /[^su']s$/.test(lowers[start + 2]) && !POSSESSIVE_PRONOUN.test(lowers[start + 2]);
}

/** "recalled all of its products", "has recalled its ambassador": a count or a body's own, taken back (not words). */
function recallsGoods(lowers: string[], k: number): boolean {
  return verbCue(lowers[k] ?? '')?.lemma === 'recall' && /^(?:\d|all$|its$|some$|more$|about$|nearly$|thousands$|hundreds$|millions$)/.test(lowers[k + 1] ?? '');
}

/** "..., the office said in a report published on Monday.": the text a cue names, then when or by whom it came out. */
function textOutAt(lowers: string[], k: number): boolean {
  const text = DOCUMENT_HEADS.has(lowers[k - 1] ?? '') || AUTHORED_TEXTS.has(lowers[k - 1] ?? '');
  return text && (/[^e]ed$/.test(lowers[k] ?? '') || IRREGULAR_PARTICIPLES.has(lowers[k] ?? '')) && (INVERTED_TAIL.has(lowers[k + 1] ?? '') || lowers[k + 1] === 'by');
}

/** "a report that recommended ...": a verb of the past right after "that" makes it a relative pronoun. */
const pastAfterThat = (t: Token | undefined) => !!t && !isCapitalized(t) && (IRREGULAR_PASTS.has(t.lower) || /[^e]ed$/.test(t.lower));

const ADJECTIVES_IN_LY = new Set(WORDS_IN_LY_NOT_ADVERBS);

/** "An analysis of super PACs": a phrase whose head, before "of", is a document. */
const documentBeforeOf = (lowers: string[], r: TokenRange) => {
  const inside = lowers.slice(r.from + 1, r.to);
  // ("Payroll records that Delmar provided": so before a relative clause.)
  return [inside.indexOf('of'), inside.indexOf('that')].some((at) => at >= 0 && DOCUMENT_HEADS.has(lowers[r.from + at]));
};

/** "The council claims the road ...": the word before a verb in -s with no "that" must be its subject's noun, not "of" or "ambiguous". */
const nounBefore = (w: string) => /^\p{L}/u.test(w) && !/^(of|from|by|with|to|in|on|at|for|about|more|most|less)$/.test(w) && !/(ous|ive|al|ful|ic|able|ible|ing)$/.test(w);

/**
 * "a New York Times report": a word after a determiner and a name is a noun; but after a plural
 * quantifier the name is the subject and the word its verb ("Some Republicans fear that").
 */
/** Adverbs between a subject and its predicate's verb: "The trust later backed her figures". */
const PREDICATE_ADVERBS = /^(?:later|then|also|since|quickly|again|once|still|swiftly|promptly|subsequently)$/;

/**
 * "Farmers in the Lesser Rhun valley", "The farmers in ...", "Many parents at ...": a phrase whose
 * plural head opens it and is followed by the place it is in, so the bare verb after it is the plural's.
 */
function placedPlural(tokens: Token[], lowers: string[], r: TokenRange): boolean {
  const place = lowers.slice(r.from + 1, r.to).findIndex((w) => /^(?:in|of|at|from|across|around|near|on|along)$/.test(w));
  if (place < 0) return false;
  const head = r.from + place;
  const opener = head === r.from || (head === r.from + 1 && /^(?:the|some|many|most|all|other|local)$/.test(lowers[r.from]));
  return opener && /[^su'’]s$/.test(lowers[head]) && !verbCue(lowers[head]) && (head === 0 || !isCapitalized(tokens[head]));
}

function afterNamedDeterminer(tokens: Token[], i: number): boolean {
  const b = beforeNameRun(tokens, i);
  return b < i - 1 && DET.has(tokens[b].lower) && !PLURAL_QUANTIFIERS.has(tokens[b].lower);
}

/** "it is widely believed", "are generally thought to": a sourceless phrase with an adverb inside, the adverb kept. */
function sourcelessWithAdverb(lowers: string[], i: number): string[] | undefined {
  if (!SOURCELESS_INDEX.has(lowers[i])) return undefined;
  for (const k of [i + 1, i + 2]) {
    if (!lowers[k]?.endsWith('ly') || !/^[a-z]{3,}ly$/.test(lowers[k])) continue;
    const phrase = phraseFrom(SOURCELESS_INDEX, [...lowers.slice(i, k), ...lowers.slice(k + 1, k + 6)], 0);
    if (phrase && phrase.length > k - i) return [...phrase.slice(0, k - i), lowers[k], ...phrase.slice(k - i)];
  }
  return undefined;
}

/**
 * Where the content before an interrupting source starts: "... in Iowa, which, his advisers believe,
 * would lead to ..." reports the relative clause, not its host; "... — that won't happen, they
 * believe — ..." the words between the dashes.
 */
function parentheticalLead(tokens: Token[], from: number, comma: number, dashAfter: boolean): number {
  if (comma - 2 >= from && /^(which|who)$/.test(tokens[comma - 1].lower) && tokens[comma - 2].text === ',') return comma - 1;
  // "(the existence of which, many Democrats say, represents ...)": inside a bracket the lead starts at it.
  for (let k = comma - 1; k >= from; k--) {
    if (tokens[k].text === ')') break;
    if (tokens[k].text === '(') return k + 1;
  }
  if (!dashAfter) return from;
  for (let k = comma - 1; k > from; k--) if (DASH.test(tokens[k].text) && !touching(tokens[k - 1], tokens[k])) return k + 1;
  return from;
}

/**
 * "said the suspect, a 34-year-old man from Leeds, was arrested": the appositive opened by the comma
 * at `comma` closes before the clause's own verb. The index after its closing comma, or -1.
 */
function appositiveBeforeVerb(s: Sentence, comma: number): number {
  const { tokens, lowers } = s;
  for (let k = comma + 1; k < Math.min(tokens.length, comma + 14); k++) {
    if (tokens[k].text === ',') {
      const verb = lowers[k + 1] ?? '';
      return tokens[k + 1]?.word && k > comma + 1 && (isFiniteHelper(verb) || IRREGULAR_PASTS.has(verb) || /[^e]ed$/.test(verb)) ? k + 1 : -1;
    }
    if (!tokens[k].word && /^[;:.!?"“”‘’]$/.test(tokens[k].text)) return -1;
  }
  return -1;
}

/**
 * How far a cue's "that" may stand past a listener and a circumstance with no verb of their own:
 * "said during a news conference at the state Capitol on Monday that".
 */
const CIRCUMSTANCE_WORDS = 15;
const LISTENER_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'reassure', 'notify', 'teach']);

/**
 * "a story that includes the ...", "a report that was released", "a report that recommended": a
 * "that" whose verb comes next opens a relative clause on the noun before it, not a cue's content.
 */
const opensRelative = (tokens: Token[], lowers: string[], k: number) =>
  !!tokens[k + 1] && ((!isCapitalized(tokens[k + 1]) && /[^s]s$/.test(lowers[k + 1]) && (DET.has(lowers[k + 2] ?? '') || isCapitalized(tokens[k + 2] ?? tokens[k]))) || isFiniteHelper(lowers[k + 1]) || (pastAfterThat(tokens[k + 1]) && !describesNounBeforeVerb(tokens, lowers, k + 1)));

/** "that inclined sleepers should be banned": a past form before a noun and that noun's verb describes the noun. */
const describesNounBeforeVerb = (tokens: Token[], lowers: string[], k: number) =>
  !!tokens[k + 1]?.word && !isCapitalized(tokens[k + 1]) && !DET.has(lowers[k + 1]) && /^(will|would|should|could|can|may|might|must|are|were|have|had)$/.test(lowers[k + 2] ?? '');

/**
 * Where a verb that carries the cue before its "to" begins, or -1: "seemed to suggest", "continued
 * to insist", "was quick to point out", "hastened to add", "took to Twitter to say". `k` is the word
 * before the "to".
 */
function raisingBefore(tokens: Token[], lowers: string[], k: number): number {
  const w = lowers[k] ?? '';
  if (k < 0 || (isCapitalized(tokens[k]) && !PLATFORMS.has(w))) return -1;
  if (COPULAR.has(verbCue(w)?.lemma ?? '') || /^(proceed|proceeds|proceeded|continue|continues|continued|began|begins|start|starts|started|hastened|rushed|paused|stopped)$/.test(w)) return k;
  // "was quick to point out", "were careful to note", "is at pains to stress".
  if (/^(quick|careful|eager|keen|swift|pains)$/.test(w) && (BE.has(lowers[k - 1] ?? '') || (lowers[k - 1] === 'at' && BE.has(lowers[k - 2] ?? '')))) return k;
  // "took to Twitter to say", "took to the airwaves to insist".
  let to = k - 1;
  if (PLATFORMS.has(w) || /^(media|airwaves|podium|stage|floor|microphone)$/.test(w)) {
    while (to > k - 4 && lowers[to] !== 'to') to--;
    if (lowers[to] === 'to' && /^(took|take|takes|taking)$/.test(lowers[to - 1] ?? '')) return to - 1;
  }
  return -1;
}

/** Where words are put: "put it in a statement", "in his memo to employees". */
const WRITTEN_IN = new Set(SAYING_VENUES);
/** A name, then where it spoke: "Mr. Obama in his speech", "Stumpf in a televised interview". */
/** Whether a text's noun with its participle right after it ("reports filed", "a report published") starts in [from, to). */
/** Where a source's first aside opens ("The report, which relied on six sets of data,"), or -1. */
const asideIn = (lowers: string[], src: TokenRange) => {
  const comma = lowers.indexOf(',', src.from);
  return comma > src.from && comma < src.to ? comma : -1;
};
/** A source's words before its first aside: the phrase the aside describes. */
const sourceHead = (lowers: string[], src: TokenRange) => {
  const aside = asideIn(lowers, src);
  return lowers.slice(src.from, aside >= 0 ? aside : src.to);
};
const madeTextIn = (tokens: Token[], lowers: string[], from: number, to: number) => lowers.slice(from, to).some((w, j) => DOCUMENT_HEADS.has(w) && (pastVerb(tokens[from + j + 1]) || PARTICIPLE_ONLY.has(lowers[from + j + 1] ?? '')));
const SPOKE_IN = /^((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*)\s+(?:in|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u;
/**
 * ", in a briefing", ", during a speech": does token `k` open where words were said? Looser than
 * attribute-sentence's venueAt, which also bounds what follows, as a phrase closing a content must.
 */
const placeOfSayingAt = (lowers: string[], k: number) => /^(in|during|at)$/.test(lowers[k] ?? '') && lowers.slice(k + 1, k + 4).some((w) => WRITTEN_IN.has(w));
const READING = new Set(READING_TEXTS);

const PERSONAL_PRONOUN = /^(he|she|they|it|we|i|you)$/i;
/** Owners of what was said: "Her view is that ...", "His answer: ...". */
const POSSESSIVE_PRONOUN = /^(his|her|their|its)$/;
/** "had a snappy retort:": a light verb for an answer before a colon, which only "have" adds to. */
const HAVE_FORMS = new Set(['have', 'has', 'had', 'having']);
const saidAsNoun = (lower: string) => SPEECH_ACT_NOUN_SET.has(lower) || ANSWER_NOUN_SET.has(lower);

/** The owner of the noun of a speech act at the head of a phrase: "Her" of "Her reply", "the minister" of "The minister's message to investors". */
function ownerOfSaying(tokens: Token[], lowers: string[], phrase: TokenRange): { source: Span; noun: number } | null {
  for (let h = phrase.from + 1; h < phrase.to && h - phrase.from <= 5; h++) {
    if (!saidAsNoun(lowers[h])) continue;
    const owner = lowers[h - 1];
    if (/^(his|her|their)$/.test(owner)) return { source: { start: tokens[h - 1].start, end: tokens[h - 1].end }, noun: h };
    if (/['’]s$/.test(owner) || /['’]$/.test(owner)) {
      const end = tokens[h - 1].end - (/['’]s$/.test(owner) ? 2 : 1);
      return end > tokens[phrase.from].start ? { source: { start: tokens[phrase.from].start, end }, noun: h } : null;
    }
    return null;
  }
  return null;
}

/** "The hospital, as quoted by the BBC": the relay inside a subject phrase is the via, not the source. */
const RELAY_IN_SOURCE = /,\s+(?:as quoted by|quoted by|as reported by|according to|cited by)\s+/i;
/** A run of capitalised words naming someone or something: "TechCrunch", "New York Times". */
/** A name in capitals, with an "of" inside ("The Times of Israel"). */
const NAMED = String.raw`\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’&-]*)*`;
/** ", in an interview with TechCrunch," between a source and its cue. */
const INTERVIEWED_BY = new RegExp(String.raw`^,\s*(?:in an interview with|speaking to|talking to|in remarks to)\s+((?:the\s+)?${NAMED})\s*,\s*$`, 'u');
/** The name right after "in an interview" closing a cue. */
const INTERVIEW_WITH = new RegExp(String.raw`^\s+with\s+((?:[Tt]he\s+)?${NAMED})`, 'u');
/** The outlet of an inverted "was quoted (as saying) by". */
const QUOTED_BY = new RegExp(String.raw`^\s+(?:as\s+saying\s+)?by\s+((?:[Tt]he\s+)?${NAMED})`, 'u');
/** The name right after "told". */
const TOLD_OUTLET = new RegExp(String.raw`^\s+((?:[Tt]he\s+)?${NAMED})`, 'u');
/** An opening "Speaking to Sky News," or "In an interview with the BBC," before the source. */
const REACHED_THROUGH = /^(?:(?:Speaking|Talking) (?:to|with)|In an interview with) ((?:the )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*)*),\s*$/u;

export interface Draft {
  content: Span;
  kind: AttributionKind;
  source: Span | null;
  cue: Span | null;
  sentence: Span;
  /** The source and cue that interrupt the content ("The museum, Mr. Obama said, would ..."): not part of what was said. */
  gap?: Span;
  /** Which rule fired, for the reason line: "quote + cue", "cue", "according to", ... */
  rule: string;
  /** For "who"/"which" sources: the phrase the relative pronoun stands for. */
  antecedent?: Span;
  /** A quote with no cue of its own: the draft whose speaker it carries over. */
  carriedFrom?: Draft;
  /** How much the cue alone is trusted (the mined ratio; 1 for quotes and fixed phrases). */
  strength: number;
  /** The source is a bare pronoun: nested under another attribution it is that speaker's words. */
  pronounSource?: boolean;
  /** The cue tells a belief held ("believe", "fear"), not words said. */
  belief?: boolean;
  /** A document's finding ("an investigation found"), which may open another source's reported words. */
  finding?: boolean;
  /** Found by a noun cue ("speculation that"): stands even inside another attribution. */
  keepNested?: boolean;
  /** "That's what X want, too": the same words as an earlier attribution, from another source. */
  echo?: boolean;
  /** The outlet a quote was relayed through ('"...," said the official, as quoted by Reuters'). */
  via?: Span;
  /** Set when the cue model (cue-model.ts), not the rules alone, accepted the draft. */
  model?: { score: number; features: string[] };
  /** The source is a transcript's speaker label ("PENCE", "HOST", or "A" for the one a Q&A interviews). */
  label?: 'speaker' | 'answer';
}

export interface FindOptions {
  /** The cue model's score from which a weak cue counts (0..1; 0 keeps every candidate). */
  cueThreshold: number;
}

export const DEFAULT_FIND_OPTIONS: FindOptions = { cueThreshold: CUE_MODEL_THRESHOLD };

const PROPOSITION_OBJECT = new Set(PROPOSITION_OBJECT_VERBS);

/** "accused of injuring dozens by driving onto a sidewalk told police": a gerund after its preposition is an act, not a speaker. */
function gerundAct(s: Sentence, r: TokenRange): boolean {
  if (isCapitalized(s.tokens[r.from]) || !/ing$/.test(s.lowers[r.from])) return false;
  // "by deliberately driving": past an adverb of manner.
  let k = r.from - 1;
  while (k > 0 && isAdverb(s.tokens[k])) k--;
  return k >= 0 && /^(by|of|for|after|before|without|while|from)$/.test(s.lowers[k]);
}

export function findAttributions(text: string, blocks: Block[], sentenceSpans: Span[], quotes: Quote[], options: FindOptions = DEFAULT_FIND_OPTIONS): Draft[] {
  const sents = buildSentences(text, sentenceSpans, blocks);
  if (!sents.length) return [];
  const drafts: Draft[] = [];
  const usedCue = new Set<number>(); // token start offsets of cues already used
  const consumed = new Set<Quote>();

  const mainQuoteSpans = quotes.filter((q) => !q.nested);
  /** Cues inside a quotation are the speaker's words, not the article's attributions. */
  const insideQuote = (offset: number) => {
    // Main quotes do not overlap and are sorted: the last one opening before `offset` decides.
    let lo = 0;
    let hi = mainQuoteSpans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (mainQuoteSpans[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && offset < mainQuoteSpans[found].end;
  };

  /**
   * "sources who spoke to Reuters", "two engineers who inspected the site said": the phrase before
   * the relative clause joins the source.
   */
  const extendRelative = (s: Sentence, r: TokenRange): TokenRange => {
    const { tokens, lowers } = s;
    // ("A diplomat who met Kovac said she told him ...": a subject pronoun is its own clause's subject;
    // "the man who hired him" ends in an object.)
    if (r.to - r.from === 1 && /^(he|she|they|we|i)$/.test(lowers[r.from])) return r;
    // "a woman who died after taking diet pills": the phrase read back may start inside the clause.
    // "An analysis of super PACs that have raised $1 million or more shows": so may a document's.
    let who = r.from - 1;
    const inNumber = (k: number) => tokens[k].text === ',' && /^\d/.test(tokens[k - 1]?.text ?? '') && /^\d/.test(tokens[k + 1]?.text ?? '');
    const relativeWho = (k: number) => lowers[k] === 'who' && !isAcronym(tokens[k]);
    while (who > r.from - 8 && who > 0 && (tokens[who].word || /^[$%]$/.test(tokens[who].text) || inNumber(who)) && !relativeWho(who) && lowers[who] !== 'that') who--;
    if (relativeWho(who) && who >= 1) {
      let base = phraseBefore(tokens, who - 1);
      // "Another Muslim who worshiped there and who did not want to be named": a second relative clause.
      if (!base && lowers[who - 1] === 'and') {
        for (let k = who - 2; k > Math.max(0, who - 16); k--) {
          if (!tokens[k].word) break;
          if (relativeWho(k)) {
            base = phraseBefore(tokens, k - 1);
            break;
          }
        }
      }
      return base && hasHead(tokens, base) ? { from: base.from, to: r.to } : r;
    }
    // Only a clause with no subject of its own: in "a note that the businessman praised", he speaks.
    const verbNext = !!tokens[who + 1] && !isCapitalized(tokens[who + 1]) && (AUXILIARY.has(lowers[who + 1]) || pastAfterThat(tokens[who + 1]));
    if (lowers[who] === 'that' && who >= 1 && verbNext && !PRONOUN.has(lowers[r.from]) && !lowers.slice(who + 1, r.from).some((w) => /^(what|who|which|that)$/.test(w))) {
      const base = phraseBefore(tokens, who - 1);
      if (base && (DOCUMENT_HEADS.has(lowers[base.to - 1]) || documentBeforeOf(lowers, base))) return { from: base.from, to: r.to };
    }
    // "Payroll records that Delmar provided to the Times show ...": a record shows what it holds, whoever
    // gave it.
    const finding = FINDING_VERBS.has(verbCue(lowers[skipForwardBetween(tokens, r.to, tokens.length)] ?? '')?.lemma ?? '');
    if (lowers[who] === 'that' && who >= 1 && finding && (isCapitalized(tokens[who + 1]) || DET.has(lowers[who + 1])) && lowers.slice(who + 2, r.to).some((w, j) => pastVerb(tokens[who + 2 + j]))) {
      const base = phraseBefore(tokens, who - 1);
      if (base && DOCUMENT_HEADS.has(lowers[base.to - 1])) return { from: base.from, to: r.to };
    }
    // "Everyone I interviewed said", "the economists we spoke to": a relative clause without "who".
    const pastOnly = r.to - r.from <= 2 && !isCapitalized(tokens[r.from]) && (/ed$/.test(lowers[r.from]) || IRREGULAR_PASTS.has(lowers[r.from]));
    if (pastOnly && /^(i|we|you|they)$/.test(lowers[r.from - 1] ?? '') && r.from >= 2) {
      const base = phraseBefore(tokens, r.from - 2);
      if (base && base.to === r.from - 1) return { from: base.from, to: r.to };
    }
    // "voters going to the polls said", "residents living near the plant told": where those a
    // participle describes go or live is part of who they are.
    const participle = r.from - 2;
    if (participle >= 1 && /^(to|in|near|at|on|from|around|outside|inside)$/.test(lowers[r.from - 1] ?? '') && /ing$/.test(lowers[participle]) && !isCapitalized(tokens[participle])) {
      const base = phraseBefore(tokens, participle - 1);
      if (base && base.to === participle) return { from: base.from, to: r.to };
    }
    if (!/^(to|by|with|from)$/.test(lowers[r.from - 1] ?? '')) return r;
    // "A poll by YouGov found", "Data from the CDC show": the document speaks, its author is part of the phrase.
    if (/^(by|from)$/.test(lowers[r.from - 1]) && DOCUMENT_HEADS.has(lowers[r.from - 2] ?? '')) {
      const base = phraseBefore(tokens, r.from - 2);
      if (base) return { from: base.from, to: r.to };
    }
    for (let k = r.from - 2; k >= Math.max(0, r.from - 4); k--) {
      if (!RELATIVE_LINK.has(lowers[k])) continue;
      const end = lowers[k - 1] === 'who' ? k - 2 : k - 1;
      const base = end >= 0 ? phraseBefore(tokens, end) : null;
      return base ? { from: base.from, to: r.to } : r;
    }
    return r;
  };

  /**
   * A source with appositives before its cue: "Jane Doe, a spokeswoman for the union, which
   * represents teachers, said" — comma-separated chunks back to a noun phrase opening the clause.
   */
  const appositiveBefore = (s: Sentence, b: number): TokenRange | null => {
    const whole = appositiveChain(s, b);
    const that = whole ? -1 : reportedClauseStart(s, b);
    const r = whole ?? (that >= 0 ? appositiveChain(s, b, that + 1) : null);
    if (!r) return null;
    // "Clinton, speaking to reporters on her plane, said": the participle tells where, not who.
    // "The agency, in a statement released late Friday, said", "Mr. Reed, for his part, argued": a
    // circumstance between commas (but "Jane Roe, of the union," and "Dr. Lin, at Yale," are who).
    for (let k = r.from + 1; k < r.to - 1; k++) {
      if (s.tokens[k].text !== ',' || isCapitalized(s.tokens[k + 1])) continue;
      const next = s.lowers[k + 1];
      if (/^(which|whom)$/.test(s.lowers[k + 2] ?? '')) continue; // "The company, in which the state holds a stake,"
      // "The spokesman, asked whether ..., said", "Ms. Lee, reached by phone, said": so does a
      // question put to the speaker, or how they were reached.
      if (next.endsWith('ing') || /^(in|during|on|after|before|reached|contacted)$/.test(next) || QUESTION_PUT.test(next) || (next === 'for' && s.lowers[k + 3] === 'part')) return { from: r.from, to: k };
    }
    return r;
  };

  /**
   * "She told jurors that the landlord, Gareth Pim, once told her ...": a clause reported with "that"
   * has a subject of its own, which starts after it. Where that "that" is, or -1.
   */
  const reportedClauseStart = (s: Sentence, b: number): number => {
    for (let d = b - 1; d > 0; d--) {
      if (s.lowers[d] === 'that' && s.tokens.slice(Math.max(0, d - 4), d).some((t) => t.word && !isCapitalized(t) && (verbCue(t.lower)?.ratio ?? 0) >= STRONG)) return d;
    }
    return -1;
  };

  /** Is the cue after the source that ends at comma `b` followed by a comma, so that the content goes on? */
  const interruptsAfter = (s: Sentence, b: number) => {
    let c = b + 1;
    while (AUXILIARY.has(s.lowers[c] ?? '')) c++;
    return (verbCue(s.lowers[c] ?? '')?.ratio ?? 0) >= STRONG && s.tokens[c + 1]?.text === ',';
  };

  const appositiveChain = (s: Sentence, b: number, minFloor = 0): TokenRange | null => {
    const { tokens, lowers } = s;
    if (tokens[b]?.text !== ',') return null;
    // A spaced dash starts the clause: a dateline ("LONDON (Reuters) - Britain's largest supplier,
    // Centrica, said") or the writer's aside ("And it was no accident — Brendan Buck, a spokesman, told").
    let floor = 0;
    // ("Unionist politicians were more cheerful: the leader of the party, Beth Anwen, wrote": so does a colon,
    // and a semicolon: "Early reviews have been mixed; the Drover, the country's oldest music magazine, said".)
    for (let d = b - 1; d > 0; d--) {
      if ((DASH.test(tokens[d].text) && !touching(tokens[d - 1], tokens[d]) && !touching(tokens[d], tokens[d + 1])) || ((tokens[d].text === ':' || tokens[d].text === ';') && !insideQuote(tokens[d].start))) {
        floor = d + 1;
        break;
      }
    }
    floor = Math.max(floor, minFloor);
    let end = b;
    let head: TokenRange | null = null;
    // ("Clara Voss's campaign manager", "Ms. Marsk's deputy": a role a name's possessive opens is a head too.)
    const ownedRole = (r: TokenRange) => isCapitalized(tokens[r.from]) && lowers.slice(r.from, r.to - 1).some((w) => /['’]s$/.test(w));
    // A quotation mark opening at `j` after a preposition, a work's noun or another mark opens a title.
    // ('Her 1979 paper, "Carbonate Drift in the Deep Boreal Basin", showed': a work's noun, its comma, then the title.)
    const titleAt = (j: number) => TITLE_BEFORE.has(lowers[j - 1] ?? '') || TITLE_NOUNS.has(lowers[j - 1] ?? '') || QUOTE_MARK.test(tokens[j - 1]?.text ?? '') || (tokens[j - 1]?.text === ',' && TITLE_NOUNS.has(lowers[j - 2] ?? ''));
    for (let chunks = 0; chunks < 5; chunks++) {
      let k = end - 1;
      let strongVerbs = 0;
      let quotedAside = false;
      while (k >= floor && tokens[k].text !== ',' && end - k <= 40) {
        // ('... "without so much as a hearing," and its president, Wade Turnbull, said': a quotation
        // closing on its comma, then "and", ends the chunk as the comma would.)
        if (CLOSE_MARK.test(tokens[k].text) && tokens[k - 1]?.text === ',' && k < end - 1 && /^(and|but)$/.test(lowers[k + 1] ?? '')) break;
        const v = verbCue(lowers[k]);
        // "The newspaper, citing unnamed officials, said": a participle opening the chunk relays, it does not report.
        const relaying = lowers[k].endsWith('ing') && tokens[k - 1]?.text === ',';
        // "a creative writing professor": an -ing word after a determiner and before the noun describes it.
        const modifier = lowers[k].endsWith('ing') && k + 1 < end && tokens[k + 1].word && (DET.has(lowers[k - 1] ?? '') || DET.has(lowers[k - 2] ?? ''));
        // ("One analyst on the call": a cue word after a determiner is a noun.)
        // ("A report published on Monday by ...": nor is a participle right after a text's noun.)
        const textMade = pastVerb(tokens[k]) && DOCUMENT_HEADS.has(lowers[k - 1] ?? '');
        if (v && v.ratio >= STRONG && !isCapitalized(tokens[k]) && !relaying && !modifier && !textMade && !DET.has(lowers[k - 1] ?? '')) strongVerbs++;
        // "a retired firefighter who asked that his name not be published": a verb in a relative
        // clause inside the chunk is the description's.
        // ("speaking on condition of anonymity because they feared retaliation": so is a verb in a reason given.)
        if (/^(who|which|whom|whose)$/.test(lowers[k]) || (/^(because|since)$/.test(lowers[k]) && tokens[k - 1]?.text !== ',')) strongVerbs = 0;
        // A title in quotation marks may stand in a description ('the co-author of "Going Viral,"'), and
        // words quoted in an aside of what the speaker did ('citing "the unique magic of Trump,"').
        // (An apostrophe alone is a possessive's; two make a quotation mark.)
        // ('Bryn "Chalky" Watkins', 'whose colleagues call her "Tank"': a quoted nickname is part of the chunk.)
        const nickname = quotedNameAt(tokens, k) || quotedNameAt(tokens, k - 2);
        const mark = !nickname && (/^["\u201c\u201d\u00ab\u00bb]$/.test(tokens[k].text) || (tokens[k].text === "'" && (tokens[k - 1]?.text === "'" || tokens[k + 1]?.text === "'")));
        // An opening mark stands apart from the word before it; a closing one touches it ('Fund,'' a')
        // and closes a title or an aside's quote opened inside the chain, not words said before it.
        const opening = mark && !touching(tokens[k - 1], tokens[k]);
        if (opening) quotedAside ||= !titleAt(k);
        else if (mark) {
          let open = k - 1;
          while (open >= floor && !(/^["\u201c\u201d\u00ab\u00bb']$/.test(tokens[open].text) && !touching(tokens[open - 1], tokens[open]))) open--;
          // ('which also makes the "Morning Crunch" line': a name quoted after a determiner is a title too.)
          if (open < floor || !(titleAt(open) || /ing$/.test(lowers[open - 1] ?? '') || DET.has(lowers[open - 1] ?? ''))) return null;
        } else if (!tokens[k].word && !nickname && !/^[.&'\u2019()$%-]$/.test(tokens[k].text)) return null;
        k--;
      }
      const first = tokens[k + 1];
      // ("the council sent letters, signed by Cr Ashby, to the 19 households ..., advising": whom something
      // went to, between commas, describes no speaker; "Sanders, to his credit, refuses" is an aside.)
      if (k >= floor && first?.lower === 'to' && /^(the|a|an|\d[\d,]*)$/.test(lowers[k + 2] ?? '')) return null;
      // ('Humphrey, who calls Trump a "sociopath," said': so may a relative clause.)
      if (quotedAside && !(first?.lower.endsWith('ing') && !isCapitalized(first)) && !/^(who|which)$/.test(first?.lower ?? '')) return null;
      // A reporting verb inside a relative clause ("who asked not to be named") reports nothing;
      // inside an opening adverbial ("After delegates were deemed ineligible, X, the chair, said")
      // it does not matter.
      const openingAdverbial = k < floor && (CLAUSE_SUBORDINATORS.test(first?.lower ?? '') || /^(if|despite)$/.test(first?.lower ?? ''));
      // "The spokesman, asked whether the minister would resign, said": the question put to the
      // speaker between commas is no verb of theirs.
      const questionPut = k >= floor && QUESTION_PUT.test(first?.lower ?? '');
      // "The ruling, written by Justice Kagan, held": a participle with its agent describes the subject.
      // "responded by pointing" is the speaker's act, not an agent.
      // ("An assessment, described to reporters by a senior official, concluded": whom it went to may stand before the agent.)
      // ("The report, drawn up by the Health Scrutiny Committee, says": a participle with its particle too.)
      const agentAt = lowers[k + 2] === 'to' && lowers[k + 4] === 'by' ? k + 4 : /^(up|out)$/.test(lowers[k + 2] ?? '') && lowers[k + 3] === 'by' ? k + 3 : k + 2;
      const authoredBy = k >= floor && strongVerbs <= 1 && (/(tten|ed)$/.test(first?.lower ?? '') || IRREGULAR_PARTICIPLES.has(first?.lower ?? '')) && lowers[agentAt] === 'by' && !/ing$/.test(lowers[agentAt + 1] ?? '') && (strongVerbs === 0 || !!verbCue(first?.lower ?? ''));
      // "The letter, written in May, says": so does a participle that is no simple past, and when or where.
      // ("Internal company emails, cited in a lawsuit ..., show": a text's participle, where it stands.)
      const writtenWhen = k >= floor && strongVerbs === 1 && (PARTICIPLE_ONLY.has(first?.lower ?? '') || (/ed$/.test(first?.lower ?? '') && (DOCUMENT_HEADS.has(lowers[k - 1] ?? '') || financialAccountsAt(lowers, k - 1)))) && /^(in|on|at|during|after|before|last|this|earlier|over)$/.test(lowers[k + 2] ?? '');
      // "Sanders, having suggested in a speech that she is unqualified, said ...": what the subject had done is an aside.
      const perfectAside = k >= floor && first?.lower === 'having';
      if (strongVerbs > 0 && !/^(who|which|whose)$/.test(first?.lower ?? '') && !openingAdverbial && !questionPut && !authoredBy && !writtenWhen && !perfectAside) return null;
      // Long chunks only as relative clauses ("who as a Navy captain was ...", "a GOP operative who
      // played a major role in ...").
      const relativeInside = DET.has(first?.lower ?? '') && lowers.slice(k + 1, end).includes('who');
      if (end - k > 24 && !/^(who|which|whose)$/.test(first?.lower ?? '') && !relativeInside) return null;
      if (end - k > 40) return null;
      // A chunk that opens with a finite verb ("condemned the attack") is a predicate, not an
      // appositive; a participle ("speaking to veterans", "released by the GAO on Monday") is.
      // "written by Justice Kagan": an irregular participle too.
      // "dated 2019", "dated May 3": so is one before a date.
      // "struck by her story": an irregular participle too.
      // ("seen by the Lindhaven Post": any irregular participle; "leaked to the Northern Courier": a text's
      // participle of passing on, with whom it went to.)
      // ("funded largely by the developer Marwood Leisure": an adverb may stand between them.)
      const afterParticiple = /ly$/.test(lowers[k + 2] ?? '') ? k + 3 : k + 2;
      const passiveParticiple = !!first && (/(ed|tten|ken|wn|iven)$/.test(first.lower) || IRREGULAR_PASTS.has(first.lower) || IRREGULAR_PARTICIPLES.has(first.lower)) && (/^(by|on|in|at|as|last|earlier|this|after|during|from|with|alongside|under|for|through|over|within|across|following|ahead|yesterday|today|late|early)$/.test(lowers[afterParticiple] ?? '') || (lowers[k + 2] === 'to' && (lowers[k + 4] === 'by' || /^(leaked|sent|given|shown|submitted|presented|delivered|provided|passed|forwarded)$/.test(first.lower))) || agentAt === k + 3 || WEEKDAY.test(lowers[k + 2] ?? '') || (first.lower === 'dated' && (/^\d/.test(lowers[k + 2] ?? '') || isCapitalized(tokens[k + 2]))));
      // ("Rosa Delgado, whose husband, Tomas, was killed in the blast, said": the predicate of a "whose"
      // clause whose noun has a name in apposition.)
      const whoseAt = lowers.lastIndexOf('whose', k);
      const whosePredicate = k >= floor && whoseAt > floor && k - whoseAt <= 8 && tokens[whoseAt - 1]?.text === ',' && tokens.slice(whoseAt, k).filter((t) => t.text === ',').length === 1;
      if (whosePredicate) {
        head = null;
        end = k;
        continue;
      }
      // ("state Attorney General Simone Achterberg": "state" before an office is no verb.)
      const stateOffice = first?.lower === 'state' && isCapitalized(tokens[k + 2]);
      if (first && first.word && !isCapitalized(first) && !passiveParticiple && !questionPut && !stateOffice && ((verbCue(first.lower) && !first.lower.endsWith('ing')) || /ed$/.test(first.lower) || AUXILIARY.has(first.lower) || BE.has(first.lower))) return null;
      // "The trust, Medwin Health, later backed her figures, saying": so does an adverb and a past verb.
      if (first && PREDICATE_ADVERBS.test(first.lower) && pastVerb(tokens[k + 2])) return null;
      // Each chunk that is a noun phrase may be the head ("In a statement, one of the lawyers,
      // Jane Roe, said": the first noun phrase after an opening prepositional phrase).
      // "The plan is on track, and Brian Deese, the adviser, said": after a clause, a subject after the
      // comma and "and" opens a clause of its own ("Mr. Effron, then at UBS, and Mr. Pruzan, ..., decided"
      // joins two subjects).
      // "..., though his current club, FK Dravo, has insisted": so does a clause a subordinator opens.
      if (k >= floor && chunks > 0 && /^(and|but|though|although|while|whereas)$/.test(lowers[k + 1] ?? '')) {
        const r = phraseAfter(tokens, k + 2, end);
        const finite = (t: Token) => !isCapitalized(t) && (isFiniteHelper(t.lower) || pastVerb(t));
        // ("It now feeds 1,400, and Mbeki, speaking ..., said": a pronoun opening the sentence is a clause's subject.)
        const clauseBefore = lowers[k + 1] !== 'and' || tokens.slice(floor, k).some(finite) || /^(it|he|she|they|we|i)$/.test(lowers[floor]);
        // ("..., while a survey by the firm Stonegate, conducted for ..., found": a text and its author.)
        const authored = !!r && r.to < end && lowers[r.to] === 'by' && DOCUMENT_HEADS.has(lowers[r.to - 1]) && phraseAfter(tokens, r.to + 1, end)?.to === end;
        if (r && (r.to === end || authored) && clauseBefore && !tokens.slice(r.from, end).some(finite) && (isCapitalized(tokens[r.to - 1]) || DET.has(lowers[r.from]) || ownedRole(r))) return { from: r.from, to: b };
      }
      if (k >= floor) {
        // ("..., when its counsel, Marcus Lyle, told the coroner that": a subordinate clause after a comma has
        // its own subject, whatever the clause before it is.)
        if (chunks > 0 && head && CLAUSE_SUBORDINATORS.test(lowers[k + 1] ?? '')) {
          const own = phraseAfter(tokens, k + 2, end);
          if (own && own.from === k + 2 && own.to === end && (DET.has(lowers[own.from]) || isCapitalized(tokens[own.from]))) return { from: own.from, to: b };
        }
        const r = phraseAfter(tokens, k + 1, end);
        // "Elsewhere, banks fell after the central bank's governor, Elin Marsk, said": a clause of the
        // writer's whose subordinate clause has the subject, as for a sentence's first chunk below.
        if (head && !(r && r.to === end)) {
          const subject = subordinateSubject(s, k + 1, end);
          if (subject) return { from: subject.from, to: b };
        }
        // ("In a letter dated 2 February, seen by the Courier Review, the council's secretary, X, wrote": a
        // participle's aside before the head describes the opening's text, and the head stands.)
        const asideBeforeHead = !!head && passiveParticiple && !(r && r.to === end && isCapitalized(tokens[r.from]));
        if (!asideBeforeHead) head = r && r.to === end && (isCapitalized(tokens[r.to - 1]) || DET.has(lowers[r.from]) || /^\d/.test(lowers[r.from]) || ownedRole(r)) ? r : null;
        end = k;
        continue;
      }
      if (chunks === 0) return null;
      const from = pastConnective(tokens, floor);
      // "Meanwhile, Jane Roe, a lawyer, said": the connective was the whole first chunk.
      if (from >= end) return head ? { from: head.from, to: b } : null;
      // "Just over a quarter, 26 percent, say ...": a share of those asked, then its number.
      if (head && /^\d/.test(lowers[head.from]) && /^(about|nearly|almost|roughly|just|more|fewer|less|over|under|only|some|half|a)$/.test(lowers[from]) && end - from <= 6) return { from, to: b };
      // An opening adverbial ("In a statement, ...", "Appearing before supporters, ...", "Alarmed by ...").
      // "While the details are unclear, Rep. Chris Collins, R-NY, says": an opening subordinate clause too.
      // "This official, who asked ..., said": "this" before a speaker is its demonstrative, not a time ("This week, ...").
      const thisSpeaker = lowers[from] === 'this' && tokens[from + 1]?.word && !isCapitalized(tokens[from + 1]) && couldSpeak(text.slice(tokens[from].start, tokens[end - 1].end));
      // ("Hours before the debate, ...", "Two days after the vote, ...": a span of time before or after.)
      const timeBefore = lowers.slice(from + 1, Math.min(end, from + 4)).some((w) => w === 'before' || w === 'after') && /^(?:hours|days|weeks|months|years|minutes|moments|shortly|soon|just|only|even|long|a|an|one|two|three|four|five|six|several|\d+)$/.test(lowers[from]);
      // ("Housing law specialist Prof Alan Whitcombe, of ...", "Retired teacher Mary Holt, 64,": an -ing or
      // -ed word before a role and a name describes the speaker; it opens no adverbial.)
      const describedName = end - from >= 3 && isCapitalized(tokens[end - 1]) && tokens.slice(from + 1, end).every((t) => t.word && !DET.has(t.lower) && !PREPOSITION_START.has(t.lower) && !/^(and|or|but)$/.test(t.lower) && !pastVerb(t));
      if ((PREPOSITION_START.has(lowers[from]) && !thisSpeaker) || openingAdverbial || timeBefore || (/(ing|ed)$/.test(lowers[from]) && !isCapitalized(tokens[from + 1] ?? tokens[from]) && !describedName)) return head ? { from: head.from, to: b } : null;
      // "That person, who spoke on condition of anonymity, cautioned": a demonstrative opens the subject.
      const afterThat = tokens[from].text === 'That' && !PRONOUN.has(lowers[from + 1] ?? '') ? phraseAfter(tokens, from + 1, end) : null;
      let opening = afterThat && !isCapitalized(tokens[afterThat.from]) ? { from, to: afterThat.to } : phraseAfter(tokens, from, end);
      // "The report by the schools inspectorate, published on Thursday, said": a text's author after "by" is part of it.
      if (opening && opening.to < end && lowers[opening.to] === 'by' && DOCUMENT_HEADS.has(lowers[opening.to - 1]) && phraseAfter(tokens, opening.to + 1, end)?.to === end) opening = { from: opening.from, to: end };
      // ("A report published on Monday by the Food Security Review Committee, an independent panel, found":
      // so is one after the text's participle and when.)
      if (opening && madeTextIn(tokens, lowers, opening.from, opening.to - 1) && opening.to < end && lowers[opening.to] === 'by' && phraseAfter(tokens, opening.to + 1, end)?.to === end) opening = { from: opening.from, to: end };
      // "The firm lobbied on behalf of ...": a past-tense verb makes the opening a clause.
      // ("Two city employees who received the memo": a relative clause is part of the opening, and a verb
      // in it is the description's.)
      if (opening && opening.to < end && /^(who|whom|whose)$/.test(lowers[opening.to])) opening = { from: opening.from, to: end };
      const relativeAt = opening ? lowers.slice(opening.from + 1, opening.to).findIndex((w) => /^(who|whom|whose)$/.test(w)) : -1;
      // ("Another lawyer involved, Kwame Adjei, said", "an email dated June 2023, seen by ...": a participle
      // after its noun describes it.)
      const pastIn = (past: (w: string) => boolean) => !!opening && lowers.slice(opening.from + 1, relativeAt < 0 ? opening.to : opening.from + 1 + relativeAt).some((w, j) => past(w) && !isCapitalized(tokens[opening.from + 1 + j]) && !DET.has(lowers[opening.from + j]) && !DOCUMENT_HEADS.has(lowers[opening.from + j]) && !/^(involved|concerned|affected|interviewed|contacted|surveyed|polled|questioned|consulted|assembled|gathered)$/.test(w));
      // ("Money raised, the chief executive, Ruth Amadi, has said, will go to ...": but before a source
      // of a description and a name that interrupts it, such a clause is the content's opening.)
      // ("Shares tumbled on Tuesday after Pieter van Holst, the bank's president, said": a clause whose
      // subordinate clause has the subject, as below.)
      if (pastIn((w) => /ed$/.test(w))) {
        const subject = chunks === 1 ? subordinateSubject(s, from, end) : null;
        if (subject) return { from: subject.from, to: b };
        return head && chunks >= 2 && interruptsAfter(s, b) ? { from: head.from, to: b } : null;
      }
      // ("House prices in Valmora fell for a sixth month": an irregular past too, though such a clause
      // may hold a subordinate one with a subject of its own, below: "The announcement came hours after ...".)
      const clauseOpening = pastIn((w) => IRREGULAR_PASTS.has(w));
      if (opening && !clauseOpening && opening.to === end && (isCapitalized(tokens[opening.to - 1]) || DET.has(lowers[opening.from]) || isCapitalized(tokens[opening.from]))) return { from: opening.from, to: b };
      // "One delegate not on the Cruz slate, Kelly Schmdit, told": a role the phrase reader cannot
      // read whole, then the name, which speaks.
      const roleFirst = (DET.has(lowers[from]) || (/['’]s$/.test(lowers[from]) && isCapitalized(tokens[from]))) && !tokens.slice(from, end).some((t) => isFiniteHelper(t.lower) || pastVerb(t));
      const name = head;
      if (roleFirst && name && tokens.slice(name.from, name.to).every((t, j) => isCapitalized(t) || isAbbrevDot(tokens, name.from + j))) return { from, to: b };
      // "The announcement came hours after the minister, Leila Haddad, conceded that ...": a clause
      // a subordinator opens inside the writer's sentence has a subject of its own.
      // (Only before one description: "..., after a month-long stay in Paris, their children's school,
      // Leaders' College, confirmed" is an inverted source after what it confirmed.)
      const subject = chunks === 1 ? subordinateSubject(s, from, end) : null;
      return subject ? { from: subject.from, to: b } : null;
    }
    return null;
  };

  /** The subject after the last subordinator between `from` and `end`, when it reaches `end` with no verb: "hours after the minister". */
  const subordinateSubject = (s: Sentence, from: number, end: number): TokenRange | null => {
    const { tokens, lowers } = s;
    for (let j = end - 2; j > from; j--) {
      if (!/^(after|before|when|as|since|because|while|until|once|although|though)$/.test(lowers[j])) continue;
      const subject = phraseAfter(tokens, j + 1, end);
      return subject && subject.to === end && (DET.has(lowers[subject.from]) || isCapitalized(tokens[subject.from])) && !tokens.slice(subject.from, end).some((t) => isFiniteHelper(t.lower) || pastVerb(t)) ? subject : null;
    }
    return null;
  };

  /** "..., the source, who asked not to be named, said.": the source before a relative clause. */
  const invertedRelative = (s: Sentence, b: number, afterCue: number, v: VerbCue): Pick<Draft, 'content' | 'kind' | 'source' | 'antecedent'> | null => {
    const { tokens, lowers } = s;
    const n = tokens.length;
    if (v.ratio < STRONG) return null;
    let k = b - 1;
    while (k >= 0 && tokens[k].text !== ',' && b - k <= 24) k--;
    if (k < 1 || !/^(who|which)$/.test(lowers[k + 1] ?? '')) return null;
    let k2 = k - 1;
    while (k2 >= 0 && tokens[k2].text !== ',' && k - k2 <= 14) k2--;
    if (k2 < 1 || tokens[k2].text !== ',') return null;
    const np = phraseAfter(tokens, k2 + 1, k);
    // ("a road that Harold Beesley, 71, who has lived there for 40 years, described as ...": an age is no source.)
    if (!np || np.to !== k || /^\d+$/.test(lowers[np.from]) || !onlyCircumstanceAfter(s, afterCue, v)) return null;
    const lead = contentTo(tokens, Math.max(0, k2 - MAX_CONTENT_TOKENS), k2);
    if (!lead || wordsBetween(tokens, 0, k2, 4) < 4) return null;
    return { content: lead, kind: 'indirect', source: spanOf(tokens, np) };
  };

  /** "..., his top aide, Tad Devine, told The Huffington Post.": a name and a role after the content. */
  const invertedAppositive = (s: Sentence, b: number, afterCue: number, v: VerbCue): Pick<Draft, 'content' | 'kind' | 'source'> | null => {
    const { tokens } = s;
    // ("..., the Halden Daily, the student newspaper, reported last year.": a weaker cue closing the sentence.)
    if (v.ratio < (wordsBetween(tokens, afterCue, tokens.length, 4) <= 3 ? MID : STRONG)) return null;
    const chunkBefore = (end: number) => {
      let k = end - 1;
      while (k >= 0 && tokens[k].text !== ',' && end - k <= 10) k--;
      return k >= 1 && tokens[k].text === ',' ? k : -1;
    };
    const k1 = chunkBefore(b);
    const k2 = k1 > 0 ? chunkBefore(k1) : -1;
    if (k2 < 0) return null;
    const second = phraseAfter(tokens, k1 + 1, b);
    const first = phraseAfter(tokens, k2 + 1, k1);
    // ("..., the Carrow Bay Keepers, the group that runs the event, said.": a description may hold a relative clause.)
    const relative = !!second && DET.has(s.lowers[second.from]) && /^(that|who|which)$/.test(s.lowers[second.to] ?? '');
    if (!second || (second.to !== b && !relative) || !first || first.to !== k1) return null;
    if (!isCapitalized(tokens[second.to - 1]) && !isCapitalized(tokens[first.to - 1])) return null;
    if (!onlyCircumstanceAfter(s, afterCue, v)) return null;
    const lead = contentTo(tokens, Math.max(0, k2 - MAX_CONTENT_TOKENS), k2);
    if (!lead || wordsBetween(tokens, 0, k2, 4) < 4) return null;
    return { content: lead, kind: 'indirect', source: spanOf(tokens, { from: first.from, to: b }) };
  };

  /** After an inverted cue only circumstances follow ("on Tuesday"), or for "told", its listener. */
  const onlyCircumstanceAfter = (s: Sentence, afterCue: number, v: VerbCue): boolean => {
    const { tokens, lowers } = s;
    let rest = 0;
    for (let j = afterCue; j < tokens.length && tokens[j].text !== ','; j++) if (tokens[j].word) rest++;
    const tailWord = hedgedCountAt(lowers, afterCue) ? '' : (lowers[afterCue] ?? '');
    // ("..., the officer, Grace Whitley, told the board on Thursday.": a listener with its article too,
    // when no clause of what was told follows.)
    const listener = OBJECT_VERBS.has(v.lemma) && DET.has(tailWord) && !lowers.slice(afterCue, afterCue + rest + 1).includes('that') && !finiteClauseAt(s, afterCue);
    const circumstance = rest === 0 || INVERTED_TAIL.has(tailWord) || listener || textOutAt(lowers, afterCue) || (OBJECT_VERBS.has(v.lemma) && (isCapitalized(tokens[afterCue]) || OBJECT_PRONOUNS.has(tailWord)));
    // ("said on Friday after two days of talks in the Hadrani capital.": a longer tail of when and where,
    // with no verb of its own, closing the sentence.)
    const end = afterCue + rest;
    const placesOnly = INVERTED_TAIL.has(tailWord) && rest <= 2 * MAX_INVERTED_TAIL && tokens.slice(end).every((t) => !t.word) && !tokens.slice(afterCue, end).some((t) => !isCapitalized(t) && (isFiniteHelper(t.lower) || pastVerb(t) || t.lower === 'that' || (verbCue(t.lower)?.ratio ?? 0) >= STRONG));
    return circumstance && (rest <= MAX_INVERTED_TAIL || placesOnly);
  };

  /**
   * '..., said Jane Roe, an economist at the institute.': the description after an inverted
   * source belongs to it, up to the end of the sentence.
   */
  const withTrailingAppositive = (s: Sentence, r: TokenRange): TokenRange => {
    const { tokens, lowers } = s;
    if (tokens[r.to]?.text !== ',' || !tokens[r.to + 1]?.word) return r;
    const next = lowers[r.to + 1];
    let k = r.to + 1;
    let venue = false;
    while (k < tokens.length && k - r.to < 40 && !OPEN_MARK.test(tokens[k].text) && tokens[k].text !== ';' && tokens[k].text !== ':') {
      // "said Howard Rubel, an analyst, who notes that ...": a relative clause that reports is its own attribution.
      if (k > r.to + 1 && tokens[k].text === ',' && lowers[k + 1] === 'who') {
        // "who also said that ...": past the adverbs between the relative and its verb.
        const verb = skipForwardBetween(tokens, k + 2, tokens.length);
        if (!isCapitalized(tokens[verb] ?? tokens[k]) && (verbCue(lowers[verb] ?? '')?.ratio ?? 0) >= STRONG) break;
      }
      // "said Dr. Lena Hart, who led the trial, in a statement", "..., in a briefing": where it was
      // said is no description.
      if (k > r.to + 1 && tokens[k].text === ',' && (tailAt(lowers, k + 1) || placeOfSayingAt(lowers, k + 1))) {
        venue = true;
        break;
      }
      // "said Dr. Ahmed Hassan, the hospital's director, adding that ...": what the speaker went on to
      // do or say is no description.
      if (k > r.to + 1 && tokens[k].text === ',' && /ing$/.test(lowers[k + 1] ?? '') && !isCapitalized(tokens[k + 1]) && !ING_PREPOSITIONS.has(lowers[k + 1])) break;
      // "Any interpretation, said Michael Kofman, an expert on Russia, would read this as ...": the
      // content resumes with its verb.
      if (k > r.to + 1 && tokens[k].text === ',' && isFiniteHelper(lowers[k + 1] ?? '')) break;
      k++;
    }
    let end = k;
    while (end > r.to + 1 && !tokens[end - 1].word) end--;
    // "said Jane Roe, editor in chief of the site.": a bare role noun, when nothing else follows but
    // where it was said; not "The new rules, said Jane Roe, will hurt farmers", where the content
    // resumes with its verb.
    // "said Gene Munster, managing partner at ...": a participle that makes a role is no verb.
    const roleToEnd = (k >= tokens.length || venue) && end - r.to <= 14 && !INVERTED_TAIL.has(next) && !/^(as|and|but|or|according|citing|adding)$/.test(next) && (!/(ing|ed)$/.test(next) || ROLE_PARTICIPLES.test(next)) && !isFiniteHelper(next) && !IRREGULAR_PASTS.has(next) && !tokens.slice(r.to + 1, end).some((t) => !isCapitalized(t) && (verbCue(t.lower)?.ratio ?? 0) >= STRONG);
    if (!(DET.has(next) || next === 'who' || next === 'whose' || isCapitalized(tokens[r.to + 1]) || /^\d/.test(next) || roleToEnd)) return r;
    if (k < tokens.length && OPEN_MARK.test(tokens[k].text)) return r; // a second quote follows: leave it
    return end > r.to + 1 ? { from: r.from, to: end } : r;
  };

  /**
   * "Russian state media, citing ...", "state officials": "state" before a plain word is the
   * government's, not the verb ("Officials state that", "The rules state the limits").
   */
  const stateModifier = (s: Sentence, k: number) => {
    const next = s.tokens[k + 1];
    // ("The state Chamber of Commerce": before a name too, after a determiner.)
    return s.lowers[k] === 'state' && !!next?.word && (!isCapitalized(next) || DET.has(s.lowers[k - 1] ?? '')) && !DET.has(next.lower) && !PRONOUN.has(next.lower) && !BE.has(next.lower) && !/^(that|of|in|on|for|with|about|to|from|at|by|as)$/.test(next.lower);
  };

  /** The subject of the clause that a coordinated or participle cue at `b` belongs to. */
  const subjectBefore = (s: Sentence, b: number): TokenRange | null => {
    const { tokens, lowers } = s;
    // "rallied about 1,500 supporters": an -ed word before a count is a verb too.
    // ("Ruiz, ranked 188th, left": not before a rank.)
    const countAfter = (k: number) => /^\d[\d,.]*$/.test(lowers[k + 1] ?? '') || (/^(about|around|nearly|almost|some|over|roughly)$/.test(lowers[k + 1] ?? '') && /^\d[\d,.]*$/.test(lowers[k + 2] ?? ''));
    const predicateAt = (k: number) => {
      const verb = PREDICATE_ADVERBS.test(lowers[k] ?? '') ? k + 1 : k;
      return !!tokens[verb] && !isCapitalized(tokens[verb]) && pastVerb(tokens[verb]) && (DET.has(lowers[verb + 1] ?? '') || countAfter(verb));
    };
    // A cue inside a quote may have its subject there too ('"... and I said, ..."').
    let cue = b + 1;
    while (cue < tokens.length && !tokens[cue].word) cue++;
    const cueQuoted = cue < tokens.length && insideQuote(tokens[cue].start);
    const starts = [0];
    // "In a speech from Wyoming -- which holds a caucus -- Sanders claimed ...": a dash closes an aside too.
    for (let k = Math.max(0, b - 60); k < b; k++) if (tokens[k].text === ',' || tokens[k].text === ';' || (DASH.test(tokens[k].text) && !touching(tokens[k], tokens[k + 1]))) starts.push(k + 1);
    for (let c = starts.length - 1; c >= 0; c--) {
      let from = starts[c];
      while (from < b && !tokens[from].word) from++;
      from = pastConnective(tokens, from); // "But the president ...", "Meanwhile, the president ..."
      // ("..., when Varga told lawmakers ... and suggested ...": the subordinate clause's own subject.)
      if (c > 0 && /^(when|after|before|while|because|since|although|though|once|until)$/.test(lowers[from] ?? '') && (isCapitalized(tokens[from + 1]) || PERSONAL_PRONOUN.test(lowers[from + 1] ?? ''))) from++;
      // 'Mr. Trump said, "I don't like it," adding that ...': a quote's words are no subject of the sentence.
      if (tokens[from] && insideQuote(tokens[from].start) && !cueQuoted) continue;
      // "..., describing the Khans' son as a hero but insisting ...": a participle phrase is no subject,
      // nor is a predicate after an aside ("De Blasio, speaking on WOR710, called Trump ... and said").
      if (/ing$/.test(lowers[from] ?? '') && !isCapitalized(tokens[from])) continue;
      if (tokens[from] && !isCapitalized(tokens[from]) && (IRREGULAR_PASTS.has(lowers[from]) || (/ed$/.test(lowers[from]) && !!verbCue(lowers[from])))) continue;
      // "..., later backed her figures, saying", "..., backed her figures, saying": nor a predicate with its object.
      // ("The panel's written reasons, published ..., describe the rider's explanation as ... and note": nor one in the present.)
      if (predicateAt(from) || (!!tokens[from] && !isCapitalized(tokens[from]) && !!verbCue(lowers[from]) && DET.has(lowers[from + 1] ?? ''))) continue;
      let e = from;
      // The subject ends at its verb: a cue, an irregular past, or an -ed word right after a name.
      // "Both parents stiffened their denunciation": an -ed word before a determiner is a verb too.
      // "European leaders gathered Friday": so is one before a time or a preposition.
      // "The protesters gathered outside,": and one after a plural before an adverb or a comma.
      const placeAfter = (k: number) => !tokens[k + 1]?.word || /^(outside|inside|there|here|together|away|back|home|again|early|late)$|ly$/.test(lowers[k + 1] ?? '');
      // "Immigration advocates dispute ...": an -s form before a verb of the plural is the subject's noun.
      const pluralHead = (k: number) => /[^su]s$/.test(lowers[k]) && !!tokens[k + 1]?.word && !isCapitalized(tokens[k + 1]) && (verbCue(lowers[k + 1])?.lemma === lowers[k + 1] || (/ed$/.test(lowers[k + 1]) && !!verbCue(lowers[k + 1])));
      // "Some senators vented about Sanders and said": so is one after a plural and before "about",
      // "over" or "against", which tell what an act is about ("officials involved in" does not).
      const actAfterPlural = (k: number) => /[^s]s$/.test(lowers[k - 1] ?? '') && /^(about|over|against)$/.test(lowers[k + 1] ?? '');
      // ("knowledge of the talks said": after a determiner a cue word is a noun.)
      const verbAt = (k: number) => !isCapitalized(tokens[k]) && ((verbCue(lowers[k]) && !stateModifier(s, k) && !pluralHead(k) && !(k > from && /^(the|a|an|his|her|its|their|our|your|my)$/.test(lowers[k - 1]))) || IRREGULAR_PASTS.has(lowers[k]) || AUXILIARY.has(lowers[k]) || (/ed$/.test(lowers[k]) && ((isCapitalized(tokens[k - 1]) && !DET.has(lowers[k - 1])) || DET.has(lowers[k + 1] ?? '') || countAfter(k) || INVERTED_TAIL.has(lowers[k + 1] ?? '') || (/[^s]s$/.test(lowers[k - 1] ?? '') && placeAfter(k)) || actAfterPlural(k))));
      // "The nurses' union": a plural's apostrophe stays inside the subject.
      while (e < b && (tokens[e].word || isAbbrevDot(tokens, e) || pluralPossessiveAt(tokens, e)) && !(e > from && verbAt(e)) && e - from < 14) e++;
      // "About 200 protesters": a count's hedge opens the subject.
      const hedged = lowers[from] === 'about' && /^\d/.test(lowers[from + 1] ?? '');
      let r = phraseAfter(tokens, hedged ? from + 1 : from, e);
      if (r && hedged) r = { from, to: r.to };
      if (!r || r.to >= b) continue;
      // "other advisers to the government have been urging ...": a prepositional phrase in the subject.
      // "A military blogger with close ties to the navy wrote ... and said": two of them, before a past verb.
      let ppEnd = r.to;
      for (let hops = 0; hops < 2 && /^(to|of|for|from|at|with|in|on)$/.test(lowers[ppEnd] ?? ''); hops++) {
        const pp = phraseAfter(tokens, ppEnd + 1, b);
        if (!pp) break;
        ppEnd = pp.to;
      }
      if (ppEnd > r.to && ppEnd - r.from <= 14 && (AUXILIARY.has(lowers[ppEnd] ?? '') || (ppEnd - r.to > 2 && !isCapitalized(tokens[ppEnd] ?? tokens[r.from]) && pastVerb(tokens[ppEnd])))) r = { from: r.from, to: ppEnd };
      // ("Central European leaders who have been its strongest opponents have embraced ...": a relative
      // clause in the subject, up to the second auxiliary, the subject's own.)
      if (lowers[r.to] === 'who' && AUXILIARY.has(lowers[r.to + 1] ?? '')) {
        const own = tokens.findIndex((t, k) => k > r!.to + 2 && k < b && k - r!.to <= 16 && !isCapitalized(t) && AUXILIARY.has(t.lower));
        if (own > 0 && !tokens.slice(r.to, own).some((t) => !t.word)) r = { from: r.from, to: own };
      }
      // "Sen. Jane Roe (D-Ore.) defended ...": a party label in parentheses.
      if (tokens[r.to]?.text === '(') {
        const close = tokens.findIndex((t, k) => k > r!.to && k <= r!.to + 8 && t.text === ')');
        if (close > 0 && close < b) r = { from: r.from, to: close + 1 };
      }
      // "Mugabe, his wife Grace and two aides are ...": a coordinated subject, and the list it closes.
      // "Republican politicians and their allies ... speak in one voice": the second member ends at a verb.
      let moreEnd = r.to + 1;
      while (moreEnd < b && tokens[moreEnd].word && !verbAt(moreEnd) && moreEnd - r.to < 14) moreEnd++;
      const more = lowers[r.to] === 'and' ? phraseAfter(tokens, r.to + 1, moreEnd) : null;
      if (more && (AUXILIARY.has(lowers[more.to] ?? '') || (more.to === moreEnd && moreEnd < b && verbAt(moreEnd)))) r = listBefore(s, { from: r.from, to: more.to }, 0);
      let j = r.to;
      if (tokens[j]?.text === ',') {
        // "The leader of the party, Jane Doe, condemned ..."
        let e2 = j + 1;
        while (e2 < b && (tokens[e2].word || isAbbrevDot(tokens, e2)) && !(verbCue(lowers[e2]) && !isCapitalized(tokens[e2]) && !stateModifier(s, e2)) && e2 - j < 14) e2++;
        // The appositive runs to its closing comma, past modifiers the phrase reader stops at ("an aide to ...").
        // "Her father, reached by phone, declined ...": how the subject was reached is no part of who.
        const reached = /^(reached|contacted)$/.test(lowers[j + 1] ?? '') || QUESTION_PUT.test(lowers[j + 1] ?? '');
        if (phraseAfter(tokens, j + 1, e2) && tokens[e2]?.text === ',' && !reached && !predicateAt(j + 1)) {
          r = { from: r.from, to: e2 };
          j = e2 + 1;
        } else if (reached && tokens[e2]?.text === ',') {
          j = e2 + 1;
        } else if ((/ing$/.test(lowers[j + 1] ?? '') && !isCapitalized(tokens[j + 1])) || /^(in|at|on|during|through|via|after)$/.test(lowers[j + 1] ?? '')) {
          // "De Blasio, speaking on WOR710, called ...": an aside of what the subject was doing.
          // ("The Foreign Ministry, in a statement carried by the state news agency, rejected ...": or where.)
          let close = j + 2;
          while (close < b && close - j < 14 && tokens[close].text !== ',' && (tokens[close].word || isAbbrevDot(tokens, close))) close++;
          if (tokens[close]?.text === ',' && close < b) j = close + 1;
        }
      }
      // "The ministry later retracted ...": an adverb before the verb is no part of the subject.
      let bare = skipBackBetween(tokens, r.to - 1) + 1;
      while (bare > r.from + 1 && bare < r.to && !tokens[bare - 1].word) bare--;
      // "The White House on Tuesday rejected ...": so is a weekday ("USA Today" and "Theresa May" are names).
      const subject = bare > r.from && bare < r.to && !isCapitalized(tokens[bare]) && tokens.slice(bare, r.to).every((t) => !isCapitalized(t) || WEEKDAY.test(t.lower)) ? { from: r.from, to: bare } : r;
      // "The president is under pressure and has insisted ...": the subject's own auxiliary counts.
      if (AUXILIARY.has(lowers[j] ?? '') && !isCapitalized(tokens[j])) return subject;
      const after = skipForwardBetween(tokens, j, b);
      const w = lowers[after] ?? '';
      if (tokens[after]?.word && !isCapitalized(tokens[after]) && (verbCue(w) || /(ed|s)$/.test(w) || IRREGULAR_PASTS.has(w) || AUXILIARY.has(w) || /n't$/.test(w))) return subject;
      // "Cruz exhorted Republicans to ... and said": the name opening the clause.
      const run = properRunAfter(tokens, from, b);
      if (run && run.to < b && tokens[run.to].word && !isCapitalized(tokens[run.to]) && (/(ed|s)$/.test(lowers[run.to]) || IRREGULAR_PASTS.has(lowers[run.to]))) return run;
    }
    return null;
  };


  /** The words of a quote, at most `max` of them, in title case: a name or a title ('"Hard Choices"'). */
  const inTitleCase = (q: Quote, max: number) => {
    const words = tokenize(text, q).filter((t) => t.word);
    return words.length <= max && words.every((t) => isCapitalized(t) || /^(and|of|the|in|on|at|for|a|an|to|with|from|by|or)$/.test(t.lower));
  };

  /**
   * The cue that signs a quote at `k`: a reporting verb or a verb of the manner of speaking. A bare
   * one of the latter after anything but its subject or an auxiliary is a noun ("rallying cry"), but
   * "could only quip:" stays a verb.
   */
  const signingCue = (tokens: Token[], k: number): VerbCue | undefined => {
    const lower = tokens[k].lower;
    const before = tokens[k - 1]?.lower ?? '';
    const noun = mannerVerb(lower)?.lemma === lower && !PRONOUN.has(before) && !/s$|^(and|or|but|to)$/.test(before) && skipBackBetween(tokens, k - 1) === k - 1;
    return noun ? undefined : quoteCue(lower);
  };

  const isCueToken = (t: Token) => {
    const v = verbCue(t.lower);
    return !!v && v.ratio >= 0.3 && !isCapitalized(t);
  };

  /** "Netanyahu, his wife Sara and two aides are insisting": a list opening the sentence is one source. */
  const listBefore = (s: Sentence, r: TokenRange, floor: number): TokenRange => {
    const { tokens, lowers } = s;
    // "Both the mayor and the police chief said", "The mayor and the police chief said": two phrases
    // joined by "and" that open the sentence are one subject.
    if (lowers[r.from - 1] === 'and' && r.from >= 2) {
      const first = phraseBefore(tokens, r.from - 2, floor);
      const from = first && lowers[first.from - 1] === 'both' ? first.from - 1 : first?.from;
      return first && from === floor && !PRONOUN.has(lowers[first.from]) ? { from, to: r.to } : r;
    }
    if (tokens[r.from - 1]?.text !== ',' || !lowers.slice(r.from + 1, r.to - 1).includes('and')) return r;
    const head = phraseBefore(tokens, r.from - 2, floor);
    const opens = head && (head.from === floor || /^(but|and)$/.test(lowers[head.from - 1])) && isCapitalized(tokens[head.to - 1]);
    return opens ? { from: head.from, to: r.to } : r;
  };

  /**
   * "Mr. Ortiz, whose company employs 200 people, worries that ...", "The lawsuit, filed Tuesday,
   * claims ...", "The board, meanwhile, fears ...": an -s form right after a subject and what
   * stands between commas is its verb, not the noun of a list ("the amendments, claims and ...").
   */
  const verbAfterDescribedSubject = (s: Sentence, i: number): boolean =>
    s.tokens[i - 1]?.text === ',' && s.lowers[i].endsWith('s') && !!verbCue(s.lowers[i]) && !!sourceBefore(s, i);

  /**
   * "The new lawsuit claims that ...", "A post shared on social media claims that ...": an -s form
   * after a singular noun that a determiner opens, through its modifiers or a participle's phrase
   * after it, is the verb. ("The debate over new claims that ..." has no participle before its
   * preposition, so there "claims" stays a noun.)
   */
  const verbAfterDeterminedNoun = (s: Sentence, i: number): boolean => {
    const { tokens, lowers } = s;
    if (!/[^s]s$/.test(lowers[i]) || !verbCue(lowers[i]) || !opensClauseSubject(tokens[i + 2])) return false;
    let det = i - 1;
    while (det >= 0 && i - det <= 10 && tokens[det].word && !DET.has(lowers[det]) && !/'s$/.test(lowers[det])) det--;
    if (det < 0 || det >= i - 1 || !DET.has(lowers[det])) return false;
    let participle = -1;
    for (let k = det + 2; k < i - 1 && participle < 0; k++) if (!isCapitalized(tokens[k]) && (/[^e]ed$/.test(lowers[k]) || IRREGULAR_PARTICIPLES.has(lowers[k])) && (PHRASE_PREPOSITIONS.test(lowers[k + 1]) || /^(?:more|less|nearly|almost|some|\d)/.test(lowers[k + 1]))) participle = k;
    const modifiers = tokens.slice(det + 1, participle < 0 ? i : participle);
    if (modifiers.some((t) => isCapitalized(t) || PHRASE_PREPOSITIONS.test(t.lower))) return false;
    // ("The school declined to comment Tuesday on reports that ...": the participle's phrase holds
    // no verb, and the noun ends it, not a preposition.)
    if (PHRASE_PREPOSITIONS.test(lowers[i - 1]) || (participle >= 0 && tokens.slice(participle + 1, i).some((t) => !isCapitalized(t) && (AUXILIARY.has(t.lower) || !!verbCue(t.lower))))) return false;
    const head = modifiers[modifiers.length - 1].lower;
    return !/[^s]s$/.test(head) && !MODIFIER_ONLY.test(head);
  };

  /**
   * "Claims that the vote was rigged were rejected", "The warning that the dam could fail went
   * unheeded": a noun's clause ends where a finite verb follows its own verb straight on, for that
   * verb is the sentence's. Anything between (an object, a link word, a comma) leaves the end to
   * contentStop. ("The claim that everything he said was true": a pronoun's verb after a noun is a
   * relative clause's, so the clause goes on to "was".)
   */
  const nounClauseEnd = (s: Sentence, from: number, stop: number): number => {
    const { tokens, lowers } = s;
    let state: 'before' | 'auxiliary' | 'verb' | 'object' = 'before';
    let takesClause = false;
    for (let k = from; k < stop; k++) {
      const w = lowers[k];
      // ('the surplus is "structural" has been questioned': quotation marks inside the clause are passed over.)
      if (QUOTE_MARK.test(tokens[k].text) && !tokens[k].word) continue;
      // ("schools would serve as shelters drew criticism": "as" before a noun after the verb is a preposition.)
      if (w === 'as' && (state === 'verb' || state === 'object') && tokens[k + 1]?.word && !PRONOUN.has(lowers[k + 1]) && !DET.has(lowers[k + 1])) {
        state = 'object';
        continue;
      }
      if (!tokens[k].word || CLAUSE_LINKS.test(w)) return stop;
      // ("bucking the will of his state": after a determiner, a helper's form is a noun.)
      const finite = (AUXILIARY.has(w) || (IRREGULAR_PASTS.has(w) && !PARTICIPLE_ONLY.has(w))) && !DET.has(lowers[k - 1]);
      if (state === 'verb' || state === 'object') {
        // "... the plant lost money was challenged": past a verb that takes no clause, its object, then
        // the sentence's verb ("knew the dam could fail": a verb of knowing takes a clause, and so
        // does "a way to claim the nomination would ..."; "losses it had": a pronoun before the verb
        // makes a relative clause).
        if (finite) return state === 'verb' || !PRONOUN.has(lowers[k - 1]) ? k : stop;
        if ((state === 'verb' && takesClause) || (state === 'object' && !!verbCue(w))) return stop;
        state = 'object';
        continue;
      }
      if (state === 'auxiliary') {
        // "has a way": a helper before a determiner is the verb itself.
        if (DET.has(w)) state = 'object';
        else if (!BE.has(w) && !AUXILIARY.has(w) && !/^(?:not|never|also|already|just|still|only)$/.test(w) && !/ly$/.test(w)) {
          state = 'verb';
          takesClause = !!verbCue(w);
        }
        continue;
      }
      const relative = PERSONAL_PRONOUN.test(lowers[k - 1] ?? '') && k - 2 >= from && tokens[k - 2].word && !isCapitalized(tokens[k - 2]) && !DET.has(lowers[k - 2]);
      if (relative) continue;
      if (AUXILIARY.has(w) || /^(?:he|she|it|that|there|what|who|here)['\u2019]s$|['\u2019](?:re|ve|ll|d)$/.test(w)) state = 'auxiliary';
      else if (pastVerb(tokens[k]) && !describingParticiple(s, k, from)) {
        state = 'verb';
        takesClause = !!verbCue(w);
      }
    }
    return stop;
  };

  /**
   * "a fractured party", "many undocumented immigrants", "militants linked to ...", "Republicans
   * turned off by ...": a past form after a determiner or a quantifier, or before a preposition,
   * describes a noun; it is no clause's verb.
   */
  const describingParticiple = (s: Sentence, k: number, from: number): boolean => {
    const { lowers } = s;
    const before = lowers[k - 1] ?? '';
    if (k === from || DET.has(before) || PLURAL_QUANTIFIERS.has(before) || /^(?:many|some|few|several|most|all|more|no)$/.test(before)) return true;
    const next = /^(?:off|up|out|down|away|back|over)$/.test(lowers[k + 1] ?? '') ? lowers[k + 2] : lowers[k + 1];
    return PHRASE_PREPOSITIONS.test(next ?? '');
  };

  /** "diagnoses, test results and, in some cases, ID numbers": the comma at `k` is a list's, ended by "and" or "or" with no verb before it. */
  const listGoesOn = (s: Sentence, k: number, stop: number): boolean => {
    const { tokens, lowers } = s;
    for (let j = k + 1; j < stop && j - k <= 6; j++) {
      if (/^(and|or)$/.test(lowers[j])) return j > k + 1;
      if (!tokens[j].word || isFiniteHelper(lowers[j]) || pastVerb(tokens[j]) || CLAUSE_LINKS.test(lowers[j])) return false;
    }
    return false;
  };

  /** The source phrase ending just before token `i` (skipping auxiliaries), within the sentence. */
  const sourceBefore = (s: Sentence, i: number, floor = 0): TokenRange | null => {
    const b = skipBackBetween(s.tokens, i - 1);
    if (b < floor) return null;
    // "Yet another said, ...": a quantifier standing alone before its verb is the subject.
    const alone = b === i - 1 && quantifierSubject(s.lowers[b], s.lowers[i], verbCue(s.lowers[i])?.lemma ?? s.lowers[i]) ? { from: b, to: b + 1 } : null;
    const r = phraseBefore(s.tokens, b, floor) ?? appositiveBefore(s, b) ?? alone;
    const whole = r ? extendRelative(s, listBefore(s, r, floor)) : null;
    return whole && !gerundAct(s, whole) ? whole : null;
  };

  /** "Sen. Chris Murphy (a Connecticut Democrat ...) says": a name with a remark in parentheses. */
  const parentheticalBefore = (s: Sentence, b: number): TokenRange | null => {
    const { tokens } = s;
    // "(a Connecticut Democrat ...)" or between dashes: "— and two-thirds of Republicans —".
    const closer = tokens[b].text;
    const opener = closer === ')' ? '(' : DASH.test(closer) ? closer : null;
    if (!opener) return null;
    // ("-- the production company ... --": two hyphens typed for a dash are one.)
    const doubled = closer === '-' && tokens[b - 1]?.text === '-' && touching(tokens[b - 1], tokens[b]);
    let open = doubled ? b - 2 : b - 1;
    while (open >= 0 && b - open <= 30 && tokens[open].text !== opener && tokens[open].text !== closer) open--;
    if (open < 1 || tokens[open].text !== opener) return null;
    if (doubled) {
      if (!(tokens[open - 1].text === '-' && touching(tokens[open - 1], tokens[open]))) return null;
      open--;
      if (open < 1) return null;
    }
    let base = phraseBefore(tokens, open - 1);
    if (!base) return null;
    if (opener === '(') return isCapitalized(tokens[base.to - 1]) ? { from: base.from, to: b + 1 } : null;
    // "John Dickey, the chief executive of Ora Media -- the company that owns ... -- told me": the
    // description before the aside follows the name it describes.
    const named = DET.has(s.lowers[base.from]) && tokens[base.from - 1]?.text === ',' && base.from >= 2 ? phraseBefore(tokens, base.from - 2) : null;
    const allCapitals = (r: TokenRange) => tokens.slice(r.from, r.to).every((t, k) => isCapitalized(t) || isAbbrevDot(tokens, r.from + k));
    if (named && allCapitals(named) && (named.from === 0 || !tokens[named.from - 1].word)) base = { from: named.from, to: base.to };
    return { from: base.from, to: doubled ? b - 1 : b };
  };

  const antecedentOf = (s: Sentence, r: TokenRange): Span | undefined => {
    const w = s.lowers[r.from];
    // "The WHO said": the World Health Organization, no relative pronoun.
    if (r.to - r.from !== 1 || (w !== 'who' && w !== 'which' && w !== 'that') || isAcronym(s.tokens[r.from])) return undefined;
    if (r.from < 1) return undefined;
    // "Jane Roe, who ..." and "analysts who ...".
    const comma = s.tokens[r.from - 1].text === ',';
    if (!comma && !s.tokens[r.from - 1].word) return undefined;
    let a = comma ? (r.from >= 2 ? phraseBefore(s.tokens, r.from - 2) : null) : phraseBefore(s.tokens, r.from - 1);
    if (!a) return undefined;
    // ("the council's own local plan, adopted in 2021, which says": an aside opened by a participle tells
    // when or how; "which" is what it describes.)
    // ("an internal survey, conducted by the firm Ridgeline, that showed": "that" too, past the agent of the participle.)
    const agentFrom = comma && (w === 'which' || w === 'that') && s.lowers[a.from - 1] === 'by' && pastVerb(s.tokens[a.from - 2]) ? a.from - 2 : a.from;
    if (comma && (w === 'which' || w === 'that') && !isCapitalized(s.tokens[agentFrom]) && /(ed|en)$/.test(s.lowers[agentFrom]) && pastVerb(s.tokens[agentFrom]) && s.tokens[agentFrom - 1]?.text === ',') {
      const described = agentFrom >= 2 ? phraseBefore(s.tokens, agentFrom - 2) : null;
      if (described) a = described;
    }
    // ("cited a report by the auditor, which found": "which" is no person, so a text's author who is one
    // is widened to the text; "the investigation by a UN panel, which said" is the panel's.)
    if ((w === 'which' || w === 'that') && /^(by|of|from)$/.test(s.lowers[a.from - 1] ?? '') && DOCUMENT_HEADS.has(s.lowers[a.from - 2] ?? '') && INFORMANT_FORMS.has(s.lowers[a.to - 1])) {
      const authored = phraseBefore(s.tokens, a.from - 2);
      if (authored) a = { from: authored.from, to: a.to };
    }
    // ("believed the Internet polls that showed ...": nor a verb opening the phrase.)
    if (a.to - a.from > 2 && !isCapitalized(s.tokens[a.from]) && (pastVerb(s.tokens[a.from]) || (verbCue(s.lowers[a.from])?.ratio ?? 0) >= MID) && (DET.has(s.lowers[a.from + 1]) || /^\d/.test(s.lowers[a.from + 1]))) a = { from: a.from + 1, to: a.to };
    // "The decision drew sharp criticism from environmental groups, who said": the phrase starts
    // after the clause's verb.
    for (let k = a.to - 2; k > a.from; k--) {
      if (!pastVerb(s.tokens[k]) || DET.has(s.lowers[k - 1])) continue;
      const after = phraseAfter(s.tokens, k + 1, a.to);
      if (after) a = { from: k + 1, to: a.to };
      break;
    }
    // "praise from the Sierra Club, which called it ...": "which" is a thing or a body, the one after
    // the preposition, unless what comes before it is a text ("a report by the GAO, which found").
    // ("a letter to the mayor, who said": "who" is a person, not the text.)
    if (w === 'who') {
      const { from, to } = a;
      const k = s.lowers.slice(from, to).findIndex((x, j) => x === 'to' && DOCUMENT_HEADS.has(s.lowers[from + j - 1] ?? ''));
      const person = k > 0 ? phraseAfter(s.tokens, from + k + 1, to) : null;
      if (person && person.to === a.to) a = person;
    }
    // ("reports filed with the secretary of state's office, which show": a text and where it was made
    // are the text.)
    if ((w === 'which' || w === 'that') && !madeTextIn(s.tokens, s.lowers, a.from, a.to - 2)) {
      for (let k = a.to - 2; k > a.from; k--) {
        // "the Bank of Japan", "Citizens for Trump": a preposition inside a name is part of it.
        // ("the Office of the Data Commissioner": so is "of the" between capitals.)
        const inName = isCapitalized(s.tokens[k - 1]) && (isCapitalized(s.tokens[k + 1]) || (s.lowers[k + 1] === 'the' && isCapitalized(s.tokens[k + 2])));
        if (!/^(from|of|by|at|with|for|in|on|against|among)$/.test(s.lowers[k]) || inName) continue;
        const after = phraseAfter(s.tokens, k + 1, a.to);
        if (after && after.to === a.to && !DOCUMENT_HEADS.has(s.lowers[k - 1])) a = after;
        break;
      }
    }
    // "Howard Rubel, an analyst at Jefferies, who ...": the description's name is who.
    // ("The first question came from Ruth Kaplan, a nurse, who ...": the name's own words, after the verb and preposition.)
    let nameFrom = a.from - 1;
    // ("Sen. Dianne Feinstein of California, the ranking Democrat ..., who": "of" between capitals is the name's.)
    const inName = (k: number) => isCapitalized(s.tokens[k]) || isAbbrevDot(s.tokens, k) || (s.lowers[k] === 'of' && isCapitalized(s.tokens[k - 1] ?? s.tokens[k]) && isCapitalized(s.tokens[k + 1] ?? s.tokens[k]));
    while (comma && nameFrom >= 1 && s.tokens[a.from - 1].text === ',' && inName(nameFrom - 1)) nameFrom--;
    const name = comma && nameFrom < a.from - 1 && !isCapitalized(s.tokens[a.from]) ? { from: nameFrom, to: a.from - 1 } : null;
    return spanOf(s.tokens, name ? { from: name.from, to: a.to } : a);
  };

  // 1. Quotes with a cue right after the closing mark or right before the opening one.
  const mainQuotes = quotes.filter((q) => !q.nested);
  for (let qi = 0; qi < mainQuotes.length; qi++) {
    const q = mainQuotes[qi];
    if (consumed.has(q)) continue;
    const sc = sents[sentenceAt(sents, Math.min(q.close, text.length - 1))];
    const after = attachAfter(sc, q);
    if (after) {
      let content: Span = { start: q.start, end: q.end };
      let gap: Span | undefined;
      // "X," he said, "Y." is one attribution, without the source and cue between.
      const next = mainQuotes[qi + 1];
      // '"The harbour," said Councillor Edwin Marsh, gesturing at the moorings, "used to feed this town."':
      // so is one whose second part goes on in lower case after an aside on how, when or where it was said.
      const between = after.endOffset !== undefined && next && next.open >= after.endOffset && next.open - after.endOffset <= MAX_ASIDE_CHARS ? text.slice(after.endOffset, next.open) : '';
      // ('..., she wrote, arguing that if ..., "more homes will burn."': an aside that reports is a cue of its own.)
      const aside = next && ASIDE_BEFORE_QUOTE.test(between) && /^\p{Ll}/u.test(text.slice(next.start, next.end).trimStart()) && !/[\u201c\u201d"]/.test(between) && !(between.match(/\p{L}+/gu) ?? []).some((w) => w === 'that' || (w.endsWith('ing') && (verbCue(w)?.ratio ?? 0) >= 0.3));
      if (next && after.endOffset !== undefined && next.open >= after.endOffset && ((next.open - after.endOffset <= 3 && /^\s*,\s*$/.test(between)) || aside)) {
        content = { start: q.start, end: next.end };
        gap = { start: q.end, end: next.start };
        consumed.add(next);
      }
      consumed.add(q);
      // 'The attack is "aimed at the economy," he said.': the sentence before the quote is part of
      // what is reported.
      const so = sents[sentenceAt(sents, q.open)];
      let kind: AttributionKind = 'direct';
      const leadEnd = tokenAt(so.tokens, q.open);
      const lead = so.tokens.slice(Math.max(0, leadEnd - 80), leadEnd);
      if (!q.multiBlock && leadEnd <= 80 && wordsBetween(lead, 0, lead.length, 3) >= 3 && !/[:,]/.test(lead[lead.length - 1]?.text ?? '') && !lead.some((t) => verbCue(t.lower) && verbCue(t.lower)!.ratio >= STRONG)) {
        content = { start: lead[0].start, end: content.end };
        kind = 'mixed';
      }
      drafts.push({ content, gap, kind, source: after.source, cue: after.cue, sentence: { start: so.span.start, end: sc.span.end }, rule: after.rule, antecedent: after.antecedent, strength: 1 });
      if (after.cueToken) usedCue.add(after.cueToken.start);
      continue;
    }
    const soAt = sentenceAt(sents, q.open);
    const so = sents[soAt];
    // 'In its conclusion, the report states:' then the quote as a paragraph of its own: the sentence that
    // ends the paragraph before on a colon introduces it.
    const lead = sents[soAt - 1];
    const colonLead = !!lead && lead.block === so.block - 1 && text.slice(blocks[so.block].start, q.open).trim() === '' && lead.tokens[lead.tokens.length - 1]?.text === ':';
    const before = attachBefore(so, q) ?? (colonLead ? attachBefore(lead, q) : null);
    if (before) {
      consumed.add(q);
      const sc2 = sents[sentenceAt(sents, Math.max(q.start, q.end - 1))];
      const sEnd = sc2.span.end;
      // 'Azzouz said "we must pay attention to what is written" in that law': the words after the
      // quote belong to what is reported, which makes it mixed.
      let content: Span = { start: q.start, end: q.end };
      let kind: AttributionKind = 'direct';
      const restAt = tokenAt(sc2.tokens, q.close + 1);
      const firstWord = sc2.tokens.slice(restAt, restAt + 3).find((t) => t.word);
      // '... chanted "Lock him up" as the motorcade passed': a subordinate clause after the quote is the writer's.
      // A second quote in it ('because "I remain one of the poor members"') keeps it the speaker's.
      // So is a stretch of time after it ('chanted "Sack the board!" throughout the second half').
      const subordinate = !!firstWord && /^(as|when|while|before|after|because|since|until|if|though|although|whereas|throughout|during|amid)$/.test(firstWord.lower) && !sc2.tokens.slice(restAt).some((t) => OPEN_MARK.test(t.text) && !t.word);
      // 'claimed that "Petraeus got in trouble for far less," one of the prosecutors said ...': a comma
      // inside the closing mark ends the words reported before a "but", a participle, or a new subject
      // with no quote of its own ('..." Obama "opted for a political takedown."' goes on with it).
      const rest = sc2.tokens.slice(restAt);
      const newSubject = !!firstWord && (DET.has(firstWord.lower) || isCapitalized(firstWord)) && !rest.some((t) => OPEN_MARK.test(t.text) && !t.word);
      const commaInside = /,\s*$/.test(text.slice(q.start, q.end)) && !!firstWord && (firstWord.lower === 'but' || (firstWord.lower.endsWith('ing') && !isCapitalized(firstWord)) || newSubject);
      if (!q.multiBlock && restAt < sc2.tokens.length && wordsBetween(sc2.tokens, restAt, sc2.tokens.length, 2) >= 2 && sc2.tokens[restAt].text !== ',' && !commaInside && firstWord && !verbCue(firstWord.lower) && !subordinate) {
        // 'acknowledged "gaps in our preparedness" but said ...': read from the closing mark, so that a
        // second cue right after the quote ends the words reported.
        const tail = contentTo(sc2.tokens, restAt, contentStop(sc2, restAt - 1));
        if (tail) {
          // The opening mark stays with the words it opens, as the closing one does.
          content = { start: q.open, end: tail.end };
          kind = 'mixed';
        }
      }
      drafts.push({ content, kind, source: before.source, cue: before.cue, sentence: { start: so.span.start, end: Math.max(sEnd, q.end) }, rule: before.rule, antecedent: before.antecedent, strength: 1 });
      usedCue.add(before.cueToken.start);
    }
  }

  // 1b. A quote inside a quote with its own cue ('"The general told us, 'hold the bridge,'" the
  // captain said'): the inner words are the general's, annotated besides the outer quote.
  for (const q of quotes) {
    if (!q.nested) continue;
    const s = sents[sentenceAt(sents, q.open)];
    const words = wordsIn(text, q);
    if (words < 3) continue;
    const found = attachBefore(s, q) ?? attachAfter(sents[sentenceAt(sents, Math.min(q.close, text.length - 1))], q);
    if (!found) continue;
    drafts.push({ content: { start: q.start, end: q.end }, kind: 'direct', source: found.source, cue: found.cue, sentence: s.span, rule: `quoted within a quote, ${found.rule}`, antecedent: found.antecedent, strength: 1, keepNested: true });
  }

  function attachAfter(s: Sentence, q: Quote) {
    const { tokens, lowers } = s;
    let k = tokenAt(tokens, q.close + 1);
    if (k >= tokens.length) return null;
    if (tokens[k].text === ',') k++;
    if (k >= tokens.length) return null;
    // "... ― Jane Doe": a dash and a name sign the quote.
    if (/^[\u2014\u2015\u2013-]$/.test(tokens[k].text)) {
      const run = properRunAfter(tokens, k + 1, tokens.length);
      // A signature ends its sentence; "– the company said ..." goes on.
      const signs = run && (run.to >= tokens.length || !tokens[run.to].word);
      if (run && signs) return { source: spanOf(tokens, run), cue: { start: tokens[k].start, end: tokens[k].end }, rule: 'quote signed with a dash', cueToken: tokens[k], endOffset: undefined as number | undefined, antecedent: undefined as Span | undefined };
      return null;
    }
    // '"a man of his word," as one aide described him', '"productive," as the minister put it': the
    // quote is the aide's or the minister's words.
    if (lowers[k] === 'as') {
      const putIt = (j: number) => lowers[j] === 'put' && lowers[j + 1] === 'it';
      let e = k + 1;
      while (e < tokens.length && e - k < 8 && tokens[e].word && !isCueToken(tokens[e]) && !putIt(e)) e++;
      const src = phraseAfter(tokens, k + 1, e);
      // A past or an -s form: 'as her favourite TV show' has a noun where the verb would stand.
      const finite = e < tokens.length && (pastVerb(tokens[e]) || /[^s]s$/.test(lowers[e]));
      if (src && src.to === e && finite && (isCueToken(tokens[e]) || putIt(e))) {
        const cueEnd = putIt(e) ? e + 1 : e;
        return { source: spanOf(tokens, src), cue: { start: tokens[e].start, end: tokens[cueEnd].end }, rule: `quote + "as" + cue "${text.slice(tokens[e].start, tokens[cueEnd].end)}"`, cueToken: tokens[e], endOffset: undefined, antecedent: undefined };
      }
    }
    const closesOnComma = /[,?!]$/.test(text.slice(q.start, q.end).trimEnd());
    // A word or two in quotation marks that does not close on a comma ('"quarantine" appears 14
    // times') is a mention or a title, not what someone said.
    if (!closesOnComma && wordsIn(text, q) < 3) return null;
    // Inverted: "...," said the official. A participle is not inverted: '"...," accusing it of ...'.
    // '"...," read a banner outside the hall': a text put up reads its words.
    const v0 = quoteCue(lowers[k]);
    const found = v0 && !isCapitalized(tokens[k]) && !lowers[k].endsWith('ing') ? phraseAfter(tokens, k + 1, tokens.length) : null;
    const textReads = !!found && /^reads?$/.test(lowers[k]) && lowers.slice(found.from, found.to).some((w) => READING.has(w));
    // 'the co-author of "Going Viral," said the days ... are gone': after a preposition the quote is a
    // title inside the subject, and what follows the verb is what was said.
    const titleInSubject = (TITLE_BEFORE.has(lowers[tokenAt(tokens, q.open) - 1] ?? '') || TITLE_NOUNS.has(lowers[tokenAt(tokens, q.open) - 1] ?? '')) && inTitleCase(q, 6);
    if (v0 && (v0.ratio >= 0.3 || textReads) && !isCapitalized(tokens[k]) && !lowers[k].endsWith('ing') && !titleInSubject) {
      // '"A Nation Adrift," says it all': no inverted speaker is "it".
      if (found && lowers[found.from] === 'it' && found.to === found.from + 1) return null;
      // 'Mr. Manafort, citing "the unique magic of Trump," said the candidate could be ...': a phrase
      // with its own finite verb after the cue is what was said, not an inverted speaker.
      // ('"sociopath," said he doubts ...': a pronoun with a word after it that says no when or where opens one too.)
      const pronounClause = !!found && found.to === found.from + 1 && PRONOUN.has(lowers[found.from]) && !!tokens[found.to]?.word && !INVERTED_TAIL.has(lowers[found.to]) && !CALENDAR.has(lowers[found.to]);
      const clauseAfter = !!found && found.to < tokens.length && !isCapitalized(tokens[found.to]) && (isFiniteHelper(lowers[found.to]) || pronounClause);
      if (found && !isCueToken(tokens[found.from]) && !clauseAfter) {
        // '"...," wrote the singer on Instagram': where the words were posted is no part of who.
        const on = lowers.slice(found.from + 1, found.to).indexOf('on') + found.from + 1;
        const posted = on > found.from && on + 1 < found.to && PLATFORMS.has(lowers[on + 1]);
        const src = posted ? { from: found.from, to: on } : withTrailingAppositive(s, found);
        return {
          source: spanOf(tokens, src),
          cue: { start: tokens[k].start, end: tokens[k].end },
          rule: `quote + cue "${tokens[k].text}"`,
          cueToken: tokens[k],
          endOffset: tokens[src.to - 1].end,
          antecedent: undefined,
        };
      }
    }
    // "...," the official said. (stop the phrase at the cue)
    // '"...," Kelly charged in her assault.': a quote closing on a comma, then a name and any verb of
    // the past, is what the name said, when no reporting verb follows.
    // A later cue used as a noun ("in her opening remarks") does not count.
    const pastMayCue = closesOnComma && !tokens.some((t, j) => j >= k && isCueToken(t) && !DET.has(lowers[j - 1]) && !(j >= 2 && DET.has(lowers[j - 2]) && tokens[j - 1].word));
    // '"...," the report concluded': a cue word after a determiner (and a name) is a noun, and the phrase goes on.
    const afterDeterminer = (j: number) => {
      const b = beforeNameRun(tokens, j, k); // "a New York Times report"
      return b >= k && DET.has(lowers[b]);
    };
    const readBy = (j: number) => /^reads?$/.test(lowers[j]) && READING.has(lowers[j - 1] ?? '');
    // '"...," Blige sings to Clinton': a verb of the manner of speaking ends the speaker too.
    const stopsPhrase = (j: number) => ((isCueToken(tokens[j]) || (!isCapitalized(tokens[j]) && !!mannerVerb(lowers[j]))) && !afterDeterminer(j)) || publishing(tokens[j]) || readBy(j) || (pastMayCue && pastVerb(tokens[j]) && !DET.has(lowers[j - 1]));
    let e = k;
    while (e < tokens.length && e - k < 14 && (tokens[e].word || isAbbrevDot(tokens, e) || tokens[e].text === '&') && !(e > k && stopsPhrase(e))) e++;
    // '"...," the warning read': a document noun in -ing is no participle.
    let src = phraseAfter(tokens, k, e) ?? (e === k + 2 && DET.has(lowers[k]) && DOCUMENT_HEADS.has(lowers[k + 1]) ? { from: k, to: k + 2 } : null);
    if (!src) return null;
    // ('the vote had been "unanimous in spirit" once the final terms were agreed', '"on long-term loan"
    // under an arrangement agreed with the council': a clause or a phrase the quote runs on into names no speaker.)
    if (/^(once|when|whenever|after|before|because|since|until|unless|although|though|while|if|as|under|in|on|at|for|with|from|by|during|over|into|through|without|within|despite|than)$/.test(lowers[src.from])) return null;
    // 'his team "wasn't ready," a claim several players disputed': the writer sums the quote up and
    // says who disputes it; whoever disputes a claim did not make it.
    if (/^(a|an|the|that|this)$/.test(lowers[src.from]) && isSummingNoun(lowers[src.from + 1] ?? '') && !DOCUMENT_HEADS.has(lowers[src.from + 1])) return null;
    // "...," Sen. Jane Roe (D-Ore.) said: a short parenthesis belongs to the name.
    if (tokens[src.to]?.text === '(') {
      for (let close = src.to + 1; close <= Math.min(src.to + 8, tokens.length - 1); close++) {
        if (tokens[close].text !== ')') continue;
        src = { from: src.from, to: close + 1 };
        break;
      }
    }
    // "...," her mother, Fiona, said. / '"...," Jane Roe, who used to work on Capitol Hill, said.' /
    // '"...," a protester, who gave only her first name, Maria, told the AP.': up to two
    // comma-bounded remarks on the speaker, then the cue.
    let to = src.to;
    for (let remark = 0; remark < 2 && tokens[to]?.text === ','; remark++) {
      // "one resident, who asked not to be named, told": a cue inside a relative clause is the remark's.
      const relative = lowers[to + 1] === 'who';
      let close = to + 1;
      while (close < tokens.length && close - to < 16 && tokens[close].text !== ',' && !OPEN_MARK.test(tokens[close].text) && !(isCueToken(tokens[close]) && !relative)) close++;
      if (tokens[close]?.text !== ',' || close === to + 1) break;
      if (!relative && !(phraseAfter(tokens, to + 1, close) && close - to <= 8)) break;
      to = close;
      const after = verbCue(lowers[skipForwardBetween(tokens, close + 1, tokens.length)] ?? '');
      if (after && (!relative || after.ratio >= STRONG)) {
        src = { from: src.from, to: close };
        break;
      }
    }
    let c = skipForwardBetween(tokens, src.to, tokens.length);
    if (tokens[c]?.text === ',' && src.to === c) c = skipForwardBetween(tokens, c + 1, tokens.length);
    // '"...," he points out': a particle cue signs the quote as its verb would.
    const phrasal = c < tokens.length ? phraseFrom(PARTICLE_INDEX, lowers, c) : undefined;
    const v = c >= tokens.length ? undefined : phrasal ? { lemma: phrasal.join(' '), ratio: 0.6, form: lowers[c] } : signingCue(tokens, c);
    // A quote right before "X tweeted" or "X posted" is X's, though the nouns make the verbs rare cues.
    // ('Playing "Midnight on Canal Street," a jazz standard, filled my kitchen': not a quote an -ing word takes as its object, or a title after a word.)
    const wordBefore = tokenAt(tokens, q.open) - 1;
    const objectOfVerb = !!tokens[wordBefore]?.word && ((lowers[wordBefore].endsWith('ing') && !isCueToken(tokens[wordBefore])) || inTitleCase(q, 6));
    const anyPast = pastMayCue && pastVerb(tokens[c]) && wordsBetween(tokens, c + 1, tokens.length, MAX_INVERTED_TAIL + 1) <= MAX_INVERTED_TAIL && lowers[c + 1] !== 'that' && !objectOfVerb;
    if (!anyPast && (!v || (v.ratio < 0.3 && !PUBLISHING.has(v.lemma) && !readBy(c)) || isCapitalized(tokens[c]))) return null;
    let cueEnd = tokens[c + (phrasal ? phrasal.length - 1 : 0)].end;
    const tail = phrasal ? phrasal.length - 1 : tailAt(lowers, c + 1);
    if (tail) cueEnd = tokens[c + tail].end;
    // 'On the show "This Week," Rubio said that ...', 'Citing "obligations," the spokeswoman told
    // POLITICO that ...': the cue reports what follows, not the words quoted before it.
    // ('"We were terrible," Connolly said of that first session', '"...," Maddow said of a list that included ...':
    // what the quote was said of names its topic, whose "that" points or opens a relative clause.)
    if (lowers[c + tail + 1] !== 'of') for (let j = c + tail + 1; j < Math.min(tokens.length, c + tail + 7) && tokens[j].word && !INVERTED_TAIL.has(lowers[j]); j++) if (lowers[j] === 'that') return null;
    // 'Although Weiner admitted that they had "been friends for some time," he claimed they had never
    // met': a quote inside the sentence before a cue whose clause follows is not that cue's.
    const quoteInside = !!tokens[tokenAt(tokens, q.open) - 1]?.word;
    if (quoteInside && opensClauseSubject(tokens[c + tail + 1]) && finiteClauseAt(s, c + tail + 1)) return null;
    // 'On this weekend's broadcast of "Fox News Sunday," Pence said his running mate ...': after a
    // preposition the quote is a title, and a cue going on into a clause reports the clause.
    // 'on CBS's "Face the Nation,"' and 'In his book, "Make Your Kid a Millionaire,"' name titles too.
    const openAt = tokenAt(tokens, q.open);
    const beforeOpen = lowers[openAt - 1] ?? '';
    // ('the drama "Low Tide at Kells," which took four awards', 'sang "Deep Down," a song written by ...':
    // a work's noun before or after a quote in title case.)
    const workNamed = inTitleCase(q, 6) && (TITLE_NOUNS.has(beforeOpen) || lowers.slice(src.from, src.to).some((w) => TITLE_NOUNS.has(w)));
    const titled = TITLE_BEFORE.has(beforeOpen) || /['’]s$/.test(beforeOpen) || (beforeOpen === ',' && TITLE_NOUNS.has(lowers[openAt - 2] ?? '')) || workNamed;
    const goesOn = !!tokens[c + tail + 1]?.word && !INVERTED_TAIL.has(lowers[c + tail + 1]) && !isCapitalized(tokens[c + tail + 1]);
    if (titled && (goesOn || finiteClauseAt(s, c + tail + 1) || wordsBetween(tokens, c + tail + 1, tokens.length, MAX_INVERTED_TAIL + 1) > MAX_INVERTED_TAIL)) return null;
    // 'author of "Empire of the Fund," a lively new book ..., pointed out': the phrase after a title
    // describes the work; the one who speaks is before it.
    if (titled && lowers.slice(src.from, src.to).some((w) => TITLE_NOUNS.has(w))) return null;
    return {
      source: spanOf(tokens, src),
      cue: { start: tokens[c].start, end: cueEnd },
      rule: `quote + cue "${text.slice(tokens[c].start, cueEnd)}"`,
      cueToken: tokens[c],
      strength: 1,
      endOffset: splitAt(tokens, c + tail + 1),
      antecedent: antecedentOf(s, src),
    };
  }

  function attachBefore(s: Sentence, q: Quote) {
    const { tokens, lowers } = s;
    const quoteWords = wordsIn(text, q);
    let p = tokenAt(tokens, q.open) - 1;
    while (p >= 0 && tokens[p].end > q.open) p--;
    if (p < 0) return null;
    const marked = tokens[p].text === ':' || tokens[p].text === ',' || tokens[p].text === ';';
    if (marked) p--;
    // 'Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."': a cue fronted
    // before its speaker.
    // Not a participle opening the sentence ("Asked a question, Clinton said, ...", "Emphasizing ...").
    const fronted = marked && p >= 1 && isCapitalized(tokens[0]) && (verbCue(lowers[0])?.ratio ?? 0) >= STRONG && !lowers[0].endsWith('ing') && !QUESTION_PUT.test(lowers[0]);
    if (fronted && quoteWords >= 2 && (isCapitalized(tokens[1]) || DET.has(lowers[1])) && !tokens.slice(1, p + 1).some((t) => !isCapitalized(t) && isCueToken(t))) {
      const speaker = phraseAfter(tokens, 1, p + 1);
      if (speaker) return { source: { start: tokens[1].start, end: tokens[p].end }, cue: { start: tokens[0].start, end: tokens[0].end }, rule: `cue "${tokens[0].text}" before its speaker and the quote`, cueToken: tokens[0], antecedent: undefined };
    }
    // 'His answer: "Absolutely not."': a speech act's noun and its owner sign the quote.
    if (tokens[p + 1]?.text === ':' && p >= 1 && saidAsNoun(lowers[p]) && POSSESSIVE_PRONOUN.test(lowers[p - 1])) {
      return { source: { start: tokens[p - 1].start, end: tokens[p - 1].end }, cue: { start: tokens[p].start, end: tokens[p].end }, rule: `quote after "${tokens[p].text}:"`, cueToken: tokens[p], antecedent: undefined };
    }
    // 'The coach had this to say about the referee: "..."': the idiom introduces the quote.
    if (tokens[p + 1]?.text === ':') {
      for (let k = p; k >= Math.max(2, p - 8); k--) {
        if (lowers[k] !== 'say' || lowers[k - 1] !== 'to' || lowers[k - 2] !== 'this' || !HAVE_FORMS.has(lowers[k - 3] ?? '')) continue;
        const src = sourceBefore(s, k - 3);
        if (src) return { source: spanOf(tokens, src), cue: { start: tokens[k - 3].start, end: tokens[k].end }, rule: `quote after "${text.slice(tokens[k - 3].start, tokens[k].end)}"`, cueToken: tokens[k - 3], antecedent: antecedentOf(s, src) };
        break;
      }
    }
    if (p >= 0 && lowers[p] === 'that') p--;
    if (p > 0 && OBJECT_PRONOUNS.has(lowers[p]) && verbCue(lowers[p - 1])) p--; // "told us: '...'"
    // "told Haniyeh 'we will not ...'": a named listener between "told" and the quote.
    if (!marked && p > 0 && isCapitalized(tokens[p])) {
      let k = p;
      while (k > 0 && p - k < 4 && isCapitalized(tokens[k - 1])) k--;
      const tell = verbCue(lowers[k - 1] ?? '');
      if (tell && OBJECT_VERBS.has(tell.lemma) && tell.ratio >= STRONG) p = k - 1;
    }
    if (p < 0) return null;
    // "said in a statement:"
    for (const tl of CUE_TAIL_PHRASES) {
      if (p - tl.length >= 0 && phraseAt(lowers, p - tl.length + 1, tl)) {
        p -= tl.length;
        break;
      }
    }
    // 'issued a blunt warning: "..."', 'had a snappy retort: "..."': a verb and the noun of a speech
    // act sign the quote after the colon; the noun is no verb of its own ("warning").
    if (tokens[p + 1]?.text === ':' && saidAsNoun(lowers[p]) && quoteWords >= 2) {
      let v = p - 1;
      while (v > 0 && p - v <= 3 && tokens[v].word && !isCapitalized(tokens[v]) && !LIGHT_VERB_FORMS.has(lowers[v]) && !HAVE_FORMS.has(lowers[v])) v--;
      const src = v >= 0 && (LIGHT_VERB_FORMS.has(lowers[v]) || HAVE_FORMS.has(lowers[v])) ? sourceBefore(s, v) : null;
      if (src) return { source: spanOf(tokens, src), cue: { start: tokens[v].start, end: tokens[p].end }, rule: `speech act "${text.slice(tokens[v].start, tokens[p].end)}"`, cueToken: tokens[v], antecedent: antecedentOf(s, src) };
    }
    // 'said of the request: "..."', 'said on Monday: "..."': the cue comes before what it is about.
    // 'said Thursday on Twitter, "..."', 'told reporters in Nashua, "..."': the same with a comma.
    // But 'she wrote in her memoir, "Hard Choices."': a work's noun before a quote in title case names it.
    const titleAfterWork = TITLE_NOUNS.has(lowers[p]) && inTitleCase(q, 6);
    if (titleAfterWork) return null;
    if (marked && tokens[p + 1]?.text !== ';' && (verbCue(lowers[p])?.ratio ?? 0) < STRONG) {
      for (let k = p - 1; k >= Math.max(0, p - 8) && (tokens[k].word || isAbbrevDot(tokens, k)); k--) {
        if (!tokens[k].word || isCapitalized(tokens[k]) || lowers.slice(k + 1, p + 1).includes('that')) continue;
        const cue = verbCue(lowers[k]);
        // "said a day earlier, '...'": a time with no preposition, as skipped anywhere else.
        // A past form with only a time before the quote is a verb, however often its lemma is a noun
        // ("stated Tuesday, '...'").
        const onlyTime = skipForwardBetween(tokens, k + 1, p + 1) === p + 1;
        const about = /^(of|about)$/.test(lowers[k + 1]) || INVERTED_TAIL.has(lowers[k + 1]) || (!!cue && OBJECT_VERBS.has(cue.lemma)) || onlyTime;
        const pastCue = onlyTime && !!cue && cue.ratio >= WEAK && pastVerb(tokens[k]);
        if (about && ((cue?.ratio ?? 0) >= STRONG || PUBLISHING.has(cue?.lemma ?? '') || pastCue)) {
          p = k;
          break;
        }
      }
    }
    // 'Pollster Daron Shaw: "..."', 'More from the report: "..."': a name or a document before a
    // colon signs the quote, when no reporting verb before it in the sentence does.
    if (tokens[p + 1]?.text === ':') {
      const label = colonLabel(tokens, p);
      // "posted on Instagram:" is where the words appeared, not who spoke them.
      const placed = !!label && /^(on|at|via)$/.test(lowers[label.from - 1] ?? '');
      const verbBefore = label && (placed || tokens.slice(0, label.from).some((t) => !isCapitalized(t) && (verbCue(t.lower)?.ratio ?? 0) >= 0.3));
      if (label && !verbBefore && quoteWords >= 3) {
        return { source: spanOf(tokens, label), cue: { start: tokens[p + 1].start, end: tokens[p + 1].end }, rule: 'quote after "Name:"', cueToken: tokens[p + 1], antecedent: undefined };
      }
    }
    const cueEnd = tokens[p + (p + 1 < tokens.length && tokens[p + 1].end <= q.open && tailAt(lowers, p + 1) ? tailAt(lowers, p + 1) : 0)].end;
    const v = signingCue(tokens, p);
    // 'he demurred: "..."', 'then leaned in and boomed: "..."': any verb of the past before a colon
    // introduces what the subject said.
    // 'Trump finally wrapped up: "..."', 'She addressed the supporters again: "..."': a particle, an
    // adverb or the audience may stand between that verb and the colon.
    let pv = p;
    if (tokens[p + 1]?.text === ':') {
      while (pv > 0 && p - pv < 4 && tokens[pv].word && !isCapitalized(tokens[pv]) && (COLON_PARTICLES.has(lowers[pv]) || isAdverb(tokens[pv]) || OBJECT_PRONOUNS.has(lowers[pv]) || AUDIENCE_NOUNS.has(lowers[pv]) || (DET.has(lowers[pv]) && AUDIENCE_NOUNS.has(lowers[pv + 1] ?? '')))) pv--;
      if (!pastVerb(tokens[pv]) || (verbCue(lowers[pv])?.ratio ?? 0) >= WEAK) pv = p;
    }
    if ((!v || v.ratio < WEAK || pv < p) && tokens[p + 1]?.text === ':' && pastVerb(tokens[pv]) && quoteWords >= 3) {
      const src = sourceBefore(s, pv) ?? (/^(and|but)$/.test(lowers[pv - 1] ?? '') ? subjectBefore(s, pv - 1) : null);
      const cueTo = pv < p && /^(up|out|on|off|back|down)$/.test(lowers[pv + 1]) ? pv + 1 : pv;
      if (src) return { source: spanOf(tokens, src), cue: { start: tokens[pv].start, end: tokens[cueTo].end }, rule: `quote after "${text.slice(tokens[pv].start, tokens[p].end)}:"`, cueToken: tokens[pv], antecedent: antecedentOf(s, src) };
    }
    // 'In her words: "..."', "In Ruiz's own words, '...'": the one whose words they are speaks the quote.
    if (lowers[p] === 'words' && /^[:,]$/.test(tokens[p + 1]?.text ?? '') && quoteWords >= 2) {
      const own = lowers[p - 1] === 'own' ? p - 2 : p - 1;
      const possessive = /'s$/.test(lowers[own] ?? '');
      if (own >= 1 && lowers[own - 1] === 'in' && (possessive || /^(his|her|their|its)$/.test(lowers[own] ?? ''))) {
        const from = possessive ? (phraseBefore(tokens, own, own)?.from ?? own) : own;
        const source = { start: tokens[from].start, end: tokens[own].end - (possessive ? 2 : 0) };
        return { source, cue: { start: tokens[own - 1].start, end: tokens[p].end }, rule: `quote after "${text.slice(tokens[own - 1].start, tokens[p].end)}"`, cueToken: tokens[p], antecedent: undefined };
      }
    }
    // 'Tomás Rivera put it simply: "..."', 'put it this way:': the idiom introduces the quote.
    if (tokens[p + 1]?.text === ':' && quoteWords >= 2) {
      for (let k = p; k >= Math.max(1, p - 3); k--) {
        if (lowers[k] !== 'it' || verbCue(lowers[k - 1])?.lemma !== 'put') continue;
        const src = sourceBefore(s, k - 1);
        if (src) return { source: spanOf(tokens, src), cue: { start: tokens[k - 1].start, end: tokens[p].end }, rule: `quote after "${text.slice(tokens[k - 1].start, tokens[p].end)}:"`, cueToken: tokens[k - 1], antecedent: antecedentOf(s, src) };
        break;
      }
    }
    // 'Her colleague, Mark Ruiz, was more blunt: "..."': a subject the writer describes before a colon
    // speaks the quote after it.
    if ((!v || v.ratio < STRONG) && tokens[p + 1]?.text === ':' && quoteWords >= 3) {
      let c = p;
      // "... was in no mood to talk:" takes a few more words.
      while (c > 0 && p - c < 7 && tokens[c].word && !isCapitalized(tokens[c]) && !/^(is|are|was|were)$/.test(lowers[c])) c--;
      const src = c < p && /^(is|are|was|were)$/.test(lowers[c]) ? sourceBefore(s, c) : null;
      // Only a person or a name: "The reason is simple:" introduces no speaker. ("Ellis, a retired plumber,
      // was more blunt:": a name a description follows is one.)
      const comma = src ? tokens.slice(src.from, src.to).findIndex((t) => t.text === ',') : -1;
      const describedName = !!src && comma > 0 && isCapitalized(tokens[src.from + comma - 1]);
      if (src && (isCapitalized(tokens[src.to - 1]) || describedName || (src.to - src.from === 1 && PERSONAL_PRONOUN.test(lowers[src.from])))) return { source: spanOf(tokens, src), cue: { start: tokens[c].start, end: tokens[p].end }, rule: `quote after "${text.slice(tokens[c].start, tokens[p].end)}:"`, cueToken: tokens[c], antecedent: antecedentOf(s, src) };
      // 'Her reply was short: "..."', "The minister's message to investors was clear:": the owner of
      // what was said speaks, past those it was said to.
      const addressed = src && /^(to|for)$/.test(lowers[src.from - 1] ?? '') ? sourceBefore(s, src.from - 1) : null;
      const owned = src ? (ownerOfSaying(tokens, lowers, src) ?? (addressed && ownerOfSaying(tokens, lowers, addressed))) : null;
      if (owned) return { source: owned.source, cue: { start: tokens[owned.noun].start, end: tokens[p].end }, rule: `quote after "${text.slice(tokens[owned.noun].start, tokens[p].end)}:"`, cueToken: tokens[owned.noun], antecedent: undefined };
    }
    if (!v || (v.ratio < WEAK && !(marked && PUBLISHING.has(v.lemma))) || isCapitalized(tokens[p])) return null;
    if (!marked && (v.ratio < 0.3 || quoteWords < 3)) return null;
    // 'told "Fox and Friends"': a quoted name in title case right after "told" is who was told.
    if (!marked && v.lemma === 'tell' && inTitleCase(q, 5)) return null;
    // 'called the offer "an insult"', 'on Mr. King's show, "Politicking."': after a determiner or an
    // owner the cue word is a noun.
    if ((!marked && DET.has(lowers[p - 1] ?? '')) || /['’]s$/.test(lowers[p - 1] ?? '')) return null;
    // "..., saying, '...'", "... and said, '...'": the subject of the sentence is quoted.
    // '... before asking her, "..."': so does a participle after "before", "after" or "while".
    const sharesSubject = (lowers[p].endsWith('ing') && (tokens[p - 1]?.text === ',' || /^(before|after|while|when)$/.test(lowers[p - 1] ?? ''))) || /^(and|but)$/.test(lowers[p - 1] ?? '');
    // 'Ms. Benitez can be heard saying: "..."', "was caught on tape saying": whoever was heard speaks.
    let heard = lowers[p].endsWith('ing') ? p - 1 : -1;
    if (lowers[heard] === 'tape' || lowers[heard] === 'camera') heard -= 2;
    const auxFrom = heard > 0 ? skipBackBetween(tokens, heard - 1) + 1 : -1;
    const perceived = heard > 0 && /^(heard|seen|recorded|filmed|caught|overheard|videotaped)$/.test(lowers[heard]) && lowers.slice(auxFrom, heard).some((w) => BE.has(w)) ? sourceBefore(s, auxFrom) : null;
    const src = perceived ?? sourceBefore(s, p) ?? (sharesSubject ? subjectBefore(s, p - 1) : null) ?? (p > 1 ? parentheticalBefore(s, skipBackBetween(tokens, p - 1)) : null);
    if (!src) return null;
    // ('the federal estimate "ignores ..."', 'a lengthy expose, "the operator."': after a determiner, a
    // describing word no one could be makes the cue word a noun.)
    if (src.to === p && src.to - src.from === 2 && DET.has(lowers[src.from]) && !isCapitalized(tokens[src.from + 1]) && /(al|y|ic|ive|ous|ful|less|able|ible|ary)$/.test(lowers[src.from + 1]) && !couldSpeak(text.slice(tokens[src.from].start, tokens[src.to - 1].end))) return null;
    // ('tasks like filing expense reports "with almost no supervision"': a gerund's object is no speaker.)
    if (!marked && /ing$/.test(lowers[src.from]) && !isCapitalized(tokens[src.from]) && !ROLE_PARTICIPLES.test(lowers[src.from])) return null;
    // ('Reilly said in a statement that the numbers showed "Ohioans are tired ..."': what a finding inside
    // another's saying "showed" is in the sayer's words, not the numbers'.)
    if (/^(show|find|suggest|indicate|reveal|prove|demonstrate)$/.test(v.lemma) && lowers[src.from - 1] === 'that' && tokens.slice(0, src.from - 1).some((t) => t.word && !isCapitalized(t) && (verbCue(t.lower)?.ratio ?? 0) >= STRONG && !insideQuote(t.start))) return null;
    return {
      source: spanOf(tokens, src),
      cue: { start: tokens[p].start, end: cueEnd },
      rule: `quote + cue "${text.slice(tokens[p].start, cueEnd)}"`,
      cueToken: tokens[p],
      antecedent: antecedentOf(s, src),
    };
  }

  // Quotes with a speaker, by position, for '"...," he said, according to aides' below.
  const quoteDrafts = drafts.filter((d) => d.kind === 'direct').sort((a, b) => a.content.start - b.content.start);

  // 2. Reported speech around cues.
  // '"...," said Dr. Hassan, adding that ...': a quote's speaker is the previous one in its sentence too.
  const quotedSpeakers = quoteDrafts.filter((d) => d.source).sort((a, b) => a.source!.start - b.source!.start);
  let nextSpeaker = 0;
  for (const s of sents) {
    let lastInSentence: Draft | null = null;
    while (nextSpeaker < quotedSpeakers.length && quotedSpeakers[nextSpeaker].source!.start < s.span.start) nextSpeaker++;
    let speakerAt = nextSpeaker;
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i];
      for (; speakerAt < quotedSpeakers.length && quotedSpeakers[speakerAt].source!.end <= t.start && quotedSpeakers[speakerAt].source!.start < s.span.end; speakerAt++) {
        if (!lastInSentence || lastInSentence.content.end <= quotedSpeakers[speakerAt].source!.start) lastInSentence = quotedSpeakers[speakerAt];
      }
      if (!t.word || usedCue.has(t.start) || insideQuote(t.start)) continue;
      const made = readCue(s, i, lastInSentence);
      if (!made) continue;
      drafts.push(made.draft);
      lastInSentence = made.draft;
      i = Math.max(i, made.skipTo - 1);
    }
  }
  listAttributions();

  /**
   * "In the new Post-ABC poll, the mogul wins 1 in 3 voters": a poll or report that opens the
   * sentence is the source of the clause after its comma, unless a reporting verb there names another.
   */
  /**
   * "In Olsen's telling, the collapse began a decade ago", "In his view, the deal is dead": the
   * sentence is the account or the view of the one whose it is.
   */
  function readInView(s: Sentence, i: number): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    let k = i + 1;
    let source: Span | null = null;
    if (POSSESSIVE_PRONOUN.test(lowers[k] ?? '')) source = spanOf(tokens, { from: k, to: ++k });
    else {
      let j = k;
      while (j < Math.min(tokens.length, k + 5) && ((isCapitalized(tokens[j]) && tokens[j].word && !/['’]s$/.test(lowers[j])) || isAbbrevDot(tokens, j))) j++;
      if (!/['’]s$/.test(lowers[j] ?? '') || !isCapitalized(tokens[j])) return null;
      source = { start: tokens[k].start, end: tokens[j].end - 2 };
      k = j + 1;
    }
    if (lowers[k] === 'own') k++;
    if (!VIEW_NOUNS.test(lowers[k] ?? '') || tokens[k + 1]?.text !== ',') return null;
    const content = contentTo(tokens, k + 2, contentStop(s, k + 3));
    if (!content) return null;
    const cue = { start: tokens[i].start, end: tokens[k].end };
    const held = lowers[k] !== 'telling' && lowers[k] !== 'account';
    return { draft: { content, kind: 'indirect', source, cue, sentence: s.span, rule: `"${text.slice(cue.start, cue.end)}," before the content`, strength: 1, belief: held || undefined }, skipTo: k + 2 };
  }

  function readOpeningDocument(s: Sentence, i: number): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    const n = tokens.length;
    let comma = i + 1;
    while (comma < n && comma - i <= 14 && tokens[comma].text !== ',') comma++;
    if (tokens[comma]?.text !== ',' || comma === i + 1) return null;
    let head = -1;
    for (let k = i + 1; k < comma; k++) if (OPENING_DOCUMENT_FORMS.has(lowers[k])) head = k;
    // "In the wake of polls showing ...": the phrase is about something else, of which the poll is a part.
    if (head < 0 || lowers.slice(Math.max(i + 1, head - 2), head).includes('of')) return null;
    if (tokens.slice(comma + 1).some((t) => t.word && !isCapitalized(t) && (verbCue(t.lower)?.ratio ?? 0) >= STRONG && !insideQuote(t.start))) return null;
    // "In a 3-0 ruling, the court found that ...": a cue with its "that" after the comma reports the clause itself.
    if (tokens.slice(comma + 1).some((t, k) => t.word && !isCapitalized(t) && !!verbCue(t.lower) && lowers[comma + 2 + k] === 'that' && lowers[comma + k] !== 'to' && !insideQuote(t.start))) return null;
    // "In a statement posted to social media, the singer thanked fans": a text its author wrote is
    // where the subject's words stand, not a source of its own; the subject speaks, and the rest is said.
    let verb = comma + 2;
    while (verb < n && tokens[verb].word && (isCapitalized(tokens[verb]) || !(pastVerb(tokens[verb]) || isFiniteHelper(lowers[verb]) || /[^s]s$/.test(lowers[verb]) && !!verbCue(lowers[verb])))) verb++;
    const subject = AUTHORED_TEXTS.has(lowers[head]) ? phraseAfter(tokens, comma + 1, verb) : null;
    if (subject && couldSpeak(text.slice(tokens[subject.from].start, tokens[subject.to - 1].end)) && !DOCUMENT_HEADS.has(lowers[subject.to - 1])) {
      const said = wordsBetween(tokens, subject.to, n, 3) >= 3 ? contentTo(tokens, subject.to, contentStop(s, subject.to + 1)) : null;
      if (!said) return null;
      const cue = { start: tokens[i].start, end: tokens[comma - 1].end };
      return { draft: { content: said, kind: 'indirect', source: spanOf(tokens, subject), cue, sentence: s.span, rule: `author after "In" + "${lowers[head]}"`, strength: 1 }, skipTo: n };
    }
    const content = contentTo(tokens, comma + 1, contentStop(s, comma + 2));
    if (!content || wordsBetween(tokens, comma + 1, n, 4) < 4) return null;
    const source = { start: tokens[i + 1].start, end: tokens[comma - 1].end };
    const cue = { start: tokens[i].start, end: tokens[i].end };
    return { draft: { content, kind: 'indirect', source, cue, sentence: s.span, rule: `"In" + document "${lowers[head]}" opening the sentence`, strength: 1 }, skipTo: n };
  }

  /** "the claim, made by a collector in a 2003 memoir, that the mask was a copy": the maker between commas speaks. */
  function readMadeBy(s: Sentence, i: number): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    // ("the allegation, first made by a former aide, that ...": an adverb may come first.)
    const verb = /^(first|later|originally|repeatedly|often|also)$/.test(lowers[i + 2] ?? '') ? i + 3 : i + 2;
    if (tokens[i + 1]?.text !== ',' || !/^(made|voiced|raised|advanced|repeated|put)$/.test(lowers[verb] ?? '')) return null;
    const by = lowers[verb + 1] === 'by' ? verb + 1 : lowers[verb + 1] === 'forward' && lowers[verb + 2] === 'by' ? verb + 2 : -1;
    if (by < 0) return null;
    let close = by + 1;
    while (close < tokens.length && close - by <= 16 && tokens[close].text !== ',') close++;
    if (tokens[close]?.text !== ',' || lowers[close + 1] !== 'that') return null;
    let source = phraseAfter(tokens, by + 1, close);
    // ("by a collector in a 2003 memoir": where the claim was made is no part of who made it.)
    const where = source ? lowers.slice(source.from + 1, source.to).findIndex((w, k) => /^(in|on|at|during)$/.test(w) && lowers.slice(source!.from + k + 2, source!.to).some((x) => DOCUMENT_HEADS.has(x) || TITLE_NOUNS.has(x) || CALENDAR.has(x) || /^\d{4}$/.test(x))) : -1;
    if (source && where >= 0) source = { from: source.from, to: source.from + 1 + where };
    const content = source ? contentTo(tokens, close + 2, nounClauseEnd(s, close + 2, contentStop(s, close + 2))) : null;
    if (!source || !content) return null;
    return { draft: { content, kind: 'indirect', source: spanOf(tokens, source), cue: { start: tokens[i].start, end: tokens[i].end }, sentence: s.span, rule: `cue noun "${lowers[i]}", ${lowers[verb]} by its source`, strength: 1, keepNested: true }, skipTo: close + 2 };
  }

  /**
   * "The ministry's position is that ...", "Trump's claim was that ...", "Her view is that ...": the
   * owner holds the view. "The prime minister's message was simple: ...": so after a colon.
   */
  function readOwnedView(s: Sentence, i: number): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    const n = tokens.length;
    const possessive = i > 0 && (/'s$/.test(lowers[i - 1]) || POSSESSIVE_PRONOUN.test(lowers[i - 1]));
    if (!possessive || !BE.has(lowers[i + 1] ?? '')) return null;
    let colon = -1;
    for (let k = i + 2; k <= i + 4 && k < n && colon < 0; k++) if (tokens[k].text === ':') colon = k;
    const opensAt = lowers[i + 2] === 'that' ? i + 3 : colon > 0 && tokens[colon + 1]?.word ? colon + 1 : -1;
    if (opensAt < 0 || opensAt >= n) return null;
    const content = contentTo(tokens, opensAt, contentStop(s, opensAt));
    if (!content) return null;
    const pronoun = !/'s$/.test(lowers[i - 1]);
    const owner = { start: tokens[i - 1].start, end: tokens[i - 1].end - (pronoun ? 0 : 2) };
    const ownerFrom = pronoun ? null : phraseBefore(tokens, i - 1);
    const source = ownerFrom ? { start: tokens[ownerFrom.from].start, end: owner.end } : owner;
    const cueEnd = opensAt === i + 3 ? i + 2 : colon - 1;
    const cueText = `${text.slice(tokens[i].start, tokens[cueEnd].end)}${opensAt === i + 3 ? '' : ':'}`;
    return { draft: { content, kind: 'indirect', source, cue: { start: tokens[i].start, end: tokens[cueEnd].end }, sentence: s.span, rule: `cue noun "${cueText}"`, strength: 1 }, skipTo: opensAt };
  }

  /**
   * "Mr. Trump is ahead in public opinion polls in Florida": a standing that a poll reports, told
   * before it (GUIDELINES §1, document: "according to the study").
   */
  function readClosingPoll(s: Sentence, i: number): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    const n = tokens.length;
    let end = i + 1;
    while (end < n && end - i <= 14 && tokens[end].text !== ',' && tokens[end].text !== ';' && !(tokens[end].text === '.' && !isAbbrevDot(tokens, end))) end++;
    const poll = i + 1 + lowers.slice(i + 1, Math.min(end, i + 7)).findIndex((w) => POLL_NOUNS.has(w));
    if (poll <= i || lowers.slice(Math.max(i + 1, poll - 2), poll).includes('of')) return null;
    // "voters going to the polls on Super Tuesday": where votes are cast, not a survey.
    if (lowers[poll] === 'polls' && lowers[poll - 1] === 'the' && /^(to|at)$/.test(lowers[poll - 2] ?? '')) return null;
    // The poll heads the phrase: "in the latest CNN poll released Wednesday", not "in polls behind Clinton".
    const next = lowers[poll + 1] ?? '';
    if (poll + 1 < end && !/^(released|conducted|taken|published|by|from|of|in|on|last|this|since)$/.test(next)) return null;
    let from = i - 1;
    while (from >= 0 && tokens[from].text !== ',' && tokens[from].text !== ';') from--;
    from++;
    if (/^(but|and|so)$/.test(lowers[from] ?? '')) from++;
    // The content is a clause with its own subject, not "in which ..." or a fragment.
    if (!tokens[from] || !(isCapitalized(tokens[from]) || DET.has(lowers[from]) || /^\d/.test(lowers[from])) || /^(which|who|that|where|when|depending)$/.test(lowers[from])) return null;
    if (wordsBetween(tokens, from, i, 3) < 3 || tokens.slice(from, i).some((t) => isCueToken(t) || insideQuote(t.start))) return null;
    const content = contentTo(tokens, from, i);
    if (!content) return null;
    const source = { start: tokens[i + 1].start, end: tokens[poll + 1 < end && /^(released|conducted|taken|published)$/.test(next) ? end - 1 : poll].end };
    return { draft: { content, kind: 'indirect', source, cue: { start: tokens[i].start, end: tokens[i].end }, sentence: s.span, rule: `standing "in" + document "${lowers[poll]}"`, strength: 0.6 }, skipTo: end };
  }

  /**
   * "That's what media bosses want, too.": a second source for the words the sentence before
   * reported, or for that sentence when it reported nothing.
   */
  function readEcho(s: Sentence): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    const w = /^(that|this)['’]s$/.test(lowers[0] ?? '') ? 1 : /^(that|this)$/.test(lowers[0] ?? '') && /^(is|was)$/.test(lowers[1] ?? '') ? 2 : -1;
    if (w < 0 || lowers[w] !== 'what') return null;
    let c = w + 2;
    while (c < tokens.length && c - w <= 8 && tokens[c].word && !verbCue(lowers[c])) c++;
    const v = verbCue(lowers[c] ?? '');
    const src = phraseAfter(tokens, w + 1, c);
    if (!src || src.to !== skipBackBetween(tokens, c - 1) + 1 || !v || isCapitalized(tokens[c]) || !(v.ratio >= STRONG || COGNITION.has(v.lemma) || INTENTION_VERBS.has(v.lemma))) return null;
    const before = sents[sents.indexOf(s) - 1];
    if (!before || before.block !== s.block) return null;
    const echoed = drafts.filter((d) => d.sentence.start === before.span.start && d.content.end <= before.span.end).pop();
    const content = echoed?.content ?? contentTo(before.tokens, 0, before.tokens.length);
    if (!content) return null;
    return { draft: { content, kind: 'indirect', source: spanOf(tokens, src), cue: { start: tokens[c].start, end: tokens[c].end }, sentence: s.span, rule: `"${lowers.slice(0, w + 1).join(' ')}" + cue "${lowers[c]}", the words before`, strength: 1, keepNested: true, echo: true }, skipTo: tokens.length };
  }

  function readCue(s: Sentence, i: number, previous: Draft | null): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    const n = tokens.length;
    const sentence = s.span;
    if (i === 0) {
      const echo = readEcho(s);
      if (echo) return echo;
    }
    if (lowers[i] === 'in' && (i === 0 || (i === 1 && /^(but|and)$/.test(lowers[0])))) {
      const opening = readOpeningDocument(s, i) ?? readInView(s, i);
      if (opening) return opening;
    } else if (lowers[i] === 'in') {
      const standing = readClosingPoll(s, i);
      if (standing) return standing;
    }
    if (LIGHT_VERB_FORMS.has(lowers[i])) {
      const act = readSpeechAct(s, i);
      if (act) return act;
    }
    // "according to X"
    const sourceAfter = phraseFrom(SOURCE_AFTER_INDEX, lowers, i);
    // "quoted by" inside "as quoted by": the longer phrase, one word earlier, was read already.
    if (sourceAfter && i > 0 && phraseFrom(SOURCE_AFTER_INDEX, lowers, i - 1)) return null;
    // "per its annual report", "per Reuters", but not "per cent" or "$5 per gallon".
    const perUnit = sourceAfter?.join(' ') === 'per' && (!(DET.has(lowers[i + 1] ?? '') || (isCapitalized(tokens[i + 1] ?? tokens[i]) && !!tokens[i + 1]?.word)) || /^(every|each)$/.test(lowers[i + 1] ?? ''));
    // "The operation went according to plan": a standard met, not a source.
    const standard = sourceAfter?.[0] === 'according' && ACCORDING_STANDARD.has(lowers[i + sourceAfter.length] ?? '');
    // "the number of potholes reported by residents had doubled": a participle right after its noun
    // describes it; set off by a comma or led by "as", it names the source.
    const describing = /^(?:reported|quoted|cited)$/.test(lowers[i]) && i > 0 && tokens[i - 1].word && !isCapitalized(tokens[i - 1]) && !BE.has(lowers[i - 1]) && !isFiniteHelper(lowers[i - 1]) && !/ly$|^(?:first|also|initially|earlier|later|originally|previously|once|then|since)$/.test(lowers[i - 1]);
    if (sourceAfter && !perUnit && !standard && !describing) {
      const p = sourceAfter;
      const cueEnd = i + p.length;
      let src = phraseAfter(tokens, cueEnd, n) ?? properRunAfter(tokens, cueEnd, n);
      if (!src) return null;
      // "according to a Reuters report, ..." / "according to sources who spoke to Reuters"
      // "according to a memo seen by the Ledger": a participle's by-phrase belongs to the source.
      // "according to a count by The Associated Press": so does a document's author.
      // "according to a report released Tuesday by the GAO": a time may stand between them.
      // ("figures released on Monday by the property portal Hearthlist": a time of two words too.)
      const srcEnd = src.to;
      const timedParticiple = [2, 3].some((d) => /(ed|en)$/.test(lowers[srcEnd - d] ?? '') && lowers.slice(srcEnd - d + 1, srcEnd).every((w) => INVERTED_TAIL.has(w) || CALENDAR.has(w) || /^(on|last|this|late|early|year|week|month|spring|summer|autumn|fall|winter)$/.test(w)));
      // ("according to results announced by the party chairman": a participle the phrase reader stopped at, then its agent.)
      // ("according to an analysis of House votes by the Capitol Index": a document's author after what it is of.)
      const documentOf = () => { const of = lowers.indexOf('of', src!.from); return of > src!.from && of < src!.to && DOCUMENT_HEADS.has(lowers[of - 1]); };
      const byParticiple = (lowers[src.to] === 'by' && (/(ed|en)$/.test(lowers[src.to - 1] ?? '') || DOCUMENT_HEADS.has(lowers[src.to - 1] ?? '') || timedParticiple || documentOf())) || (/[^e]ed$/.test(lowers[src.to] ?? '') && lowers[src.to + 1] === 'by' && DOCUMENT_HEADS.has(lowers[src.to - 1] ?? ''));
      // "according to a list obtained through a records request", "a tally kept by the Monitor": the
      // phrase read may stop at the participle itself.
      const participleNext = src.to - src.from >= 2 && (/[^e]ed$/.test(lowers[src.to - 1]) || IRREGULAR_PARTICIPLES.has(lowers[src.to - 1]) || IRREGULAR_PASTS.has(lowers[src.to - 1])) && !isCapitalized(tokens[src.to - 1]) && /^(by|through|from|under|in|at|on|with|to|after|before|during|following)$/.test(lowers[src.to] ?? '');
      // "according to a person close to the singer": the phrase read may already hold "close".
      const knowing = /^(close|familiar)$/.test(lowers[src.to - 1]) && /^(to|with)$/.test(lowers[src.to] ?? '');
      if (byParticiple || participleNext || knowing || lowers[src.to] === 'who' || lowers[src.to] === 'seen' || lowers[src.to] === 'familiar' || lowers[src.to] === 'close') {
        let k = src.to;
        // ("a draft memo reviewed by The New York Times and two administration officials": up to the phrase's end.)
        while (k < n && tokens[k].word && k - src.to < 12) k++;
        src = { from: src.from, to: k };
      }
      const opensSentence = i === 0 || (i === 1 && !tokens[0].word);
      // "according to the zoo's curator, Felix Aronsson", "According to its owner, Ostrand Metals, the
      // plant ...": a description, then the name of whom it describes. Not "According to the ministry,
      // Russia, China and Iran ...", a list, nor a name the content goes on from ("Russia has").
      // A text has no such name ("According to an FBI summary of its investigation, Cheryl Mills, a
      // top Clinton aide, sent ..."), and a name described between commas is the content's subject.
      const ofAt = lowers.slice(src.from, src.to).findIndex((w) => SOURCE_PREPOSITION_WORDS.test(w));
      const headWord = lowers[(ofAt > 0 ? src.from + ofAt : src.to) - 1];
      if (tokens[src.to]?.text === ',' && !isCapitalized(tokens[src.to - 1]) && !DOCUMENT_HEADS.has(headWord) && (/^(the|a|an|his|her|their|its|our)$/.test(lowers[src.from]) || lowers.slice(src.from, src.to).includes("'s"))) {
        let k = src.to + 1;
        while (k < n && (isCapitalized(tokens[k]) || isAbbrevDot(tokens, k) || (k > src.to + 1 && NAME_PARTICLE.has(lowers[k])))) k++;
        const name = k > src.to + 1 && /\p{Ll}/u.test(text.slice(tokens[src.to + 1].start, tokens[k - 1].end));
        const closes = tokens.slice(k).every((t) => !t.word && !OPEN_MARK.test(t.text));
        const then = tokens[k + 1];
        const appositive = /^(a|an|the)$/.test(then?.lower ?? '') && tokens.slice(k + 2, k + 10).some((t) => t.text === ',');
        const resumes = opensSentence && tokens[k]?.text === ',' && !!then?.word && !isCapitalized(then) && !appositive && !/^(who|whose|which|and|or)$/.test(then.lower);
        const described = !opensSentence && tokens[k]?.text === ',' && /^(who|whose)$/.test(then?.lower ?? '');
        if (name && (closes || resumes || described)) src = { from: src.from, to: k };
      }
      // "According to the lawsuit, filed in federal court in Manhattan, the bank ...": a participle
      // phrase between commas, or closing the sentence, describes the source.
      if (tokens[src.to]?.text === ',' && /(ed|en)$/.test(lowers[src.to + 1] ?? '') && !isCapitalized(tokens[src.to + 1])) {
        let k = src.to + 2;
        while (k < n && tokens[k].word && k - src.to < 14) k++;
        const closesSentence = k >= n - 1 && /^(in|by|on|at|with|from|last|earlier|this)$/.test(lowers[src.to + 2] ?? '');
        if ((tokens[k]?.text === ',' && k + 1 < n) || closesSentence) src = { from: src.from, to: k };
      }
      // "According to Reuters, which first reported the talks, the deal ...", "according to the health
      // ministry, which does not distinguish ...": a relative clause after the source describes it,
      // to its comma or to the end of the sentence. So does an absolute phrase closing the sentence
      // ("..., according to election officials, with long lines reported ...").
      let absoluteAfter = false;
      let relativeReports = false;
      if (tokens[src.to]?.text === ',' && /^(which|who|whose|with)$/.test(lowers[src.to + 1] ?? '')) {
        let k = src.to + 2;
        while (k < n && tokens[k].word && k - src.to < 24) k++;
        // "..., the Globe, which concluded that ...": a clause that reports closing the sentence is an
        // attribution of its own.
        // ("..., who spoke on condition of anonymity because he was not authorized to discuss it": an
        // infinitive reports nothing.)
        const relative = src.to + 2;
        // ("..., which found that official tallies were revised": a text's finding reports too.)
        const reports = lowers[src.to + 1] !== 'with' && tokens.slice(relative, k).some((t, j) => !isCapitalized(t) && lowers[relative + j - 1] !== 'to' && ((verbCue(t.lower)?.ratio ?? 0) >= MID || (FINDING_VERBS.has(verbCue(t.lower)?.lemma ?? '') && lowers[relative + j + 1] === 'that')));
        relativeReports = reports && !opensSentence;
        if (tokens[k]?.text === ',' && opensSentence && lowers[src.to + 1] !== 'with') src = { from: src.from, to: k };
        else if (!reports && !opensSentence && (k >= n - 1 || tokens[k]?.text === '.')) {
          if (lowers[src.to + 1] !== 'with') src = { from: src.from, to: k };
          else absoluteAfter = true;
        }
      }
      // "The hospital, as quoted by the BBC, confirmed ...": a parenthesis in the subject; the verb's
      // rule reads the attribution and the outlet becomes its via.
      const opening = lowers[i - 1] === 'as' ? i - 2 : i - 1;
      // "The general, according to two aides, told ...": people are a source of their own, reporting
      // the general's words; an outlet is only the way they came.
      const relayOnly = p[0] !== 'according' || isOutlet(text.slice(tokens[src.from].start, tokens[src.to - 1].end), false);
      if (relayOnly && tokens[opening]?.text === ',' && tokens[src.to]?.text === ',' && (verbCue(lowers[skipForwardBetween(tokens, src.to + 1, n)] ?? '')?.ratio ?? 0) >= WEAK) return null;
      const cue = { start: tokens[i].start, end: tokens[cueEnd - 1].end };
      // '"...," said the official, as quoted by Reuters': the outlet relayed that quote; so did the
      // aides in '"...," he said, according to aides', right after the quote's own cue.
      const last = quoteDrafts[firstAtOrAfter(quoteDrafts, (d) => d.content.start, tokens[i].start) - 1];
      const quoted = last && last.source && last.content.start >= s.span.start && last.content.end <= tokens[i].start ? last : undefined;
      // '"...," the coach told his players after the game, according to two people in the room': a
      // listener or a time between the quote's cue and "according to" changes nothing.
      const between = quoted?.cue && quoted.source ? text.slice(Math.max(quoted.cue.end, quoted.source.end), tokens[i].start).trim() : '';
      const rightAfter = !!quoted?.cue && !!quoted.source && (between === ',' || (/^[^,;:"“”]{1,60},$/.test(between) && !tokenize(between).some((t) => t.word && !isCapitalized(t) && (verbCue(t.lower)?.ratio ?? 0) >= WEAK)));
      if (quoted && ((p[p.length - 1] === 'by' && p[0] !== 'according') || (p[0] === 'according' && rightAfter))) {
        quoted.via = spanOf(tokens, src);
        return null;
      }
      // "The hospital confirmed that two patients had died, as quoted by the BBC": likewise for
      // reported speech that ends at the comma.
      const reported = p[p.length - 1] === 'by' && p[0] !== 'according' && tokens[opening]?.text === ',' ? previous : null;
      if (reported?.source && !reported.via && reported.strength >= STRONG && text.slice(reported.content.end, tokens[opening].start).trim() === '') {
        reported.via = spanOf(tokens, src);
        return null;
      }
      const wordsBefore = wordsBetween(tokens, 0, i, 2);
      // "According to John Smith, a farmer, the rain came late": a description between commas after
      // an opening source is the source's.
      // So is one in "At the heart of it, according to Dennis Ross, a former envoy, was a decision ...",
      // where the content resumes with its verb after the description.
      if (tokens[src.to]?.text === ',' && DET.has(lowers[src.to + 1] ?? '')) {
        let k = src.to + 2;
        let relative = false;
        for (; k < n && k - src.to <= 12 && tokens[k].word && (relative || (!isFiniteHelper(lowers[k]) && !pastVerb(tokens[k]))); k++) {
          if (/^(who|whose|which)$/.test(lowers[k])) relative = true;
        }
        const verbAfter = !!tokens[k + 1]?.word && !isCapitalized(tokens[k + 1]) && (isFiniteHelper(lowers[k + 1]) || IRREGULAR_PASTS.has(lowers[k + 1]));
        // ("According to court records, the trial judge, Beatrice Lam, excluded ...": a description with
        // its own name in apposition is the content's subject.)
        let named = k + 1;
        while (named < n && (isCapitalized(tokens[named]) || isAbbrevDot(tokens, named))) named++;
        const ownName = named > k + 1 && tokens[named]?.text === ',';
        // ("According to the filing, the men, aged 29 and 34, had entered ...": a definite phrase after a
        // text is the content's subject; a text's own description is indefinite, "a draft seen by ...".)
        // ("According to specifications leaked last month by the tipster ChipLeaks, the phone uses ...": a text
        // and its maker too.)
        const textThenSubject = (DOCUMENT_HEADS.has(lowers[src.to - 1]) || (lowers.slice(src.from, src.to).some((w) => DOCUMENT_HEADS.has(w)) && lowers.slice(src.from, src.to).includes('by'))) && !/^(a|an)$/.test(lowers[src.to + 1] ?? '');
        if (tokens[k]?.text === ',' && k > src.to + 2 && (wordsBefore <= 1 || verbAfter) && !ownName && !textThenSubject) src = { from: src.from, to: k };
      }
      // (A relative clause on the source that reports is an attribution of its own, read next.)
      const afterPart = absoluteAfter || relativeReports ? null : contentTo(tokens, src.to, contentStop(s, src.to + 1, false));
      // "The layoffs were first reported by Bloomberg News.": the passive's subject is what was reported.
      let beforeEnd = i;
      if (/^(reported|quoted|cited)$/.test(lowers[i])) {
        while (beforeEnd > 1 && /^(first|initially|originally|also|previously|earlier|widely)$/.test(lowers[beforeEnd - 1])) beforeEnd--;
        if (BE.has(lowers[beforeEnd - 1] ?? '')) beforeEnd--;
        if (/^(has|have|had)$/.test(lowers[beforeEnd - 1] ?? '')) beforeEnd--;
        // "The plan, as first reported by Axios, would cut ...": the "as" of the aside too.
        if (lowers[beforeEnd - 1] === 'as' && tokens[beforeEnd - 2]?.text === ',') beforeEnd--;
        // "The plan, details of which were first reported by Politico, would cost ...": so does a
        // relative clause on part of the subject.
        if (lowers[beforeEnd - 1] === 'which' && lowers[beforeEnd - 2] === 'of') {
          let k = beforeEnd - 3;
          while (k > 0 && tokens[k].word && beforeEnd - k < 7) k--;
          if (tokens[k]?.text === ',') beforeEnd = k + 1;
        }
      }
      const beforePart = wordsBefore <= 1 ? null : contentTo(tokens, Math.max(0, i - MAX_CONTENT_TOKENS), beforeEnd);
      const size = (x: Span | null) => (x ? x.end - x.start : 0);
      // "The plan, according to three people, would cut ...": the source interrupts its content, whose
      // subject comes before and verb after.
      // "Most Americans - 63 percent, according to the report - still believe ...": dashes and an adverb too.
      const resumesAt = /^(still|also|now|already)$/.test(lowers[src.to + 1] ?? '') ? src.to + 2 : src.to + 1;
      const resumes = tokens[resumesAt];
      const aside = (t: Token | undefined) => t?.text === ',' || DASH.test(t?.text ?? '');
      // "The deal, first reported by Bloomberg, values the company ...": after a subject of a determiner
      // and a noun or two, a word in -s is its verb.
      const shortSubject = beforeEnd >= 3 && beforeEnd <= 5 && DET.has(lowers[0]) && tokens.slice(1, beforeEnd - 1).every((t) => t.word && !isCapitalized(t));
      const resumesVerb = !!resumes?.word && !isCapitalized(resumes) && (isFiniteHelper(resumes.lower) || IRREGULAR_PASTS.has(resumes.lower) || (resumesAt > src.to + 1 && !!verbCue(resumes.lower)) || (shortSubject && /[^s']s$/.test(resumes.lower)));
      const interrupted = aside(tokens[beforeEnd - 1]) && aside(tokens[src.to]) && !!beforePart && !!afterPart && resumesVerb;
      // "..., according to an analysis by Lily Batchelder, a former tax aide now teaching at NYU": a
      // description of a named author that closes the sentence belongs to the source, not the content.
      // ("..., according to figures by the portal Hearthlist, the steepest annual increase since 2011": a
      // change or a level after it is the writer's word on the figure, not on its author.)
      let glossHead = src.to + 1;
      while (glossHead + 1 < n && tokens[glossHead + 1].word && !/^(since|in|of|for|on|at|to|from|with|by|that|which)$/.test(lowers[glossHead + 1])) glossHead++;
      const glossOnFigure = /^(increase|rise|fall|drop|decline|jump|gain|level|rate|high|low|record|figure|total|number)s?$/.test(lowers[glossHead] ?? '');
      const described = isCapitalized(tokens[src.to - 1]) && tokens[src.to]?.text === ',' && DET.has(lowers[src.to + 1] ?? '') && !!beforePart && !glossOnFigure ? withTrailingAppositive(s, src) : src;
      // ("None of them were hurt, according to the principal, but all were checked ...": what a conjunction
      // joins after the source is the writer's.)
      const joined = /^(but|though|although|while|whereas|yet)$/.test(lowers[src.to + 1] ?? '') && tokens[src.to]?.text === ',';
      const after = described === src && !(joined && beforePart) ? afterPart : null;
      const content = interrupted ? { start: beforePart.start, end: afterPart.end } : size(after) > size(beforePart) ? after : beforePart;
      if (!content) return null;
      const gap = interrupted ? { start: beforePart.end, end: afterPart.start } : undefined;
      return { draft: { content, gap, kind: 'indirect', source: spanOf(tokens, described), cue, sentence, rule: `"${lowers.slice(i, cueEnd).join(' ')}"`, strength: 1 }, skipTo: described.to };
    }
    const quotedAs = BE.has(lowers[i]) ? readQuotedAs(s, i) : null;
    if (quotedAs) return quotedAs;
    // "reportedly", "is said to", "is seen as": no source.
    const sourceless = phraseFrom(SOURCELESS_INDEX, lowers, i) ?? sourcelessWithAdverb(lowers, i);
    if (sourceless) {
      const p = sourceless;
      // "It is believed that ...": the content is the clause after "that", also after a place or
      // a time ("It is widely believed in Washington that ...").
      let after = i + p.length;
      for (let k = after; k < Math.min(n, after + 6) && tokens[k].word && !isFiniteHelper(lowers[k]); k++) {
        if (lowers[k] !== 'that') continue;
        if (k === after || /^(in|at|among|across|within|around|on|last|this|earlier|yesterday|today|later)$/.test(lowers[after])) after = k + 1;
        break;
      }
      const j = skipForwardBetween(tokens, after, n);
      const v = verbCue(lowers[j] ?? '');
      // "reportedly said": the verb carries it. (Not past "be" or "have been": "are said to be wary of",
      // "are understood to have been told of" keep the phrase.)
      if (v && v.ratio >= STRONG && !lowers.slice(after, j).some((w) => BE.has(w) || HAVE_FORMS.has(w))) return null;
      // "were told that": the cue stops before its "that", as everywhere else.
      const cue = { start: tokens[i].start, end: tokens[i + p.length - (p[p.length - 1] === 'that' ? 2 : 1)].end };
      const adverb = p.length === 1 && /ly$/.test(p[0]);
      let stop = contentStop(s, after);
      if (!adverb) {
        // "It is believed that, in the end, the deal will hold": an aside right after "that" is passed over.
        const aside = tokens[after]?.text === ',' ? tokens.findIndex((t, k) => k > after && k < stop && t.text === ',') : -1;
        for (let k = Math.max(after, aside) + 1; k < stop; k++) {
          // "that the same company, Demir Yapi, had been fined": a name in apposition is no clause's end.
          if (tokens[k].text === ',' && (DET.has(lowers[k - 2] ?? '') || DET.has(lowers[k - 3] ?? '')) && isCapitalized(tokens[k + 1] ?? tokens[k])) {
            let close = k + 1;
            while (close < stop && close - k <= 5 && (isCapitalized(tokens[close]) || isAbbrevDot(tokens, close))) close++;
            if (tokens[close]?.text === ',' && close > k + 1) {
              k = close;
              continue;
            }
          }
          // ("that Aldercrest has retained Pryor Lattimer, a Washington law firm, to examine ...": nor is a
          // description in apposition after a name, when the clause goes on after it.)
          if (tokens[k].text === ',' && isCapitalized(tokens[k - 1]) && /^(a|an|the)$/.test(lowers[k + 1] ?? '')) {
            const close = tokens.findIndex((t, j) => j > k + 1 && j < stop && j - k <= 9 && t.text === ',');
            if (close > 0 && !!tokens[close + 1]?.word && !isCapitalized(tokens[close + 1]) && !tokens.slice(k + 1, close).some((t) => !t.word)) {
              k = close;
              continue;
            }
          }
          // ("It is believed the last eruption, in 1902, buried ...": an aside on the subject.)
          const aside = subjectAsideEnd(s, k, after);
          if (aside > 0) {
            k = aside;
            continue;
          }
          // ("that the building, which is owned by a landlord, will be sold": a relative clause on the subject,
          // when the clause's verb follows it.)
          if (tokens[k].text === ',' && k - after <= 4 && /^(which|who|whose)$/.test(lowers[k + 1] ?? '')) {
            const close = tokens.findIndex((t, j) => j > k + 1 && j < stop && t.text === ',');
            if (close > 0 && !!tokens[close + 1]?.word && !isCapitalized(tokens[close + 1]) && (isFiniteHelper(lowers[close + 1]) || pastVerb(tokens[close + 1]))) {
              k = close;
              continue;
            }
          }
          // ("the group, most of whom are from Dourou, set out ...": a relative clause on part of the subject too.)
          if (tokens[k].text === ',' && /^(most|many|some|all|none|several|each|one|both|half)$/.test(lowers[k + 1] ?? '') && lowers[k + 2] === 'of' && /^(whom|which)$/.test(lowers[k + 3] ?? '')) {
            const close = tokens.findIndex((t, j) => j > k + 3 && j < stop && t.text === ',');
            if (close > 0) {
              k = close;
              continue;
            }
          }
          // ("It is believed the blaze started when a stove was knocked over", "It is believed the files
          // include diagnoses, test results and ...": a clause that "it" fronts goes on as said's would.)
          // ("and, in some cases, ...": an aside after the list's "and" is passed over.)
          const asideEnd = p[0] === 'it' && tokens[k].text === ',' && /^(and|or)$/.test(lowers[k - 1]) ? tokens.findIndex((t, j) => j > k + 1 && j < stop && j - k <= 6 && t.text === ',') : -1;
          if (asideEnd > 0) {
            k = asideEnd;
            continue;
          }
          const fronted = p[0] === 'it' && (/^(because|when|after|since)$/.test(lowers[k]) || (tokens[k].text === ',' && listGoesOn(s, k, stop)));
          // ("the payments were disguised as invoices": "as" after a participle says what as, it opens no clause.)
          // ("the fire started as the family slept": before a subject it is a clause's.)
          const asWhat = lowers[k] === 'as' && (/[^e]ed$|wn$/.test(lowers[k - 1]) || /^(such|same|known|seen|regarded)$/.test(lowers[k - 1])) && !PRONOUN.has(lowers[k + 1] ?? '') && (!DET.has(lowers[k + 1] ?? '') || /^(a|an)$/.test(lowers[k + 1]));
          // ("drains can act as reservoirs in which ...": nor after a verb, before a role with no clause's verb after it.)
          const role = lowers[k] === 'as' && !!tokens[k - 1]?.word && (/^(a|an)$/.test(lowers[k + 1] ?? '') || (!!tokens[k + 1]?.word && !isCapitalized(tokens[k + 1]) && !DET.has(lowers[k + 1]) && !PRONOUN.has(lowers[k + 1]) && !/^(if|though|well|much|many|long|soon|far|of|to)$/.test(lowers[k + 1]) && !!tokens[k + 2] && !isFiniteHelper(lowers[k + 2]) && !pastVerb(tokens[k + 2]) && !/[^s]s$/.test(lowers[k + 2])));
          if (!fronted && !asWhat && !role && (tokens[k].text === ',' || /^(as|because|while|when|after|since|although)$/.test(lowers[k]))) {
            stop = k;
            break;
          }
        }
      }
      // "..., with as many as 500 jobs reportedly at risk": the adverb reports the clause it sits in.
      let clauseFrom = 0;
      if (adverb) {
        for (let k = i - 1; k > 0; k--) {
          if (tokens[k].text !== ',' && tokens[k].text !== ';') continue;
          // ("..., and internet access was reportedly restricted": so does a clause joined by "and".)
          const andClause = lowers[k + 1] === 'and' && !isCapitalized(tokens[k + 2] ?? tokens[k]) && tokens.slice(k + 2, i).some((t) => isFiniteHelper(t.lower)) && !tokens.slice(k + 2, i).some((t) => t.text === ',');
          if ((/^(with|but|while|although|though|because)$/.test(lowers[k + 1] ?? '') || andClause) && wordsBetween(tokens, k + 2, n, 3) >= 3) clauseFrom = k + 2;
          break;
        }
      }
      // "The trust is in talks with two hospitals, it is understood.", "..., a court has heard.": a phrase
      // after a comma that closes the sentence reports the clause before it; one between commas reports
      // the subject before it with the predicate after ("The trust, it is understood, is in talks").
      // ("a tunnel where, it is said, racists once fired ...": after a clause's opening word the phrase
      // reports what follows.)
      // ("..., Norbridge Crown Court heard.": a court's name before "court heard" is the source.)
      let named = i;
      if (isCapitalized(tokens[i]) && /^(court|tribunal)$/.test(p[0])) while (named > 1 && isCapitalized(tokens[named - 1])) named--;
      const court = named < i && tokens[named - 1].text === ',' ? { start: tokens[named].start, end: tokens[i].end } : null;
      if (/^(court|tribunal)$/.test(p[0]) && !court) return null;
      const at = court ? named : i;
      const closes = !adverb && at > 1 && tokens[at - 1].text === ',' && (p[0] === 'it' || p[p.length - 1] === 'heard') && !/^(where|that|which|who|whom|when|because|while|if|and|but|or|as|since|after|before|though|although)$/.test(lowers[at - 2]);
      const before = closes ? contentTo(tokens, 0, at - 1) : null;
      if (before && (after >= n || !tokens[after].word && tokens[after].text !== ',' && wordsBetween(tokens, after, n, 1) === 0)) {
        return { draft: { content: before, kind: 'indirect', source: court, cue, sentence, rule: `phrase "${p.join(' ')}" after what it reports`, strength: 1 }, skipTo: n };
      }
      if (court) return null;
      if (closes && tokens[after]?.text === ',') {
        const next = tokens[after + 1];
        const predicate = !!next?.word && !isCapitalized(next) && (isFiniteHelper(next.lower) || pastVerb(next));
        // ("For part of that time, the jury heard, an officer knelt ...": after an opening adverbial the
        // phrase interrupts the clause it reports, whose subject follows.)
        const clauseStop = contentStop(s, after + 1);
        const opener = /^(?:in|on|at|for|during|after|before|by|within|throughout|since|until|from)$/.test(lowers[0] ?? '') && !tokens.slice(0, at - 1).some((t) => !isCapitalized(t) && (isFiniteHelper(t.lower) || pastVerb(t)));
        const resumes = opener && !!next?.word && (DET.has(next.lower) || PRONOUN.has(next.lower) || isCapitalized(next)) && wordsBetween(tokens, after + 1, clauseStop, 3) >= 3;
        const rest = predicate || resumes ? contentTo(tokens, after + 1, clauseStop) : null;
        if (before && rest) return { draft: { content: { start: before.start, end: rest.end }, gap: { start: before.end, end: rest.start }, kind: 'indirect', source: null, cue, sentence, rule: `phrase "${p.join(' ')}" inside what it reports`, strength: 1 }, skipTo: n };
        if (before && !predicate) return { draft: { content: before, kind: 'indirect', source: null, cue, sentence, rule: `phrase "${p.join(' ')}" after what it reports`, strength: 1 }, skipTo: after };
      }
      // (The clause must hold the adverb: "..., hours after the staffer was charged for allegedly grabbing ...".)
      const adverbStop = adverb ? contentStop(s, clauseFrom) : stop;
      const content = adverb ? contentTo(tokens, clauseFrom, adverbStop > i ? adverbStop : contentStop(s, i)) : contentTo(tokens, after, stop);
      if (!content) return null;
      // "Marwood is expected to win confirmation", "The blaze is believed to be the largest": what is
      // expected or believed is said of the subject, which the content keeps around the phrase.
      let raised = BE.has(p[0]) && p[p.length - 1] === 'to' && i > 0 ? phraseBefore(tokens, skipBackBetween(tokens, i - 1)) : null;
      // ("... was Kenyan, and the president is expected to meet ...": the subject starts after a joining "and".)
      const joined = raised ? lowers.slice(raised.from, raised.to).lastIndexOf('and') : -1;
      if (raised && joined >= 0) raised = raised.from + joined + 1 < raised.to ? { from: raised.from + joined + 1, to: raised.to } : null;
      if (raised && !PRONOUN.has(lowers[raised.from]) && tokens[raised.from].start >= sentence.start) {
        const subject = { start: tokens[raised.from].start, end: tokens[raised.to - 1].end };
        return { draft: { content: { start: subject.start, end: content.end }, gap: { start: subject.end, end: content.start }, kind: 'indirect', source: null, cue, sentence, rule: `phrase "${p.join(' ')}", said of its subject`, strength: 1 }, skipTo: after };
      }
      return { draft: { content, kind: 'indirect', source: null, cue, sentence, rule: `phrase "${p.join(' ')}"`, strength: 1 }, skipTo: after };
    }
    const regarded = BE.has(lowers[i]) ? readRegardedAs(s, i) : null;
    if (regarded) return regarded;
    // "The prime minister's message was simple: ...": a speech act's noun before a colon.
    if (saidAsNoun(lowers[i]) && !CUE_NOUN_FORMS.has(lowers[i])) {
      const owned = readOwnedView(s, i);
      if (owned) return owned;
    }
    // "speculation that ...", "Trump's claim that ..." (not a relative "the report that was ...")
    const noun = CUE_NOUN_FORMS.get(lowers[i]);
    if (noun) {
      const made = readMadeBy(s, i);
      if (made) return made;
      const pl = lowers[i - 1];
      // "Some Republicans privately worry that": an adverb of manner makes the word a verb ("the only fear" stays a noun).
      const adverbBefore = /^[a-z]{3,}ly$/.test(pl ?? '') && !ADJECTIVES_IN_LY.has(pl) && !DET.has(lowers[i - 2] ?? '');
      // "Bloomberg reports that ...", "The group warns that ...": after a name or a lone singular
      // subject opening the sentence, the -s form before "that" is the verb.
      const verbForm = lowers[i + 1] === 'that' && lowers[i] === `${verbCue(lowers[i])?.lemma}s` && !/s$/.test(pl ?? '') && ((i === 1 && isCapitalized(tokens[0]) && !DET.has(pl) && !/^(despite|amid|after|before|with|without|over|under|about|of|in|on|for|from|by|among|against|but|and|so|yet|new|recent|earlier|further)$/.test(pl)) || (i === 2 && DET.has(lowers[0]) && !isCapitalized(tokens[1]) && !MODIFIER_ONLY.test(pl)));
      // ("Analysts were less sanguine, warning that ...": an -ing form after a clause's comma is its subject's act.)
      const participleAct = /ing$/.test(lowers[i]) && tokens[i - 1]?.text === ',' && lowers[i + 1] === 'that' && tokens.slice(0, i - 1).some((t) => !isCapitalized(t) && (isFiniteHelper(t.lower) || pastVerb(t)));
      const nounSlot = !adverbBefore && !verbForm && !participleAct && (i === 0 || !tokens[i - 1].word || DET.has(pl) || BE.has(pl) || /'s$/.test(pl) || /(ed|ing)$/.test(pl) || !!verbCue(pl) || (!isCapitalized(tokens[i - 1]) || i === 1) && !PRONOUN.has(pl) && !/s$/.test(pl));
      // ("a report in the daily Merovy Herald that ...": an outlet's report is the outlet's; a claim
      // made in an interview is the claimant's.)
      const inOutlet = (r: TokenRange | null) => !!r && lowers[i + 1] === 'in' && /^(reports?|articles?|stor(y|ies)|editorials?|columns?|dispatch(es)?|investigations?)$/.test(lowers[i]) && classifySource(text.slice(tokens[r.from].start, tokens[r.to - 1].end)).type === 'media';
      if (nounSlot && (lowers[i + 1] === 'by' || lowers[i + 1] === 'from' || lowers[i + 1] === 'in')) {
        // "statements by Tehran officials that ...", "a warning from Ostrand Metals that ..."
        // ("underpaid claims by using software": "by" and a gerund say how, not whose.)
        const read = /ing$/.test(lowers[i + 2] ?? '') ? null : phraseAfter(tokens, i + 2, n);
        const by = lowers[i + 1] !== 'in' || inOutlet(read) ? read : null;
        // "A report by the auditor found that ...": a verb inside makes the noun the subject, not this cue.
        const verbInside = !!by && tokens.slice(by.from + 1, by.to).some((t) => !isCapitalized(t) && (IRREGULAR_PASTS.has(t.lower) || (verbCue(t.lower)?.ratio ?? 0) >= STRONG));
        // ("statements by Donald Trump last week that ...": a time may stand before the "that".)
        const that = by ? skipForwardBetween(tokens, by.to, n) : -1;
        // ("The view from the hill is that of a valley": a verb between makes the noun a subject.)
        const verbBetween = !!by && lowers.slice(by.to, that).some((w) => BE.has(w) || isFiniteHelper(w));
        if (by && !verbInside && !verbBetween && lowers[that] === 'that' && that + 1 < n) {
          let stop = contentStop(s, that + 1);
          for (let k = that + 1; k < stop - 1; k++) if (tokens[k].text === ',' && /^(which|who)$/.test(lowers[k + 1])) stop = k;
          const content = contentTo(tokens, that + 1, stop);
          if (content) return { draft: { content, kind: 'indirect', source: spanOf(tokens, by), cue: { start: tokens[i].start, end: tokens[i + 1].end }, sentence, rule: `cue noun "${lowers[i]}" + "${lowers[i + 1]}"`, strength: 1 }, skipTo: that + 1 };
        }
      }
      const owned = readOwnedView(s, i);
      if (owned) return owned;
      // "The thinking in Washington is that ...", "The fear among Democrats is that ...": a view held
      // by the body or group after the preposition; "The consensus is that ...": by no one named.
      if (lowers[i - 1] === 'the' || (lowers[i - 2] === 'the' && tokens[i - 1].word && !isCapitalized(tokens[i - 1]))) {
        let k = i + 1;
        if (/^(in|among|at|within|inside)$/.test(lowers[k] ?? '')) while (k < n && k - i <= 7 && tokens[k].word && !BE.has(lowers[k])) k++;
        const held = k > i + 2 || /^(thinking|consensus|assumption|expectation|belief|view)$/.test(noun);
        if (held && BE.has(lowers[k] ?? '') && lowers[k + 1] === 'that' && k + 2 < n) {
          const content = contentTo(tokens, k + 2, contentStop(s, k + 2));
          const source = k > i + 2 ? { start: tokens[i + 2].start, end: tokens[k - 1].end } : null;
          // The cue is the noun alone, so it never overlaps the source after it.
          if (content) return { draft: { content, kind: 'indirect', source, cue: { start: tokens[i].start, end: tokens[source ? i : k + 1].end }, sentence, rule: `cue noun "${lowers[i]} ... ${lowers[k]} that"`, strength: source ? 1 : 0.5 }, skipTo: k + 2 };
        }
      }
      // "There is growing concern among diplomats that ...": those the noun is found among hold it.
      if (lowers[i + 1] === 'among') {
        let k = i + 2;
        while (k < n && k - i <= 8 && tokens[k].word && lowers[k] !== 'that' && !isFiniteHelper(lowers[k]) && !pastVerb(tokens[k])) k++;
        const content = lowers[k] === 'that' && k > i + 2 ? contentTo(tokens, k + 1, contentStop(s, k + 1)) : null;
        if (content) return { draft: { content, kind: 'indirect', source: { start: tokens[i + 2].start, end: tokens[k - 1].end }, cue: { start: tokens[i].start, end: tokens[i].end }, sentence, rule: `cue noun "${lowers[i]} among"`, strength: 1 }, skipTo: k + 1 };
      }
      // "statements that fired them up", "an argument that, no matter ...": a relative "that".
      const relativeThat = !tokens[i + 2]?.word || AUXILIARY.has(lowers[i + 2]) || pastAfterThat(tokens[i + 2]);
      // "The campaign claims that the senator lied": after a determiner and a singular noun, the -s form is the verb.
      // "Farmers in the Lesser Rhun valley fear that ...": the bare form after a plural head and the place it is in too.
      const subject = lowers[i + 1] === 'that' && lowers[i] === verbCue(lowers[i])?.lemma && i >= 3 ? phraseBefore(tokens, i - 1) : null;
      const pluralPlaced = !!subject && placedPlural(tokens, lowers, subject) && opensClauseSubject(tokens[i + 2]);
      const verbAfterSubject = verbAfterDeterminedNoun(s, i) || verbAfterDescribedSubject(s, i) || pluralPlaced;
      // "a New York Times report that ...": the name between the determiner and the noun says whose.
      const namedNoun = !/s$/.test(lowers[i]) && afterNamedDeterminer(tokens, i) ? { start: tokens[beforeNameRun(tokens, i)].start, end: tokens[i].end } : null;
      if ((nounSlot || namedNoun) && lowers[i + 1] === 'that' && !relativeThat && !verbAfterSubject && i + 2 < n) {
        let stop = nounClauseEnd(s, i + 2, contentStop(s, i + 2));
        // "Fuelling speculation that ..., the leader returned": a fronted phrase ends at its comma.
        if (i <= 2) for (let k = i + 2; k < stop; k++) if (tokens[k].text === ',') { stop = k; break; }
        const content = contentTo(tokens, i + 2, stop);
        if (!content) return null;
        // "dismissed her assertion that ...": a possessive pronoun is the speaker too, resolved as a pronoun is.
        // ("The company's assertion": the owner's whole phrase, as readOwnedView takes it.)
        // ("The brigades' claim": a plural's possessive too.)
        const pluralOwner = i > 1 && pluralPossessiveAt(tokens, i - 1);
        let ownerFrom = i > 0 && /'s$/.test(lowers[i - 1]) ? phraseBefore(tokens, i - 1)?.from ?? i - 1 : pluralOwner ? phraseBefore(tokens, i - 2)?.from ?? i - 2 : -1;
        // ("culminating in Trump's suggestion", "a fact-check on Donald Trump's claim": the owner starts
        // after a verb or a preposition; "the Secretary of State's" keeps a name's own "of".)
        for (let k = i - 2; k >= ownerFrom && ownerFrom >= 0; k--) {
          const cut = pastVerb(tokens[k]) || !!verbCue(lowers[k]) || /ing$/.test(lowers[k]) || (PHRASE_PREPOSITIONS.test(lowers[k]) && !(lowers[k] === 'of' && isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1])));
          if (cut && !isCapitalized(tokens[k])) ownerFrom = k + 1;
          if (cut) break;
        }
        // ("to back the judges' statement": a plural owner starts at its article or its name.)
        while (pluralOwner && ownerFrom >= 0 && ownerFrom < i - 2 && !DET.has(lowers[ownerFrom]) && !isCapitalized(tokens[ownerFrom])) ownerFrom++;
        const owner = ownerFrom >= 0 ? { start: tokens[ownerFrom].start, end: pluralOwner ? tokens[i - 2].end : tokens[i - 1].end - 2 } : /^(his|her|their|its)$/.test(pl ?? '') ? { start: tokens[i - 1].start, end: tokens[i - 1].end } : namedNoun;
        return { draft: { content, kind: 'indirect', source: owner, cue: { start: tokens[i].start, end: tokens[i].end }, sentence, rule: `cue noun "${lowers[i]}"`, strength: owner ? 1 : 0.5, keepNested: true }, skipTo: i + 2 };
      }
    }
    // "is concerned that", "are worried about"
    if (STANCE.has(lowers[i]) && i > 0) {
      const b = skipBackBetween(tokens, i - 1);
      let be = -1;
      for (let k = b + 1; k < i; k++) if (BE.has(lowers[k])) be = k;
      if (be < 0) return null;
      const src = phraseBefore(tokens, b);
      if (!src) return null;
      let start = skipForwardBetween(tokens, i + 1, n, true);
      const linked = /^(that|about|by|over)$/.test(lowers[start] ?? '');
      if (linked) start++;
      else if (!tokens[start]?.word) return null;
      const content = contentTo(tokens, start, contentStop(s, start + 1));
      if (!content) return null;
      const cue = { start: tokens[b + 1].start, end: tokens[linked ? start - 1 : i].end };
      return { draft: { content, kind: 'indirect', source: spanOf(tokens, src), cue, sentence, rule: `stance "${lowers[i]}"`, antecedent: antecedentOf(s, src), strength: 0.6 }, skipTo: start };
    }
    const question = readPutQuestion(s, i);
    if (question) return question;
    let v = verbCue(lowers[i]);
    let particle = 0;
    const phrasal = phraseFrom(PARTICLE_INDEX, lowers, i);
    if (phrasal) {
      particle = phrasal.length - 1;
      v = { lemma: phrasal.join(' '), ratio: 0.6, form: lowers[i] };
    }
    if (!v || (isCapitalized(tokens[i]) && i > 0)) return null;
    if (v.lemma === 'accord') return null; // only "according to" reports, and that is a phrase above
    // "A woman accused of killing one person told police ...": with no object before "of", "accused"
    // after a plain noun describes whom others accuse; the subject's own verb comes later ("whom she
    // has accused of ..." keeps its subject).
    if (lowers[i] === 'accused' && lowers[i + 1] === 'of' && i > 0 && tokens[i - 1].word && !isCapitalized(tokens[i - 1]) && !PRONOUN.has(lowers[i - 1]) && !BE.has(lowers[i - 1]) && !HAVE_FORMS.has(lowers[i - 1]) && !isAdverb(tokens[i - 1])) return null;
    // "rose 0.1 percentage points to 4.2 percent": a count of points, not a speaker pointing.
    // ("scored 19 straight points to erase a deficit", "by half a percentage point to 6.25 percent".)
    if (phrasal && /^points?$/.test(lowers[i]) && /^(\d|percentage|basis|straight|consecutive|unanswered|bonus|extra)/.test(lowers[i - 1] ?? '')) return null;
    // "spending shot back up": a rise, not a retort.
    if (phrasal && lowers[i + phrasal.length - 1] === 'back' && /^(up|down|to|into|above|below|over|under)$/.test(lowers[i + phrasal.length] ?? '')) return null;
    // "notes written in the margins", "A report written last year found": a participle that is no
    // simple past ("written", "shown") reports only after "have" or "be", or with its agent ("seen by many
    // as"); otherwise it describes a noun.
    if (PARTICIPLE_ONLY.has(lowers[i]) && lowers[i + 1] !== 'by' && !tokens.slice(Math.max(0, skipBackBetween(tokens, i - 1)), i).some((t) => HAVE_FORMS.has(t.lower) || BE.has(t.lower) || isContractedPronoun(t.lower))) return null;
    // "laid off 300 workers": "lay" and "spell" report only with "out" ("laid out his plan").
    if (/^(lay|laid|spell)$/.test(v.lemma) && lowers[i + 1] !== 'out') return null;
    // ("rail workers", "the rail line": "rail" reports only against, at or about something.)
    if (v.lemma === 'rail' && !/^(against|at|about)$/.test(lowers[i + 1] ?? '')) return null;
    // "$400 million in expected revenue", "lower than expected": a participle after a preposition is an adjective.
    if (/ed$/.test(lowers[i]) && /^(in|of|for|on|at|with|from|than|into)$/.test(lowers[i - 1] ?? '') && !phrasal) return null;
    // "a widely cited 2019 study", "the much-quoted line": a participle between an article and its noun,
    // an adverb before it, is an adjective.
    if (/ed$/.test(lowers[i]) && i >= 2 && (isAdverb(tokens[i - 1]) || /^(much|often)$/.test(lowers[i - 1])) && /^(a|an|the|this|that|its|his|her|their)$/.test(lowers[i - 2] ?? '') && !!tokens[i + 1]?.word && !isFiniteHelper(lowers[i + 1]) && lowers[i + 1] !== 'that' && !phrasal) return null;
    // 'a series titled "The Quiet Ledger"', "he titled the speech ...": a title names a work, it reports nothing.
    if (v.lemma === 'title') return null;
    // "athletes must declare such treatments", "firms should disclose risks": a duty, not a saying.
    if (/^(must|should)$/.test(lowers[i - 1] ?? '') && !OPEN_MARK.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.text !== ':') return null;
    // "beat Wall Street estimates for the second quarter": a figure's plural with "for" or "of" is a noun.
    if (/^(estimate|forecast|projection|prediction|expectation)$/.test(v.lemma) && lowers[i] === `${v.lemma}s` && /^(for|of)$/.test(lowers[i + 1] ?? '')) return null;
    return readVerb(s, i, v, previous, particle);
  }

  function readVerb(s: Sentence, i: number, v: VerbCue, previous: Draft | null, particle: number): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    if (needsThat(lowers[i]) && lowers[i + 1] !== 'that') return null;
    // "is recalling about 310,000 infant sleepers": a company recalls goods by the number, not memories.
    const recalledAt = /^(about|nearly|some|more|over|almost|roughly|around)$/.test(lowers[i + 1] ?? '') ? (lowers[i + 2] === 'than' ? i + 3 : i + 2) : i + 1;
    if (v.lemma === 'recall' && /^\d/.test(lowers[recalledAt] ?? '') && !/^(19|20)\d\d$/.test(lowers[recalledAt])) return null;
    // "ballot papers ... were found in a skip": a finding verb in the passive, with no agent and no
    // clause, tells what was done to its subject, not what it reports.
    if (BE.has(lowers[i - 1] ?? '') && FINDING_VERBS.has(v.lemma) && lowers[i] !== v.lemma && !lowers[i].endsWith('ing') && !/^(that|to|by|as)$/.test(lowers[i + 1] ?? '')) return null;
    // "Firefighters responded to the blaze", "was responding to a 911 call": a crew answering an
    // emergency says nothing; "The call Brandt was responding to was ..." has no words after "to".
    if (v.lemma === 'respond' && lowers[i + 1] === 'to' && (respondsToEmergency(lowers, i + 2) || isFiniteHelper(lowers[i + 2] ?? ''))) return null;
    // "had the final say over its wording": a say someone has is a noun.
    if (lowers[i] === 'say' && /^(final|last|greater|bigger|big|real|equal|little|more|much|direct|decisive)$/.test(lowers[i - 1] ?? '') && DET.has(lowers[i - 2] ?? '')) return null;
    // "Insurance claims from the last floods": a plural noun before "from" or "against" is no verb.
    if (NOUN_LIKE.has(v.lemma) && lowers[i] === `${v.lemma}s` && /^(from|against)$/.test(lowers[i + 1] ?? '')) return null;
    const n = tokens.length;
    const sentence = s.span;
    const prev = lowers[i - 1];
    // "seemed to suggest that ...": the raising verb belongs to the cue, and the source is before it.
    const speaksAbout = SPEAKING.has(v.lemma) && aboutQuestion(lowers, i + 1);
    // ("A video verified by the newspaper appears to show ...": a finding raised so too.)
    const raiseAt = prev === 'to' && (v.ratio >= STRONG || speaksAbout || FINDING_VERBS.has(v.lemma)) ? raisingBefore(tokens, lowers, i - 2) : -1;
    const raised = raiseAt >= 0;
    // ("a report that found ...": "that" after a text is its relative pronoun, no determiner.)
    // ("an internal survey, conducted by the firm Ridgeline, that showed": or after an aside a participle opens.)
    let asideOpen = i - 3;
    if (lowers[i - 2] === ',') while (asideOpen > 1 && i - asideOpen <= 14 && tokens[asideOpen].text !== ',') asideOpen--;
    const textAside = lowers[i - 2] === ',' && tokens[asideOpen]?.text === ',' && !isCapitalized(tokens[asideOpen + 1]) && pastVerb(tokens[asideOpen + 1]) && DOCUMENT_HEADS.has(lowers[asideOpen - 1] ?? '');
    const textThat = prev === 'that' && (FINDING_VERBS.has(v.lemma) || v.ratio >= STRONG) && (DOCUMENT_HEADS.has(lowers[i - 2] ?? '') || textAside) && !/^(up|out|off|down|back|in|on|over)$/.test(lowers[i + 1] ?? '');
    // ("A person close to her said": after a preposition "her" is the object, no determiner; but not
    // before a participle describing what follows: "a critique of her alleged cozy relationship".)
    const describing = /ed$/.test(lowers[i]) && !!tokens[i + 1]?.word && !isCapitalized(tokens[i + 1]) && !PRONOUN.has(lowers[i + 1]) && !DET.has(lowers[i + 1]) && lowers[i + 1] !== 'that';
    const objectHer = prev === 'her' && OBJECT_PREPOSITION.test(lowers[i - 2] ?? '') && !describing;
    if ((prev === 'to' && !raised) || (prev !== undefined && DET.has(prev) && !PRONOUN.has(prev) && !quantifierSubject(prev, lowers[i], v.lemma) && !textThat && !objectHer)) return null; // "to say", "the report"
    // "Trump's call" is a noun; "she's said that", "Moody's warned that" are a contraction of "has"
    // or a name in "'s" before a verb whose clause follows.
    // ("he's claiming": before a participle a person's "'s" is "is".)
    const personIs = prev !== undefined && /^(he|she|who)'s$/.test(prev) && lowers[i].endsWith('ing');
    if (prev !== undefined && /'s$/.test(prev) && !personIs && !(pastVerb(tokens[i]) && (lowers[i + 1] === 'that' || !tokens[i + 1]?.word || (opensClauseSubject(tokens[i + 1]) && finiteClauseAt(s, i + 1))))) return null;
    // "..., assuming no reduction in output": a condition of the estimate, not a belief reported.
    if (lowers[i] === 'assuming' || lowers[i] === 'supposing') return null;
    // "Nobody, it seems, saw it coming": the writer's hedge names no one.
    if (prev === 'it' && /^(seem|appear)$/.test(v.lemma) && tokens[i - 2]?.text === ',' && tokens[i + 1]?.text === ',') return null;
    // An announcement still to come ("will say", "will not add", "won't tell") reports nothing yet.
    if (prev === 'will' || prev === "'ll" || prev === "won't" || (prev === 'not' && lowers[i - 2] === 'will')) return null;
    // "Few would argue against ...", "critics might say": a hypothetical speaker says nothing yet.
    // ("would say only that ...", "would only say that ..." is what a reticent speaker did say.)
    const reticent = (prev === 'would' && lowers[i + 1] === 'only') || (prev === 'only' && lowers[i - 2] === 'would');
    if (!reticent && (/^(would|could|might)$/.test(prev ?? '') || (prev === 'not' && /^(would|could|might)$/.test(lowers[i - 2] ?? '')))) return null;
    let cueEnd = i + particle;
    const tail = tailAt(lowers, cueEnd + 1);
    if (tail) cueEnd += tail;
    const cueSpan = { start: tokens[raised ? raiseAt : i].start, end: tokens[speaksAbout ? i + 1 : cueEnd].end };
    const cueText = text.slice(cueSpan.start, cueSpan.end);
    // "who asked not to be named": how a source stays anonymous, not what it said.
    if (ANONYMITY_REQUEST.test(lowers.slice(cueEnd + 1, cueEnd + 9).join(' '))) return null;
    // "who did not want to be named": likewise.
    if (/^(not|never)$|n't$/.test(prev ?? '') && /^to be (named|identified|quoted)\b/.test(lowers.slice(cueEnd + 1, cueEnd + 5).join(' '))) return null;
    if (ANSWERING_VERBS.has(v.lemma) && UNANSWERED_REQUEST.test(lowers.slice(cueEnd + 1, cueEnd + 8).join(' '))) return null;
    if (WITHHOLDING_VERBS.has(v.lemma) && WITHHELD_SPEECH.test(lowers.slice(cueEnd + 1, cueEnd + 5).join(' '))) return null;
    // "Diaz did not say when ...", "has never explained why": nothing was said.
    const negator = /ly$/.test(prev ?? '') ? lowers[i - 2] : prev;
    if (TELLING_VERBS.has(v.lemma) && /^(not|never)$|n't$/.test(negator ?? '')) return null;
    // "revealed almost nothing about his intentions", "said little": what was given is nothing.
    if (/^(?:(?:almost|next\s+to|very)\s+)?(?:nothing|little)(?:\s+(?:about|of|on|more|else|new)\b|\s*[.,;]|$)/.test(lowers.slice(cueEnd + 1, cueEnd + 4).join(' '))) return null;
    // "..., Bloomberg reported, citing people familiar with the plans": the people a report cites are
    // its sources, not more content; "the minister said ..., citing the cost" gives a reason.
    if (v.lemma === 'cite' && tokens[i - 1]?.text === ',' && previous?.cue && previous.sentence.start === sentence.start && previous.cue.end <= tokens[i].start) {
      const cited = phraseAfter(tokens, i + 1, n);
      if (cited && lowers.slice(cited.from, cited.to).some((w) => INFORMANT_FORMS.has(w))) return null;
    }
    // "A study published in The Lancet found that ...": a participle describing the subject; the
    // finite verb after its phrase is the cue.
    if (/ed$/.test(lowers[i]) && /^(in|by|on|at|last|this|earlier)$/.test(lowers[i + 1] ?? '') && i > 0 && tokens[i - 1].word && !isCapitalized(tokens[i - 1]) && !PRONOUN.has(prev ?? '')) {
      for (let k = i + 2; k < Math.min(n, i + 10) && (tokens[k].word || isAbbrevDot(tokens, k)); k++) {
        if (!isCapitalized(tokens[k]) && (verbCue(lowers[k])?.ratio ?? 0) >= WEAK && /(ed|s|id|ld|nd)$/.test(lowers[k]) && lowers[k + 1] === 'that') return null;
        // ("A video verified by the newspaper appears to show ...", "... shows ...": so a finding.)
        const later = verbCue(lowers[k])?.lemma ?? '';
        if (!isCapitalized(tokens[k]) && /[^s]s$/.test(lowers[k]) && (FINDING_VERBS.has(later) || (COPULAR.has(later) && lowers[k + 1] === 'to'))) return null;
      }
    }
    // "The views expressed in this article are the author's own": a participle and its place describe
    // the subject, whose own verb comes next with no subject between.
    if (/ed$/.test(lowers[i]) && /^(in|by|on|at|from|during|within|across|throughout)$/.test(lowers[i + 1] ?? '') && i > 0 && tokens[i - 1].word && !isCapitalized(tokens[i - 1]) && !PRONOUN.has(prev ?? '') && !/^(and|or|but|then|also)$/.test(prev ?? '')) {
      for (let k = i + 2; k < Math.min(n, i + 8) && tokens[k].word && (k === i + 2 || !DET.has(lowers[k])) && !PRONOUN.has(lowers[k]) && !/^(that|to|and|or)$/.test(lowers[k]); k++) {
        if (k > i + 2 && isFiniteHelper(lowers[k])) return null;
      }
    }
    // "a company called Mill Street Holdings, did not respond": a thing called by its name, not a calling of it.
    if (v.lemma === 'call' && i >= 2 && DET.has(lowers[i - 2]) && !PRONOUN.has(lowers[i - 2]) && !!tokens[i - 1].word && !isCapitalized(tokens[i - 1]) && isCapitalized(tokens[i + 1] ?? tokens[i])) {
      let run = i + 1;
      while (run < n && (isCapitalized(tokens[run]) || isAbbrevDot(tokens, run))) run++;
      // (Not 'The mayor called Trump "a disgrace."': a name that an object complement follows is what was called.)
      if (run >= n || /^[,.;:]$/.test(tokens[run].text) || /^(at|in|on|for|with|from|of|to|that|which|who|and)$/.test(lowers[run]) || isFiniteHelper(lowers[run]) || pastVerb(tokens[run])) return null;
    }
    const b = skipBackBetween(tokens, raised ? raiseAt - 1 : i - 1);
    if (SEE_AS.has(v.lemma)) return readSeenAs(s, i, b, cueText);
    // Passive ("was told", "is called"): only "by X" names a source.
    let passive = false;
    for (let k = b + 1; k < i; k++) if (BE.has(lowers[k])) passive = true;
    if (passive && /(ed|en|wn|ld|ught|id)$/.test(lowers[i])) {
      // ("His account was disputed by midwives": a verb whose object is what was said reads so too.)
      if (lowers[cueEnd + 1] !== 'by' || (v.ratio < 0.3 && !PROPOSITION_OBJECT.has(v.lemma))) return null;
      // "too large to be explained by partisanship alone", "could be explained by": what might account
      // for a thing says nothing. "He said the plan was rejected by the board": a lead holding its own
      // reporting verb is that verb's content.
      // ("could not be confirmed by Reuters": what was not confirmed is no one's word either.)
      if (lowers.slice(b + 1, i).some((w, k) => w === 'to' || w === 'not' || w === 'never' || /n['’]t$/.test(w) || (AUXILIARY.has(w) && !BE.has(w) && !HAVE_FORMS.has(w) && lowers[b + 2 + k] === 'be'))) return null;
      if (tokens.slice(0, b + 1).some((t, k) => pastVerb(t) && !DET.has(lowers[k - 1] ?? '') && !BE.has(lowers[k - 1] ?? '') && (verbCue(t.lower)?.ratio ?? 0) >= STRONG && !insideQuote(t.start))) return null;
      // "was confirmed by her son, Michael.": a name closing the sentence after the agent is the agent's.
      let src = phraseAfter(tokens, cueEnd + 2, n);
      if (!src) return null;
      if (tokens[src.to]?.text === ',') {
        let k = src.to + 1;
        while (k < n && k - src.to <= 4 && (isCapitalized(tokens[k]) || isAbbrevDot(tokens, k))) k++;
        if (k > src.to + 1 && (k === n || /^[.!?]$/.test(tokens[k].text))) src = { from: src.from, to: k };
      }
      // "... by midwives who spoke to MBC News on condition of anonymity.": a clause closing the sentence
      // says which ones.
      if (lowers[src.to] === 'who') {
        let k = src.to + 1;
        while (k < n && k - src.to <= 15 && !/^[.,;:!?]$/.test(tokens[k].text)) k++;
        if (k === n || /^[.!?]$/.test(tokens[k].text)) src = { from: src.from, to: k };
      }
      const content = contentTo(tokens, Math.max(0, b + 1 - MAX_CONTENT_TOKENS), Math.max(0, b + 1));
      if (!content) return null;
      return { draft: { content, kind: 'indirect', source: spanOf(tokens, src), cue: cueSpan, sentence, rule: `passive cue "${cueText}" + "by"`, strength: v.ratio }, skipTo: src.to };
    }
    // A participle with no auxiliary ("ring warning bells") is not a reporting verb, unless it
    // follows a comma ("..., saying that ...").
    // "..., with Sen. Jane Roe calling it a 'Chinese menu'": a speaker in an absolute phrase.
    let absolute: TokenRange | null = null;
    if (lowers[i].endsWith('ing') && v.ratio >= STRONG) {
      let w = b;
      while (w > 0 && b - w < 8 && (tokens[w].word || isAbbrevDot(tokens, w)) && lowers[w] !== 'with') w--;
      const r = lowers[w] === 'with' && (w === 0 || !tokens[w - 1].word) ? phraseAfter(tokens, w + 1, i) : null;
      if (r && r.to === b + 1) absolute = r;
    }
    // 'a defense of "New York values," saying ...': the comma may sit inside a closing quotation mark.
    // "flipped his choice on the spot – saying ...": so may a spaced dash.
    const spacedDash = b > 0 && lowers[i].endsWith('ing') && DASH.test(tokens[b].text) && !touching(tokens[b - 1], tokens[b]) && !touching(tokens[b], tokens[i]);
    // The comma inside a closing mark, which may be two apostrophes ("Trump,'' said").
    let markComma = b;
    while (markComma > 0 && CLOSE_MARK.test(tokens[markComma].text) && !tokens[markComma].word && markComma > b - 2) markComma--;
    const commaInMark = markComma < b && tokens[markComma].text === ',';
    const commaAt = b >= 0 && (tokens[b].text === ',' || spacedDash || commaInMark);
    // "picked up from his daughter by saying he is ready", "declined to comment beyond saying ...": a
    // gerund after a preposition is the subject's act.
    // ("Trump, after railing against ...": after a comma the gerund is a clause's own, whose subject is not the sentence's.)
    const byGerund = lowers[i].endsWith('ing') && v.ratio >= STRONG && v.lemma !== 'ask' && b === i - 1 && GERUND_PREPOSITIONS.test(lowers[b] ?? '') && !!tokens[b - 1]?.word && !(lowers[b] === 'without' && lowers[b - 1] === 'goes');
    // "The group issued a statement saying ...": so is a participle after a text the subject put out.
    const textSaying = lowers[i].endsWith('ing') && v.ratio >= STRONG && b >= 0 && textPutOutBefore(s, b, i);
    const gerund = byGerund || textSaying;
    // ("He's claiming that ...", "they're saying": a pronoun's contracted "is" or "are".)
    const contractedBe = b >= 0 && /^(he's|she's|who's|\w+'re|i'm)$/.test(lowers[b]) && isContractedPronoun(lowers[b]);
    if (lowers[i].endsWith('ing') && b >= 0 && !BE.has(lowers[b]) && !contractedBe && !commaAt && !/^(and|but)$/.test(lowers[b]) && !gerund) {
      if (!(b + 1 < i && BE.has(lowers[b + 1])) && !absolute) return null;
    }
    // A gerund's speaker is the sentence's subject, read below, never the words before its preposition.
    let src = gerund ? null : (absolute ?? (b >= 0 ? phraseBefore(tokens, b) : null));
    // ("helped write the law", "make his supporters feel", "cannot say": a verb that takes a bare
    // infinitive opens no speaker's phrase.)
    const bareTaker = (w: string) => /^(help|helps|helped|make|makes|made|let|lets)$/.test(w);
    if (src && !absolute && lowers[i] === v.lemma && (bareTaker(lowers[src.from]) || bareTaker(lowers[src.to - 1]) || /^(cannot|can|could|should|would|will|must|may|might)$/.test(lowers[src.from]))) return null;
    // ('with the rest promised "next week"': a participle after "with" and its noun, before a quote, is
    // passive and quotes no one's words ("with both expected to visit" is read as an expectation).)
    if (src && lowers[src.from - 1] === 'with' && /ed$/.test(lowers[i]) && !isCapitalized(tokens[src.from]) && OPEN_MARK.test(tokens[i + 1]?.text ?? '')) return null;
    // ("retracted a study that found people who ate breakfast lost weight": a text's relative "that"
    // is the subject of its finding, as "which" is.)
    if (!src && !absolute && b === i - 1 && textThat) src = { from: b, to: b + 1 };
    // ("allowing judges to temporarily remove firearms from people deemed a danger": a phrase after a
    // split infinitive is the infinitive's, no subject; "officials ... said they expected": a pronoun right after a
    // reporting verb is the subject of its clause, whose belief is part of what was said, not another
    // attribution.)
    if (src && !absolute && src.to === i && /[^e]ed$/.test(lowers[i]) && !isCapitalized(tokens[src.from]) && !DET.has(lowers[src.from]) && !/^\d/.test(lowers[src.from]) && /ly$/.test(lowers[src.from - 1] ?? '') && lowers[src.from - 2] === 'to') return null;
    if (src && !absolute && PERSONAL_PRONOUN.test(lowers[src.to - 1]) && /(ed|id|ld|ote)$/.test(lowers[src.to - 2] ?? '') && (verbCue(lowers[src.to - 2] ?? '')?.ratio ?? 0) >= STRONG && COGNITION.has(v.lemma)) return null;
    // ("a $48.6 billion spending plan that": an amount's noun is no subject either; "the minimum $20
    // million experts say it costs": the subject starts after the amount.)
    if (src && !absolute && tokens[src.from - 1]?.text === '$') {
      let from = src.from;
      while (from < src.to && /^([\d.,]+|million|billion|trillion|thousand)$/.test(lowers[from])) from++;
      if (from >= src.to || NOUN_LIKE.has(v.lemma)) return null;
      src = { from, to: src.to };
    }
    // ("could disrupt safety recalls that ...": a phrase right after a modal is its verb's, no subject.)
    // ("Would they prefer ...": a pronoun or a determiner after a modal is a question's subject.)
    if (src && !absolute && MODAL.test(lowers[src.from - 1] ?? '') && !isCapitalized(tokens[src.from]) && !PRONOUN.has(lowers[src.from]) && !DET.has(lowers[src.from])) return null;
    // 'Hemsley, the co-author of "Going Viral," said': the appositive's comma may stand inside a title's closing mark.
    if (!src && b >= 0 && !gerund) {
      src = appositiveBefore(s, commaInMark ? markComma : b);
      // The source keeps the title's closing mark.
      if (src && commaInMark && src.to === markComma) src = { from: src.from, to: b + 1 };
    }
    if (!src && b > 0 && !gerund) src = parentheticalBefore(s, b);
    // Before a dash only the phrase that opens the sentence speaks ("Party elites — what's left of the
    // establishment — acquiescing to ..."), never words inside an aside ("- you might remember Bernanke - putting").
    if (spacedDash && src && src.from !== pastConnective(tokens, 0)) src = null;
    // "another says", "The other said".
    if (!src && b >= 0 && b === i - 1 && quantifierSubject(lowers[b], lowers[i], v.lemma)) src = { from: lowers[b] === 'other' && lowers[b - 1] === 'the' ? b - 1 : b, to: b + 1 };
    // "Both said ...", "All agree": a quantifier opening the sentence is its subject, though "they both said" skips it.
    if (!src && i >= 1 && /^(both|all)$/.test(lowers[i - 1]) && i - 1 === pastConnective(tokens, 0) && quantifierSubject(lowers[i - 1], lowers[i], v.lemma)) src = { from: i - 1, to: i };
    // "..., the promoter Livewire Events said.": after a comma, "the" and a doer's noun before the name
    // say what it is, and the three are the one source ("..., a word Trump said" is no such).
    // ("..., the trade body the Confectioners' Guild warned on Monday.": a body's kind with its modifier, and
    // when it was said, too.)
    if (src && src.from >= 3 && (isCapitalized(tokens[src.from]) || (lowers[src.from] === 'the' && isCapitalized(tokens[src.from + 1] ?? tokens[i]))) && tokens[src.from - 1].word && DESCRIBER.test(lowers[src.from - 1])) {
      let d = src.from - 1;
      while (d > src.from - 3 && tokens[d]?.word && !isCapitalized(tokens[d]) && lowers[d] !== 'the') d--;
      const tail = !tokens[i + 1]?.word || (INVERTED_TAIL.has(lowers[i + 1]) && wordsBetween(tokens, i + 1, n, 6) <= 4);
      if (lowers[d] === 'the' && d < src.from - 1 && tokens[d - 1]?.text === ',' && tail) src = { from: d, to: src.to };
    }
    if (src) src = extendRelative(s, listBefore(s, src, 0));
    if (src && gerundAct(s, src)) return null;
    // "the findings could help explain the decline": a lone word after a modal is a verb, no speaker.
    if (src && src.to - src.from === 1 && !isCapitalized(tokens[src.from]) && !PRONOUN.has(lowers[src.from]) && !/[^s]s$/.test(lowers[src.from]) && /^(can|could|may|might|will|would|should|must|to)$/.test(lowers[src.from - 1] ?? '')) return null;
    // "212 people were sharing facilities designed for 140": a phrase opened by a progressive's -ing
    // verb is that verb's object, no speaker.
    if (src && src.to - src.from > 1 && lowers[src.from].endsWith('ing') && !isCapitalized(tokens[src.from]) && BE.has(lowers[src.from - 1] ?? '')) return null;
    // "have been urging caution": a lone -ing word before a cue word is a verb and its object, no speaker;
    // "after having suggested she is unqualified": a perfect participle's speaker is the sentence's subject.
    if (src && src.to - src.from === 1 && /ing$/.test(lowers[src.from]) && !isCapitalized(tokens[src.from]) && !/^(everything|nothing|something|anything)$/.test(lowers[src.from])) {
      src = lowers[src.from] === 'having' && src.from > 0 ? subjectBefore(s, src.from - 1) : null;
      if (!src) return null;
    }
    let sharedSubject = false;
    // "..., said the minister, adding that ...": a participle after an inverted cue is that speaker's.
    const afterInverted = !!previous?.source && !!previous.cue && !!verbCue(text.slice(previous.cue.start, previous.cue.end).toLowerCase()) && commaAt && lowers[i].endsWith('ing') && previous.source.end <= tokens[i].start && previous.source.start > previous.content.end && previous.sentence.start === sentence.start;
    // '"...," said Dr. Hassan, adding that ...', "..., said the minister, repeating a refrain": the
    // participle is the inverted speaker's, read as if the speaker were its subject.
    if (!src && afterInverted) {
      const from = tokenAt(tokens, previous!.source!.start);
      let to = from;
      while (to < tokens.length && tokens[to].end <= previous!.source!.end) to++;
      if (to > from && tokens[from].start === previous!.source!.start) {
        src = { from, to };
        sharedSubject = true;
      }
    }
    // ("X said it had opened an inquiry and had asked Veltra to ...": a verb inside what X said is its subject's, not X's.)
    const insidePrevious = !!previous && previous.sentence.start === sentence.start && previous.content.start <= tokens[i].start && tokens[i].end <= previous.content.end && /^(and|but)$/.test(lowers[b] ?? '') && lowers.slice(b + 1, i).some((w) => /^(had|has|have|would|will|could)$/.test(w));
    if (!src && b >= 0 && !afterInverted && !insidePrevious && (/^(and|but)$/.test(lowers[b]) || (commaAt && lowers[i].endsWith('ing')) || gerund)) {
      // "X condemned the attack and said ...", "X, ..., saying ...": the sentence's subject speaks.
      src = subjectBefore(s, tokens[b].text === ',' || spacedDash || !commaAt ? b : markComma);
      // After a dash, only the subject that opens the sentence, and only when no other dash makes the
      // participle, or what comes before it, an aside ("its naming convention - adding one digit ... - does not").
      const dashes = tokens.filter((t, k) => k > 0 && DASH.test(t.text) && !touching(tokens[k - 1], t) && !touching(t, tokens[k + 1])).length;
      if (spacedDash && src && (src.from !== pastConnective(tokens, 0) || dashes > 1)) src = null;
      sharedSubject = !!src;
    }
    if (src && /^(i|you|we)$/.test(pronounBase(lowers[src.from])) && src.to - src.from === 1) return null; // the writer
    // "... to be banned from the United Kingdom drew 500,000 signatures": a participle and its
    // preposition are no speaker ("leaked emails show" has its noun).
    if (src && pastVerb(tokens[src.from]) && isSourcePreposition(lowers[src.from + 1] ?? '')) return null;
    // "higher than previous studies have suggested - a report ...": the standard of a comparison, whose
    // words the sentence does not give; what follows a dash is the writer's. ("more than 4 in 10 said
    // Trump would ..." and "than aides say he deserves" go on to what was said.)
    if (src && lowers[src.from - 1] === 'than' && !tokens[cueEnd + 1]?.word) return null;
    // "the executive order", "a call": the verb is a noun here.
    // "features a New York Times report that ...": the bare form after a determiner and a name is a noun.
    // But "Documents obtained by the Ledger show that ...": a name that closes a participle's "by"
    // phrase is its agent, and the verb with its "that" is the sentence's.
    // So does one closing the sentence: "..., documents reviewed by the Sentinel show."
    const agentBefore = lowers[beforeNameRun(tokens, i) - 1] === 'by' && (lowers[i + 1] === 'that' || finiteClauseAt(s, i + 1) || /^[.!?]?$/.test(tokens[i + 1]?.text ?? ''));
    if (NOUN_LIKE.has(v.lemma) && lowers[i] === v.lemma && afterNamedDeterminer(tokens, i) && !agentBefore) return null;
    // "cited disparaging remarks Trump had made": an -s form after a describing -ing word is a noun
    // ("the ruling says" keeps its verb: there the -ing word has a determiner).
    if (/[^s]s$/.test(lowers[i]) && lowers[i] !== v.lemma && i >= 2 && /ing$/.test(lowers[i - 1]) && !isCapitalized(tokens[i - 1]) && !DOCUMENT_HEADS.has(lowers[i - 1]) && !DET.has(lowers[i - 2]) && !/['’]s$/.test(lowers[i - 2])) return null;
    // "Health worries dogged the candidate", "Police reports say ...": an -s form with a verb right after
    // it is the subject's noun.
    // After a name ("Carson says led him to Christ") or a pronoun the -s form stays a verb.
    if (/[^s]s$/.test(lowers[i]) && lowers[i] !== v.lemma && i > 0 && (i === 1 || !isCapitalized(tokens[i - 1])) && !PRONOUN.has(lowers[i - 1]) && !/^(who|which|that)$/.test(lowers[i - 1]) && !!tokens[i + 1]?.word && !isCapitalized(tokens[i + 1]) && (IRREGULAR_PASTS.has(lowers[i + 1]) || /^(is|are|was|were|has|have|had)$/.test(lowers[i + 1]) || (/ed$/.test(lowers[i + 1]) && !verbCue(lowers[i + 1])) || /^(show|say|suggest|indicate|reveal|confirm|state)$/.test(lowers[i + 1]))) return null;
    // "Emails obtained by the newspaper show": the head is before the participle that joined the phrase.
    const joinedAt = src ? lowers.slice(src.from + 1, src.to).findIndex((w) => RELATIVE_LINK.has(w) || w === 'by' || w === 'from') : -1;
    // ("A video verified by the newspaper": the head stands before the participle too.)
    let headOfSource = src ? (joinedAt >= 0 ? src.from + joinedAt : src.to - 1) : -1;
    if (joinedAt > 0 && (/[^e]ed$/.test(lowers[headOfSource]) || IRREGULAR_PARTICIPLES.has(lowers[headOfSource]))) headOfSource--;
    // ("The reports, filed in May, show ...": the head stands before an aside.)
    const asideAt = src ? asideIn(lowers, src) : -1;
    if (asideAt >= 0 && asideAt < headOfSource) headOfSource = asideAt - 1;
    // ("An email dated June 2023 shows ...": a text its participle describes.)
    const describedText = !!src && lowers.slice(src.from, src.to - 1).some((w, j) => DOCUMENT_HEADS.has(w) && !isCapitalized(tokens[src.from + j + 1]) && (/[^e]ed$/.test(lowers[src.from + j + 1]) || IRREGULAR_PARTICIPLES.has(lowers[src.from + j + 1])));
    // (The text's "that" read as the source above, and left as it was.)
    const relativeText = textThat && !!src && src.from === i - 1 && src.to === i;
    const documentFinds = !!src && FINDING_VERBS.has(v.lemma) && (DOCUMENT_HEADS.has(lowers[headOfSource]) || financialAccountsAt(lowers, headOfSource) || documentBeforeOf(lowers, src) || describedText || relativeText);
    // "..., the Upper Tribunal has ruled.": what a court rules or holds is its saying.
    const courtRules = !!src && /^(rule|hold|find|decide|determine)$/.test(v.lemma) && COURTS.test(lowers[headOfSource] ?? '');
    // "The agency estimates that more than ... have fled": a "that" whose clause has its own subject
    // makes the -s form a verb ("the estimates that were released" stays a noun).
    // After a plural subject the bare form is a verb too: "Local officials estimate the storm caused ...".
    // "Some Republicans fear": a plural quantifier makes even a name's plural the subject.
    // "Farmers in the Lesser Rhun valley fear that": so does a plural head before the place it is in.
    const pluralHead = !!src && src.to === i && placedPlural(tokens, lowers, src);
    const pluralSubject = /^(they|we|i|you)$/.test(lowers[i - 1] ?? '') || (!!src && src.to === i && PLURAL_QUANTIFIERS.has(lowers[src.from])) || pluralHead || (!!tokens[i - 1]?.word && (i === 1 || !isCapitalized(tokens[i - 1])) && /[^su']s$/.test(lowers[i - 1]) && !/^(is|was|has|does|this|its|his|hers|yours|ours|theirs)$/.test(lowers[i - 1]));
    // ("The paper reports that birds within 200 meters of a road raised ...": a "that" no verb follows opens a
    // clause whose subject runs on; "news reports that surfaced" is a relative clause.)
    const thatClauseSubject = (k: number) => !!tokens[k]?.word && (DET.has(lowers[k]) || isCapitalized(tokens[k]) || /^\d/.test(lowers[k]) || /[^s]s$/.test(lowers[k])) && !isFiniteHelper(lowers[k]) && !pastVerb(tokens[k]) && !/^(is|are|was|were|has|have|had)$/.test(lowers[k]) && tokens.slice(k + 1, k + 12).some((t) => t.word && !isCapitalized(t) && (pastVerb(t) || isFiniteHelper(t.lower)));
    // ("The latest claims that ...": after a word that only modifies, the -s form is the noun.)
    const verbBeforeClause =
      (lowers[i] === v.lemma + 's' && !(MODIFIER_ONLY.test(lowers[i - 1] ?? '') && DET.has(lowers[i - 2] ?? '')) && (lowers[i + 1] === 'that' ? opensClauseSubjectAt(tokens, lowers, i + 2) || finiteClauseAt(s, i + 2) || thatClauseSubject(i + 2) : nounBefore(lowers[i - 1] ?? '') && opensClauseSubjectAt(tokens, lowers, i + 1) && finiteClauseAt(s, i + 1))) ||
      (lowers[i] === v.lemma && pluralSubject && (lowers[i + 1] === 'that' ? opensClauseSubjectAt(tokens, lowers, i + 2) : finiteClauseAt(s, i + 1)));
    if (src && !documentFinds && !verbBeforeClause && DET.has(lowers[src.from]) && !PRONOUN.has(lowers[src.from]) && src.to === i && NOUN_LIKE.has(v.lemma) && (lowers[i] === v.lemma || lowers[i] === v.lemma + 's')) return null;
    const afterCue = cueEnd + 1;
    // "..., the official said." / "..., said the official."
    const commaBefore = src && !sharedSubject ? src.from - 1 : i - 1;
    // A weaker cue ("show", "reported") counts inverted when it closes the sentence: ", documents show."
    // "..., researchers reported Wednesday in the New England Journal of Medicine.": a time and the
    // name of where it appeared close the sentence too.
    const closing = (k: number) => {
      const at = skipForwardBetween(tokens, k, n);
      // "reported in the journal Nutrition on Monday": the time it appeared may close it too.
      const venue = /^(in|on)$/.test(lowers[at] ?? '') && tokens.slice(at + 1, n).every((t, j) => !t.word || isCapitalized(t) || /^(the|of|and|journal|on|last|this|earlier|week|month|year|today|yesterday)$/.test(t.lower) || (j === 0 && DET.has(t.lower)));
      // (", a result that could help governors ...": the writer's gloss on it closes it too.)
      if (wordsBetween(tokens, k, n, 5) <= 4 || venue || (tokens[at]?.text === ',' && writerGlossAt(lowers, at + 1))) return true;
      // "..., Bloomberg reported on Tuesday, citing people familiar with the plans.": whom the report
      // cites closes it too.
      let comma = k;
      while (comma < n && comma - k <= 5 && tokens[comma].text !== ',') comma++;
      return tokens[comma]?.text === ',' && /^(citing|quoting)$/.test(lowers[comma + 1] ?? '');
    };
    // "Such efforts, they believe, will ...": a belief verb with nothing after it but a comma, a dash or
    // the end can only be reporting; elsewhere "believe" or "think" are as often something else.
    // "..., you know, ..." is a filler.
    const parenthetical = COGNITION.has(v.lemma) && !!src && !(v.lemma === 'know' && lowers[src.from] === 'you') && (afterCue >= n || /^[,.!?;]$/.test(tokens[afterCue].text) || DASH.test(tokens[afterCue].text));
    // "..., the report found, a conclusion the agency rejects.": a verb inside the writer's gloss reports nothing.
    if (src && tokens[src.from - 1]?.text === ',' && writerGlossAt(lowers, src.from)) return null;
    // "The dispute, the Lusk Herald reported, is the third ...": so is one set between commas inside the
    // content, which resumes with its own verb.
    const resumeAt = skipForwardBetween(tokens, afterCue, n);
    const interrupting = tokens[resumeAt]?.text === ',' && !!tokens[resumeAt + 1]?.word && !isCapitalized(tokens[resumeAt + 1]) && (isFiniteHelper(lowers[resumeAt + 1]) || pastVerb(tokens[resumeAt + 1]));
    // "As his lawyer, Ann Roe, noted, the case was weak": "as", a role and its name are the source of
    // what follows, read below, not the end of a content before them.
    const asRole = src ? roleAfterAs(s, src) : null;
    if (!asRole && !sharedSubject && !textAside && commaBefore > 0 && (tokens[commaBefore].text === ',' || tokens[commaBefore].text === '\u2014') && (v.ratio >= STRONG || documentFinds || ((v.ratio >= MID || courtRules) && (closing(afterCue) || interrupting)) || parenthetical)) {
      let invSrc = src;
      let tailFrom = afterCue;
      if (!src && commaBefore === i - 1 && !OBJECT_VERBS.has(v.lemma) && !lowers[i].endsWith('ing')) {
        const after = phraseAfter(tokens, afterCue, n);
        // "..., including Patriot, declared bankruptcy": a lone common noun with no article is the
        // verb's object; a speaker after the cue has one ("said the official") or is plural ("said officials").
        const object = !!after && after.to - after.from === 1 && !isCapitalized(tokens[after.from]) && !PRONOUN.has(lowers[after.from]) && !/s$/.test(lowers[after.from]);
        // "The documents, dated 2019, suggest executives knew ...": a clause after the cue is its content.
        // "..., who was not authorized to speak publicly, confirmed the subpoena": what follows cannot speak.
        const speaker = !!after && couldSpeak(text.slice(tokens[after.from].start, tokens[after.to - 1].end));
        if (after && !object && speaker && !finiteClauseAt(s, afterCue)) {
          invSrc = withTrailingAppositive(s, after);
          tailFrom = invSrc.to;
        }
      }
      // "..., negative ads, mailers and phone calls.": a singular verb has no subject joined by "and";
      // the words are a list, and "calls" its last noun.
      const singularVerb = /[^s]s$/.test(lowers[i]) && lowers[i] !== v.lemma;
      if (invSrc && singularVerb && invSrc === src && lowers.slice(src.from, src.to).includes('and')) invSrc = null;
      if (invSrc) {
        let rest = 0;
        let k = tailFrom;
        for (; k < n && tokens[k].text !== ',' && !(k === tailFrom && DASH.test(tokens[k].text)); k++) if (tokens[k].word) rest++;
        const verbFirst = invSrc !== src;
        const tailWord = hedgedCountAt(lowers, tailFrom) ? '' : (lowers[tailFrom] ?? '');
        // After an inverted cue only circumstances follow ("on Tuesday", "in an interview"), or
        // for "told", the listener; a clause there means the content comes after the cue.
        // 'This is not about me, Obama told his closest advisers as ...': the listener of "told".
        const listener = LISTENER_VERBS.has(v.lemma) && DET.has(tailWord) && !/^(in|on|at|during|after|before|for|from|with|by|as)$/.test(lowers[0]) ? phraseAfter(tokens, tailFrom, n) : null;
        // "The economy, the governor told reporters, is strong": a bare plural closed by a comma is a listener too.
        // ("..., the company told staff on Thursday.": or one with no -s, before when or where it was told.)
        const bareListener = LISTENER_VERBS.has(v.lemma) && (/[^s]s$/.test(tailWord) || /^(police|staff|media|press|people)$/.test(tailWord)) && !isCapitalized(tokens[tailFrom]) && (tokens[tailFrom + 1]?.text === ',' || !tokens[tailFrom + 1]?.word || INVERTED_TAIL.has(lowers[tailFrom + 1] ?? ''));
        const listenerOnly = bareListener || (!!listener && (listener.to >= n || !tokens[listener.to].word || INVERTED_TAIL.has(lowers[listener.to])));
        // "..., the Border Patrol said in a report to Congress.": whom the text was for closes it too.
        // ("..., the district said in an email to families Tuesday.", "said in a letter to its members.")
        const addressee = tokens[tailFrom + 1];
        const addressed = tailWord === 'to' && cueEnd > i && rest <= 5 && !!addressee?.word && (isCapitalized(addressee) || DET.has(addressee.lower) || /[^s]s$/.test(addressee.lower)) && !tokens.slice(tailFrom + 1, k).some((t) => !isCapitalized(t) && (isFiniteHelper(t.lower) || pastVerb(t)));
        // ("..., the officers told him to leave.": an order given, with its infinitive, is no inverted cue.)
        const ordered = OBJECT_PRONOUNS.has(tailWord) && lowers[tailFrom + 1] === 'to' && !!tokens[tailFrom + 2]?.word && !isCapitalized(tokens[tailFrom + 2]);
        const circumstance = rest === 0 || INVERTED_TAIL.has(tailWord) || addressed || (cueEnd > i && textOutAt(lowers, tailFrom)) || (OBJECT_VERBS.has(v.lemma) && (isCapitalized(tokens[tailFrom]) || (OBJECT_PRONOUNS.has(tailWord) && !ordered) || listenerOnly));
        const endsClause = circumstance;
        const leadFrom = parentheticalLead(tokens, Math.max(0, commaBefore - MAX_CONTENT_TOKENS), commaBefore, DASH.test(tokens[tailFrom]?.text ?? ''));
        // "X said A, but B, they said.": a lead that holds its own cue is not this cue's content.
        // "... more than the company admits, said X": a cue that ends the lead reports nothing of its own.
        // A belief or a finding held now in the lead is still reported by this cue: "The company expects
        // profits to rise, its chief said", "The results suggest ..., scientists cautioned".
        const heldNow = (t: Token) => /^(believe|think|expect|hope|fear|suspect|suggest|show|indicate)$/.test(verbCue(t.lower)!.lemma) && !t.lower.endsWith('ed');
        // "Management has so far refused to negotiate, the union said": an act told with "to" is what
        // the cue after it reports, though the act's verb is a cue of its own.
        // "The claims made by the company were false, regulators said": a cue word after a determiner is a noun.
        const determinedNoun = (k: number) => DET.has(lowers[k - 1] ?? '') && !PRONOUN.has(lowers[k - 1] ?? '');
        // ("Tarsene has told its ally, the Rafiq Movement, that it will not ..., three officials said": a
        // telling with its own "that" is all of it what the officials said, nested.)
        const toldThat = (k: number) => LISTENER_VERBS.has(verbCue(lowers[k])?.lemma ?? '') && lowers.slice(k + 1, Math.min(commaBefore, k + 12)).includes('that');
        // ("The advisers told allies that she would announce a campaign soon, two strategists said": a cue
        // inside that telling's clause is the telling's own content.)
        const toldAt = tokens.slice(leadFrom, commaBefore).findIndex((_, j) => toldThat(leadFrom + j));
        // ("... has handed in a transfer request after the club rejected a bid ..., the player's agent said":
        // a cue in the lead's subordinate clause is that clause's, part of what the agent said.)
        const subordinateAt = lowers.slice(leadFrom + 1, commaBefore).findIndex((w) => /^(after|before|because|since|until|once)$/.test(w));
        // ("Those taking the drug, called velanidine, were ...": a name given between commas is no saying.)
        const naming = (j: number) => /^(called|dubbed|named|nicknamed|titled|entitled|known)$/.test(lowers[leadFrom + j]) && tokens[leadFrom + j - 1]?.text === ',';
        // ("two foreign aid workers accused of spreading false reports": a participle after its noun describes it.)
        const reducedRelative = (j: number) => /ed$/.test(lowers[leadFrom + j]) && /^(of|by)$/.test(lowers[leadFrom + j + 1] ?? '') && /[^s']s$/.test(lowers[leadFrom + j - 1] ?? '') && !isCapitalized(tokens[leadFrom + j - 1]);
        const ownCueAt = tokens.slice(leadFrom, commaBefore).findIndex((t, j) => !naming(j) && !reducedRelative(j) && (toldAt < 0 || j < toldAt) && (subordinateAt < 0 || j <= subordinateAt) && t.word && !isCapitalized(t) && (verbCue(t.lower)?.ratio ?? 0) >= STRONG && !heldNow(t) && !recallsGoods(lowers, leadFrom + j) && lowers[leadFrom + j + 1] !== 'to' && !(t.lower === 'according' && ACCORDING_STANDARD.has(lowers[leadFrom + j + 2] ?? '')) && !insideQuote(t.start) && !isFiniteHelper(lowers[leadFrom + j + 1] ?? '') && !BE.has(lowers[leadFrom + j - 1] ?? '') && !determinedNoun(leadFrom + j) && !!phraseBefore(tokens, skipBackBetween(tokens, leadFrom + j - 1)) && wordsBetween(tokens, leadFrom + j + 1, commaBefore, 2) >= 2);
        const ownCue = ownCueAt >= 0;
        // "Speaking at a rally in Ohio, Senator Lopez accused ...": an opening participle phrase with no
        // verb of its own is a circumstance, not content, unless the content resumes after the source
        // ("Pivoting too soon, economists say, limited ..."); "Getting it right is hard, she said" has a verb.
        const leadTokens = tokens.slice(leadFrom, commaBefore);
        // "Asked about it after a debate, Trump told CNN that ...": so is a past participle opening.
        const openingParticiple = !!leadTokens[0]?.word && (leadTokens[0].lower.endsWith('ing') || (leadTokens[0].lower.endsWith('ed') && leadFrom === 0));
        // "Asked if he regretted it, he shrugged": the question put to the speaker is never what they said.
        // "On The Steve Harvey Morning Show on Tuesday, Clinton criticized ...": nor is where it was said.
        const noVerb = !leadTokens.slice(1).some((t) => AUXILIARY.has(t.lower) || IRREGULAR_PASTS.has(t.lower) || (t.lower.endsWith('ed') && t.lower.length > 4));
        const prepositionLead = /^(on|in|at|during|after|before|from|with|for)$/.test(leadTokens[0]?.lower ?? '') && noVerb && !leadTokens.slice(1).some((t) => /[^s]s$/.test(t.lower) && !isCapitalized(t) && verbCue(t.lower));
        // "When Rubio thanked Miami and said it was great to be home, a man yelled": a lone subordinate
        // clause is when or why the act happened; what is reported is a clause that stands on its own
        // (or goes on after the source: "When the vote comes, he said, the party will ...").
        const subordinateLead = /^(when|whenever|after|before|while|as|once|because|since|if|unless|until)$/.test(leadTokens[0]?.lower ?? '') && !leadTokens.some((t) => t.text === ',' || t.text === ';');
        const participleLead = (openingParticiple && noVerb) || prepositionLead || leadTokens[0]?.lower === 'asked';
        // "X said A, but B, they said": B is this cue's, from its "but".
        let butAt = -1;
        for (let k = commaBefore - 5; ownCue && k > leadFrom; k--) {
          if (tokens[k].text === ',' && lowers[k + 1] === 'but') {
            butAt = k + 1;
            break;
          }
        }
        // "The Trump campaign said the candidate will attend, CNN reported": a lead that is all of it one
        // source's saying, from its subject on, is what this cue reports, nested.
        const ownSubject = ownCue && butAt < 0 ? phraseBefore(tokens, skipBackBetween(tokens, leadFrom + ownCueAt - 1)) : null;
        // The cue must close the sentence: "Netanyahu has said ..., whose leaders called for ..." goes on.
        const nested = !!ownSubject && ownSubject.from === leadFrom && closing(afterCue);
        const lead = ownCue && !nested ? (butAt > 0 && !tokens.slice(butAt, commaBefore).some(isCueToken) ? contentTo(tokens, butAt, commaBefore) : null) : contentTo(tokens, leadFrom, commaBefore);
        const leadWords = lead ? wordsBetween(tokens, 0, commaBefore, 4) : 0;
        // "Each year, officials said, it uses...": the content surrounds the source; but "..., the
        // minister said, speaking in Paris" goes on with what the speaker did, not with what was said
        // ("..., he said, replacing her would be ..." resumes it: the -ing word has a verb after it).
        // ", speaking on condition of anonymity because ...": how the speaker spoke, whatever follows.
        const participle = (lowers[k + 1] ?? '').endsWith('ing') && ((verbCue(lowers[k + 1])?.ratio ?? 0) >= 0.3 || /^(speaking|talking|writing|citing|adding)$/.test(lowers[k + 1]) || !tokens.slice(k + 2, k + 10).some((t) => isFiniteHelper(t.lower)));
        // "The new rules, said Jane Roe, an expert, will hurt farmers": after an inverted speaker, the
        // content resumes only with its own verb.
        const resumes = !!tokens[k + 1]?.word && !isCapitalized(tokens[k + 1]) && (isFiniteHelper(lowers[k + 1]) || pastVerb(tokens[k + 1]));
        // "Each year, officials told reporters, it uses ...", "The economy, the governor said on Monday, is
        // strong": a listener or a time may stand before the comma too, when the lead has no verb of its
        // own (after a whole clause, ", two days after voters went ..." is the writer's).
        // Not after a dateline ("DECATUR, Ill. —"), an opening circumstance ("On June 4, 2008,") or inside a relative clause.
        const dateline = leadTokens.filter((t) => t.word).every((t) => isCapitalized(t) && t.text === t.text.toUpperCase());
        // "..., sources said, as rising prices threaten demand": what happens meanwhile is the writer's;
        // "as long as the truce holds" and "as well as" go on with what was said.
        const writersAs = (k: number) => lowers[k] === 'as' && !/^(long|soon|much|many|far|well|if|though|of|a|an|the|part)$/.test(lowers[k + 1] ?? '');
        // ("The law, she said, was modest, and she warned that ...": a clause joined after the content is read on.)
        const trailingStop = contentStop(s, k + 2);
        const readOnFrom = tokens[trailingStop]?.text === ',' && /^(and|but)$/.test(lowers[trailingStop + 1] ?? '') ? trailingStop : n;
        // ("The election, he told reporters at the national tallying centre, had been ...": where they were told may follow.)
        const listenerEnd = bareListener ? tailFrom + 1 : (listener?.to ?? tailFrom);
        const placeAfterListener = listenerOnly && INVERTED_TAIL.has(lowers[listenerEnd] ?? '') && !tokens.slice(listenerEnd, k).some((t) => !isCapitalized(t) && (isFiniteHelper(t.lower) || pastVerb(t)));
        const tailed = (listenerOnly || (INVERTED_TAIL.has(tailWord) && !CLAUSE_TAIL.test(tailWord))) && rest <= (placeAfterListener ? 9 : 4) && (noVerb || subordinateLead) && !participleLead && !dateline && !/^(who|which)$/.test(lowers[invSrc.from]);
        const trailing = (rest === 0 || tailed) && (!verbFirst || resumes) && k < n && tokens[k].text === ',' && !participle && !writerGlossAt(lowers, k + 1) && !placeOfSayingAt(lowers, k + 1) && !/^(although|though|whereas|amid)$/.test(lowers[k + 1] ?? '') && !writersAs(k + 1) ? contentTo(tokens, k + 1, trailingStop) : null;
        // "Still, he said, officials have to ...": a lone connective before the source is not content.
        if (!lead && !ownCue && trailing && wordsBetween(tokens, leadFrom, commaBefore, 2) === 1 && endsClause) {
          // "which, his advisers believe, would ...": but the relative pronoun is the clause's subject.
          const relative = /^(which|who)$/.test(lowers[leadFrom]);
          return { draft: { content: relative ? { start: tokens[leadFrom].start, end: trailing.end } : trailing, ...(relative ? { gap: { start: tokens[leadFrom].end, end: trailing.start } } : {}), kind: 'indirect', source: spanOf(tokens, invSrc), cue: cueSpan, sentence, rule: `cue "${cueText}" inside the content`, antecedent: antecedentOf(s, invSrc), strength: v.ratio }, skipTo: readOnFrom };
        }
        // "..., said Dr. Walensky, the agency's director, in a briefing.": where it was said closes the sentence.
        // ("..., in a message delivered to Rafiq leader Hamid Sayyar during a visit last week": however long, with no verb of its own.)
        const closingVenue = tokens[k]?.text === ',' && placeOfSayingAt(lowers, k + 1) && (wordsBetween(tokens, k + 1, n, 9) <= 8 || !tokens.slice(k + 1, n).some((t) => !isCapitalized(t) && (isFiniteHelper(t.lower) || (pastVerb(t) && !/^(to|by|at|in|on)$/.test(lowers[tokens.indexOf(t) + 1] ?? '')))));
        // "said Howard Rubel, an analyst, who notes that ...": the relative clause is read on its own.
        const reportingRelative = tokens[k]?.text === ',' && k === tailFrom && lowers[k + 1] === 'who' && (verbCue(lowers[k + 2] ?? '')?.ratio ?? 0) >= STRONG;
        // "... told CNN that ...": a "that" after the listener means the content follows the cue.
        const thatAfter = tokens.slice(tailFrom, k).some((t) => t.lower === 'that');
        // "Parents remain hesitant, surveys show": so are a plural subject and two plain words after it.
        const pluralClause = leadWords === 3 && leadTokens.length === 3 && /[^s]s$/.test(leadTokens[0].lower) && leadTokens.slice(1).every((t) => t.word && !isCapitalized(t) && !DET.has(t.lower) && !/^(of|in|on|for|to|from|with|and|or|at|by)$/.test(t.lower));
        // "Police are investigating, a spokeswoman said": three words with a verb are a clause.
        if (lead && (leadWords >= 4 || trailing || (leadWords >= 3 && (participle || !noVerb || pluralClause))) && !((participleLead || subordinateLead) && !trailing) && !thatAfter && rest <= (verbFirst ? 0 : MAX_INVERTED_TAIL) && lowers[tailFrom] !== 'that' && tokens[tailFrom]?.text !== ':' && endsClause && (!verbFirst || k >= n || reportingRelative || trailing || closingVenue || (participle && /^(say|add|write|explain|insist|note)$/.test(v.lemma)))) {
          if (trailing) {
            // ("... with the rest promised “next week” – a promise, he said, that had been made three times":
            // after a spaced dash the words the source interrupts are an aside of their own.)
            let dash = commaBefore - 1;
            while (dash > leadFrom && !(DASH.test(tokens[dash].text) && !touching(tokens[dash - 1], tokens[dash]) && !touching(tokens[dash], tokens[dash + 1]))) dash--;
            const aside = dash > leadFrom ? contentTo(tokens, dash + 1, commaBefore) : null;
            const before = aside ?? lead;
            return { draft: { content: { start: before.start, end: trailing.end }, gap: { start: before.end, end: trailing.start }, kind: 'indirect', source: spanOf(tokens, invSrc), cue: cueSpan, sentence, rule: `cue "${cueText}" inside the content`, antecedent: antecedentOf(s, invSrc), strength: v.ratio }, skipTo: readOnFrom };
          }
          return { draft: { content: lead, kind: 'indirect', source: spanOf(tokens, invSrc), cue: cueSpan, sentence, rule: `cue "${cueText}" after the content`, antecedent: antecedentOf(s, invSrc), strength: v.ratio }, skipTo: Math.max(tailFrom, k) };
        }
      }
    }
    if (!src && !sharedSubject && b > 0 && tokens[b].text === ',') {
      const inv = invertedRelative(s, b, afterCue, v);
      if (inv) return { draft: { ...inv, cue: cueSpan, sentence, rule: `cue "${cueText}" after the content, source with a relative clause`, strength: v.ratio }, skipTo: n };
      const apposed = invertedAppositive(s, b, afterCue, v);
      if (apposed) return { draft: { ...apposed, cue: cueSpan, sentence, rule: `cue "${cueText}" after the content, source with a description`, strength: v.ratio }, skipTo: n };
    }
    let rule = sharedSubject ? `cue "${cueText}", subject of the sentence` : `cue "${cueText}"`;
    // "..., adding that ...": the participle shares the previous speaker.
    if (!src && previous?.source && tokens[i - 1]?.text === ',' && lowers[i].endsWith('ing')) {
      const start = skipForwardBetween(tokens, afterCue, n, true);
      const from = lowers[start] === 'that' ? start + 1 : start;
      const content = contentTo(tokens, from, contentStop(s, from + 1));
      if (!content || (v.ratio < STRONG && lowers[start] !== 'that')) return null;
      return { draft: { content, kind: 'indirect', source: previous.source, cue: cueSpan, sentence, rule: `cue "${cueText}", same speaker`, antecedent: previous.antecedent, strength: v.ratio }, skipTo: from };
    }
    if (!src) return null;
    // "The Ormanian News Agency quoted Deputy Foreign Minister Sabira Yusufova as saying the proposal ...":
    // the one quoted speaks, and the outlet that quoted them is the via.
    if (v.lemma === 'quote') {
      const quoted = phraseAfter(tokens, cueEnd + 1, n);
      if (quoted && lowers[quoted.to] === 'as' && /^(saying|telling|writing)$/.test(lowers[quoted.to + 1] ?? '')) {
        let from = quoted.to + 2;
        if (lowers[from - 1] === 'telling') from = phraseAfter(tokens, from, n)?.to ?? from;
        if (lowers[from] === 'that') from++;
        const content = OPEN_MARK.test(tokens[from]?.text ?? '') || tokens[from]?.text === ',' ? null : contentTo(tokens, from, contentStop(s, from + 1));
        if (content) {
          const cue = { start: tokens[quoted.to].start, end: tokens[quoted.to + 1].end };
          return { draft: { content, kind: 'indirect', source: spanOf(tokens, quoted), cue, sentence, rule: `"${cueText}" + "as ${lowers[quoted.to + 1]}"`, antecedent: antecedentOf(s, quoted), strength: 1, via: spanOf(tokens, src) }, skipTo: n };
        }
      }
    }
    // "As The Times reported on Saturday, he has ...": the clause after the comma is the content.
    // "As the historian Mary Beard put it, ...": the idiom is a cue only here.
    const putIt = v.lemma === 'put' && lowers[cueEnd + 1] === 'it';
    // ("As our chairman, Pieter Halvorsen, put it, ...": a role and its name in apposition after "as".)
    const asSrc = asRole ? { from: asRole.from, to: src.to } : src;
    // "But as Clyburn noted, ...": after a connective too.
    if (lowers[asSrc.from - 1] === 'as' && (asSrc.from === 1 || tokens[asSrc.from - 2].text === ',' || asSrc.from - 1 === pastConnective(tokens, 0)) && (v.ratio >= MID || putIt)) {
      let comma = cueEnd + 1 + (putIt ? 1 : 0);
      while (comma < n && comma - cueEnd <= 8 && tokens[comma].word && (comma === cueEnd + 1 ? CIRCUMSTANCE_START.has(lowers[comma]) || /^(even|first|previously|exclusively)$/.test(lowers[comma]) : true)) comma++;
      // "As the Post reported ten days ago, ...": a time counted back is a circumstance too.
      if (tokens[comma]?.text !== ',' && comma < n && comma - cueEnd <= 8) {
        const ago = lowers.slice(cueEnd + 1, cueEnd + 6).indexOf('ago');
        if (ago >= 0 && tokens[cueEnd + 2 + ago]?.text === ',') comma = cueEnd + 2 + ago;
      }
      if (tokens[comma]?.text === ',') {
        const content = contentTo(tokens, comma + 1, contentStop(s, comma + 2));
        if (content) return { draft: { content, kind: 'indirect', source: spanOf(tokens, asSrc), cue: putIt ? { start: cueSpan.start, end: tokens[cueEnd + 1].end } : cueSpan, sentence, rule: `"as" + cue "${putIt ? 'put it' : cueText}" before the content`, antecedent: antecedentOf(s, asSrc), strength: v.ratio }, skipTo: comma + 1 };
      }
    }
    // "He put it on the table": outside "as X put it", "put it" reports words only when no place
    // follows, or the place is where they were said ("put it in a memo to employees").
    const placed = cueEnd + (putIt ? 2 : 1);
    const saidIn = lowers.slice(placed + 1, placed + 4).some((x) => WRITTEN_IN.has(x));
    if (v.lemma === 'put' && lowers[src.from - 1] !== 'as' && !saidIn && /^(on|in|into|onto|at|down|away|back|up|off|out|there|together|aside|through|under|over|behind|to|forward)$/.test(lowers[placed] ?? '')) return null;
    // "rules that promise to ...", "a set of rules": only "ruled" and a verb before its clause report a ruling.
    // "struck down the law, ruling 6-3 that ...": so does the participle of the sentence's subject before its "that".
    const rulingThat = lowers[i] === 'ruling' && sharedSubject && lowers[skipForwardBetween(tokens, i + 1, n)] === 'that';
    if (v.lemma === 'rule' && lowers[i] !== 'ruled' && !verbBeforeClause && !rulingThat) return null;
    // "X report said": a misread, but "the report says" stands, and so does a description ending on a
    // verb between commas ("Dr. Amy Liu, whose research has been cited, said").
    if (isCueToken(tokens[src.to - 1]) && src.to - src.from > 1 && !DOCUMENT_HEADS.has(lowers[src.to - 1]) && tokens[src.to]?.text !== ',') return null;
    // Forward: SOURCE cue [object] [that] CONTENT
    let start = skipForwardBetween(tokens, afterCue, n, true);
    // "the plan, which supporters say will create 500 jobs": in a relative clause the auxiliary right
    // after the cue is the content's own verb.
    // So it is in "a probe the agency said was ongoing", a clause with no relative pronoun.
    const objectGap = objectGapBefore(tokens, src.from);
    const noPronounRelative = objectGap && !THING_PRONOUNS.test(lowers[src.from - 1] ?? '');
    const gappedRelative = (/^(which|that)$/.test(lowers[src.from - 1] ?? '') || noPronounRelative) && isFiniteHelper(lowers[afterCue] ?? '');
    if (gappedRelative && start > afterCue) start = afterCue;
    let relayEnd = 0;
    if (tokens[start]?.text === ',' && tailAt(lowers, start + 1)) start += 1 + tailAt(lowers, start + 1);
    else if (tokens[start]?.text === ',' && lowers[start + 1] === 'that') start++; // "He added, that ...".
    else if (tokens[start]?.text === ',' && /^(citing|quoting)$/.test(lowers[start + 1] ?? '')) {
      // "The Journal reported, citing people familiar with the matter, that ...": the relay is an aside.
      let close = start + 2;
      while (close < n && close - start < 14 && tokens[close].text !== ',') close++;
      if (tokens[close]?.text === ',' && lowers[close + 1] === 'that') start = relayEnd = close + 1;
    } else if (tokens[start]?.text === ',' && tokens[start + 1]?.word && !isCapitalized(tokens[start + 1])) {
      // "has claimed, without evidence, that ...", "said, in a rare interview, that ...": an aside
      // with no verb of its own between the cue and its "that".
      // "said, as he left the stage, that ...": a subordinate clause has a verb, and is an aside all the same.
      const subordinate = /^(as|when|while|after|before|because|since|although|though|if)$/.test(lowers[start + 1]);
      let close = start + 1;
      while (close < n && close - start <= 10 && tokens[close].word && (subordinate || (!isFiniteHelper(lowers[close]) && !pastVerb(tokens[close])))) close++;
      if (close > start + 1 && tokens[close]?.text === ',' && lowers[close + 1] === 'that') start = close + 1;
      // "says, win or lose in Tuesday's primary, he's staying in the race": an aside, then a clause
      // with its own subject; the aside is part of what is said, unless it tells when or where
      // ("said, in his view, the plan is dead").
      else if (close > start + 1 && tokens[close]?.text === ',' && v.ratio >= STRONG && TELLING_VERBS.has(v.lemma) && !/ing$/.test(lowers[start + 1]) && (opensClauseSubject(tokens[close + 1]) || /^(he|she|it|they|we|i|you)['’]/.test(lowers[close + 1] ?? '')) && !(verbCue(lowers[close + 2] ?? '') && lowers[close + 2] !== verbCue(lowers[close + 2] ?? '')?.lemma)) {
        start = CIRCUMSTANCE_START.has(lowers[start + 1]) || INVERTED_TAIL.has(lowers[start + 1]) ? close + 1 : start + 1;
      }
    }
    // "said — on Twitter, as it happens — that ...", "said -- again -- that": an aside between dashes.
    if (DASH.test(tokens[start]?.text ?? '') && !tokens[start].word) {
      let open = start;
      while (DASH.test(tokens[open + 1]?.text ?? '')) open++;
      let close = open + 1;
      while (close < n && close - open <= 12 && !DASH.test(tokens[close].text)) close++;
      while (DASH.test(tokens[close + 1]?.text ?? '')) close++;
      if (close > open + 1 && DASH.test(tokens[close]?.text ?? '') && lowers[close + 1] === 'that') start = close + 1;
    }
    let explicit = false;
    // "said to reporters that": a listener, like a time or a place, may stand before the "that".
    // "said in a letter to shareholders that": after the place words were put, anyone they went to.
    const listener = lowers[start] === 'to' && v.ratio >= STRONG && v.lemma !== 'add' && !!tokens[start + 1] && (OBJECT_PRONOUNS.has(lowers[start + 1]) || (DET.has(lowers[start + 1]) && !/^(that|this|these|those)$/.test(lowers[start + 1])) || isCapitalized(tokens[start + 1]) || cueEnd > i);
    // "said in a statement released Tuesday that": the statement's participle, then the "that".
    const describedTail = cueEnd > i && /ed$/.test(lowers[start] ?? '');
    if (INVERTED_TAIL.has(lowers[start] ?? '') || lowers[start] === 'without' || listener || describedTail) {
      // "argued for years that ...", "said on Jan. 5 that ...", but not "A report published Monday in
      // The Lancet found that": the "that" of another verb, nor "spoke on a base that overlooks the bay".
      for (let k = start + 1; k < Math.min(n, start + CIRCUMSTANCE_WORDS); k++) {
        if (isAbbrevDot(tokens, k)) continue;
        if (lowers[k] === 'that' && opensRelative(tokens, lowers, k)) break;
        // ("in a written statement released Monday that": a participle after the text it describes is no verb of its own.)
        const describesText = /ed$/.test(lowers[k]) && WRITTEN_IN.has(lowers[k - 1]);
        const otherVerb = !isCapitalized(tokens[k]) && !describesText && (verbCue(lowers[k])?.ratio ?? 0) >= WEAK && (/ed$/.test(lowers[k]) || IRREGULAR_PASTS.has(lowers[k]) || (/[^s]s$/.test(lowers[k]) && isCapitalized(tokens[k - 1])));
        if (!tokens[k].word || otherVerb) break;
        // Past a few words, only the place the words were put ("during a news conference at the state
        // Capitol on Monday") leaves the "that" to the cue: "promises from Clinton and other
        // candidates to support the volumes that Congress required" is a noun's relative clause.
        if (lowers[k] === 'that' && (k - start < 8 || lowers.slice(start, k).some((w) => WRITTEN_IN.has(w)))) {
          start = k;
          break;
        }
      }
    }
    if (speaksAbout && start === i + 1) {
      start++;
      explicit = true;
    } else if (/^(of|about)$/.test(lowers[start] ?? '') && v.ratio >= STRONG && !/^(say|tell|ask|write)$/.test(v.lemma)) start++; // "boasted of concessions"
    else if (lowers[start] === 'of' && /^(say|write)$/.test(v.lemma)) {
      // "said of the episode that he disliked it": whom or what it was said of comes before the clause.
      // ("said of that first session": right after "of", "that" points, it opens no clause.)
      for (let k = start + 2; k < Math.min(n, start + 9) && tokens[k].word && !isFiniteHelper(lowers[k]) && !pastVerb(tokens[k]); k++) {
        if (lowers[k] !== 'that' || pastAfterThat(tokens[k + 1])) continue;
        start = k;
        break;
      }
      // With no clause after what it was said of, the words are in the quote before the cue.
      if (lowers[start] === 'of' && start === i + 1 && tokens.slice(0, i).some((t) => CLOSE_MARK.test(t.text) && !t.word)) return null;
    }
    if (OBJECT_VERBS.has(v.lemma)) {
      let that = -1;
      // "told investors on a conference call that": a listener and a circumstance, but no verb of their own.
      // Only a listener stands before a telling verb's "that"; "called for the impeachment ... following
      // news that" and "blamed the media for ..." hold acts whose "that" is another's.
      const reach = LISTENER_VERBS.has(v.lemma) ? CIRCUMSTANCE_WORDS : 8;
      for (let k = start; k < Math.min(n, start + reach); k++) {
        // ("told a residents' meeting that": a plural's apostrophe stays in the listener.)
        if (pluralPossessiveAt(tokens, k)) continue;
        if (!tokens[k].word || lowers[k] === 'to' || (k > start && (isFiniteHelper(lowers[k]) || IRREGULAR_PASTS.has(lowers[k])))) break;
        // "accused the office of ignoring a report that recommended ...": a relative "that" of the object.
        if (lowers[k] === 'that' && opensRelative(tokens, lowers, k)) break;
        if (lowers[k] === 'that') {
          that = k;
          break;
        }
        // "asked the spokesman whether ...": the question after whom it was put to.
        if (v.lemma === 'ask' && k > start && QUESTION_OPENERS.test(lowers[k]) && lowers[k] !== 'about') {
          start = k;
          break;
        }
      }
      if (that >= 0) {
        start = that;
      } else if (LISTENER_VERBS.has(v.lemma)) {
        const run = properRunAfter(tokens, start, n);
        if (run) start = run.to;
        else if (OBJECT_PRONOUNS.has(lowers[start])) start++;
        else if (DET.has(lowers[start]) && tokens[start + 1]?.word) start += 2;
        // "told analysts the decision ...": a bare plural listener before a clause with its own subject.
        // "told police the driver ...": so is a plural with no -s.
        else if (tokens[start]?.word && !isCapitalized(tokens[start]) && (/[^s]s$/.test(lowers[start]) || /^(police|people|staff|media|press|children|men|women)$/.test(lowers[start])) && opensClauseSubject(tokens[start + 1])) start++;
        // "told local media they saw ...": a listener of two plain words before a pronoun subject.
        else if (tokens[start]?.word && tokens[start + 1]?.word && !isCapitalized(tokens[start]) && !verbCue(lowers[start]) && !verbCue(lowers[start + 1]) && /^(they|he|she|it|we|i)$/.test(lowers[start + 2] ?? '')) start += 2;
        start = skipForwardBetween(tokens, start, n, true);
        if (tokens[start]?.text === ',' && tailAt(lowers, start + 1)) start += 1 + tailAt(lowers, start + 1);
        // "told Zuma by telephone on Wednesday that ...": a circumstance after the listener.
        if (/^(by|in|on|at|via|over|during|through|after|before|from)$/.test(lowers[start] ?? '')) {
          for (let k = start + 1; k < Math.min(n, start + 8) && tokens[k].word; k++) {
            if (lowers[k] === 'that') {
              start = k;
              break;
            }
          }
        }
      }
    }
    // "Southern states that will hold contests", "the claims that were made": a verb right after
    // "that" opens a relative clause on a noun, not the content of a verb.
    const nounForm = NOUN_LIKE.has(v.lemma) && (lowers[i] === v.lemma || lowers[i] === v.lemma + 's');
    const verbAfterThat = lowers[start] === 'that' && (/^(will|would|have|has|had|are|were|is|was|can|could|may|might|must|should)$|[^e]ed$/.test(lowers[start + 1] ?? '') || IRREGULAR_PASTS.has(lowers[start + 1] ?? ''));
    if (verbAfterThat && nounForm && !PRONOUN.has(lowers[i - 1] ?? '') && !(pluralSubject && lowers[i] === v.lemma)) return null;
    // "his own copy notes written in the margins", "claims made by the company": a plural noun, then
    // a participle placing it, is the noun described; a verb would take a clause or an object.
    const describedPlural = lowers[i] === `${v.lemma}s` && (/[^e]ed$/.test(lowers[start] ?? '') || IRREGULAR_PASTS.has(lowers[start] ?? '') || IRREGULAR_PARTICIPLES.has(lowers[start] ?? '')) && /^(in|on|by|at|from|during|over|under|into|onto)$/.test(lowers[start + 1] ?? '');
    if (nounForm && describedPlural && !PRONOUN.has(lowers[i - 1] ?? '') && !isCapitalized(tokens[i - 1])) return null;
    // "the dozen states that vote", "one of only 10 states", "in coastal states": "states" is the noun
    // of US politics; as a verb its subject is a plain noun phrase ("The law states", "Officials state").
    if (v.lemma === 'state' && (/^\d|dozen$|-|(al|ern|ic)$|^(for|in|to|from|of|across|among|by|at|on|with)$/.test(lowers[i - 1] ?? '') || PLURAL_QUANTIFIERS.has(lowers[i - 1] ?? '') || sourceHead(lowers, src).some((w) => /^(of|in|with)$/.test(w)))) return null;
    // ("The office disputed that, writing on Facebook ...": "that" before a comma and a participle is what
    // was disputed, a pronoun; "said that, if elected, he would ..." goes on to its clause.)
    if (lowers[start] === 'that' && /^(dispute|deny|reject|contest|refute)$/.test(v.lemma) && (/^[;.]$/.test(tokens[start + 1]?.text ?? '') || (tokens[start + 1]?.text === ',' && /ing$/.test(lowers[start + 2] ?? '')))) return null;
    if (lowers[start] === 'that') {
      explicit = true;
      // "polls show that has reversed": after a verb, "that" before an auxiliary is the clause's subject.
      if (!(verbAfterThat && AUXILIARY.has(lowers[start + 1]))) start++;
    } else if (tokens[start] && (tokens[start].text === ':' || OPEN_MARK.test(tokens[start].text))) {
      explicit = true;
      if (tokens[start].text === ':') start++;
    }
    // "something a 911 caller told a dispatcher", "Everything Trump says is a lie": what was said is
    // the noun before the clause, so nothing after the verb reports it. "a probe the agency said was
    // ongoing" reports the probe's state: after a noun, a verb right after the cue opens the content.
    if (!explicit && objectGap && !(noPronounRelative && isFiniteHelper(lowers[start] ?? ''))) return null;
    // "Neither side has said what a deal might look like": a speaker denied by its subject says nothing.
    if (TELLING_VERBS.has(v.lemma) && /^(neither|nobody|none|no)$/.test(lowers[src.from]) && /^(what|when|whether|why|how|where|who|if)$/.test(lowers[start] ?? '')) return null;
    // "Not one of the 12 senators interviewed said they would vote for it", "None of them said ...":
    // what no one said is not reported as said.
    const noOne = /^(nobody|none)$/.test(lowers[src.from]) || (lowers[src.from] === 'no' && !!tokens[src.from + 1]?.word && !isCapitalized(tokens[src.from + 1])) || (lowers[src.from - 1] === 'not' && /^(one|a|any)$/.test(lowers[src.from]));
    if (TELLING_VERBS.has(v.lemma) && noOne) return null;
    // "agreed to participate", not "agreed to this use".
    const infinitive = lowers[start] === 'to' && INFINITIVE_VERBS.has(v.lemma) && !!tokens[start + 1]?.word && !isCapitalized(tokens[start + 1]) && !DET.has(lowers[start + 1]) && !PRONOUN.has(lowers[start + 1]) && !/^\d/.test(lowers[start + 1]);
    if (v.lemma === 'tell') {
      // "told a joke to reporters", "told the story to police": the thing told, then whom to; nothing said is given.
      // ("told the committee to reject the bill" tells it to act.)
      const toListener = DET.has(lowers[cueEnd + 4] ?? '') || isCapitalized(tokens[cueEnd + 4] ?? tokens[i]) || OBJECT_PRONOUNS.has(lowers[cueEnd + 4] ?? '') || /[^s]s$|^(police|staff|media|press)$/.test(lowers[cueEnd + 4] ?? '');
      if (!explicit && DET.has(lowers[cueEnd + 1] ?? '') && tokens[cueEnd + 2]?.word && lowers[cueEnd + 3] === 'to' && toListener && !tokens.slice(cueEnd + 3, n).some((t) => t.lower === 'that' || OPEN_MARK.test(t.text))) return null;
      // "told French television station BFMTV.": a listener and nothing said after it.
      const saysNothing = tokens.slice(start, n).every((t) => !OPEN_MARK.test(t.text) && !/^(that|how|what|whether|why|when|where|if|to|not)$/.test(t.lower) && !isFiniteHelper(t.lower) && !IRREGULAR_PASTS.has(t.lower) && !/(ed|['’]s)$/.test(t.lower));
      // 'told "Fox and Friends."': only a name in title case follows, quoted or not.
      const restWords = tokens.slice(start, n).filter((t) => t.word);
      const onlyName = restWords.length <= 5 && restWords.every((t) => isCapitalized(t) || /^(and|of|the|in|on|for|a)$/.test(t.lower));
      if ((!explicit && saysNothing) || ((!explicit || OPEN_MARK.test(tokens[start]?.text ?? '')) && onlyName)) return null;
    }
    // "a program called Sandy Hook Promise", "a 70-year-old named Joe Barnes", "Obama called Naghmeh
    // Abedini": a name given or a number rung, not a name called someone ("called Clinton a liar" has
    // a second object).
    if ((v.lemma === 'call' || (v.lemma === 'name' && !PRONOUN.has(lowers[i - 1] ?? ''))) && isCapitalized(tokens[start] ?? tokens[i])) {
      const run = properRunAfter(tokens, start, n);
      const after = run ? tokens[run.to] : undefined;
      if (run && run.from === start && (!after || /^[.!?;]$/.test(after.text) || (v.lemma === 'name' && after.text === ',') || /^(at|in|on|for|from|with|after|before|during|last|this)$/.test(after.lower))) return null;
    }
    // "He shrugs when asked about the contract": after a weak cue that is no verb of telling, a reduced
    // clause of time says when, not what ("said if elected he would ..." tells what).
    if (!explicit && !TELLING_VERBS.has(v.lemma) && v.ratio < 0.5 && /^(when|while|after|before|once|until|if)$/.test(lowers[start] ?? '') && (pastVerb(tokens[start + 1]) || /ing$/.test(lowers[start + 1] ?? ''))) return null;
    // "reported from Los Angeles", "reported to Louis B. Mayer": where a reporter worked, or whom one answered to.
    if (v.lemma === 'report' && /^(from|to)$/.test(lowers[start] ?? '') && isCapitalized(tokens[start + 1] ?? tokens[start])) return null;
    // "reported for duty", "wrote a book about the war": turning up, or the writing itself, with no
    // words of it given.
    if (v.lemma === 'report' && lowers[start] === 'for') return null;
    if (v.lemma === 'write' && !explicit && DET.has(lowers[start] ?? '') && WRITTEN_IN.has(lowers[start + 1] ?? '') && !tokens.slice(start, n).some((t) => t.lower === 'that' || t.text === ':' || OPEN_MARK.test(t.text) || (t.lower.endsWith('ing') && !!verbCue(t.lower)))) return null;
    // "maintained an energetic pace": keeping, not claiming; a claim is a clause or a stance.
    if (v.lemma === 'maintain' && !explicit && !finiteClauseAt(s, start) && !lowers.slice(start, start + 3).some((w) => /^(innocence|position|stance|view|silence)$/.test(w))) return null;
    // "net worth declined from 1989 to 2013" is no refusal, and "declined comment" or "declined an
    // interview" withholds words: only "declined to" + an act is read (WITHHELD_SPEECH).
    if (v.lemma === 'decline' && lowers[start] !== 'to') return null;
    // 'wrote the guide "Kick the Tyres."': a work and its title are what was written, not what was said.
    // ('called the report "a whitewash"' names it: the words are the caller's.)
    if (v.lemma !== 'call' && DET.has(lowers[start] ?? '') && TITLE_NOUNS.has(lowers[start + 1] ?? '') && OPEN_MARK.test(tokens[start + 2]?.text ?? '') && /^[\p{Lu}\d]/u.test(text.slice(tokens[start + 2].end).trimStart())) return null;
    // "said in a statement provided to POLITICO.": the participle describes the statement.
    // ("said in a report published on Monday.": so with a time or a place.)
    if ((/ed$/.test(lowers[start] ?? '') || IRREGULAR_PARTICIPLES.has(lowers[start] ?? '')) && /^(to|by|on|in|at|last|this|earlier|late|yesterday|today)$/.test(lowers[start + 1] ?? '') && cueEnd > i && wordsBetween(tokens, start, n, 7) <= 6) return null;
    // "Employers added 150,000 jobs", "He added 20 points": a number "added" with no verb after it is
    // a quantity, not words ("added that 150 jobs would go" has its own).
    const countAt = /^(around|about|nearly|almost|roughly|some|over|just|only)$/.test(lowers[start] ?? '') ? start + 1 : start;
    // ("admitted 60 patients", "ordered 18 aircraft", "drew 46 percent", "seized 73 dogs", "claimed 90,000
    // kroner in expenses": people, goods, votes and money counted in, no words.)
    // ("ordered 300 troops to Cameroon" is an order given.)
    const sentTo = lowers.slice(countAt, countAt + 8).includes('to');
    if ((v.lemma === 'add' || v.lemma === 'admit' || v.lemma === 'draw' || v.lemma === 'seize' || v.lemma === 'claim' || (v.lemma === 'order' && !sentTo)) && !explicit && /^\d/.test(lowers[countAt] ?? '') && !finiteClauseAt(s, countAt)) return null;
    // "The creamery has recalled all of its products", "Crestline Bakeries is recalling three varieties
    // of bread", "called off its search": goods a body or a count takes back, and a search ended.
    // (A person recalls "an incident", "her days as secretary of state": what they tell of it.)
    const goods = () => recallsGoods(lowers, start - 1) || (src.to - src.from >= 2 && classifySource(text.slice(tokens[src.from].start, tokens[src.to - 1].end)).type === 'named-organization');
    if (v.lemma === 'recall' && !explicit && tokens[start]?.word && goods() && !finiteClauseAt(s, start)) return null;
    if (v.lemma === 'call' && /^(?:off|up)$/.test(lowers[start] ?? '')) return null;
    // "All told, the company has closed 40 pubs": a sum, not a telling.
    if (lowers[i] === 'told' && lowers[i - 1] === 'all' && (i === 1 || !tokens[i - 2]?.word)) return null;
    // "asked few questions of the government", "agreed to an amendment", "determines how much of a
    // product ...": questions put, terms accepted and a rule's reach are no words reported.
    if (v.lemma === 'ask' && !explicit && !QUESTION_OPENERS.test(lowers[start] ?? '') && lowers.slice(start, start + 3).some((w) => /^questions?$/.test(w))) return null;
    if (v.lemma === 'agree' && lowers[start] === 'to' && DET.has(lowers[start + 1] ?? '')) return null;
    if (v.lemma === 'determine' && QUESTION_OPENERS.test(lowers[start] ?? '') && /^(which|that)$/.test(lowers[i - 1] ?? '')) return null;
    // "believe others may have been involved": an indefinite pronoun with a verb of its own opens a clause ("painting others as weak" holds none).
    // ("said organisers were disappointed": after a verb of saying, thinking or finding, a bare plural
    // with its own verb opens one too.)
    const clause = tokens[start] && (CLAUSE_STARTERS.has(lowers[start]) || isCapitalized(tokens[start]) || /^\d/.test(lowers[start]) || ((INDEFINITE.has(lowers[start]) || ((v.ratio >= STRONG || COGNITION.has(v.lemma) || FINDING_VERBS.has(v.lemma)) && /[^s]s$/.test(lowers[start]))) && finiteClauseAt(s, start)));
    // "Schweizer notes the foundation hid ...": right after a bare name or a pronoun, "notes" is a verb.
    const bareSubject = src.to === skipBackBetween(tokens, i - 1) + 1 && !DET.has(lowers[src.from]) && (PRONOUN.has(lowers[src.from]) || tokens.slice(src.from, src.to).every((t, k) => isCapitalized(t) || isAbbrevDot(tokens, src.from + k)));
    // ("Critics call the plan a "land grab"": calling a thing a name, after a plural subject, is a verb.)
    const naming = v.lemma === 'call' && lowers[i] === 'call' && pluralSubject && DET.has(lowers[start] ?? '') && tokens.slice(start + 1, start + 6).some((t, k) => (/^(a|an)$/.test(t.lower) && k > 0) || (OPEN_MARK.test(t.text) && !t.word));
    const nounLike = NOUN_LIKE.has(v.lemma) && (lowers[i] === v.lemma || lowers[i] === v.lemma + 's') && !(bareSubject && lowers[i] === v.lemma + 's') && !verbBeforeClause && !verbAfterDescribedSubject(s, i) && !naming;
    // A named or pronoun speaker with a verb that is often a cue (stances: "Trump attacked the
    // plan") counts with any object; PolNeAR annotates these.
    const namedSpeaker = isCapitalized(tokens[src.to - 1]) || PRONOUN.has(lowers[src.from]);
    const stance = namedSpeaker && v.ratio >= MID && !nounLike && tokens[start]?.word === true;
    // "Many economists believe inflation has peaked", "some fear that ...": a group's belief is
    // reported too (GUIDELINES §1, vague), when a finite clause follows.
    const groupThought = !namedSpeaker && COGNITION.has(v.lemma) && !/^(who|which|that)$/.test(lowers[src.from]) && !IRREGULAR_PASTS.has(lowers[src.to - 1]) && !/ed$/.test(lowers[src.to - 1]) && (explicit || finiteClauseAt(s, start)) && UNNAMED_TYPES.has(classifySource(text.slice(tokens[src.from].start, tokens[src.to - 1].end)).type);
    const thought = (groupThought || (namedSpeaker && !!clause)) && COGNITION.has(v.lemma) && !/^(what|how|why|it)$/.test(lowers[start] ?? '');
    // "seemed like a spent force", "which appear to be": a copula reports only a named speaker's "to",
    // and leaves "appeared to acknowledge that" to the reporting verb after it.
    if (COPULAR.has(v.lemma) && !(infinitive && namedSpeaker && !/^(who|which)$/.test(lowers[src.from]))) return null;
    if (COPULAR.has(v.lemma) && !isCapitalized(tokens[start + 1]) && (verbCue(lowers[start + 1] ?? '')?.ratio ?? 0) >= STRONG) return null;
    // "the message echoed by officials": a passive participle ("say that by imposing rules, the city ..." opens a clause).
    if (lowers[start] === 'by' && !explicit) return null;
    if (v.lemma === 'say' && SAY_IDIOMS.some((idiom) => idiom.every((word, k) => lowers[start + k] === word))) return null;
    if (lowers[i] === 'said' && lowers[i + 1] === 'than') return null; // "easier said than done"
    // "pleaded not guilty and called ...": a plea with no charge named reports nothing ("pleaded guilty
    // to fraud" does, as PolNeAR annotates it).
    const plea = afterCue + (lowers[afterCue] === 'not' ? 1 : 0);
    if (v.lemma === 'plead' && /^(guilty|innocent)$/.test(lowers[plea] ?? '') && !lowers.slice(plea + 1, plea + 5).includes('to')) return null;
    // "pleaded not guilty to all charges": the plea keeps its "not".
    if (v.lemma === 'plead' && plea > afterCue && start === plea) start = afterCue;
    if (v.lemma === 'add' && lowers[start] === 'to') return null; // "adding to the strain"
    // "A new poll shows Clinton ahead", "the study found most ...": documents report findings.
    // "Inspectors found pupils were not safe": people whose work is finding out, with a clause after.
    const investigatorsFind = v.lemma === 'find' && lowers[i] !== 'finding' && !!src && /(?:tors|ers|ists|ians)$/.test(lowers[src.to - 1]) && (!isCapitalized(tokens[src.to - 1]) || src.to - 1 === pastConnective(tokens, 0)) && finiteClauseAt(s, start);
    const finding = (documentFinds && (!!clause || wordsBetween(tokens, start, n, 3) >= 3)) || investigatorsFind;
    // "the pope called for an end to the fighting": a public demand, whoever makes it.
    const callFor = v.lemma === 'call' && !nounLike && lowers[start] === 'for' && !!tokens[start + 1]?.word;
    const accepted = stance || thought || finding || callFor || (explicit || infinitive || nounLike ? explicit || infinitive : (v.ratio >= STRONG && clause) || (v.ratio >= STRONG && lowers[start] !== 'of' && lowers[start] !== 'for' && tokens[start]?.word));
    // What the rules do not accept on their own goes to the learned model (cue-model.ts).
    let tentative = !accepted || v.ratio < WEAK;
    let stop = contentStop(s, start + 1);
    // ("A study that found people who ate breakfast lost weight has been retracted": a relative clause
    // on the sentence's subject ends where the sentence's own verb comes.)
    if (relativeText && (phraseBefore(tokens, src.from - 1)?.from ?? n) <= pastConnective(tokens, 0)) stop = nounClauseEnd(s, start, stop);
    // "The deal, which the company said was worth $2 billion, will close": the relative clause
    // ends at its comma.
    if (/^(which|that)$/.test(lowers[src.from - 1] ?? '') && tokens[src.from - 2]?.text === ',') {
      const comma = tokens.findIndex((t, k) => k > start && k < stop && t.text === ',');
      if (comma > 0) stop = comma;
    }
    // "The bill, which passed the House in May, calls for ...": when the source is the relative
    // pronoun, its clause ends at the comma before the main clause's verb.
    // "Protesters, many of whom said they had never marched before, gathered ...": so does a share of those.
    const shareOfRelative = /^(whom|which)$/.test(lowers[src.to - 1]) && lowers[src.to - 2] === 'of' && tokens[src.from - 1]?.text === ',';
    if ((/^(which|who)$/.test(lowers[src.from]) && src.to === src.from + 1 && tokens[src.from - 1]?.text === ',') || shareOfRelative) {
      const mainVerb = (w: string) => /^(is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$|[^s]s$|[^e]ed$/.test(w) || IRREGULAR_PASTS.has(w);
      // "who suggested that Mr. Jager, under fire, would ...": a "that" clause has its own verb before the comma.
      const ownVerbBefore = (k: number) => !explicit || tokens.slice(start, k).some((t) => AUXILIARY.has(t.lower) || IRREGULAR_PASTS.has(t.lower) || /[^e]ed$/.test(t.lower));
      const comma = tokens.findIndex((t, k) => k > start && k < stop && t.text === ',' && !!tokens[k + 1]?.word && !isCapitalized(tokens[k + 1]) && mainVerb(lowers[k + 1]) && ownVerbBefore(k));
      if (comma > 0) stop = comma;
    }
    // "Analysts who expect the bank to cut rates said ...": a restrictive relative clause ends
    // where the main clause's own verb comes.
    if (lowers[src.from] === 'who' && tokens[src.from - 1]?.text !== ',') {
      const main = tokens.findIndex((t, k) => k > start && k < stop && !isCapitalized(t) && (verbCue(t.lower)?.ratio ?? 0) >= STRONG && !t.lower.endsWith('ing') && !/^(to|will|would|could|might|may|can|should|must|not)$/.test(lowers[k - 1]) && !insideQuote(t.start));
      if (main > 0) stop = main;
    }
    if ((stance || tentative) && !thought && !explicit && !(v.ratio >= STRONG && clause)) {
      // "likened RT to the BBC, which ...", "praised his work but also ...": a stance's object
      // ends where a new clause starts.
      // "not just a few stars, but the moon": the "but" belongs to the object's "not just".
      const notOnly = lowers[start] === 'not' && /^(just|only|merely|simply)$/.test(lowers[start + 1] ?? '');
      for (let k = start + 1; k < stop; k++) {
        const next = lowers[k + 1] ?? '';
        if (notOnly && (next === 'but' || lowers[k] === 'but')) continue;
        // ", with press secretary X calling it ...": an absolute phrase with its own participle is the writer's.
        const absolute = next === 'with' && tokens.slice(k + 2, k + 9).some((t) => t.word && !isCapitalized(t) && /ing$/.test(t.lower) && t.lower.length > 5) && !tokens.slice(k + 2, k + 9).some((t) => t.text === ',');
        // ("said small companies, which are more exposed to rates, were likely to ...": a relative clause
        // closed before a verb of its own is inside the subject of a clause.)
        // ("questioned whether the approach, which focused on screening, was sufficient": so is one inside a question.)
        if (tokens[k].text === ',' && /^(which|who)$/.test(next) && (v.ratio >= STRONG || /^(whether|how|why|what|that)$/.test(lowers[start] ?? '')) && relativeThenVerb(s, k + 1)) continue;
        if ((tokens[k].text === ',' && (/^(which|who|but|and|especially|including|in|as|after|while|when|where|because|although)$/.test(next) || absolute)) || lowers[k] === 'but' || tokens[k].text === ';') {
          stop = k;
          break;
        }
      }
    }
    // "The hospital confirmed the death but gave no details", "Two officials confirmed the strike to
    // The Associated Press": what is confirmed or denied as a bare object ends at the next act, and
    // the outlet it was told to is the via.
    // So does any bare object: 'called her "third-rate" and boycotted the debate'.
    let objectVia: Span | undefined;
    if (!explicit) {
      for (let k = start + 1; k < stop; k++) {
        // A verb of its own first makes a clause ("denied the report was true"), read as it is.
        if (isFiniteHelper(lowers[k]) || pastVerb(tokens[k])) break;
        // A bare -ed word may be an adjective ("a bigoted and reckless showman"): a verb takes an object.
        const actAfter = pastVerb(tokens[k + 1]) && (PROPOSITION_OBJECT.has(v.lemma) || !tokens[k + 2]?.word || DET.has(lowers[k + 2]) || PRONOUN.has(lowers[k + 2]) || isCapitalized(tokens[k + 2]) || /^(to|for|with|on|at|in|out|up|back|off)$/.test(lowers[k + 2]));
        if (/^(but|and)$/.test(lowers[k]) && actAfter) {
          stop = k;
          break;
        }
        if (!PROPOSITION_OBJECT.has(v.lemma)) continue;
        const told = lowers[k] === 'to' && !!tokens[k + 1] && isCapitalized(tokens[k + 1]) ? phraseAfter(tokens, k + 1, stop) : null;
        if (told && isOutlet(text.slice(tokens[told.from].start, tokens[told.to - 1].end))) {
          objectVia = spanOf(tokens, told);
          stop = k;
          break;
        }
      }
    }
    // "vowed not to repeat the mistake": the negation is part of what was vowed.
    const negatedInfinitive = infinitive && start - 1 > cueEnd && /^(not|never)$/.test(lowers[start - 1]);
    // "Asked whether ..., Wagner said no.", "75 percent of Democrats said yes, but ...": a one-word answer.
    const answer = /^(yes|no)$/.test(lowers[start] ?? '') && /^(say|answer|reply|respond)$/.test(v.lemma) && !tokens[start + 1]?.word && !OPEN_MARK.test(tokens[start + 1]?.text ?? '');
    const content = answer ? spanOf(tokens, { from: start, to: start + 1 }) : contentTo(tokens, negatedInfinitive ? start - 1 : start, stop);
    if (!content) return null;
    if (!explicit && !infinitive) {
      // "claimed responsibility, the ...": an object, not a reported clause, unless the model says so.
      let words = 0;
      for (let k = start; k < n && tokens[k].text !== ';'; k++) {
        if (tokens[k].text === ',') {
          const after = appositiveBeforeVerb(s, k);
          if (after < 0) break;
          k = after - 1;
        } else if (tokens[k].word) words++;
      }
      // "Acme said profits fell": two words are a clause when the second is a verb of the past.
      // ("a decision Hale said was wrong": in a relative clause the verb opens it, its subject the noun before.)
      const shortClause = (words === 2 && !DET.has(lowers[start]) && !PRONOUN.has(lowers[start]) && (IRREGULAR_PASTS.has(lowers[start + 1] ?? '') || /[^e]ed$/.test(lowers[start + 1] ?? ''))) || (gappedRelative && start === afterCue && words === 2);
      if (answer) rule += ' + answer';
      else if (words < 3 && !shortClause) tentative = true;
      else rule += ' + clause';
    }
    // The guidelines count reported speech and belief, not actions: a bare object ("ordered a
    // strike") is never a candidate, only a clause, an infinitive or an explicit "that".
    // Intentions ("plans to sign") are not said or believed.
    // "The adviser has denied any wrongdoing": a denial's object is what it denies.
    if (tentative && PROPOSITION_OBJECT.has(v.lemma) && !nounLike && !!tokens[start]?.word && !isCapitalized(tokens[start]) && !/^(to|this|that|it)$/.test(lowers[start])) tentative = false;
    // "Local officials put the death toll at 11", "puts the cost at $2 billion": an estimate.
    const estimate = /^(put|peg|place|estimate)$/.test(v.lemma) && lowers.slice(start + 1, stop).some((w, k) => w === 'at' && /^(\d|\$|about|around|nearly|more|less|least|some|roughly|over|under)/.test(lowers[start + k + 2] ?? ''));
    if (estimate) tentative = false;
    // "Ted Cruz thinks Rubio's status in Florida is weak": after a verb of thinking, a possessive opens
    // a clause when a verb of its own follows ("praised Rubio's speech" holds none).
    // ("Many fans believe the owner, not the manager, is to blame": its subject may carry an aside before the verb.)
    const subjectComma = tokens.findIndex((t, k) => k > start && k <= start + 4 && t.text === ',');
    const thoughtClause = COGNITION.has(v.lemma) && !!clause && (finiteClauseAt(s, start) || (subjectComma > 0 && tokens.slice(start, subjectComma).every((t) => t.word) && appositiveBeforeVerb(s, subjectComma) > 0));
    if (tentative && !(explicit || (infinitive && !INTENTION_VERBS.has(v.lemma)) || (!!clause && clauseStart(s, start)) || thoughtClause)) return null;
    // "who has known her since they trained together": knowing someone since or for a time holds none either.
    if (v.lemma === 'know' && !explicit && (OBJECT_PRONOUNS.has(lowers[start] ?? '') || isCapitalized(tokens[start] ?? tokens[i])) && /^(since|for|well|from)$/.test(lowers[start + 1] ?? '')) return null;
    // "She knew the victim well", "who knew the family": knowing someone or somewhere holds no content.
    const knownClause = explicit || lowers.slice(start, start + 4).includes('that') || tokens.slice(start, stop).some((t) => !isCapitalized(t) && (isFiniteHelper(t.lower) || pastVerb(t) || /[^s]s$/.test(t.lower) && t.lower.length > 3 && !!verbCue(t.lower)));
    if (v.lemma === 'know' && !knownClause && !/^(how|why|what|whether|who|when|where|if)$/.test(lowers[start] ?? '')) return null;
    if (tentative) {
      const features = cueFeatures({
        lemma: v.lemma,
        ratio: v.ratio,
        form: lowers[i],
        before: lowers[b] ?? '',
        after: tokens[afterCue] ? (isCapitalized(tokens[afterCue]) ? tokens[afterCue].text : lowers[afterCue]) : '',
        sourceKind: /^(who|which)$/.test(lowers[src.from]) || (lowers[src.from] === 'that' && src.to - src.from === 1) ? 'relative' : PRONOUN.has(lowers[src.from]) && src.to - src.from === 1 ? 'pronoun' : isCapitalized(tokens[src.to - 1]) ? 'name' : 'common',
        sourceWords: src.to - src.from,
        explicit,
        infinitive,
        clause: !!clause,
        nounLike,
        namedSpeaker,
        contentWords: wordsBetween(tokens, start, stop),
        quoted: OPENING_MARK_IN.test(text.slice(content.start, content.end)),
      });
      const score = scoreCue(features);
      if (score < options.cueThreshold) return null;
      rule += ` (learned cue score ${score.toFixed(2)}: ${strongestFeatures(features).map(describeFeature).join('; ') || 'no strong feature'})`;
      return { draft: { content, kind: 'indirect', source: spanOf(tokens, src), cue: cueSpan, sentence, rule, antecedent: antecedentOf(s, src), strength: v.ratio, model: { score, features } }, skipTo: Math.max(cueEnd + 1, relayEnd) };
    }
    return { draft: { content, kind: 'indirect', source: spanOf(tokens, src), cue: cueSpan, sentence, rule, antecedent: antecedentOf(s, src), strength: v.ratio, via: objectVia }, skipTo: Math.max(cueEnd + 1, relayEnd) };
  }

  /**
   * "The group issued a statement saying ...": whether a text its subject put out stands before the
   * participle at `i` (`b` is the word before it), past what kind of text or how much ("an internal memo",
   * "a $40 million lawsuit") and when and where it was put out ("filed a complaint with the commission on
   * Tuesday alleging"). ("The family received a letter saying ...": only one who put the text out says it.)
   */
  function textPutOutBefore(s: Sentence, b: number, i: number): boolean {
    const { tokens, lowers } = s;
    const circumstance = (k: number) => tokens[k].word && (PUT_OUT_CIRCUMSTANCE.test(lowers[k]) || WEEKDAY.test(lowers[k]) || isCapitalized(tokens[k]) || (lowers[k - 1] === 'the' && !PUT_OUT_TEXTS.has(lowers[k])));
    if (!tokens.slice(b + 1, i).every((_, k) => circumstance(b + 1 + k))) return false;
    let textAt = b;
    while (textAt > i - 8 && textAt > 0 && !PUT_OUT_TEXTS.has(lowers[textAt]) && circumstance(textAt)) textAt--;
    if (textAt <= 0 || !PUT_OUT_TEXTS.has(lowers[textAt])) return false;
    let detAt = textAt - 1;
    while (detAt > textAt - 5 && detAt > 0 && !DET.has(lowers[detAt]) && (tokens[detAt].text === '$' || /^(?:\d[\d.,]*|million|billion)$/.test(lowers[detAt]) || (tokens[detAt].word && !isCapitalized(tokens[detAt]) && !verbCue(lowers[detAt]) && !pastVerb(tokens[detAt])))) detAt--;
    const putOut = (k: number) => PUTTING_OUT.test(lowers[k] ?? '') || (lowers[k] === 'out' && /^(put|puts|sent)$/.test(lowers[k - 1] ?? ''));
    return detAt >= 1 && DET.has(lowers[detAt]) && !isCapitalized(tokens[detAt - 1]) && putOut(detAt - 1);
  }

  /** "Fiona Parry issued a plea for people to stay away", "X delivered a clear message: '...'". */
  function readSpeechAct(s: Sentence, i: number): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    const n = tokens.length;
    let k = i + 1;
    if (DET.has(lowers[k] ?? '')) k++;
    let noun = -1;
    for (let j = k; j < Math.min(n, k + 3) && tokens[j].word; j++) {
      if (SPEECH_ACT_NOUN_SET.has(lowers[j])) {
        noun = j;
        break;
      }
    }
    if (noun < 0) return null;
    // The content follows "for", "that", "to" or a colon, past a listener ("to Hamas leaders").
    let at = noun + 1;
    if (lowers[at] === 'to' && tokens[at + 1] && (isCapitalized(tokens[at + 1]) || DET.has(lowers[at + 1]))) {
      const listener = phraseAfter(tokens, at + 1, n);
      if (listener) at = listener.to;
    }
    const mark = tokens[at]?.text === ':' ? ':' : /^(for|that|to)$/.test(lowers[at] ?? '') ? lowers[at] : null;
    if (!mark) return null;
    // GUIDELINES §1 keeps "for ..." and "to ..." with the content, not "that" or a colon.
    const from = mark === 'for' || mark === 'to' ? at : at + 1;
    const src = sourceBefore(s, i);
    if (!src) return null;
    const cue = { start: tokens[i].start, end: tokens[noun].end };
    const rule = `speech act "${text.slice(cue.start, cue.end)}"`;
    const quote = mark === ':' ? quoteOpeningAt(tokens[from]) : undefined;
    if (quote) {
      consumed.add(quote);
      return { draft: { content: { start: quote.start, end: quote.end }, kind: 'direct', source: spanOf(tokens, src), cue, sentence: s.span, rule, antecedent: antecedentOf(s, src), strength: 1 }, skipTo: n };
    }
    const stop = contentStop(s, from + 1);
    // ("issued a blizzard warning for the upper Sable Valley through noon Tuesday": where a warning holds, not what it says.)
    const scope = mark === 'for' && /^(warning|watch|advisory|alert)s?$/.test(lowers[noun]) && (DET.has(lowers[at + 1] ?? '') || isCapitalized(tokens[at + 1] ?? tokens[at])) && !lowers.slice(at + 1, stop).includes('to');
    const content = scope ? null : contentTo(tokens, from, stop);
    if (!content) return null;
    return { draft: { content, kind: 'indirect', source: spanOf(tokens, src), cue, sentence: s.span, rule, antecedent: antecedentOf(s, src), strength: STRONG }, skipTo: from };
  }

  /**
   * A passive's "by X" at `at` ("seen by many as", "asked by the moderator if"): X and the token after
   * it, no agent when "by" is not there, and null when "by" names nothing.
   */
  function agentAt(s: Sentence, at: number): { src: TokenRange | null; next: number } | null {
    if (s.lowers[at] !== 'by') return { src: null, next: at };
    const src = phraseAfter(s.tokens, at + 1, s.tokens.length);
    if (!src) return null;
    // "seen by Reuters shows the ministry planned": the agent ends at the sentence's own verb.
    const verb = s.tokens.findIndex((t, k) => k > src.from && k < src.to && t.word && !isCapitalized(t) && (isFiniteHelper(t.lower) || IRREGULAR_PASTS.has(t.lower) || !!verbCue(t.lower)));
    return verb > 0 ? { src: { from: src.from, to: verb }, next: verb } : { src, next: src.to };
  }

  /** "X saw it as Y", "Y, seen by many as Z": a view attributed to whoever holds it. */
  function readSeenAs(s: Sentence, i: number, b: number, cueText: string): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    const n = tokens.length;
    const agent = agentAt(s, i + 1);
    if (!agent) return null;
    let { src, next: as } = agent;
    if (!src && b >= 0 && tokens[b].word && !BE.has(lowers[b])) src = phraseBefore(tokens, b);
    // "Critics see the plan as a giveaway": the object is part of the view.
    let from = as + 1;
    let cueEnd = as;
    const passive = tokens.slice(b + 1, i).some((t) => BE.has(t.lower));
    if (lowers[as] !== 'as' && lowers[i + 1] !== 'by' && !passive && !/ing$/.test(lowers[as] ?? '')) {
      const object = phraseAfter(tokens, as, n);
      if (object && lowers[object.to] === 'as') {
        from = as;
        cueEnd = i;
        as = object.to;
      }
    }
    if (lowers[as] !== 'as') return null;
    // "as he left", "as soon as": a conjunction, not the view.
    if (PRONOUN.has(lowers[as + 1] ?? '') || /^(soon|well|long|much|many|far|if|though|part)$/.test(lowers[as + 1] ?? '')) return null;
    if (src && /^(i|you|we)$/.test(lowers[src.from]) && src.to - src.from === 1) return null; // the writer
    let stop = n;
    for (let k = as + 1; k < n; k++) if (tokens[k].text === ',' || tokens[k].text === ';') { stop = k; break; }
    const content = contentTo(tokens, from, stop);
    if (!content) return null;
    const cue = { start: tokens[i].start, end: tokens[cueEnd].end };
    return { draft: { content, kind: 'indirect', source: src ? spanOf(tokens, src) : null, cue, sentence: s.span, rule: `view "${cueText} ... as"`, strength: 0.6, keepNested: true }, skipTo: as + 1 };
  }

  /**
   * "Asked by Senator Reed whether he would run, ...", "Ms. Ode noted ... and asked whether ...": a
   * question put by someone the article names. The answer that follows is its own attribution.
   */
  function readPutQuestion(s: Sentence, i: number): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    if (lowers[i] !== 'asked') return null;
    const prev = lowers[i - 1];
    if (!(i === 0 || tokens[i - 1].text === ',' || /^(when|whenever|after|once|if|was|were|is|are|been|being|and|but)$/.test(prev ?? ''))) return null;
    const agent = agentAt(s, i + 1);
    if (!agent) return null;
    let { src, next: at } = agent;
    // "Asked during a January debate why ...", "Asked in Iowa recently whether ...": when and where
    // the question was put comes first.
    if (!QUESTION_OPENERS.test(lowers[at] ?? '') && WHEN_OR_WHERE.test(lowers[at] ?? '')) {
      let k = at + 1;
      while (k < tokens.length && k - at <= 8 && tokens[k].word && !QUESTION_OPENERS.test(lowers[k])) k++;
      if (QUESTION_OPENERS.test(lowers[k] ?? '') && !tokens.slice(at, k).some((t) => isFiniteHelper(t.lower) || PRONOUN.has(t.lower))) at = k;
    }
    if (!QUESTION_OPENERS.test(lowers[at] ?? '')) return null;
    // "Thomas Wiegold ... noted that ... and asked whether ...": the subject asks, in the active voice.
    if (!src && prev === 'and' && !BE.has(lowers[i - 2] ?? '')) src = subjectBefore(s, i - 1);
    // "Asked about the discrepancy, a spokesman said": a question nobody is named for is the reporter's,
    // the writer's side of the page, as "when I asked him how many minds he had changed" is; only the
    // answer is attributed.
    if (!src) return null;
    const from = lowers[at] === 'about' ? at + 1 : at;
    // "Asked about it, ...": a question about what was just said reports nothing new.
    if (lowers[at] === 'about' && /^(it|this|that|them|him|her|these|those)$/.test(lowers[from] ?? '')) return null;
    let stop = contentStop(s, from + 1);
    for (let k = from + 1; k < stop; k++) if (tokens[k].text === ',' || tokens[k].text === ':') { stop = k; break; }
    const content = contentTo(tokens, from, stop);
    if (!content || wordsBetween(tokens, from, stop, 2) < 2) return null;
    const cue = { start: tokens[i].start, end: tokens[lowers[at] === 'about' ? at : i].end };
    return { draft: { content, kind: 'indirect', source: src ? spanOf(tokens, src) : null, cue, sentence: s.span, rule: `question put, "asked ${lowers[at]}"`, strength: 1, keepNested: true }, skipTo: from };
  }

  /** The participle of a passive whose auxiliary is at `be`: past "been" and adverbs ("is widely seen"). */
  function participleAfter(s: Sentence, be: number): number {
    let i = be + 1;
    while (i < s.tokens.length && (BE.has(s.lowers[i]) || (s.tokens[i].word && /ly$/.test(s.lowers[i]) && !isCapitalized(s.tokens[i])))) i++;
    return i;
  }

  /** A main (not nested) quotation whose opening mark is token `t`. */
  function quoteOpeningAt(t: Token | undefined): Quote | undefined {
    return t ? quotes.find((q) => q.open === t.start && !q.nested) : undefined;
  }

  /**
   * "was quoted as saying", "was quoted by the Times as saying", "is reported to have said", "is said
   * to have told aides that": the subject spoke; the passive only says how the writer heard it, and a
   * "by X" there is the outlet it came through.
   */
  function readQuotedAs(s: Sentence, be: number): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    const n = tokens.length;
    const i = participleAfter(s, be);
    let speech: number;
    let via: TokenRange | null = null;
    // "Reporters were told by a spokesman that ...": the agent speaks, the subject listens.
    if (/^(told|informed|assured|warned|reminded)$/.test(lowers[i] ?? '') && lowers[i + 1] === 'by') {
      const agent = agentAt(s, i + 1);
      if (!agent?.src || lowers[agent.next] !== 'that') return null;
      const content = contentTo(tokens, agent.next + 1, contentStop(s, agent.next + 2));
      if (!content) return null;
      const cue = { start: tokens[be].start, end: tokens[i + 1].end };
      return { draft: { content, kind: 'indirect', source: spanOf(tokens, agent.src), cue, sentence: s.span, rule: `passive "${text.slice(cue.start, cue.end)}"`, strength: 1 }, skipTo: agent.next + 1 };
    }
    // "The BBC has been told that ...": an outlet told by someone it does not name reports what it
    // heard. "Jurors were told that ...": anyone else was told it by no one named (PolNeAR train
    // leaves the source of "was told" empty), so the report has no source.
    if (lowers[i] === 'told' && lowers[i + 1] === 'that' && i + 2 < n) {
      const listener = phraseBefore(tokens, skipBackBetween(tokens, be - 1));
      const outlet = listener && isOutlet(text.slice(tokens[listener.from].start, tokens[listener.to - 1].end)) ? listener : null;
      const content = contentTo(tokens, i + 2, contentStop(s, i + 3));
      if (!content) return null;
      const cue = { start: tokens[outlet && /^(has|have|had)$/.test(lowers[be - 1] ?? '') ? be - 1 : be].start, end: tokens[i].end };
      return { draft: { content, kind: 'indirect', source: outlet && spanOf(tokens, outlet), cue, sentence: s.span, rule: `passive "${text.slice(cue.start, cue.end)}"`, strength: 1 }, skipTo: i + 2 };
    }
    if (lowers[i] === 'quoted') {
      const agent = agentAt(s, i + 1);
      if (!agent || lowers[agent.next] !== 'as') return null;
      via = agent.src;
      speech = agent.next + 1;
    } else if (/^(reported|said|understood|believed|thought|alleged)$/.test(lowers[i] ?? '') && lowers[i + 1] === 'to' && lowers[i + 2] === 'have') {
      speech = i + 3;
    } else return null;
    const v = verbCue(lowers[speech] ?? '');
    if (!v || v.ratio < STRONG || isCapitalized(tokens[speech])) return null;
    const src = phraseBefore(tokens, skipBackBetween(tokens, be - 1));
    if (!src) return null;
    let from = speech + 1;
    // "... to have told aides that": the listener stands before the content.
    if (lowers[from] !== 'that' && v.lemma === 'tell') {
      const listener = phraseAfter(tokens, from, n);
      if (listener) from = listener.to;
    }
    // '"...," the mayor was quoted as saying by the Herald': the outlet comes last, and the words
    // before the subject are what was said (the quote's own rule reads them).
    if (!via && lowers[from] === 'by') {
      const agent = agentAt(s, from);
      if (agent?.src && agent.next >= n - 1) return null;
      if (agent?.src) {
        via = agent.src;
        from = agent.next;
      }
    }
    if (lowers[from] === 'that' || tokens[from]?.text === ':' || tokens[from]?.text === ',') from++;
    const cue = { start: tokens[be].start, end: tokens[speech].end };
    const draft = { source: spanOf(tokens, src), cue, sentence: s.span, rule: `passive "${text.slice(cue.start, cue.end)}"`, antecedent: antecedentOf(s, src), strength: 1, via: via ? spanOf(tokens, via) : undefined };
    const quote = quoteOpeningAt(tokens[from]);
    if (quote) {
      consumed.add(quote);
      return { draft: { ...draft, content: { start: quote.start, end: quote.end }, kind: 'direct' }, skipTo: n };
    }
    const content = contentTo(tokens, from, contentStop(s, from + 1));
    if (!content) return null;
    return { draft: { ...draft, content, kind: 'indirect' }, skipTo: from };
  }

  /**
   * "is seen as", "has been hailed as", "is reviled in the West as": a passive of regarding, with at
   * most a short place or group before "as"; "by X" names the source, and nothing else does.
   */
  function readRegardedAs(s: Sentence, be: number): { draft: Draft; skipTo: number } | null {
    const { tokens, lowers } = s;
    const n = tokens.length;
    const i = participleAfter(s, be);
    const lemma = REGARDED.get(lowers[i] ?? '');
    if (!lemma || isCapitalized(tokens[i])) return null;
    const agent = agentAt(s, i + 1);
    if (!agent) return null;
    let { src, next: as } = agent;
    if (!src && /^(in|among|across|throughout|around)$/.test(lowers[as] ?? '')) {
      // "in the West", "among conservatives": the holders of the view, named vaguely.
      const holders = phraseAfter(tokens, as + 1, n);
      if (!holders || holders.to - as > 6) return null;
      src = holders;
      as = holders.to;
    }
    if (lowers[as] !== 'as') return null;
    let stop = contentStop(s, as + 1);
    for (let k = as + 2; k < stop; k++) if (tokens[k].text === ',' || /^(as|because|while|when|after|since|although)$/.test(lowers[k])) { stop = k; break; }
    const content = contentTo(tokens, as + 1, stop);
    if (!content) return null;
    const cue = { start: tokens[be].start, end: tokens[as].end };
    return { draft: { content, kind: 'indirect', source: src ? spanOf(tokens, src) : null, cue, sentence: s.span, rule: `passive "${lowers[i]} ... as"`, strength: src ? 0.6 : 1, keepNested: true }, skipTo: as + 1 };
  }

  /** "President Obama also said:" closing a paragraph, then list items: one attribution per item. */
  function listAttributions() {
    for (let bi = 0; bi < blocks.length - 1; bi++) {
      const b = blocks[bi];
      const next = blocks[bi + 1];
      // "In a speech last July, he said:" and then the speech as its own paragraph, unquoted.
      const speech = next.kind === 'blockquote' || (next.kind === 'paragraph' && !OPEN_MARK.test(text[next.start] ?? ''));
      if (text[b.end - 1] !== ':' || !(next.kind === 'list-item' || speech)) continue;
      const s = sents[sentenceAt(sents, b.end - 1)];
      const { tokens, lowers } = s;
      let p = tokens.length - 2;
      const tl = CUE_TAIL_PHRASES.find((t) => p - t.length >= 0 && phraseAt(lowers, p - t.length + 1, t));
      if (tl) p -= tl.length;
      const v = verbCue(lowers[p] ?? '');
      if (!v || v.ratio < 0.3) continue;
      const src = sourceBefore(s, p);
      if (!src) continue;
      const cue = { start: tokens[p].start, end: tokens[tokens.length - 2].end };
      if (next.kind !== 'list-item') {
        const content = contentTo(tokenize(text, next), 0, tokenize(text, next).length);
        if (content && !drafts.some((d) => d.content.start < content.end && content.start < d.content.end)) {
          drafts.push({ content, kind: 'direct', source: spanOf(tokens, src), cue, sentence: { start: next.start, end: next.end }, rule: `paragraph after cue "${text.slice(cue.start, cue.end)}:"`, antecedent: antecedentOf(s, src), strength: 1 });
        }
        continue;
      }
      for (let k = bi + 1; k < blocks.length && blocks[k].kind === 'list-item'; k++) {
        const item = blocks[k];
        const content = contentTo(tokenize(text, item), 0, tokenize(text, item).length);
        if (!content) continue;
        drafts.push({ content, kind: 'indirect', source: spanOf(tokens, src), cue, sentence: { start: item.start, end: item.end }, rule: `list item after cue "${text.slice(cue.start, cue.end)}:"`, antecedent: antecedentOf(s, src), strength: 1 });
      }
    }
  }

  // 3. Quotes in reported speech make it mixed (or direct when the quote is all of it).
  for (const d of drafts) {
    if (d.kind !== 'indirect') continue;
    const inside: Quote[] = [];
    for (let k = firstAtOrAfter(mainQuotes, (q) => q.open, d.content.start - 1); k < mainQuotes.length && mainQuotes[k].open <= d.content.end; k++) {
      const q = mainQuotes[k];
      // 'Trump said that "ethanol people" "do a fantastic job. And it's so important."': a quote
      // opened in the reported content is the speaker's words to its close, so the content runs on
      // through any clause or sentence end inside it.
      const runsOn = !q.multiBlock && QUOTE_MARK.test(text[q.close] ?? '') && q.open >= d.content.start && q.close > d.content.end + 1 && q.close - d.content.end <= MAX_RUN_ON_CHARS;
      if (runsOn) {
        d.content = { start: d.content.start, end: q.close + 1 };
        d.sentence = { start: d.sentence.start, end: Math.max(d.sentence.end, q.close + 1) };
      }
      if (q.close <= d.content.end + 1) inside.push(q);
    }
    if (!inside.length) continue;
    for (const q of inside) consumed.add(q);
    const outside = text.slice(d.content.start, d.content.end);
    const quoted = inside.reduce((sum, q) => sum + (q.end - q.start), 0);
    d.kind = outside.length - quoted <= 4 ? 'direct' : 'mixed';
    // Direct content is the quoted words, without their marks (GUIDELINES §1).
    if (d.kind === 'direct' && inside.length === 1) d.content = { start: inside[0].start, end: inside[0].end };
  }

  // 4. Embedded posts: the words, then "— Name (@handle) Month D, YYYY".
  for (const b of blocks) {
    const post = embeddedPostIn(text, b);
    if (!post) continue;
    const signature = text.slice(post.cue.start, b.end).trim();
    drafts.push({ content: post.content, kind: 'direct', source: post.source, cue: post.cue, sentence: { start: b.start, end: b.end }, rule: `embedded post signed "${signature}"`, strength: 1 });
  }

  // 4a. Transcripts: "WALLACE: Let's start ..." or "Chris Matthews: Seriously ..." — a speaker
  // label opens the paragraph, also inside a transcript printed in quotation marks ('"PENCE: Well,').
  // A one-word label in mixed case ("Matthews:") counts once that name labels two paragraphs
  // ("Chris Matthews:" counts), so "Update:" or "Photo:" alone do not.
  const labelled = blocks.map((b) => {
    const head = text.slice(b.start, Math.min(b.end, b.start + 61));
    const lead = OPEN_MARK.test(head[0] ?? '') ? 1 : 0;
    const m = TRANSCRIPT_LABEL.exec(head.slice(lead));
    return m && !NOT_SPEAKER_LABEL.has(m[1].toLowerCase()) ? { label: m[1], lead, contentAt: b.start + lead + m[0].length - 1 } : null;
  });
  const labelCount = new Map<string, number>();
  const surname = (label: string) => label.split(' ').pop()!;
  for (const l of labelled) if (l) labelCount.set(surname(l.label), (labelCount.get(surname(l.label)) ?? 0) + 1);
  const quoteOpenedIn = (b: Block) => {
    const out: Quote[] = [];
    for (let k = firstAtOrAfter(mainQuotes, (q) => q.open, b.start); k < mainQuotes.length && mainQuotes[k].open < b.end; k++) out.push(mainQuotes[k]);
    return out;
  };
  /** '"(CROSSTALK.)': a stage direction in a quoted transcript. */
  const stageDirection = (b: Block) => OPEN_MARK.test(text[b.start] ?? '') && text[b.start + 1] === '(';
  blocks.forEach((b, bi) => {
    const l = labelled[bi];
    if (!l) return;
    const capitals = /^[\p{Lu}\s.'-]+$/u.test(l.label);
    const words = l.label.split(' ').length;
    if (!capitals && words === 1 && (labelCount.get(l.label) ?? 0) < 2) return;
    if (l.lead && quoteOpenedIn(b).some((q) => consumed.has(q))) return;
    const said = tokenize(text, { start: l.contentAt, end: b.end });
    if (wordsBetween(said, 0, said.length, 4) < 4) return;
    // "South Carolina: Andrew Collins, Antjuan Seawright, ...": a list of names is not speech.
    const opening = said.filter((t) => t.word).slice(0, 20);
    if (opening.filter((t) => !isCapitalized(t)).length < 0.4 * opening.length) return;
    // In a quoted transcript each paragraph reopens the quotation: one with no label of its own goes
    // on with the same turn, unless it is a stage direction ('"(CROSSTALK.)').
    let last = bi;
    while (l.lead && last + 1 < blocks.length && !labelled[last + 1] && OPEN_MARK.test(text[blocks[last + 1].start]) && !stageDirection(blocks[last + 1])) last++;
    const end = blocks[last].end - (CLOSE_MARK.test(text[blocks[last].end - 1]) ? 1 : 0);
    const source = { start: b.start + l.lead, end: b.start + l.lead + l.label.length };
    const cue = { start: source.end, end: source.end + 1 };
    drafts.push({ content: { start: l.contentAt, end }, kind: 'direct', source, cue, sentence: { start: b.start, end }, rule: 'transcript speaker label', strength: 1, label: 'speaker' });
    let through = last;
    while (l.lead && through + 1 < blocks.length && stageDirection(blocks[through + 1])) through++;
    for (let k = bi; k <= through; k++) for (const q of quoteOpenedIn(blocks[k])) consumed.add(q);
  });

  // 4b. A Q&A: the answers ("A: I came home from school ...") are the interviewee's words. The
  // questions are the interviewer's, the writer's own side of the page, so they are not attributed.
  const turns = blocks.map((b) => /^([QA]):\s+(?=\S)/.exec(text.slice(b.start, Math.min(b.end, b.start + 12))));
  const count = (who: string) => turns.filter((t) => t?.[1] === who).length;
  if (count('Q') >= 2 && count('A') >= 2) {
    blocks.forEach((b, bi) => {
      const t = turns[bi];
      if (t?.[1] !== 'A') return;
      drafts.push({ content: { start: b.start + t[0].length, end: b.end }, kind: 'direct', source: { start: b.start, end: b.start + 1 }, cue: { start: b.start + 1, end: b.start + 2 }, sentence: { start: b.start, end: b.end }, rule: 'Q&A answer', strength: 1, label: 'answer' });
      for (const q of quoteOpenedIn(b)) consumed.add(q);
    });
  }

  // A turn is its speaker's words, as a quotation is: the cues inside it are not the article's.
  const turnsTaken = drafts.filter((d) => d.label);
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    if (!d.label && !d.keepNested && d.cue && turnsTaken.some((t) => t.content.start <= d.cue!.start && d.cue!.end <= t.content.end)) drafts.splice(k, 1);
  }

  /**
   * 'He nodded. "Flour has doubled."': a short sentence of what someone did, just before a quote in
   * the same paragraph, names its speaker. The subject (a pronoun or a name) of sentence si - 1.
   */
  function actorBefore(si: number): TokenRange | null {
    const beat = sents[si - 1];
    if (!beat || beat.block !== sents[si].block || wordsBetween(beat.tokens, 0, beat.tokens.length, 9) > 8) return null;
    if (drafts.some((d) => d.content.start < beat.span.end && d.content.end > beat.span.start)) return null;
    const { tokens, lowers } = beat;
    let end = 0;
    if (/^(he|she)$/.test(lowers[0] ?? '')) end = 1;
    else while (end < Math.min(tokens.length, 3) && tokens[end].word && isCapitalized(tokens[end])) end++;
    const verb = tokens[end];
    if (!end || !verb?.word || isCapitalized(verb) || !(/ed$/.test(verb.lower) || IRREGULAR_PASTS.has(verb.lower)) || (verbCue(verb.lower)?.ratio ?? 0) >= WEAK) return null;
    return { from: 0, to: end };
  }

  // 4. Quotes with no cue: a paragraph of quotes carries over the previous speaker.
  drafts.sort((a, b) => a.content.start - b.content.start);
  for (const q of mainQuotes) {
    if (consumed.has(q)) continue;
    const si = sentenceAt(sents, q.open);
    const s = sents[si];
    const words = wordsIn(text, q);
    const sentWords = wordsBetween(s.tokens, 0, tokenAt(s.tokens, q.open), 3);
    // Scare quotes and titles are short; so is '"We will appeal."', but it is a sentence of its own.
    const ownSentence = sentWords === 0 && /[.!?]$/.test(text.slice(q.start, q.end).trim()) && wordsBetween(s.tokens, tokenAt(s.tokens, q.close + 1), s.tokens.length, 1) === 0;
    if (words < 4 && !(ownSentence && words >= 2)) continue;
    if (sentWords > 2 && !q.multiBlock) continue; // a quote inside someone else's sentence
    const before = firstAtOrAfter(drafts, (d) => d.content.start, q.open) - 1;
    const actor = sentWords === 0 ? actorBefore(si) : null;
    if (actor) {
      const beat = sents[si - 1];
      drafts.splice(before + 1, 0, { content: { start: q.start, end: q.end }, kind: 'direct', source: spanOf(beat.tokens, actor), cue: null, sentence: { start: s.span.start, end: Math.max(s.span.end, q.end) }, rule: `quote after what the speaker did ("${text.slice(beat.span.start, beat.span.end).trim()}")`, strength: 1 });
      continue;
    }
    // '"I told him, 'Stop,'" the aide recalled. "He did it anyway."': the speaker quoted inside a
    // quote is not the one who goes on.
    let last = before;
    while (last >= 0 && drafts[last].keepNested) last--;
    const speaker: Draft | null = last >= 0 && drafts[last].source ? drafts[last] : null;
    if (!speaker || !speaker.source) continue;
    // '"...," a protester no rule could read told the AP.': the sentence goes on to name a speaker
    // of its own, who is not the last one unless it names them again or says "he" or "she".
    const sc = sents[sentenceAt(sents, Math.min(q.close, text.length - 1))];
    const restAt = tokenAt(sc.tokens, q.close + 1);
    const goesOn = sc.tokens[restAt]?.text === ',' || /,\s*$/.test(text.slice(q.start, q.end));
    const rest = sc.tokens.slice(restAt);
    const cueAt = rest.findIndex((t) => t.word && !isCapitalized(t) && (verbCue(t.lower)?.ratio ?? 0) >= 0.3);
    if (goesOn && cueAt >= 0) {
      const speakerWords = new Set(tokenize(text, speaker.source).filter((t) => t.word).map((t) => t.lower));
      if (!rest.slice(0, cueAt).some((t) => speakerWords.has(t.lower) || PERSONAL_PRONOUN.test(t.lower))) continue;
    } else if (cueAt < 0 && wordsBetween(rest, 0, rest.length, 3) >= 3) {
      // '"I'm not going anywhere" – that was the message from the manager': the writer's sentence.
      continue;
    }
    const speakerBlock = sents[sentenceAt(sents, speaker.content.start)].block;
    if (s.block - speakerBlock > 2) continue;
    const carried: Draft = { content: { start: q.start, end: q.end }, kind: 'direct', source: speaker.source, cue: null, sentence: { start: s.span.start, end: Math.max(s.span.end, q.end) }, rule: 'quote with no cue, speaker carried over', carriedFrom: speaker, antecedent: speaker.antecedent, strength: 1 };
    drafts.splice(before + 1, 0, carried);
  }

  for (const d of drafts) {
    if (!d.source) continue;
    // "Stumpf in a televised interview appeared to blame ...": where a name spoke is no part of it.
    const venue = d.cue && d.cue.start >= d.source.end ? SPOKE_IN.exec(text.slice(d.source.start, d.source.end)) : null;
    if (venue && WRITTEN_IN.has(venue[2].toLowerCase())) d.source = { start: d.source.start, end: d.source.start + venue[1].length };
    const source = text.slice(d.source.start, d.source.end);
    if (PERSONAL_PRONOUN.test(source)) d.pronounSource = true;
    const lemma = d.cue ? verbCue(text.slice(d.cue.start, d.cue.end).toLowerCase())?.lemma : undefined;
    if (lemma && COGNITION.has(lemma)) d.belief = true;
    // (Not "the videos do not show whether ...": what a document does not show is no finding of it.)
    const finds = !!lemma && FINDING_VERBS.has(lemma) && lemma !== 'say' && !/\b(?:not|never)\b|n['’]t\b/i.test(text.slice(d.source.end, d.cue!.start));
    if (finds && DOCUMENT_HEADS.has(source.split(/\s+/).pop()!.toLowerCase()) && findsClause(d)) d.finding = true;
    // "Speaking to Sky News, the minister said": the outlet the speaker was reached through.
    const opening = d.via ? null : REACHED_THROUGH.exec(text.slice(d.sentence.start, d.source.start));
    if (opening) {
      const at = d.sentence.start + opening[0].indexOf(opening[1]);
      d.via = { start: at, end: at + opening[1].length };
    }
    // "The founder, in an interview with TechCrunch, said": whoever the source spoke to between source and
    // cue is the intermediary (GUIDELINES §1 via), an outlet or not.
    const between = d.via || !d.cue ? null : INTERVIEWED_BY.exec(text.slice(d.source.end, d.cue.start));
    if (between) {
      const at = d.source.end + between.index + between[0].indexOf(between[1]);
      d.via = { start: at, end: at + between[1].length };
    }
    // "said in an interview with CNN that ...": the outlet that interviewed the source.
    const interviewer = !d.via && d.cue && /in an interview$/i.test(text.slice(d.cue.start, d.cue.end)) ? INTERVIEW_WITH.exec(text.slice(d.cue.end, d.cue.end + 80)) : null;
    if (interviewer && isOutlet(interviewer[1], false)) {
      const at = d.cue!.end + interviewer[0].length - interviewer[1].length;
      d.via = { start: at, end: at + interviewer[1].length };
    }
    // "Sources told CNN", '"...," Trump told The New York Times': the outlet told is the one the reader is reached through.
    // '"...," the mayor was quoted as saying by the Herald' or 'was quoted by the Herald as saying'.
    const quotedBy = !d.via && d.cue && /^quoted$/i.test(text.slice(d.cue.start, d.cue.end)) ? QUOTED_BY.exec(text.slice(d.cue.end, d.cue.end + 80)) : null;
    if (quotedBy && isOutlet(quotedBy[1], false)) {
      const at = d.cue!.end + quotedBy[0].indexOf(quotedBy[1]);
      d.via = { start: at, end: at + quotedBy[1].length };
    }
    const told = !d.via && d.cue && /^(told|tells?|telling)$/i.test(text.slice(d.cue.start, d.cue.end)) ? TOLD_OUTLET.exec(text.slice(d.cue.end, d.cue.end + 80)) : null;
    if (told && isOutlet(told[1], false)) {
      const at = d.cue!.end + told[0].length - told[1].length;
      d.via = { start: at, end: at + told[1].length };
    }
    const relay = d.via ? null : RELAY_IN_SOURCE.exec(source);
    if (!relay) continue;
    d.via = { start: d.source.start + relay.index + relay[0].length, end: d.source.end };
    d.source = { start: d.source.start, end: d.source.start + relay.index };
  }
  /** A finding told as a clause ("found that the contractor had skipped ..."), not a thing shown ("shows something very different"). */
  function findsClause(d: Draft): boolean {
    if (/\bthat\s*$/i.test(text.slice(d.cue!.end, d.content.start))) return true;
    const s = sents[sentenceAt(sents, d.content.start)];
    return finiteClauseAt(s, tokenAt(s.tokens, d.content.start));
  }

  // "Read more: Senators say the bill is dead": a paragraph that links to another story holds its
  // headline, which is no one's words in this one.
  const promos = blocks.filter((b) => PROMO_LINE.test(text.slice(b.start, b.start + 40)));
  // "The hope the Gulf States have now ...", "answered the question ...", "woo voters with promises to ...":
  // a "source" that ends on an article, a preposition or "and" is the tail of a phrase whose noun
  // the cue word is, not a speaker: the words stay reported, by no one the sentence names.
  // (A relative clause may end on a preposition: "Sue Keninger, who hasn't decided which candidate she
  // will caucus with". A transcript's "A:" is the one answering, and a name after "according to" cut short
  // is still the source.)
  const dangling = (d: Draft) => {
    if (!d.source || !d.cue || d.cue.start < d.source.end) return false;
    const source = text.slice(d.source.start, d.source.end);
    return /(?:^|\s)(?:the|a|an|of|for|with|from|in|to|by|at|and|or|having|being)$/i.test(source) && !/\b(?:who|which|whom)\b/i.test(source) && text.slice(d.cue.start, d.cue.end) !== ':';
  };
  const named = drafts.map((d) => (dangling(d) ? { ...d, source: null, antecedent: undefined } : d));
  return dedupe(named.filter((d) => !promos.some((b) => d.content.start >= b.start && d.content.start < b.end)));
}
