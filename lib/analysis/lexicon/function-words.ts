/**
 * Closed-class English words the phrase rules need: auxiliaries and adverbs that sit between a
 * source and its verb, clause boundaries that end a source phrase, time words. Written from
 * English grammar, not mined.
 */

/** Between a source and its cue: "has also repeatedly said", "would later tell". */
export const BETWEEN_SOURCE_AND_CUE = (
  'has have had is are was were be been being am also did does do not never will would could should ' +
  'may might must can just first later then again repeatedly already often previously publicly ' +
  'privately recently further even still only ever once long now since flatly strongly openly ' +
  "initially subsequently immediately reportedly allegedly apparently finally n't 's 've 'd 'll " +
  'hastily quickly promptly separately jointly frequently consistently explicitly directly clearly ' +
  'simply yet soon all both himself herself themselves itself much very really rather certainly ' +
  'probably definitely actually indeed personally however nonetheless nevertheless meanwhile instead too ' +
  'afterwards afterward always sometimes seldom aloud'
).split(' ');

/** Words that end a source phrase when reading backwards from the cue. */
export const CLAUSE_BOUNDARIES = (
  'that and but or nor because when whenever while if as after before since although though where ' +
  'so than unless until whether whereas why how what yet though despite however meanwhile instead ' +
  'thus therefore hence also says said tells told is are was were has have had be been do does did ' +
  'not would will could should can may might must to by about into over against between through ' +
  'without during among amid than like unlike upon via'
).split(' ');

/** Words that link a sentence to the one before and open it, before its subject: "Yet Petrilli, a former official, said". */
export const SENTENCE_CONNECTIVES = (
  'but and so yet still then meanwhile however instead moreover furthermore indeed nevertheless ' +
  'nonetheless separately similarly likewise besides now finally ultimately overall otherwise thus ' +
  'hence therefore consequently accordingly regardless anyway elsewhere additionally'
).split(' ');

/** Particles inside names in other languages: "Diário do Sul", "Charles de Gaulle", "Ursula von der Leyen". By hand. */
export const NAME_PARTICLES = ['da', 'de', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn'];

/** Prepositions that may sit inside a source phrase: "the leader of Ennahda", "a source close to". */
export const SOURCE_PREPOSITIONS = ['of', 'from', 'at', 'for', 'with', 'in', 'on', 'within'];

export const DETERMINERS = (
  'the a an his her their its our my your this these those that some many several most few other ' +
  'another each every both all one two three four five six seven eight nine ten dozens hundreds ' +
  'thousands no any such'
).split(' ');

export const PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'one'];

/** Pronouns that open a clause of their own after a verb of thinking ("believe others were involved"). By hand. */
export const INDEFINITE_PRONOUNS = ['others', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'none', 'neither', 'either'];

export const TIME_WORDS = (
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow ' +
  'morning afternoon evening night week weekend month year day earlier later recently ' +
  'january february march april may june july august september october november december'
).split(' ');

/** Words that introduce a time phrase ("on Tuesday", "last week", "earlier this month"). */
export const TIME_LEADS = ['on', 'last', 'this', 'earlier', 'late', 'early', 'next', 'in', 'that', 'each', 'on'];

/** A time counted back or on from the report ("a day earlier", "two weeks ago"): its count, unit and direction. By hand. */
export const TIME_COUNTS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few', 'some'];
export const TIME_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year', 'decade'];
export const TIME_DIRECTIONS = ['earlier', 'later', 'ago', 'before'];
/** Words that hedge such a count: "less than two weeks ago", "nearly a year later". */
export const TIME_HEDGES = ['about', 'nearly', 'almost', 'just', 'only', 'roughly', 'barely', 'than', 'less', 'more'];

/** Words in -ly that are adjectives, nouns or verbs, not adverbs of manner: "an early warning", "a yearly Gallup poll", "a tally by". By hand. */
export const WORDS_IN_LY_NOT_ADVERBS = [
  'early', 'only', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'likely', 'unlikely', 'friendly', 'elderly',
  'lonely', 'lovely', 'costly', 'deadly', 'timely', 'orderly', 'holy', 'ugly', 'silly', 'family', 'rally', 'ally',
  'supply', 'reply', 'apply', 'tally', 'assembly', 'anomaly', 'monopoly', 'bully', 'folly', 'july', 'rely', 'imply',
  'comply', 'multiply', 'hourly', 'nightly', 'biweekly', 'lively', 'scholarly', 'burly', 'wily', 'surly', 'sickly',
  'leisurely', 'butterfly',
];
