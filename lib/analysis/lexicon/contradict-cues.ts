/**
 * Word lists for contradiction finding (lib/analysis/contradict).
 *
 * Provenance: the explicit cues start from the examples of ../shared/corpus/GUIDELINES.md §2
 * ("at odds with", "contradicts", "contrary to", "inconsistent with", "despite saying", "denied",
 * "disputed", "rejected the claim") and were widened with their common English synonyms and
 * inflections, written by us. Negators, antonym pairs and the claim and statement nouns are ordinary
 * English function and content words chosen by hand; no text was copied from any corpus.
 */

/** How a cue names the statement the sentence conflicts with. */
export type CueTarget =
  /** A statement named before the cue ("X's message appears to be at odds with …"): look back for it. */
  | 'subject'
  /** The statement just reported, which "disputed that," points back to ("Residents said … The office disputed that, …"). */
  | 'previous'
  /** The conflicting claim follows the cue in the same sentence ("despite saying that …"). */
  | 'clause'
  /** The article rebuts a claim and gives its evidence in the next sentence ("claims … do not stand up"). */
  | 'next';

export interface ExplicitCue {
  /** Shown in the reason, e.g. `"at odds with"`. */
  label: string;
  pattern: RegExp;
  confidence: number;
  target: CueTarget;
  /** The cue counts only when a statement noun stands before it ("message … at odds with"). */
  needsStatementNoun?: boolean;
  /** The cue counts only in a sentence that reports what someone says ("despite evidence" alone is contrast). */
  needsAttribution?: boolean;
}

const DET = String.raw`(?:the|a|an|his|her|their|its|those|these|such|this|that|earlier|previous|prior|official|any)`;
const CLAIM_NOUN = String.raw`(?:claims?|assertions?|suggestions?|notion|allegations?|accusations?|characteri[sz]ation|contention|idea|reports?|account|accounts|version|figures|numbers|findings|statements?|reading|interpretation)`;

/**
 * The article itself says two things conflict. Order matters only for the reason shown: the first
 * cue that matches a sentence names it.
 */
