/**
 * Reporting phrases and nouns that the mined verb list (cue-verbs.ts) cannot hold: multi-word cues
 * and nouns. From the guidelines' own list ("according to", "as quoted by", "in a statement",
 * "reportedly", "is said to", "speculation") and the commonest multi-word and noun cues of
 * PolNeAR train.
 */

/** Cue phrases whose source follows them: "according to X", "as quoted by X". Lower case. */
export const SOURCE_AFTER = ['according to', 'as quoted by', 'quoted by', 'as reported by', 'reported by', 'cited by', 'in the words of', 'as told to', 'per'];

/** Bare nouns after "according to" that make an idiom of a standard, not a source: "went according to plan". English usage. */
export const ACCORDING_TO_STANDARDS = ['plan', 'schedule', 'script', 'form', 'tradition', 'custom', 'protocol', 'design', 'expectations', 'instructions'];

/** Attributions with no source at all (vague): adverbs and passives. Lower case. */
export const SOURCELESS = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'rumored', 'rumoured', 'reputedly',
  'is said to', 'are said to', 'was said to', 'were said to', 'is believed to', 'are believed to',
  'was believed to', 'were believed to', 'is thought to', 'are thought to', 'is understood to', 'are understood to',
  'is reported to', 'are reported to', 'was reported to', 'is rumoured to', 'is rumored to', 'widely seen as', 'seen as', 'hailed as', 'regarded as', 'reputed', 'is considered',
  'are considered', 'is reputed to', 'is alleged to', 'is suspected of', 'was suspected of',
  'has been suspected of', 'is known to',
  'it is believed', 'it is thought', 'it is said', 'it has been reported', 'it was reported',
  'it is understood', 'it is expected', 'it is feared', 'it is claimed', 'it is alleged', 'it is assumed',
  'it is presumed', 'it is rumored', 'it is rumoured', 'it is suspected',
  // Disclosures by no one named ("It emerged on Tuesday that ...", British and wire usage).
  'it emerged', 'it has emerged', 'it was revealed', 'it has been revealed', 'it was disclosed', 'it has been disclosed',
  // The issue's own "is expected to": an expectation nobody is named for.
  'is expected to', 'are expected to', 'was expected to', 'were expected to', 'is widely expected to',
  'are widely expected to', 'is also expected to', 'had been expected to', 'is not expected to', 'are not expected to',
  // Estimates and forecasts nobody is named for ("Altamira is estimated to hold 9 per cent of ...").
  'is estimated to', 'are estimated to', 'was estimated to', 'were estimated to', 'is projected to', 'are projected to',
  'is forecast to', 'are forecast to', 'is predicted to', 'are predicted to',
  // Evidence given in court or at an inquest, by no one named (British court reporting).
  'the court heard that', 'the inquest heard that', 'the jury heard that', 'the tribunal heard that', 'the trial heard that', 'jurors heard that',
  'the court heard', 'the inquest heard', 'the jury heard', 'the tribunal heard', 'the trial heard', 'jurors heard',
  'a court has heard', 'the court has heard', 'an inquest has heard', 'the inquest has heard', 'a jury has heard', 'a tribunal has heard', 'a court heard', 'an inquest heard',
  // After a court's name, which is then the source ("..., Norbridge Crown Court heard.").
  'court heard', 'court has heard', 'tribunal heard', 'tribunal has heard',
  // Hearsay that names no teller: English idioms.
  'legend has it', 'rumor has it', 'rumour has it', 'word has it', 'the story goes', 'the thinking goes',
];

/**
 * What police, fire crews and paramedics "respond to" ("responded to the blaze", "a 911 call"): an
 * act, not an answer to words. Local and crime news usage, by hand.
 */
export const EMERGENCIES = ['call', 'alarm', 'blaze', 'fire', 'scene', 'incident', 'crash', 'collision', 'accident', 'emergency', 'disturbance', 'shooting', 'stabbing', 'explosion', 'break-in', 'burglary', 'robbery', 'outbreak', 'flood', 'flooding', 'storm', 'wildfire', 'address', 'home', 'house', 'residence'];