export const EXPLICIT_CUES: readonly ExplicitCue[] = [
  { label: 'contradicts', pattern: /\bcontradict(?:s|ed|ing)?\b/i, confidence: 0.85, target: 'subject' },
  // The noun and adjective also name contradictions in general ("the contradictions of his record").
  { label: 'contradiction', pattern: /\bcontradict(?:ion|ions|ory)\b/i, confidence: 0.75, target: 'subject', needsStatementNoun: true },
  {
    label: 'reverses its earlier account',
    pattern: /\brevers(?:e|es|ed|ing)\s+(?:its|his|her|their|an?|the)\s+(?:own\s+)?(?:earlier|previous|prior|initial|original)\s+(?:account|statements?|position|claims?|stance|assessment|denials?|story|version)\b|\bwalk(?:s|ed|ing)?\s+back\s+(?:its|his|her|their|an?|the)\s+(?:earlier\s+)?(?:claims?|statements?|comments?|remarks?)\b/i,
    confidence: 0.8,
    target: 'subject',
  },
  { label: 'at odds with', pattern: /\bat odds with\b/i, confidence: 0.85, target: 'subject', needsStatementNoun: true },
  { label: 'inconsistent with', pattern: /\b(?:inconsistent|at variance|in conflict) with\b/i, confidence: 0.8, target: 'subject' },
  { label: 'conflicts with', pattern: /\b(?:conflicts|conflicted|clashes|clashed) with\b/i, confidence: 0.75, target: 'subject', needsStatementNoun: true },
  // Only against something said: "contrary to expectations" is contrast, not a conflict of statements.
  {
    label: 'contrary to',
    pattern: /\bcontrary to (?:[\p{L}'’.-]+\s+){0,4}?(?:claims?|statements?|assertions?|reports?|assurances?|promises?|pledges?|remarks?|comments?|testimony|accounts?|insistence|denials?|findings|evidence|records|documents|what\b)/iu,
    confidence: 0.8,
    target: 'clause',
  },
  { label: 'runs counter to', pattern: /\b(?:runs?|ran) counter to\b|\bflies in the face of\b|\bflew in the face of\b/i, confidence: 0.75, target: 'subject', needsStatementNoun: true },
  { label: 'belies', pattern: /\bbel(?:ies|ied|ie)\b/i, confidence: 0.7, target: 'subject', needsStatementNoun: true },
  { label: 'undercut by', pattern: /\b(?:undercut|undercuts|undermined|undermines) by\b/i, confidence: 0.7, target: 'subject', needsStatementNoun: true },
  { label: 'does not square with', pattern: /\b(?:does not|doesn['’]t|did not|didn['’]t|is hard to|are hard to) square with\b/i, confidence: 0.75, target: 'subject', needsStatementNoun: true },
  { label: 'differs from', pattern: /\b(?:differs|differed|diverges|diverged) (?:\w+ )?from\b/i, confidence: 0.65, target: 'subject', needsStatementNoun: true },
  {
    label: 'despite saying',
    pattern: new RegExp(
      String.raw`\bdespite (?:${DET} )?(?:(?:saying|claiming|insisting|promising|pledging|vowing|denying|stating|declaring|assuring)\b|(?:repeated |public |earlier )?(?:claims|promises|pledges|denials|assurances|insistence|vows)\b)`,
      'i',
    ),
    confidence: 0.8,
    target: 'clause',
  },
  // "denied ever meeting him, despite photographs showing the two men together": evidence the
  // article sets against what someone says in the same sentence.
  {
    label: 'despite evidence',
    pattern: /\bdespite (?:(?:[\p{L}'’.-]+\s+){1,5}?(?:showing|suggesting|indicating|revealing|proving)\b|(?:(?:clear|ample|mounting|new)\s+)?evidence (?:that|to the contrary)\b)|\beven though (?:[\p{L}'’.-]+\s+){0,3}?(?:records|data|documents|figures|evidence|emails|footage|photos|images) (?:show|showed|suggest|suggested|indicate|indicated)\b/iu,
    confidence: 0.7,
    target: 'clause',
    needsAttribution: true,
  },
  {
    label: 'rejected the claim',
    pattern: new RegExp(String.raw`\b(?:reject(?:s|ed|ing)?|refut(?:es|ed|ing|e)|dismiss(?:es|ed|ing)?) (?:${DET} )?(?:\w+(?:'s|’s) )?${CLAIM_NOUN} that\b`, 'i'),
    confidence: 0.7,
    target: 'clause',
  },
  {
    label: 'disputed',
    pattern: new RegExp(String.raw`\bdisput(?:es|ed|ing|e) (?:${DET} )?(?:\w+(?:'s|’s) )?${CLAIM_NOUN}\b`, 'i'),
    confidence: 0.65,
    target: 'clause',
  },
  // "Residents said the first warning came after they saw flames. The county disputed that, writing ...":
  // a body or person disputes, denies or rejects what was just reported, named by a pronoun.
  {
    label: 'disputed that',
    pattern: /\b(?:disput(?:es|ed|ing|e)|contest(?:s|ed|ing)?|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:es|ed|ing|e)) (?:that|this|it)(?=\s*[,;.:—–])/i,
    confidence: 0.65,
    target: 'previous',
    needsAttribution: true,
  },
  // "The mayor said the budget was balanced, a claim disputed by the city's auditor": the writer sums
  // up what was said and names who disputes it.
  {
    label: 'a claim disputed by',
    pattern: new RegExp(String.raw`(?<=,\s+)(?:a|an)\s+${CLAIM_NOUN}\s+(?:(?:that|which)\s+(?:was|is|has been|had been)\s+)?(?:(?:disputed|denied|rejected|contested|challenged|contradicted)\s+by\b|(?:[\p{L}'’.-]+\s+){1,4}?(?:dispute|disputes|disputed|deny|denies|denied|reject|rejects|rejected|contest|contests|contested)\b)`, 'iu'),
    confidence: 0.7,
    target: 'subject',
    needsAttribution: true,
  },
  // "The clinic said no patients had been harmed. That claim is disputed by the families of ...": the
  // writer names the claim just reported and who disputes it.
  {
    label: 'that claim is disputed',
    pattern: new RegExp(String.raw`^\s*(?:that|this|such|these|those)\s+(?:[\p{L}-]+\s+)?${CLAIM_NOUN}\s+(?:is|was|are|were|has been|have been)\s+(?:\p{L}+ly\s+)?(?:disputed|denied|contradicted|challenged|rejected|contested)\b`, 'iu'),
    confidence: 0.7,
    target: 'subject',
  },
  // "Denied" alone reports a denial (an attribution). It marks a conflict only when the sentence
  // also states the claim being denied: "denied reports that …", "denied Smith's claim that …".
  {
    label: 'denied the claim',
    pattern: new RegExp(String.raw`\bden(?:y|ies|ied|ying) (?:${DET} )?(?:\w+(?:'s|’s) )?${CLAIM_NOUN} that\b`, 'i'),
    confidence: 0.6,
    target: 'clause',
  },
  {
    label: 'does not stand up',
    pattern: /\b(?:do|does|did) not stand up\b|\b(?:is|are|was|were) not borne out\b/i,
    confidence: 0.7,
    target: 'next',
    // "The old walls did not stand up to the storm" is about walls, not claims.
    needsStatementNoun: true,
  },
];

/**
 * Nouns that name a statement or a stated position. "At odds with" between two people is a
 * disagreement, not a conflict between statements; with one of these before it, it is.
 */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'message', 'messages', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'claim',
  'claims', 'account', 'accounts', 'position', 'stance', 'assertion', 'assertions', 'testimony',
  'data', 'figure', 'figures', 'evidence', 'finding', 'findings', 'report', 'reports',
  'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'words', 'rhetoric', 'assessment', 'view',
  'views', 'description', 'version', 'explanation', 'narrative', 'denial', 'denials', 'assurance',
  'assurances', 'actions', 
  'announcement', 'insistence', 'argument', 'arguments', 'story', 'allegation', 'allegations', 'tweet',
  'tweets', 'speech', 'interview', 'answer', 'answers', 'response', 'warning', 'warnings', 'estimate',
  'estimates', 'forecast', 'prediction', 'predictions', 'guidance', 'explanations',
]);

/** Words that negate the clause they stand in. "n't" is split off by the tokenizer as "not". */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot', 'nobody', 'nowhere',
]);

/** Verbs that deny or reject what follows; a statement under one of them has the opposite polarity. */
export const DENIAL_VERBS: ReadonlySet<string> = new Set([
  'deny', 'denied', 'denies', 'denying', 'dispute', 'disputed', 'disputes', 'refute', 'refuted', 'refutes',
]);

/**
 * Words that make a clause negative without a negator ("pay zero", "could exclude", "failed to").
 * A statement holding one is not the plain assertion a negation can contradict.
 */
export const NEGATIVE_SENSE: ReadonlySet<string> = new Set([
  'zero', 'nothing', 'little', 'few', 'fewer', 'exclude', 'excluded', 'excludes', 'fail', 'failed', 'fails',
  'lack', 'lacked', 'lacks', 'refuse', 'refused', 'refuses', 'prevent', 'prevented', 'stop', 'stopped',
  'block', 'blocked', 'avoid', 'avoided', 'unable', 'ineligible', 'omit', 'omitted', 'absent', 'deny',
  'denied', 'reject', 'rejected', 'neither', 'hardly', 'barely', 'rarely', 'unlikely', 'doubt', 'doubted',
  // "any" stands under a negation or a question outside the quoted words ("omitted any mention of …").
  'any', 'anything', 'anyone', 'ever',
  // Advice and possibility are not assertions of fact.
  'should', 'ought', 'must', 'might', 'may',
  // An exception carves out what the rest asserts ("except for classified messages").
  'except', 'excepting',
]);

/** Units a number can count in; "1 percent" and "19.9 percent" need not be the same quantity. */
export const NUMBER_UNITS: ReadonlySet<string> = new Set([
  'percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dollars', 'years', 'year',
  'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'times', 'points', 'point',
  'cents', 'pounds', 'euros', 'miles', 'kilometres', 'kilometers', 'feet', 'meters', 'metres', 'degrees', 'to',
  'and', 'or', 'of', 'in', 'on', 'at', 'for', 'from', 'the', 'a',
]);

/** Reporting and cognition verbs that introduce a reported clause, used where no attribution covers it. */
export const REPORTING_VERB = String.raw`(?:said|say|says|stated|states|state|claimed|claims|insisted|insists|maintained|maintains|told|tell|tells|declared|declares|announced|announces|asserted|asserts|argued|argues|denied|denies|repeated|repeatedly stated|have stated|has stated|have said|has said|have insisted|has insisted|vowed|vows|pledged|pledges|promised|promises)`;

/**
 * Actions that commit a speaker to what it has just disowned: "said it was not involved, but praised
 * the attack". Chosen for support, endorsement and participation; neutral actions ("monitoring",
 * "declined to comment") are left out on purpose.
 */
export const COMMITTING_ACTIONS: ReadonlySet<string> = new Set([
  'praise', 'celebrate', 'hail', 'welcome', 'applaud', 'cheer', 'fund', 'finance', 'bankroll', 'arm',
  'train', 'support', 'back', 'order', 'organize', 'organise', 'plan', 'pay', 'send', 'supply', 'sponsor',
  'approve', 'endorse', 'sign', 'encourage', 'help', 'assist', 'reward', 'promote', 'host', 'authorize',
  'authorise', 'direct', 'coordinate', 'provide', 'ship', 'deploy', 'launch', 'join', 'continue', 'resume',
  'expand', 'increase', 'raise', 'hire', 'buy', 'sell', 'accept', 'receive', 'meet', 'attend', 'lobby',
  'donate', 'vote', 'use', 'build', 'open', 'glorify', 'congratulate', 'thank', 'admit', 'acknowledge',
]);