/** Nouns that carry reported content in a "that" clause: "speculation that", "the claim that". */
export const CUE_NOUNS = [
  'claim', 'speculation', 'allegation', 'assertion', 'suggestion', 'accusation', 'charge', 'fear',
  'concern', 'belief', 'warning', 'insistence', 'argument', 'announcement', 'report', 'rumor',
  'rumour', 'expectation', 'prediction', 'assessment', 'complaint', 'admission', 'denial',
  'conclusion', 'assurance', 'worry', 'doubt', 'suspicion', 'statement', 'position', 'view',
  // Opinion held in a place or a group ("The thinking in Washington is that ...").
  'thinking', 'consensus', 'assumption',
];

/**
 * A speech act told as a verb and its noun: "issued a plea for", "delivered a clear message",
 * "made the case that", "voiced concern that". GUIDELINES §1's own examples ("issued a plea",
 * "delivered a clear message") and the light verbs of PolNeAR train cues ("issued a",
 * "released a statement", "made the case").
 */
export const LIGHT_VERBS = ['issue', 'make', 'deliver', 'send', 'express', 'voice', 'give', 'offer', 'release', 'sound'];
export const SPEECH_ACT_NOUNS = [
  'plea', 'warning', 'appeal', 'call', 'message', 'statement', 'assurance', 'assurances', 'promise', 'pledge',
  'case', 'argument', 'reminder', 'concern', 'concerns', 'doubt', 'doubts', 'alarm', 'ultimatum', 'threat',
  'denial', 'apology', 'demand', 'request',
];

/**
 * Answers told as a noun, which introduce what was said only before a colon and a quote: "had a
 * snappy retort: '...'", "Her reply was short: '...'". Before "to" or "for" they name what was
 * answered ("gave an answer to the question"), so they are not SPEECH_ACT_NOUNS. By hand.
 */
export const ANSWER_NOUNS = ['retort', 'reply', 'response', 'answer', 'rejoinder', 'riposte', 'comeback', 'explanation', 'verdict'];

/**
 * Verbs the guidelines name that PolNeAR's political news uses too rarely for the mined list
 * ("assess", "divulge", "state"): trusted like the strongest mined verbs.
 */
export const GUIDELINE_VERBS = [
  'assess', 'divulge', 'disclose', 'reveal', 'announce', 'claim', 'deny', 'warn', 'allege',
  'contend', 'maintain', 'assert', 'affirm', 'stress', 'emphasize', 'emphasise', 'confirm',
  'acknowledge', 'admit', 'concede', 'insist', 'argue', 'estimate', 'predict', 'testify', 'recount',
  'add', 'tell', 'say', 'write', 'explain', 'note', 'observe', 'reply', 'remark',
];

/**
 * Guideline verbs that are as often something else ("the state", "a report"): only with "that".
 * "rule" joins the court's "hold" and "find" ("The judge ruled that the search was illegal").
 */
export const GUIDELINE_VERBS_WITH_THAT = ['state', 'report', 'believe', 'maintain', 'hold', 'find', 'rule', 'show', 'suggest', 'indicate', 'think', 'know', 'feel', 'understand', 'recognize', 'realize', 'fear', 'hope', 'expect'];

/**
 * Verbs of regarding whose passive reports a view nobody is named for: "is seen as", "was hailed
 * as", "is reviled in the West as". GUIDELINES §1 lists "is said to" and "it is believed" as vague;
 * the verbs are "seen as" from the issue's own list and the passive "… as" cues of PolNeAR train
 * (seen, viewed, regarded, considered, described, portrayed, hailed, reviled, dismissed,
 * denounced, criticized, labeled, characterized).
 */
export const REGARDING_VERBS = ['see', 'view', 'regard', 'consider', 'describe', 'portray', 'depict', 'characterize', 'hail', 'tout', 'praise', 'revile', 'dismiss', 'denounce', 'criticize', 'condemn', 'brand', 'label'];