/** Verbs that merely report more speech: a "but he said …" clause is not an action. */
export const SPEECH_CONTINUATIONS: ReadonlySet<string> = new Set([
  'say', 'add', 'note', 'stress', 'caution', 'warn', 'decline', 'refuse', 'tell', 'insist', 'explain',
  'suggest', 'argue', 'claim', 'concede', 'believe', 'think', 'hope', 'expect', 'comment', 'speak',
  'write', 'mention', 'state', 'report', 'emphasize', 'emphasise', 'indicate', 'predict', 'ask',
]);

/**
 * Pairs of predicates of opposite sense. A pair across two statements on the same matter is polarity
 * evidence ("sales rose" against "sales fell"). Adjectives such as true/false or more/fewer are left
 * out: they mostly describe different things in one comparison.
 */
export const ANTONYM_PAIRS: readonly (readonly [string, string])[] = [
  ['increase', 'decrease'], ['increase', 'reduce'], ['rise', 'fall'], ['rise', 'drop'], ['rise', 'decline'],
  ['grow', 'shrink'], ['expand', 'shrink'], ['win', 'lose'], ['won', 'lost'], ['confirm', 'deny'],
  ['support', 'oppose'], ['accept', 'reject'], ['approve', 'reject'], ['guilty', 'innocent'],
  ['alive', 'dead'], ['agree', 'disagree'], ['succeed', 'fail'], ['allow', 'ban'], ['allow', 'forbid'],
  ['allow', 'prohibit'], ['improve', 'worsen'], ['improve', 'deteriorate'], ['open', 'close'], ['open', 'shut'],
  ['gain', 'lose'], ['profit', 'loss'], ['surplus', 'deficit'],
  // A patient's condition in hospital reports.
  ['stable', 'critical'],
];

/**
 * Prefixes that turn a word into its opposite ("safe"/"unsafe", "legal"/"illegal"). "in-", "im-" and
 * "dis-" also begin many unrelated words ("inform", "discover"), so they count only before an
 * adjective's ending ("inaccurate", "dishonest"). English morphology, by hand.
 */
export const NEGATING_PREFIX = /^(?:(?:un|non|il|ir)(\p{L}{4,})|(?:in|im|dis)(\p{L}{2,}(?:ble|ate|ent|ant|al|ive|ous|ic|est|ful)))$/u;

/**
 * Irregular forms of common verbs, which suffix folding cannot reach: "have risen" against "fell",
 * "denied meeting the lobbyist" against "met the lobbyist". English irregular verbs, by hand; forms
 * that are as often other words ("left", "found", "saw", "lay") are left out, and so are "won" and
 * "lost" (below).
 */
export const IRREGULAR_VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  rise: ['rose', 'risen'], fall: ['fell', 'fallen'], grow: ['grew', 'grown'], shrink: ['shrank', 'shrunk'],
  meet: ['met'], know: ['knew', 'known'], take: ['took', 'taken'], give: ['gave', 'given'], pay: ['paid'],
  send: ['sent'], sell: ['sold'], buy: ['bought'], keep: ['kept'], tell: ['told'], speak: ['spoke', 'spoken'],
  write: ['wrote', 'written'], hold: ['held'], begin: ['began', 'begun'], break: ['broke', 'broken'],
  strike: ['struck'], build: ['built'], catch: ['caught'], fight: ['fought'], spend: ['spent'], steal: ['stole', 'stolen'],
  shoot: ['shot'], hide: ['hid', 'hidden'], throw: ['threw', 'thrown'], drive: ['drove', 'driven'], come: ['came'],
  go: ['went', 'gone'], bring: ['brought'], teach: ['taught'], think: ['thought'], seek: ['sought'], choose: ['chose', 'chosen'],
  eat: ['ate', 'eaten'], fly: ['flew', 'flown'], forget: ['forgot', 'forgotten'], sing: ['sang', 'sung'], swim: ['swam'],
};

/**
 * "lost" opposes "win" but stays its own word: who won and who lost are told of different players,
 * and folded into "lose" it would set "won" against "losing" ("Trump won the primary" against "Cruz,
 * despite losing the primary to Trump").
 */
export const ANTONYM_IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = { lose: ['lost'] };

/**
 * Words that name one thing in news copy, so two statements using either are on one matter: the
 * guidelines' own example sets "no troops crossed" against "soldiers crossed". Chosen by hand and
 * kept to nouns whose senses coincide in reports of events; the first word of each group stands for it.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['troops', 'soldiers'],
  ['vehicles', 'cars'],
  ['children', 'kids'],
  ['doctors', 'physicians'],
  ['lawmakers', 'legislators'],
  ['ceasefire', 'truce'],
  ['factory', 'plant'],
  ['negotiations', 'talks'],
  // The toll of one event, told either way: "12 people were killed" against "20 people died".
  ['killed', 'died', 'dead', 'die', 'dies'],
];

/** Words too general to link two statements to the same matter. */
export const TOPIC_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then than that this these those there here it its it\'s they them their he him his ' +
    'she her hers we us our you your i me my of to in on at by for with from as into onto over under about ' +
    'after before during while since until up down out off so such very just also only even still yet more most least ' +
    'some any all each every other another much many few several is are was were be been being am do does did ' +
    'done doing have has had having will would shall should can could may might must not no never nor what ' +
    'which who whom whose when where why how said says say told tell according added also mr mrs ms dr one two ' +
    'would\'ve there\'s who\'s s t re ve ll d m like well now new year years time times way thing things people ' +
    'been get got make made take took go went come came see saw know knew think thought want wanted'
  ).split(/\s+/),
);

/** Words that mark a statement as about the past or the present, for "said in 2013 … now vows". */
export const PAST_MARKERS = /\b(?:in (?:19|20)\d\d|previously|formerly|once|earlier|last (?:year|month|week)|in the past|had long|years ago|months ago|used to)\b/i;
export const NOW_MARKERS = /\b(?:now|today|this week|this year|no longer|has since|have since|reversed)\b/i;

/**
 * Hedges before a number: a bound ("at least 19" does not conflict with "20"), or an estimate that
 * leaves a band of a quarter either way ("about 800" conflicts with "3,000", not with "900"). English usage.
 */
export const NUMBER_BOUND = /\b(?:at least|more than|over|upwards of|up to|fewer than|less than|under|as many as|at most|no more than)\s*$/i;
export const NUMBER_ABOUT = /\b(?:nearly|almost|about|around|roughly|some|approximately|an estimated|close to)\s*$/i;
export const NUMBER_ABOUT_BAND = 0.25;

/**
 * Statements the article reports with no speaker: "the attack raised concerns that …", "there are
 * fears that …". GUIDELINES §1 counts them as vague attributions; when the attribution finder has not
 * reported one, contradiction finding still sets it against what named sources say.
 */
export const UNVOICED_CLAIM =
  /\b(?:(?:raised|raising|raises|raise|sparked|sparking|fuell?ed|prompted|stoked|heightened|renewed)\s+(?:\w+\s+)?|there\s+(?:are|were|is|was|have\s+been)\s+(?:\w+\s+)?)(?:concerns?|fears?|worries|speculation|suspicions?|hopes?|expectations?)\s+that\s+/gi;

/**
 * The writer answering a claim just reported: a sentence that points back ("That", "This", "Such a
 * claim") and says it is false or achieves nothing. It marks a conflict only after a claim verb.
 */
export const REBUTTAL =
  /^(?:but\s+|yet\s+)?(?:that|this|these|those|such\s+\w+|the\s+claim|the\s+argument|the\s+boast)\s+(?:\w+\s+)?(?:(?:does|do|did|will|would)\s+(?:nothing|little)\s+to\s+(?:solve|fix|address|change|resolve|remedy|protect|answer|stop|prevent)|(?:is|are|was|were)\s+(?:simply\s+|plainly\s+|just\s+)?(?:not\s+true|untrue|false|wrong|incorrect|not\s+the\s+case|misleading))\b/i;

/** Verbs that put a claim on record for a rebuttal to answer (provenance: common English, our choice). */
export const CLAIM_VERBS =
  /\b(?:boast(?:s|ed|ing)?|tout(?:s|ed|ing)?|trumpet(?:s|ed|ing)?|claim(?:s|ed|ing)?|insist(?:s|ed|ing)?|promis(?:es|ed|ing|e)|assur(?:es|ed|ing|e)|argu(?:es|ed|ing|e))\b/i;

/**
 * Words that set a statement in its own time or part ("this year" and "next year", "the first half"
 * and "the second"): two statements that each have one the other lacks are about different things.
 * English time and ordinal words, by hand.
 */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  (
    'first second third fourth last next this previous early late earlier later morning afternoon evening night ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december spring summer autumn winter quarter half'
  ).split(' '),
);