/**
 * Verbs of speaking whose "about" + a question reports what was said: "talked about how Congress
 * would come round" (GUIDELINES §1's reported speech). Levin's verbs of talking and of manner of
 * speaking, kept to those PolNeAR train uses as cues at least once.
 */
export const SPEAKING_ABOUT = ['talk', 'speak', 'write', 'tweet', 'joke', 'complain', 'boast', 'brag', 'testify', 'comment', 'post', 'preach', 'lecture', 'reflect', 'muse', 'rail'];

/** Adjectives that report a stance after a form of "be": "is concerned that", "are worried about". */
export const STANCE_ADJECTIVES = ['concerned', 'adamant', 'worried', 'convinced', 'confident', 'hopeful', 'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'afraid', 'fearful', 'certain', 'sure', 'unconvinced', 'doubtful'];

/**
 * Verb + particle cues whose verb alone is weak: "pointed out that". The second line are stances
 * PolNeAR train writes with their particle in the cue ("shrugged off | Trump's comments", "lashed
 * out at | what he characterized as ..."); a particle that also makes a deed ("pushed back the
 * vote", "walked back to the car") is listed only with the preposition that makes it a stance.
 */
export const PARTICLE_CUES = [
  ['point', 'out'], ['make', 'clear'], ['go', 'on', 'to', 'say'], ['weigh', 'in'], ['speak', 'out'], ['lay', 'out'], ['spell', 'out'],
  ['point', 'to'], ['shrug', 'off'], ['brush', 'off'], ['lash', 'out', 'at'], ['lash', 'out', 'against'], ['shoot', 'back'], ['play', 'down'], ['play', 'up'], ['talk', 'up'], ['push', 'back', 'on'], ['push', 'back', 'against'], ['double', 'down', 'on'],
];

/** Modifiers of a verb cue that belong to the cue: "said in a statement". Lower case. */
export const CUE_TAILS = ['in a statement', 'in an interview', 'in a letter', 'in a tweet', 'in a post', 'in an email', 'in a speech', 'on twitter', 'on facebook', 'in a report', 'in a press release', 'in part'];

/**
 * Documents that report findings when they open a sentence ("In a new poll, Clinton leads ..."):
 * the guidelines' document sources (report, poll, study, filing) and their kin in PolNeAR train.
 */
export const OPENING_DOCUMENTS = [
  'poll', 'survey', 'study', 'report', 'analysis', 'memo', 'filing', 'letter', 'statement', 'audit',
  'review', 'ruling', 'complaint', 'indictment', 'lawsuit', 'affidavit', 'testimony', 'forecast',
  'projection', 'assessment', 'transcript', 'findings', 'data', 'census',
];

/**
 * Verbs of publishing one's own words (PolNeAR train: "tweeted" is a cue 16% of the time, because
 * "tweet" is as often a noun), and "read" for what a letter, a sign or an article says ('"...,"
 * the letter reads'). Right after a quote and its speaker they are as sure as "said".
 */
export const PUBLISHING_VERBS = ['tweet', 'post', 'write', 'text', 'email', 'blog', 'retweet', 'read'];

/**
 * What "say" takes as an object when it reports nothing: "said goodbye", "said no to the plan",
 * "said a prayer", and what a thing "says about" something it reveals ("says a lot about the city",
 * "says volumes"; "said little about" reports no content either: PolNeAR train annotates it once in
 * two, "says something about" never).
 * Idioms of English usage; words, so "said no one" still reads as a clause.
 */
export const SAY_IDIOMS = [
  ['goodbye'], ['good-bye'], ['hello'], ['farewell'], ['grace'], ['a', 'prayer'], ['no', 'to'], ['yes', 'to'], ['their', 'goodbyes'], ['his', 'goodbyes'], ['her', 'goodbyes'],
  ['a', 'lot', 'about'], ['much', 'about'], ['little', 'about'], ['something', 'about'], ['volumes'],
  // Nothing said: "said nothing about the strike" ("said nothing had changed" is a clause).
  ['nothing', 'about'], ['nothing', 'on'], ['nothing', 'of'],
  // "has said little publicly about the breach", "said nothing else".
  ['little', 'publicly'], ['nothing', 'publicly'], ['little', 'else'], ['nothing', 'else'],
];

/**
 * Verbs whose bare object is itself what was said: "denied any wrongdoing", "confirmed the deaths",
 * "disputed the figures". GUIDELINES §1 lists "denied"; PolNeAR train annotates "denied" + a noun
 * phrase 13 times in 15. "Rejected the offer" is an act, so "reject" is not here.
 */
export const PROPOSITION_OBJECT_VERBS = ['deny', 'dispute', 'confirm', 'acknowledge', 'admit'];

/**
 * Where words are said or written ("in a statement", "during an interview"): a phrase of these
 * closing reported content tells where it was said, not what. English usage, by hand.
 */
export const SAYING_VENUES = [
  'statement', 'memo', 'interview', 'letter', 'speech', 'email', 'e-mail', 'post', 'tweet', 'note', 'op-ed',
  'essay', 'column', 'book', 'message', 'remarks', 'video', 'ruling', 'opinion', 'filing', 'testimony',
  'hearing', 'appearance', 'broadcast', 'podcast', 'diatribe', 'address', 'briefing', 'conference', 'rally',
  // Written answers ("said in a written response included in the audit that").
  'response', 'reply', 'submission',
];

/**
 * Nouns with which a writer sums up an act in apposition after it: "endorsed Clinton on Thursday, a
 * sign that labor is uniting". English usage, by hand.
 */
export const ACT_GLOSS_NOUNS = ['sign', 'move', 'step', 'example', 'reversal', 'departure', 'shift', 'setback', 'blow', 'boost', 'rebuke', 'reminder', 'indication', 'signal', 'victory', 'defeat', 'result', 'outcome', 'development', 'escalation'];

/** Participles with which a writer comments on the act after it: "acknowledged ..., reversing its earlier account". By hand. */
export const ACT_GLOSS_PARTICIPLES = ['reversing', 'contradicting', 'marking', 'signaling', 'signalling', 'underscoring', 'echoing', 'prompting', 'fueling', 'fuelling', 'deepening', 'ending', 'capping', 'dealing', 'paving', 'clearing'];

/**
 * Nouns with which a writer sums up what was said, in apposition after it: "..., a claim economists
 * dispute." Chosen by hand from the nouns of saying above and in CUE_NOUNS, and the nouns of what a
 * document finds ("..., a finding the agency disputes").
 */
export const SUMMING_NOUNS = ['claim', 'charge', 'assertion', 'allegation', 'accusation', 'contention', 'argument', 'prediction', 'statement', 'notion', 'view', 'position', 'figure', 'estimate', 'promise', 'pledge', 'remark', 'comment', 'characterization', 'description', 'finding', 'conclusion', 'verdict', 'account', 'version', 'forecast', 'projection', 'assessment', 'theory', 'suggestion'];

/** Those a speaker addresses before a colon and a quote: "She addressed the supporters again:". By hand. */
export const AUDIENCES = ['crowd', 'crowds', 'audience', 'room', 'supporters', 'reporters', 'delegates', 'congregation', 'students', 'graduates', 'rally', 'jury', 'court', 'chamber', 'nation', 'country'];

/**
 * Verbs of the manner of speaking, which report words only beside quotation marks ('"...," quipped
 * Noah'). English usage, by hand; PolNeAR train has each too rarely for the mined list.
 */
export const QUOTING_VERBS = [
  'quip', 'joke', 'retort', 'snap', 'shout', 'yell', 'scream', 'exclaim', 'mutter', 'whisper', 'murmur',
  'sigh', 'laugh', 'gush', 'scoff', 'sneer', 'grumble', 'groan', 'bark', 'thunder', 'marvel', 'muse',
  'deadpan', 'blurt', 'stammer', 'plead', 'tease', 'crow', 'lament', 'bellow', 'roar', 'hiss', 'growl',
  'sob', 'chuckle', 'interject', 'fume', 'rant', 'cry', 'wonder', 'chime',
  // Words sung or recited are quoted too.
  'sing', 'recite',
];
