/**
 * Who a source phrase stands for: pronouns and back-references ("he", "they", "the official",
 * "the president") take the nearest earlier source that fits; quotes with no cue keep the speaker
 * they carried over.
 */
import type { SourceType, Span } from '../report/types';
import type { Draft } from './attribute';
import { bodiesIn, classifySource, peopleBesides, type SourceClass } from './classify';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './lexicon/given-names';
import { ANONYMOUS_NOUNS, BODY_SYNONYMS, BUSINESS_NOUNS, COMPANY_NAME_ENDINGS, DOCUMENT_NOUNS, DOCUMENT_SYNONYMS, ORGANIZATION_NOUNS, PARTY_MEMBERS, PERSON_ROLE_NOUNS, PERSON_TITLES, ROLE_MODIFIERS, TRANSCRIPT_ROLES } from './lexicon/sources';
import { nounForms } from './inflect';
import { firstAtOrAfter } from './attribute-sentence';
import { verbCue } from './cue-lexicon';

export interface Speaker {
  source: string | null;
  resolved?: string;
  type: SourceType;
  via?: string;
  why: string;
  /** Where `source` stands in the text (for a carried-over speaker, where it was named). */
  sourceSpan: Span | null;
  /** Where `resolved` (or the source itself) was named. */
  resolvedSpan: Span | null;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'i']);
const GROUP_PRONOUNS = new Set(['they', 'we', 'them', 'their']);
// "the study found" after "a study published in Neurology": documents are referred back to as bodies are.
const BACK_NOUNS = new Set([...ANONYMOUS_NOUNS, ...ORGANIZATION_NOUNS, ...PERSON_TITLES, ...PERSON_ROLE_NOUNS, ...DOCUMENT_NOUNS].flatMap((n) => nounForms(n)));
const DOCUMENT = new Set(DOCUMENT_NOUNS.flatMap((n) => nounForms(n)));
/** Back-references that any public body may be called. */
const GENERIC_BODY = new Set(['agency', 'body', 'organization', 'organisation', 'regulator', 'watchdog']);
/** "the Federal Aviation Administration", "the Met Office": a named body whose last word says it is a public one. */
const PUBLIC_BODY_ENDING = /\b(?:administration|agency|authority|bureau|commission|department|ministry|office|service|board|directorate|inspectorate|institute|council)$/i;
const isPublicBody = (s: Seen) => !s.quoted && !/\sand\s/i.test(s.resolved) && s.cls.type === 'named-organization' && /\p{Lu}/u.test(s.resolved.replace(/^the\s+/i, '').slice(0, 1)) && PUBLIC_BODY_ENDING.test(s.resolved.trim());
const BACK_REF = /^(?:the|this|that|these|those)\s+(?:[a-z-]+\s+)?([a-z-]+)$/i;
/** "his lawyer", "her spokesman": a role its owner's pronoun stands before. */
const OWNED_ROLE = /^(?:his|her|their)\s+([a-z-]+)$/i;
const BUSINESS = new Set(BUSINESS_NOUNS);
/** Words of a role that stand between capitals before a name ("Former United captain Roy Kean"). */
const ROLE_NOUN_ALTERNATION = [...ANONYMOUS_NOUNS, ...PERSON_ROLE_NOUNS].flatMap((n) => nounForms(n)).join('|');
const TITLE_WORDS = new Set(PERSON_TITLES);
const ROLE_WORDS = new Set([...PERSON_TITLES, ...ANONYMOUS_NOUNS, ...PERSON_ROLE_NOUNS, ...ROLE_MODIFIERS]);
const ROLE_LABELS = new Set(TRANSCRIPT_ROLES);
const PARTY_MEMBER = new Set(PARTY_MEMBERS);
/** "the 45-year-old": a back-reference by age. */
/** "the 24-year-old", "the 24-year-old Norwegian", "the 31-year-old striker": a person by age, on second mention. */
const BY_AGE = /^the\s+(\d{1,3})-year-old(?:\s+\p{L}[\p{L}-]*){0,2}$/iu;
const ORGANIZATION = new Set(ORGANIZATION_NOUNS.flatMap((n) => nounForms(n)));
/** A company named by its bare name ("Boeing", "Centrica"), not a body such as "the ministry" or "Police". */
/** "Pfizer, which developed the vaccine": the name before any description. */
/** "Acme Corp.", "Widget Holdings": a name with a company's legal suffix. */
const COMPANY_SUFFIX = /^(?:\p{Lu}[\p{L}&'’-]*\.?\s+){1,3}(?:Corp|Corporation|Inc|Co|Ltd|LLC|Group|Holdings|PLC|plc|AG|SA|NV|GmbH)\.?$/u;

const isCompanyName = (s: Seen) => {
  const name = s.resolved.split(',')[0].trim();
  // ("Redvale Resources", "Crestline Bakeries": a name a company's trade ends.)
  return s.cls.type === 'named-organization' && /^\p{Lu}/u.test(name) && ((!/\s/.test(name) && !ORGANIZATION.has(name.toLowerCase())) || COMPANY_SUFFIX.test(name) || companyLike(name));
};

/** "Maria Gonzalez, 45, a nurse ... the 45-year-old said": the last name given that age before `before`. */
function namedByAge(text: string, age: string, before: number): { name: string; span: Span } | undefined {
  const re = new RegExp(`(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+),\\s+${age}\\b`, 'gu');
  let found: { name: string; span: Span } | undefined;
  for (const m of text.slice(0, before).matchAll(re)) found = { name: m[1], span: { start: m.index, end: m.index + m[1].length } };
  return found;
}

interface Seen {
  text: string;
  resolved: string;
  resolvedSpan: Span | null;
  cls: SourceClass;
  /**
   * Named inside a quote: '"George W. Bush got fewer votes," he points out' is about Bush, not
   * by him, so a pronoun does not reach back to it; a surname may still take its full name.
   */
  quoted?: boolean;
}

/** "the engineers" after "two city engineers ... said": an earlier unnamed source with that head. */
const sameUnnamedGroup = (noun: string) => {
  const stem = noun.toLowerCase().replace(/(s|es)$/, '');
  return (s: Seen) => s.cls.type === 'anonymous' && new RegExp(`\\b${stem}(s|es)?\\b`, 'i').test(s.resolved);
};

/**
 * The gender a phrase names, when its title or role noun says so ("Ms. Adler", "a spokeswoman"):
 * "she" then does not reach back to "Mr. Gale".
 */
const FEMININE = /\b(ms|mrs|miss|madam|lady|dame|queen|princess|woman|women|spokeswoman|chairwoman|congresswoman|businesswoman|mother|daughter|wife|sister|grandmother|girl|actress|widow)\b/i;
const MASCULINE = /\b(mr|sir|lord|king|prince|man|men|spokesman|chairman|congressman|businessman|father|son|husband|brother|grandfather|boy|actor|widower)\b/i;
const FEMALE_NAMES = new Set(FEMALE_GIVEN_NAMES);
const MALE_NAMES = new Set(MALE_GIVEN_NAMES);

/** Every use of a gendered word, for asTitle. */
const FEMININE_ALL = new RegExp(FEMININE.source, 'gi');
const MASCULINE_ALL = new RegExp(MASCULINE.source, 'gi');

/** "Billie Jean King", "Stephen Lord": a title word that ends a name after a capital is a surname, which says no gender. */
const asTitle = (phrase: string, word: RegExp, every: RegExp) => {
  if (!word.test(phrase)) return false;
  for (const m of phrase.matchAll(every)) {
    const surname = /^\p{Lu}/u.test(m[0]) && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(phrase.slice(0, m.index)) && !/^\s+\p{Lu}/u.test(phrase.slice(m.index + m[0].length));
    if (!surname) return true;
  }
  return false;
};

/** The gender a phrase's title or role noun says, or else the first given name in its name part. */
const genderOf = (whole: string): 'f' | 'm' | undefined => {
  // ("Ruth Ebersole, a retired nurse whose husband, Walter, ...": whose relative is another person.)
  const phrase = whole.split(/\s+whose\s+/i)[0];
  if (asTitle(phrase, FEMININE, FEMININE_ALL)) return 'f';
  if (asTitle(phrase, MASCULINE, MASCULINE_ALL)) return 'm';
  // "the assailant, John McGraw": the name may follow a role; "Bill Clinton's wife" is not Bill.
  // Only the first part between commas with a name counts: "Stacey Edwards, 31, with 13-year-old
  // Jonathan in tow" is no man.
  const head = phrase.split(/\s+(?:who|which|that)\s+/)[0];
  const named = head.split(/,\s*/).find((part) => HAS_NAME_RUN.test(part)) ?? head;
  const words = named.split(/[\s,]+/);
  for (const [k, w] of words.entries()) {
    // "Virginia Gov. Terry McAuliffe": a word before a title is a place.
    if (/['’]s$/.test(w) || TITLE_WORDS.has(words[k + 1]?.replace(/\.$/, '').toLowerCase())) continue;
    // ("Lucía", "José": the lists hold names without their accents.)
    const lower = w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (FEMALE_NAMES.has(lower)) return 'f';
    if (MALE_NAMES.has(lower)) return 'm';
  }
  return undefined;
};

/**
 * "Sarah Okafor opened her bakery": a possessive a few words after a name, before any other name,
 * tells the name's gender when no title does.
 */
function genderAfter(text: string, span: Span | null): 'f' | 'm' | undefined {
  if (!span) return undefined;
  const after = text.slice(span.end, span.end + 60);
  // "The senator ... said Monday she would": the subject of what one says of oneself.
  const m = /^(?:\s+[\p{Ll}\d,'’-]+){1,5}?\s+(her|his)\b/u.exec(after) ?? /^,?\s+(?:said|says|told|tells|added|wrote|insisted|argued)(?:\s+[\p{L}]+){0,2}?\s+(she|he)\b/u.exec(after);
  return m ? (/^(her|she)$/.test(m[1]) ? 'f' : 'm') : undefined;
}

/**
 * "Analyst Dana Reyes ... Ms. Reyes later wrote": the courtesy title the surname takes elsewhere in
 * the article, when only one person bears it (not "Ivanka Trump" beside "Mr. Trump").
 */
function titledGender(text: string, phrase: string): 'f' | 'm' | undefined {
  const name = /(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)$/u.exec(headPart(phrase));
  if (!name) return undefined;
  const [, given, surname] = name;
  const genders = new Set([...text.matchAll(new RegExp(`\\b(Mr|Ms|Mrs|Miss)\\.?\\s+${surname}\\b`, 'g'))].map((m) => (m[1] === 'Mr' ? 'm' : 'f')));
  if (genders.size !== 1) return undefined;
  const others = [...text.matchAll(new RegExp(`\\b(\\p{Lu}[\\p{Ll}'’-]+)\\s+${surname}\\b`, 'gu'))].some((m) => m[1] !== given && !/^(Mr|Ms|Mrs|Miss|Dr|The|and)$/.test(m[1]));
  return others ? undefined : [...genders][0] as 'f' | 'm';
}

/** `read` memoised by its key. */
function readOnce<T>(read: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, read(key));
    return seen.get(key) as T;
  };
}

/**
 * The names an acronym may stand for, in text order: one it was given in brackets after ("the
 * Dunmore Borough Council (DBC)"), or a capitalised name whose initials spell it.
 */
function namesOfAcronym(text: string, acronym: string): Mention[] {
  const initials = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const out: Mention[] = [];
  for (const m of text.matchAll(ACRONYM_NAME)) {
    const name = m[1].replace(/^The\s+/, '');
    if ((m[2] === acronym || !m[2]) && initials(name) === acronym) {
      const start = m.index + m[0].indexOf(name);
      out.push({ label: acronym, name, span: { start, end: start + name.length } });
    }
  }
  return out;
}
const ACRONYM_NAME = /((?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:of|for|and|the|on|in|&)\s+)*)+\p{Lu}[\p{L}'’&-]*)(?:\s+\((\p{Lu}{2,6})\))?/gu;

/** A clause word a sentence-initial name pattern picks up: "When Sarah Okafor opened ...". */
const CLAUSE_WORD = /^(?:When|After|Before|If|As|But|And|While|Since|Because|Although|Though|Once|Until|Unless|Then|So|Yet|Still|Now|Later|Unlike|Like|Despite|Even|Only|On|In|At|During|From|With|For|To|Of|By|Beyond|Against|Among|Amid|Without|Within|Across|Behind|Besides|Through|Under|Over|Between|Toward|Towards|Around|Inside|Outside|Along|Rival|Fellow)\s+/;

const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/;

/** "Mrs. Clinton and Ms. Warren": more than one person, no one's full name. */
const SEVERAL = /\s(?:and|&)\s/;

/** A phrase of capitalised words and initials only: a name, not "an adviser to Donald Trump". */
const NAME_ONLY = /^(?:\p{Lu}[\p{L}'’-]*\.?\s+)*\p{Lu}[\p{L}'’-]+$/u;

/**
 * The name in a phrase with what introduces it: the first part of "Imran Khan, the party's founder",
 * the last of "his sister, Aleema Khan" (introduced with "his sister"), never a description's
 * "a spokesman for Mrs. Clinton". The first part stands unless a later part is a name that `fits`.
 * `proper` is the name's last run of capitalised words: "Lance Wallnau" of "Christian and corporate
 * speaker Lance Wallnau".
 */
function namePart(phrase: string, fits: (part: string) => boolean): { name: string; proper: string; introduced: string; at: number } {
  const parts = phrase.split(',');
  const clean = (part: string) => part.replace(NAME_TAIL, '').trim();
  const isName = (part: string, k: number) => !/['’]s$/.test(clean(part)) && fits(clean(part)) && (k === 0 || NAME_ONLY.test(clean(part)));
  const i = Math.max(0, parts.findIndex(isName));
  const before = parts.slice(0, i).join(',').length + (i ? 1 : 0);
  const name = clean(parts[i]);
  const proper = /(?:\p{Lu}[\p{L}'’-]*\.?\s+)*\p{Lu}[\p{L}'’-]*$/u.exec(name)?.[0] ?? name;
  return { name, proper, introduced: clean(parts.slice(0, i + 1).join(',')), at: before + parts[i].indexOf(name) };
}

/**
 * The word before a name's surname when it is a given name: "Aleema" of "His sister, Aleema Khan".
 * Not a title, not an initial, and not a word the article also writes in lower case: "Was" of "Was
 * Szlachta" is a sentence's first word, read into the name.
 */
function givenName(name: string, lowerCaseWords: () => ReadonlySet<string>): string | undefined {
  const words = name.split(/\s+/);
  const w = words[words.length - 2];
  if (!w || !/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
  const lower = w.toLowerCase();
  if (ROLE_WORDS.has(lower) || PARTY_MEMBER.has(lower)) return undefined;
  return FEMALE_NAMES.has(lower) || MALE_NAMES.has(lower) || !lowerCaseWords().has(lower) ? w : undefined;
}

/** What may follow a name without being it: a party label, a generational suffix. */
const NAME_TAIL = /(?:\s*\([^)]*\)|,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))+$/;
const PRONOUN_GENDER: Record<string, 'f' | 'm' | undefined> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f' };

/** Plural by its head: "attorneys for the family" is plural, "a spokesman for the firms" is not. */
/** "a senior Democrat", "the spokeswoman", "her son": an unnamed phrase that stands for one person, not "the crowd". */
const PERSON_HEADS = new Set([...ANONYMOUS_NOUNS, ...PERSON_ROLE_NOUNS, ...PERSON_TITLES, ...PARTY_MEMBERS].map((n) => n.toLowerCase()));
const namesOnePerson = (s: string) => {
  const head = s.split(/,|\s+(?:for|of|from|at|in|with|to|on|who|which|that)\s+/i)[0].trim().split(/\s+/).pop()!.toLowerCase();
  // ("The landowner, who asked that his name not be published": whoever "who" is said of is a person.)
  // ("An engineer in the Dublin office, who asked not to be named": so is one described before the "who".)
  return PERSON_HEADS.has(head) || FEMININE.test(s) || MASCULINE.test(s) || /^(?:the|a|an|one)\s+[a-z-]+(?:\s+(?:in|at|for|from|with|on)\s+[^,]+)?,\s+who\s/i.test(s);
};

/** The person a "who" follows: the phrase, or the people after its last preposition when its head is no person. */
function whoseAntecedent(phrase: string): string {
  const parts = phrase.split(/\s+(?:from|of|by|among|with|for)\s+/i);
  const personHead = (p: string) => {
    const head = p.trim().split(/\s+/).pop()!.toLowerCase();
    return PERSON_HEADS.has(head) || PERSON_HEADS.has(head.replace(/s$/, '')) || head === 'people';
  };
  const last = parts[parts.length - 1];
  // "Annamaria Schifano, then the girlfriend of Freddy's best friend, who": after a description, "who" is the one described.
  // "criticism from environmental groups, who": a group a thing comes from is who speaks too. After
  // "of" it is a share's whole ("half of the respondents, who"), and a capital ends a name ("Texas").
  const from = /\s(?:from|by|with)\s+[^]*$/i.test(phrase) && !/\s(?:of|among|for)\s/i.test(phrase.slice(phrase.length - last.length - 8));
  const group = from && isPlural(last) && /\s\p{Ll}+$/u.test(` ${last.split(/\s+(?:for|of|from|at|in|with|to|on)\s+/i)[0]}`);
  if (parts.length > 1 && !phrase.includes(',') && !personHead(parts[0]) && (personHead(last) || group) && phrase.endsWith(last)) return last;
  // "drew fire from Jane Roe, who", "from Sen. Ted Cruz of Texas, who": a name a thing comes from.
  // ("a point of pride for Gov. Abigail Stroud, who": or is for.)
  // ("came from board member Frank Ostrowski, who": with a role before the name.)
  const named = /^([^]*)\s(?:from|by|with|for)\s+((?:[\p{Ll}-]+\s+){0,2}\p{Lu}[^]*)$/u.exec(phrase);
  return named && !phrase.includes(',') && !personHead(named[1]) ? named[2] : phrase;
}

/** A phrase without what describes it: "attorneys for the family" → "attorneys". */
const headPart = (s: string) => s.split(/,|\s+(?:for|of|from|at|in|with|to|on|who|which|that|familiar|close|involved|briefed|knowledgeable)\s+/i)[0].trim();

/** "The mayor and the police chief", "Mr. Effron and Mr. Pruzan": two people joined, whose pronoun is "they". */
const JOINED_PEOPLE = /\sand\s+(?:the|a|an|his|her|their|its|mr\.|ms\.|mrs\.|dr\.)\s/i;
const joinedPeople = (s: string) => JOINED_PEOPLE.test(headPart(s));

const isPlural = (s: string) => {
  const head = headPart(s);
  return (/(s|people|men|staff|police)$/i.test(head) && !/(ss|us|is)$/i.test(head)) || JOINED_PEOPLE.test(head);
};

/** A single word the classifier typed a body only because it is a name ("Patel", "Jones"). */
const loneNameBody = (cls: SourceClass, name: string) => cls.type === 'named-organization' && cls.why.startsWith('name ') && !/\s/.test(name.trim());

/** Where each subject pattern below starts: a sentence or a paragraph, which in a live blog may open with its time ("16:48 — ", "8:25 a.m. — "). */
const OPENING = String.raw`(?:^|[.!?][\u201d"']?\s+|\n\s*)(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[\u2014\u2013-]\s*)?(?:(?:In|On|By|Last|This|Earlier|Later)\s+\p{Lu}?[\p{Ll}\d]+(?:\s+\d{4})?,\s+)?`;

/**
 * People named as the subject of a sentence that reports nothing ("Fiona Parry issued a plea ..."):
 * a "she" in the next quote most likely means them, so they join the antecedents in text order.
 */
const SUBJECT_NAME = new RegExp(String.raw`(?:${OPENING}|,\s+but\s+)((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?[^\S\n]+\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}\.)?(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)*|\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}\.)?(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)+))(?=\s+\p{Ll}|,)`, 'gu');

/**
 * "Her son disagrees.", "Her husband, Karim, nodded.": a person the sentence names by kin or sex
 * ("her son", "a woman", "Rodriguez's mother"), with the name given beside it, whose gender tells a
 * "he" or "she" in the next quote who speaks.
 */
const SUBJECT_PERSON = new RegExp(String.raw`${OPENING}((?:Her|His|Their|My|Our|The|A|An|\p{Lu}[\p{L}-]+['’]s)\s+(?:[a-z-]+\s+)?(?:son|daughter|wife|husband|mother|father|brother|sister|grandmother|grandfather|man|woman|boy|girl|widow|widower)(?:,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?=,))?)(?=,?\s+\p{Ll})`, 'gu');

/** "Former United captain Roy Kean was scathing", "Council member Ruiz disagreed": a name with a role between its capitals. */
const SUBJECT_ROLE_NAME = new RegExp(String.raw`${OPENING}((?:\p{Lu}[\p{L}'’-]+[^\S\n]+){1,3}(?:\p{Ll}[\p{Ll}-]+[^\S\n]+){1,2}\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}\.)?(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)*)(?=\s+\p{Ll}|,)`, 'gu');

/** "The county executive, Tom Briggs, disputed ...", "Sable Cay's premier, Joseph Arlington, has ordered ...": a role, then the name between commas. */
const SUBJECT_APPOSED_NAME = new RegExp(String.raw`${OPENING}(?:The|A|An|Her|His|Their|(?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+,\s+(\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}\.)?(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)+),\s+\p{Ll}`, 'gu');

/**
 * "Gonzalez is not convinced.": a lone capitalised word opening a sentence before a verb, a surname when a full name ended in it.
 * ("Dessaix, who saved two match points, was asked ...": a relative clause may stand between them.)
 */
const SUBJECT_SURNAME = new RegExp(String.raw`${OPENING}(\p{Lu}[\p{Ll}'’-]+)(?=(?:,\s+(?:who|whose)\s[^.!?\n"“”,]{1,100},)?\s+(?:is|was|has|had|did|does|remains|remained|seems|seemed|nodded|shrugged|laughed|smiled|paused|agreed|disagreed|sighed|insists|insisted|disagrees|agrees|wants|wanted|hopes|hoped|worries|worried|\p{Ll}{2,}ed)\b)`, 'gu');
/** A run of two or three capitalised words (a name), the last of which is captured. */
const FULL_NAME = /\b\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}\.)?(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)?[^\S\n]+(\p{Lu}[\p{Ll}'’-]+)\b/gu;

interface FullName {
  at: number;
  name: string;
}

/**
 * Each surname's first full naming, so a lone surname is read in one pass over the article; a
 * surname two people share ("Khizr and Ghazala Khan") names neither. "Is Donald Trump": a word the
 * article also writes in lower case opens a sentence, not the name.
 */
/** Days, and months that are no one's given name. */
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|July|September|October|November|December)$/;

function fullNamesIn(text: string, lowerCaseWords: () => ReadonlySet<string>): Map<string, FullName | null> {
  const names = new Map<string, FullName | null>();
  for (const m of text.matchAll(FULL_NAME)) {
    const words = m[0].split(/\s+/);
    // "Although Weiner admitted": a clause word opening the run is no given name, nor is a day ("on
    // Monday Oyiro acknowledged").
    const name = lowerCaseWords().has(words[0].toLowerCase()) || CLAUSE_WORD.test(`${words[0]} `) || DAY_OR_MONTH.test(words[0]) ? words.slice(1).join(' ') : m[0];
    if (!/\s/.test(name)) continue;
    const known = names.get(m[1]);
    const pair = /\p{Lu}[\p{L}'’-]+\s+(?:and|&)\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (pair) names.set(m[1], null);
    else if (known === undefined) names.set(m[1], { at: m.index + m[0].length - name.length, name });
    else if (known && !known.name.endsWith(name) && !name.endsWith(known.name)) names.set(m[1], null);
  }
  return names;
}

/**
 * "scholar A.E. Dick Howard at the University": a period after an initial opens no sentence. (After a
 * title it does not either, but "Mr. Trump is" is the surname's subject all the same.)
 */
function afterInitial(text: string, at: number): boolean {
  const m = /(\S+)\.\s+$/.exec(text.slice(Math.max(0, at - 24), at));
  return !!m && (/^\p{Lu}$/u.test(m[1]) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(m[1]));
}

function subjectNames(text: string, people: ReadonlySet<string>, bodies: ReadonlySet<string>, fullNameOf: (surname: string) => FullName | null | undefined): { span: Span; name: string; cls: SourceClass }[] {
  const out: { span: Span; name: string; cls: SourceClass }[] = [];
  for (const m of text.matchAll(SUBJECT_SURNAME)) {
    const start = m.index + m[0].length - m[1].length;
    const full = fullNameOf(m[1]);
    if (!full || full.at >= start || afterInitial(text, start) || classifySource(full.name, people, bodies).type !== 'named-person') continue;
    // Named by the full name, whose given name may tell "she" from "he".
    out.push({ span: { start, end: start + m[1].length }, name: full.name, cls: { type: 'named-person', why: `surname "${m[1]}" of "${full.name}"` } });
  }
  for (const m of text.matchAll(SUBJECT_ROLE_NAME)) {
    const name = m[1].replace(CLAUSE_WORD, '');
    const between = name.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w));
    if (!between.every((w) => ROLE_WORDS.has(w)) || /['’]s$/.test(name)) continue;
    // "Council member Ruiz": one capitalised word after the role is a surname only when an office comes
    // right before it; "The former Mexican", "Other former CIA" describe a person yet to be named.
    const words = name.split(/\s+/);
    if (/^\p{Ll}/u.test(words[words.length - 2]) && (!TITLE_WORDS.has(words[words.length - 2]) || /^(?:The|A|An|Other|Another|Some)$/.test(words[0]) || /^\p{Lu}+$/u.test(words[words.length - 1]))) continue;
    const cls = classifySource(name, people, bodies);
    const start = m.index + m[0].length - name.length;
    if (cls.type === 'named-person' && !afterInitial(text, start)) out.push({ span: { start, end: start + name.length }, name, cls });
  }
  // The shorter reading of a name already read with its role ("Former United") is no subject of its own.
  const withRole = new Set(out.map((o) => o.span.start));
  for (const m of text.matchAll(SUBJECT_NAME)) {
    // "Mr. Vander Plaats's introduction": the owner, by name, is who a later "he" likely is.
    // "Said Dorothy Poynter, ...": a cue fronted before its speaker is no part of the name.
    const name = m[1].replace(CLAUSE_WORD, '').replace(/['’]s$/, '').replace(/^(\S+)\s+(?=\S)/, (w, first: string) => ((verbCue(first.toLowerCase())?.ratio ?? 0) >= 0.4 && !MALE_NAMES.has(first.toLowerCase()) && !FEMALE_NAMES.has(first.toLowerCase()) ? '' : w));
    if (!/\s/.test(name)) continue;
    const cls = classifySource(name, people, bodies);
    if (cls.type !== 'named-person') continue;
    const start = m.index + m[0].length - name.length;
    if (!withRole.has(start) && !afterInitial(text, start)) out.push({ span: { start, end: start + name.length }, name, cls });
  }
  for (const m of text.matchAll(SUBJECT_APPOSED_NAME)) {
    const cls = classifySource(m[1], people, bodies);
    const start = m.index + m[0].indexOf(m[1], m[0].indexOf(','));
    if (cls.type === 'named-person') out.push({ span: { start, end: start + m[1].length }, name: m[1], cls });
  }
  for (const m of text.matchAll(SUBJECT_PERSON)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ span: { start, end: start + m[1].length }, name: m[1], cls: classifySource(m[1], people, bodies) });
  }
  // "Sowe's ministry rejected the findings. ... it said": a body a sentence opens on is who "it" is next.
  for (const m of text.matchAll(SUBJECT_BODY)) {
    const cls = classifySource(m[1], people, bodies);
    const start = m.index + m[0].length - m[1].length;
    if (cls.type === 'named-organization' && !afterInitial(text, start)) out.push({ span: { start, end: start + m[1].length }, name: m[1], cls });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A named body's noun a sentence opens on ("The Interior Ministry", "Sowe's ministry"), then its verb. */
const SUBJECT_BODY = new RegExp(String.raw`${OPENING}((?:The(?=(?:[^\S\n]+[\p{L}-]+){0,2}?[^\S\n]+\p{Lu})|(?!(?:It|He|She|That|What|There|Here|Let|Who|This)['’]s)\p{Lu}[\p{L}'’-]+['’]s)(?:[^\S\n]+[\p{L}-]+){0,3}?[^\S\n]+(?:${ORGANIZATION_NOUNS.filter((w) => !w.includes(' ')).join('|')}))(?=[^\S\n]+(?:\p{Ll}+ed|said|says|has|had|was|is|will|would)\b)`, 'gu');

const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}\.)?(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)+/gu;
const HAS_NAME_RUN = new RegExp(NAME_RUN.source, 'u');

/**
 * Whom a Q&A interviews: of the people its introduction (the text before the first answer) names,
 * the one the whole piece mentions most, as the introduction's subject usually is.
 */
function intervieweeOf(text: string, firstAnswer: number, people: ReadonlySet<string>, bodies: ReadonlySet<string>): { name: string; span: Span } | undefined {
  let best: { name: string; span: Span; mentions: number } | undefined;
  for (const m of text.slice(0, firstAnswer).matchAll(NAME_RUN)) {
    const name = m[0].replace(CLAUSE_WORD, '');
    if (!/\s/.test(name) || classifySource(name, people, bodies).type !== 'named-person') continue;
    const surname = name.split(/\s+/).pop()!;
    const mentions = text.split(surname).length - 1;
    const start = m.index + m[0].length - name.length;
    if (!best || mentions > best.mentions) best = { name, span: { start, end: start + name.length }, mentions };
  }
  return best && { name: best.name, span: best.span };
}

/**
 * "The mother of a woman who ... has described" and, later, "her mother, Fiona, said": an unnamed
 * person the article names further on is not anonymous (GUIDELINES §1: "being unnamed is what
 * matters"). Returns that name and where it stands.
 */
/** Titles written short, spelled out, so that "the governor" finds "Gov. Elaine Harmon" and "the councillor" "Cllr Derek Famuyiwa". */
const SHORT_TITLES: Record<string, string> = { gov: 'Governor', sen: 'Senator', rep: 'Representative', cllr: 'Councillor', gen: 'General', lt: 'Lieutenant', col: 'Colonel', sgt: 'Sergeant', capt: 'Captain', adm: 'Admiral', det: 'Detective', insp: 'Inspector', supt: 'Superintendent', prof: 'Professor', amb: 'Ambassador', atty: 'Attorney' };
const SHORT_TITLE = new RegExp(`\\b(${Object.keys(SHORT_TITLES).map((t) => t[0].toUpperCase() + t.slice(1)).join('|')})\\b\\.?(?=\\s)`, 'g');
const HAS_SHORT_TITLE = new RegExp(SHORT_TITLE.source);
/**
 * Unnamed-person nouns that are also offices a named person holds, so "the prosecutor" may stand for
 * "Assistant District Attorney Paul Reddick" (not "the official", "the source", "the spokesman", which
 * stand for someone unnamed). By hand.
 */
const NAMED_OFFICES = new Set(['prosecutor', 'investigator', 'commander', 'negotiator', 'witness', 'lawyer', 'attorney', 'doctor', 'teacher', 'nurse']);

/** Offices a later mention calls by what they do: "Assistant District Attorney Paul Reddick ... the prosecutor said". */
const OFFICE_ROLES: [RegExp, string][] = [[/\b(?:district|state's|prosecuting|commonwealth's) attorney\b|\bcrown prosecutor\b|\bD\.?A\.?\s+(?=\p{Lu})/iu, 'prosecutor']];
const fullTitles = (phrase: string) => {
  const spelled = HAS_SHORT_TITLE.test(phrase) ? phrase.replace(SHORT_TITLE, (_, t: string) => SHORT_TITLES[t.toLowerCase()]) : phrase;
  const role = OFFICE_ROLES.find(([office]) => office.test(spelled));
  return role ? `${spelled} (${role[1]})` : spelled;
};

/** "A former student, Adaeze Umeh, now a professor at ..." and "Adaeze Umeh" are one person: the first name in a phrase. */
const personKey = (phrase: string) => phrase.match(NAME_RUN)?.[0] ?? phrase;

/** Roles a story names by either word ("a lawyer for the family ... the family's attorney, Miriam Castellano"). English usage. */
const ROLE_SYNONYMS: Record<string, string> = { lawyer: 'attorney', attorney: 'lawyer' };
/** How far on a name given after its role is looked for: a few paragraphs. */
const NAMED_LATER_REACH = 3000;

function namedLater(text: string, source: string, from: number): { name: string; span: Span } | undefined {
  const words = source.toLowerCase().split(/\s+/);
  if (!/^(the|a|an)$/.test(words[0])) return undefined;
  const head = words.slice(1, 3).find((w) => ANONYMOUS_NOUNS.includes(w));
  if (!head) return undefined;
  const role = ROLE_SYNONYMS[head] ? `(?:${head}|${ROLE_SYNONYMS[head]})` : head;
  const naming = new RegExp(`\\b(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he)\\s+${role},?\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)`, 'gu');
  naming.lastIndex = from;
  const m = naming.exec(text);
  // ("a lawyer for the man's family ... Miriam Castellano, the attorney representing Boyd's mother": the name
  // first, then the role, in the next paragraphs.)
  const after = new RegExp(`(?<!\\p{Lu}[\\p{L}'’-]*\\s|[\\p{L}'’-])((?:\\p{Lu}[\\p{Ll}'’-]+\\s+){1,2}\\p{Lu}[\\p{L}'’-]+),\\s+(?:the|a|an)\\s+${role}\\b`, 'gu');
  after.lastIndex = from;
  // (Only for one who acts for someone: "a potential president" is no "Luis Osuna, the president of the association".)
  const actsFor = /^(?:lawyer|attorney|spokesman|spokeswoman|spokesperson)$/.test(head) && /\sfor\s/.test(source.toLowerCase());
  const n = actsFor ? after.exec(text.slice(0, from + NAMED_LATER_REACH)) : null;
  if (!m && !n) return undefined;
  if (!m || (n && n.index < m.index)) {
    const start = n!.index + n![0].indexOf(n![1]);
    return { name: n![1], span: { start, end: start + n![1].length } };
  }
  const start = m.index + m[0].length - m[1].length;
  return { name: m[1], span: { start, end: start + m[1].length } };
}

// "Musk, who bought the company": what a relative clause mentions is not what the phrase names.
const RELATIVE_OPENING = /^(?:who|whom|whose|which|where|when)\b/i;
/**
 * A source phrase without what follows a preposition after a common noun, in each of its
 * comma-separated parts: "the office" names "the city's office", not "a spokeswoman for the city's
 * office", while "the university" still names "University of Michigan researchers".
 */
const withoutModifiers = (phrase: string) => phrase.split(/,\s*/).filter((part) => !RELATIVE_OPENING.test(part)).map((part) => part.split(/(?<=\p{Ll})\s+(?:for|of|at|from|with|in|on|to|by|who|which|that)\s+/u)[0]).join(', ');

/** "She’s actually said": the pronoun speaks; the contracted auxiliary is no part of the source. */
const CONTRACTED_PRONOUN = /^(he|she|it|they|we|i|you)['’](?:s|ve|d|ll|re|m)$/i;

function withoutContraction(text: string, span: Span | null): Span | null {
  const m = span && CONTRACTED_PRONOUN.exec(text.slice(span.start, span.end));
  return m ? { start: span!.start, end: span!.start + m[1].length } : span;
}

/**
 * "Smith told reporters he would not resign": a lone name whose words call it "he" or "she" is a
 * person's, where a body's would say "it"; quoted, a person says "I" where a body says "we"
 * ('Johnson said: "I have nothing to hide."'). Read over the whole article, so that "Johnson said"
 * before and after such words is the same person. Each name with the word that showed it.
 */
function personalWords(text: string, drafts: Draft[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of drafts) {
    const source = d.source && text.slice(d.source.start, d.source.end);
    if (!source || /\s/.test(source) || out.has(source)) continue;
    const said = text.slice(d.content.start, d.content.end);
    const word = /^(?:\S+\s+){0,3}?(he|she|his|her)\b/i.exec(said.slice(0, 40)) ?? (d.kind === 'direct' ? /\b(I|my|me)\b(?!['’]?\p{L})/u.exec(said) : null);
    if (word) out.set(source, word[1]);
  }
  return out;
}

/** What a sentence opens on before its verb ("The Clinton campaign is ..."), when that comes before `before`. */
function sentenceSubject(text: string, start: number, before: number): { phrase: string; span: Span } | undefined {
  const m = SENTENCE_SUBJECT.exec(text.slice(start, Math.min(before, start + 120)));
  if (!m) return undefined;
  return { phrase: m[1], span: { start, end: start + m[1].length } };
}
const SENTENCE_SUBJECT = /^((?:The|A|An)\s+(?:[\p{L}\d&'’.-]+\s+){0,4}?[\p{L}\d&'’.-]+)\s+(?=(?:is|was|has|had|have|are|were|will|would|can|could|may|might|must|should|said|says|declined|refused|did|does)\b|[a-z]+(?:ed|[^s'’]s)\b)/u;

/** A name the article gives, with what it is called there: the role beside a person, or the body's own name. */
interface Mention {
  label: string;
  name: string;
  span: Span;
}

/** "Dalvia's president, Mirko Halvan,", "the prime minister, Alan Strand,": a role, then the name of who holds it. */
// ("acquitted a former police officer, Derek Sayle, of manslaughter ... The officer testified": one brought in with "a" too.)
const ROLE_APPOSITION = /\b((?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+)+),/gu;

function rolesApposed(text: string, people: ReadonlySet<string>, bodies: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(ROLE_APPOSITION)) {
    const head = m[1].split(/\s+/).pop()!;
    if (!TITLE_WORDS.has(head) && !ROLE_WORDS.has(head)) continue;
    if (classifySource(m[2], people, bodies).type !== 'named-person') continue;
    const start = m.index + m[0].indexOf(m[2], m[1].length);
    out.push({ label: m[1], name: m[2], span: { start, end: start + m[2].length } });
  }
  return out;
}

/** Words that end a company's name ("Harlow Foods", "Orrin Pharmaceuticals", "Acme Corp."). */
const COMPANY_ENDINGS = new Set([...COMPANY_NAME_ENDINGS, 'corp', 'corporation', 'inc', 'co', 'ltd', 'llc', 'plc', 'bank']);
/** How far back, in characters, a body named but never quoted is still what "the company" means: a paragraph or two. */
const MENTION_REACH = 800;
/** How far back a person just named stands for an unnamed description of them ("the 24-year-old"). */
const JUST_NAMED_REACH = 600;
/** A name's last word, lower case, without a full stop: "corp" of "Acme Corp.". */
const lastWord = (name: string) => name.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, '');
/** A run of capitalised words, perhaps with "of" or "&" inside, or a saint's "St." before: a name. */
const NAME_OF_BODY = /\b(?:The\s+)?(?:(?:St|Mt)\.\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:of|&)\s+)?\p{Lu}[\p{L}&'’-]*){1,5}\.?/gu;

/**
 * "The Eastern Markets Commission fined ...", "Shares of Orrin Pharmaceuticals jumped": bodies the
 * article names anywhere, so that "the commission" or "the drugmaker" finds them though they were
 * no source.
 */
function bodiesNamed(text: string, bodies: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(NAME_OF_BODY)) {
    // "Shares of Orrin Pharmaceuticals": a plural opening the sentence is no part of the name.
    const lead = /^\p{Lu}\p{Ll}+s\s+of\s+/u.exec(m[0]);
    const from = lead && !ORGANIZATION.has(lead[0].split(/\s+/)[0].toLowerCase()) ? lead[0].length : 0;
    const name = m[0].slice(from).replace(/\.$/, (dot) => (/\b(?:Corp|Inc|Co|Ltd)\.$/.test(m[0]) ? dot : ''));
    const last = lastWord(name);
    // "The National Gallery of Ostreva", "University of Lisle": the kind of body may stand before its place.
    const beforeOf = /(?:^|\s)(\p{L}+)\s+of\s/u.exec(name)?.[1].toLowerCase() ?? '';
    if (!/\s/.test(name) || (!ORGANIZATION.has(last) && !ORGANIZATION.has(beforeOf) && !COMPANY_ENDINGS.has(last) && !bodies.has(name.toLowerCase().replace(/^the\s+/, '')))) continue;
    out.push({ label: name, name, span: { start: m.index + from, end: m.index + from + name.length } });
  }
  return out;
}

const companyLike = (name: string) => COMPANY_ENDINGS.has(lastWord(name));

const TEXT_NOUN_ALTERNATION = [...new Set(DOCUMENT_NOUNS)].sort((a, b) => b.length - a.length).join('|');
/** "a memo to employees", "its Tuesday morning update", "a news release": a text introduced without being a source. */
// (Whom it went to, when a name or a plural: "to employees", "to store managers", "to the NAACP"; not "a Census-taker".)
const TEXT_INTRODUCED = new RegExp(String.raw`\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(${TEXT_NOUN_ALTERNATION})(?![\p{L}-])(?:\s+(?:to|for|about|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*|(?:(?!more\b|some\b|many\b|all\b)\p{Ll}+\s+)?\p{Ll}+s)(?![\p{L}-]))?`, 'gu');

/** Texts the article introduces anywhere, so that "the memo" finds "a memo to employees" though it was no source. */
function textsIntroduced(text: string): Mention[] {
  return [...text.matchAll(TEXT_INTRODUCED)].map((m) => ({ label: m[1].toLowerCase(), name: m[0], span: { start: m.index, end: m.index + m[0].length } }));
}

/** The last of `items` (in text order) that ends before `at` and fits. */
function lastBefore(items: Mention[], at: number, fit: (r: Mention) => boolean): Mention | undefined {
  for (let k = firstAtOrAfter(items, (r) => r.span.end, at) - 1; k >= 0; k--) if (fit(items[k])) return items[k];
  return undefined;
}

/** The name an outlet's phrase ends on: "The Maritime Courier" in "A report in The Maritime Courier". */
const OUTLET_AT_END = /(?:^|\s)(?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u;

/** The outlet's name a media source seen ends on, and where it stands. */
function outletNamed(x: Seen): { name: string; span: Span } | undefined {
  const name = OUTLET_AT_END.exec(x.resolved)?.[0].trim();
  return name && x.resolvedSpan ? { name, span: { start: x.resolvedSpan.end - name.length, end: x.resolvedSpan.end } } : undefined;
}

/** "One", "Another", "The other": one of a group the article has just counted. */
const ONE_OF_GROUP = /^(?:one|another|the other|a second|a third|the second|the third|one of them)$/i;
const COUNTED = /^(?:two|three|four|five|six|several|a few|a couple of|a pair of|\d+)\s/i;

export function resolveSpeakers(text: string, drafts: Draft[]): Speaker[] {
  const bodies = bodiesIn(text);
  const people = peopleBesides(text, bodies);
  // Each searches the whole text, so each is read once per name or acronym.
  const titled = readOnce((phrase) => titledGender(text, phrase));
  const acronymNames = readOnce((acronym) => namesOfAcronym(text, acronym));
  // The words the article writes in lower case, read once when first needed.
  let lower: Set<string> | undefined;
  const lowerCaseWords = () => (lower ??= new Set(text.match(/\b[a-z]+\b/g)));
  // Read only when a lone surname needs it.
  let fullNames: Map<string, FullName | null> | undefined;
  const fullNameOf = (surname: string) => (fullNames ??= fullNamesIn(text, lowerCaseWords)).get(surname);
  const subjects = subjectNames(text, people, bodies, fullNameOf);
  const speaksAsPerson = personalWords(text, drafts);
  let apposedRoles: Mention[] | undefined;
  let textsNamed: Mention[] | undefined;
  let namedBodies: Mention[] | undefined;
  let nextSubject = 0;
  let interviewee: { name: string; span: Span } | null | undefined;
  const seen: Seen[] = [];
  // The gender a pronoun outside quotes, resolved to a name, has given it.
  const pronounGender = new Map<string, 'f' | 'm'>();
  const out: Speaker[] = [];
  const byDraft = new Map<Draft, Speaker>();

  const quotes = drafts.filter((d) => d.kind === 'direct').map((d) => d.content).sort((a, b) => a.start - b.start);
  const quoted = (at: number) => {
    const k = firstAtOrAfter(quotes, (c) => c.start, at + 1) - 1;
    return k >= 0 && at < quotes[k].end;
  };

  // How many drafts on a pronoun's own sentence may name its speaker, read after it ('"...," Askar wrote ..., he said, ...').
  const SAME_SENTENCE_REACH = 4;

  // Antecedents are near: looking back this far keeps long articles linear.
  const LOOK_BACK = 60;
  const latest = (fit: (s: Seen) => boolean) => {
    for (let k = seen.length - 1; k >= 0 && seen.length - k <= LOOK_BACK; k--) if (fit(seen[k])) return seen[k];
    return undefined;
  };

  /**
   * "Mr. Reeves" after "Eric Reeves": the earlier, fuller naming of the same surname, as its name
   * part ("Aleema Khan", not "his sister, Aleema Khan") and where that stands.
   */
  const firstNaming = (phrase: string): { resolved: string; resolvedSpan: Span | null } | undefined => {
    const own = namePart(phrase, (part) => NAME_ONLY.test(part));
    if (SEVERAL.test(own.name)) return undefined;
    const surname = own.name.toLowerCase().split(/\s+/).pop()!.replace(/[’']s$/, '');
    if (surname.length <= 2) return undefined;
    // The surname must end the name itself, not stand in its description ("... in Scott's district")
    // or its title ("Trump campaign spokesman Jason Miller").
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`\\b${escaped}$`, 'i');
    // "Aleema Khan" is not the "Imran Khan" named before her: a given name must be the earlier one's too.
    const given = givenName(own.name, lowerCaseWords);
    // Fuller than the name without its courtesy title, "Tom Reeves" for "Mr. Reeves" though as long,
    // or than the surname alone when no given name comes with it ("Said Ellis:" is "Ryan Ellis").
    const bare = (n: string) => n.replace(COURTESY_TITLE, '');
    const anywhere = new RegExp(`\\b${escaped}\\b`, 'i');
    const candidates = seen.slice(0, 200).flatMap((x) => {
      // Most earlier names are someone else's: one test spares reading their parts.
      if (x.cls.type !== 'named-person' || !anywhere.test(x.resolved)) return [];
      const named = namePart(x.resolved, (part) => re.test(part));
      if (!re.test(named.proper) || named.name === own.name) return [];
      const fuller = bare(SEVERAL.test(named.name) ? named.proper : named.name).length > (given ? bare(own.name) : surname).length;
      return fuller && (!given || named.proper.split(/\s+/).includes(given)) ? [{ x, ...named }] : [];
    });
    // "Ms. Khan" after "Imran Khan" and "his sister, Aleema Khan": the one whose gender is the title's,
    // else one whose gender is unknown. A lone surname's gender is unknown, though it is spelled like a
    // given name ("Madison").
    const gender = FEMININE.test(own.introduced) ? 'f' : MASCULINE.test(own.introduced) ? 'm' : undefined;
    const said = candidates.filter((c) => !gender || (genderOf(c.introduced) ?? gender) === gender).map((c) => ({ ...c, sure: !!genderOf(c.introduced), hint: genderAfter(text, c.x.resolvedSpan) }));
    // A title or given name says a gender; a "his" or "her" after the name only hints at one.
    const best = gender ? (said.find((c) => c.sure) ?? said.find((c) => c.hint === gender) ?? said.find((c) => !c.hint) ?? said[0]) : said[0];
    if (!best) return undefined;
    // "Donald Trump and Ted Cruz" gives "Ted Cruz"; "former President Bill Clinton" stays whole.
    const name = SEVERAL.test(best.name) ? best.proper : best.name;
    const span = best.x.resolvedSpan;
    const from = best.at + best.name.length - name.length;
    const at = span && text.slice(span.start + from, span.start + from + name.length) === name ? span.start + from : undefined;
    return { resolved: name, resolvedSpan: at === undefined ? span : { start: at, end: at + name.length } };
  };

  /**
   * The last name of a person, outside quotes, in the stretch before `before` that `read` takes (it may
   * trim the run of capitals or turn it down before the costlier classifying).
   */
  const lastPersonBefore = (before: number, read: (run: string, at: number) => { name: string; span: Span } | undefined): { name: string; span: Span; cls: SourceClass } | undefined => {
    const from = Math.max(0, before - JUST_NAMED_REACH);
    let last: { name: string; span: Span; cls: SourceClass } | undefined;
    for (const m of text.slice(from, before).matchAll(NAME_RUN)) {
      const found = read(m[0], from + m.index);
      if (!found || quoted(found.span.start)) continue;
      const cls = classifySource(found.name, people, bodies);
      if (cls.type === 'named-person') last = { ...found, cls };
    }
    return last;
  };

  /** The last full name of a person whose given name says `gender`, in the stretch before `before`, outside quotes. */
  const namedOfGender = (before: number, gender: 'f' | 'm') =>
    lastPersonBefore(before, (run, at) => {
      // ("Donald Trump’s campaign": the owner, without the possessive.)
      const name = run.replace(/['’]s$/, '');
      return genderOf(name) === gender ? { name, span: { start: at, end: at + name.length } } : undefined;
    });

  /** A name with no given name, title or surname of someone named in full: "Westcombe Water", "Pennant". */
  const anonymousName = (name: string) => {
    const words = name.replace(/^(?:the|The)\s+/, '').split(/\s+/);
    const someone = (w: string) => { const full = fullNameOf(w); return full === null || (!!full && full.name !== name && !name.endsWith(full.name)); };
    return words.every((w) => /^\p{Lu}[\p{L}'’&-]*$/u.test(w)) && !genderOf(name) && !words.some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || someone(w));
  };

  /** The body's full name a short name opens, named before `before` ("Caldera Mining Corp" for "Caldera"). */
  // "The National Courier reported ... The Courier said", "a report in The Maritime Courier ... The publication
  // said": an outlet named in full before, by its last word or by what it is. ("the paper" may be a study.)
  const outletBefore = (source: string): { name: string; span: Span } | undefined => {
    const short = /^the\s+(?:(publication|newspaper|outlet|magazine|broadcaster|tabloid)|(\p{Lu}[\p{L}'’-]+))$/iu.exec(source);
    if (!short) return undefined;
    const seenOutlet = latest((x) => x.cls.type === 'media' && x.resolved !== source && !!x.resolvedSpan && OUTLET_AT_END.test(x.resolved) && (!short[2] || new RegExp(`\\s${short[2]}$`).test(x.resolved)));
    const outlet = seenOutlet && outletNamed(seenOutlet);
    return outlet && outlet.name.split(/\s+/).length > 1 ? outlet : undefined;
  };

  const shortBodyName = (short: string, before: number): { name: string; span: Span } | undefined => {
    // ("Jane Smith said" after "the Jane Smith Foundation" is still the person.)
    if (!/^(?:St\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u.test(short) || genderOf(short)) return undefined;
    // (Nor "Clinton" after "Hillary Clinton" and "the Clinton Foundation": a surname a person was named by is theirs.)
    // (A surname two people share, "Hillary" and "Bill Clinton", is still a person's.)
    // (A full name that comes only later, 'an email titled "Building the Next Quillon"', does not count.)
    const full = /\s/.test(short) ? undefined : fullNameOf(short);
    if (full === null || (full && full.at < before)) return undefined;
    const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    for (const m of text.slice(0, before).matchAll(new RegExp(`\\b${escaped}((?:[^\\S\\n]+(?:of[^\\S\\n]+|&[^\\S\\n]+)?\\p{Lu}[\\p{L}&'’-]*){1,4})`, 'gu'))) {
      const name = m[0];
      if (classifySource(name, people, bodies).type === 'named-organization') return { name, span: { start: m.index, end: m.index + name.length } };
    }
    return undefined;
  };

  /**
   * "Villagers said", "Farmers say": a plural a sentence opens on is a common noun when the article
   * writes it, or its singular, in lower case elsewhere ("Sanders" it does not).
   */
  const commonNounAtStart = (word: string, at: number) => {
    if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || !/(?:^|[.!?]["”’']?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at))) return false;
    const lower = word.toLowerCase();
    return (lowerCaseWords().has(lower) || lowerCaseWords().has(lower.slice(0, -1))) && !fullNameOf(word);
  };

  for (const [di, d] of drafts.entries()) {
    const sourceSpan = withoutContraction(text, d.source);
    const at = sourceSpan?.start ?? d.content.start;
    for (; nextSubject < subjects.length && subjects[nextSubject].span.start < at; nextSubject++) {
      const sub = subjects[nextSubject];
      const drafted = seen.length > 0 && seen[seen.length - 1].resolvedSpan?.start === sub.span.start;
      if (drafted) continue;
      const first = sub.cls.type === 'named-person' ? firstNaming(sub.name) : undefined;
      seen.push({ text: sub.name, resolved: first?.resolved ?? sub.name, resolvedSpan: first?.resolvedSpan ?? sub.span, cls: sub.cls, quoted: quoted(sub.span.start) });
    }
    const source = sourceSpan ? text.slice(sourceSpan.start, sourceSpan.end) : null;
    let speaker: Speaker;
    const carried = d.carriedFrom ? byDraft.get(d.carriedFrom) : undefined;
    const own = { sourceSpan, resolvedSpan: sourceSpan };
    if (carried) {
      // The speaker named in an earlier sentence, by the name it was first given.
      speaker = { ...carried, why: carried.why.endsWith(', speaker carried over') ? carried.why : `${carried.why}, speaker carried over` };
      const name = carried.resolved ?? carried.source;
      if (name) seen.push({ text: name, resolved: name, resolvedSpan: carried.resolvedSpan, cls: { type: carried.type, why: carried.why, via: carried.via } });
    } else if (!source) {
      speaker = { source, type: 'vague', why: 'no source', ...own };
    } else if (d.label === 'answer') {
      interviewee ??= intervieweeOf(text, d.content.start, people, bodies) ?? null;
      speaker = interviewee
        ? { source, resolved: interviewee.name, type: 'named-person', why: `the one interviewed, "${interviewee.name}"`, ...own, resolvedSpan: interviewee.span }
        : { source, type: 'anonymous', why: 'the one interviewed, not named', ...own };
      seen.push({ text: source, resolved: speaker.resolved ?? source, resolvedSpan: speaker.resolvedSpan, cls: { type: speaker.type, why: speaker.why } });
    } else if (d.label === 'speaker' && /^\p{Lu}{2,}(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{Lu}'’-]+$/u.test(source) && !ROLE_LABELS.has(source.toLowerCase())) {
      // "JOEL BENENSON:": a transcript names its speakers in capitals, which are no acronym.
      speaker = { source, type: 'named-person', why: `name "${source}"`, ...own };
      seen.push({ text: source, resolved: source, resolvedSpan: sourceSpan, cls: { type: speaker.type, why: speaker.why } });
    } else if (d.label === 'speaker' && !source.includes(' ')) {
      // A one-word label is a person's surname ("PENCE", "Matthews"), or a role ("HOST").
      const role = ROLE_LABELS.has(source.toLowerCase());
      const first = role ? undefined : firstNaming(source);
      speaker = role
        ? { source, type: 'anonymous', why: `role "${source}"`, ...own }
        : { source, type: 'named-person', why: `name "${source}"`, ...own, ...(first && { resolved: first.resolved, resolvedSpan: first.resolvedSpan }) };
      seen.push({ text: source, resolved: speaker.resolved ?? source, resolvedSpan: speaker.resolvedSpan, cls: { type: speaker.type, why: speaker.why } });
    } else {
      const lower = source.toLowerCase();
      const ante = d.antecedent ? text.slice(d.antecedent.start, d.antecedent.end) : undefined;
      const back = BACK_REF.exec(source);
      const age = BY_AGE.exec(source);
      // ("Yuki Tanabe-Ross said ... the 24-year-old told reporters": an age no name was given with stands
      // for the person just named.)
      // (A photo credit, "Neilson Barnard via Getty Images.", names no one in the story.)
      const credit = (span: Span) => /^\s*(?:via\b|\/|for\s+Getty)/.test(text.slice(span.end, span.end + 12));
      // (The last full name of a person in the stretch before, as a subject or not: "In the lobby, Benedikt
      // Varga is greeted ...".)
      const justNamed = (): Seen | undefined => {
        const found = lastPersonBefore(sourceSpan!.start, (run, at) => {
          const span = { start: at, end: at + run.length };
          // Only a name the sentence is about, with its verb after it: not "talking about Hillary Clinton on Fox".
          const verb = /^[^\S\n]+(?:is|was|has|had|said|says|told|does|did|will|would|\p{Ll}+(?:ed|s))\b/u.test(text.slice(span.end, span.end + 24));
          return verb && !credit(span) && !CLAUSE_WORD.test(`${run.split(/\s+/)[0]} `) ? { name: run, span } : undefined;
        });
        const last: Seen | undefined = found && { text: found.name, resolved: found.name, resolvedSpan: found.span, cls: found.cls };
        const subject = latest((s) => s.cls.type === 'named-person' && !s.quoted && !PERSON_PRONOUNS.has(s.resolved.toLowerCase()) && !!s.resolvedSpan && sourceSpan!.start - s.resolvedSpan.end <= JUST_NAMED_REACH && !credit(s.resolvedSpan));
        return (subject?.resolvedSpan?.start ?? -1) > (last?.resolvedSpan?.start ?? -1) ? subject : last;
      };
      // (Not "a 24-year-old man was arrested ... the 24-year-old said": one brought in unnamed with that age.)
      const unnamedAge = age ? new RegExp(`\\b(?:a|an)\\s+${age[1]}-year-old\\b`, 'i').test(text.slice(0, sourceSpan!.start)) : false;
      const byAge = age ? namedByAge(text, age[1], sourceSpan!.start) : undefined;
      const topic = age && !byAge && !unnamedAge ? justNamed() : undefined;
      const aged = byAge ?? (topic?.resolvedSpan ? { name: topic.resolved, span: topic.resolvedSpan } : undefined);
      let group: Seen | undefined;
      let owned: RegExpExecArray | null;
      let ownedApposed: Mention | undefined;
      const member = back && PARTY_MEMBER.has(back[1].toLowerCase()) ? latest((s) => s.cls.type === 'named-person' && !PERSON_PRONOUNS.has(s.resolved.toLowerCase())) : undefined;
      if ((lower === 'who' || lower === 'which' || lower === 'that') && ante) {
        // "objections from residents who said": "who" stands for the people at the end of the phrase,
        // when the phrase's own head is not a person.
        const whom = lower === 'who' ? whoseAntecedent(ante) : ante;
        let cls = classifySource(whom, people, bodies);
        const span = d.antecedent && whom !== ante ? { start: d.antecedent.end - whom.length, end: d.antecedent.end } : d.antecedent;
        // "the Wisconsin Republican, who": a party member on second mention is the person named before.
        const party = BACK_REF.exec(whom);
        // "Jennifer Lee, a mother of two in Austin, Texas, who said": a place after a comma is where the
        // person named before it in the sentence lives, and "who" is that person.
        const placed = lower === 'who' && cls.type === 'named-organization' && !/\s/.test(whom.trim()) && /,\s*$/.test(text.slice(Math.max(d.sentence.start, (d.antecedent?.start ?? 0) - 2), d.antecedent?.start ?? 0));
        // "Jones, who said ...": otherwise "who" is said of a person, so a lone name before it is one.
        if (lower === 'who' && !placed && loneNameBody(cls, whom)) cls = { type: 'named-person', why: `${cls.why}, "who"` };
        const named = (party && PARTY_MEMBER.has(party[1].toLowerCase())) || placed ? latest((s) => s.cls.type === 'named-person' && !PERSON_PRONOUNS.has(s.resolved.toLowerCase()) && (!placed || (s.resolvedSpan?.start ?? -1) >= d.sentence.start)) : undefined;
        speaker = named
          ? { source, resolved: named.resolved, type: named.cls.type, why: `"${source}" → ${placed ? 'place' : 'party member'} "${whom}" → "${named.resolved}"`, ...own, resolvedSpan: named.resolvedSpan }
          : { source, resolved: whom, type: cls.type, via: cls.via, why: `"${source}" → ${cls.why}`, ...own, resolvedSpan: span ?? sourceSpan };
      } else if (PERSON_PRONOUNS.has(lower)) {
        // The nearest person of a fitting gender: named, or unnamed ("a spokeswoman ... she said"),
        // whose type the pronoun takes. An unresolved "she" earlier is no antecedent for this one.
        const gender = PRONOUN_GENDER[lower];
        const fits = (s: Seen) => {
          if (s.quoted || PERSON_PRONOUNS.has(s.resolved.toLowerCase()) || joinedPeople(s.resolved)) return false;
          // ("One, who has worked there, said ... 'Nothing has changed,' she said": one of a group is one person.)
          const oneOf = s.cls.type === 'anonymous' && ONE_OF_GROUP.test(s.text.split(',')[0]);
          if (s.cls.type !== 'named-person' && !oneOf && !(s.cls.type === 'anonymous' && !isPlural(s.resolved) && namesOnePerson(s.resolved))) return false;
          // "NEW HAMPSHIRE SHOWS STRONG TRUMP LEAD": a headline in capitals is no one.
          if (s.resolved === s.resolved.toUpperCase()) return false;
          const g = genderOf(s.resolved) ?? genderAfter(text, s.resolvedSpan) ?? titled(s.resolved) ?? pronounGender.get(personKey(s.resolved));
          return !gender || !g || g === gender;
        };
        // ('"...," developer Ammar Askar wrote in a post, 21 months, he said, after ...': a speaker named
        // before the pronoun in its own sentence, whose attribution is read after this one, is it.)
        // (Drafts run in the order of their contents, so the speaker's is among the next few.)
        const earlier = drafts.slice(di + 1, di + 1 + SAME_SENTENCE_REACH).find((o) => !!o.source && o.source.start >= d.sentence.start && o.source.end <= sourceSpan!.start);
        const earlierName = earlier?.source ? text.slice(earlier.source.start, earlier.source.end) : undefined;
        const earlierCls = earlierName ? classifySource(earlierName, people, bodies) : undefined;
        const earlierFirst = earlierName && earlierCls?.type === 'named-person' ? firstNaming(earlierName) : undefined;
        const sameSentence: Seen | undefined = earlierName && earlierCls?.type === 'named-person' && !/['’]s$/.test(earlierName) && !quoted(earlier!.source!.start)
          ? { text: earlierName, resolved: earlierFirst?.resolved ?? earlierName, resolvedSpan: earlierFirst?.resolvedSpan ?? earlier!.source!, cls: earlierCls }
          : undefined;
        const a = (sameSentence && fits(sameSentence) ? sameSentence : undefined) ?? latest(fits);
        // '"...," she said' after "Adaeze Umeh" says Umeh is a woman, so a later "he" is someone else:
        // when no one else the pronoun could stand for was named, and a given name the lists do not hold
        // was (a lone "Sanders" may have been taken for someone else).
        const key = a && personKey(a.resolved);
        if (key && /\s/.test(key) && gender && !quoted(sourceSpan!.start) && !pronounGender.has(key) && !latest((s) => fits(s) && personKey(s.resolved) !== key)) pronounGender.set(key, gender);
        // ("... met the mayor of Ellesby, Claire Dunmore ... the minister said ... She said it had": when no one
        // seen fits, the last person of that gender named just before, as a subject or not.)
        // (Not for a pronoun inside a quote: 'Trump said, "...," he said' there is someone the speaker quotes.)
        const named = !a && gender && !quoted(sourceSpan!.start) ? namedOfGender(sourceSpan!.start, gender) : undefined;
        speaker = a
          ? { source, resolved: a.resolved, type: a.cls.type, via: a.cls.via, why: `pronoun "${source}" → "${a.resolved}"`, ...own, resolvedSpan: a.resolvedSpan }
          : named
            ? { source, resolved: named.name, type: 'named-person', why: `pronoun "${source}" → "${named.name}", the ${gender === 'f' ? 'woman' : 'man'} named just before`, ...own, resolvedSpan: named.span }
            : { source, type: 'named-person', why: `pronoun "${source}"`, ...own };
      } else if (GROUP_PRONOUNS.has(lower)) {
        const a = latest((s) => !s.quoted && (isPlural(s.resolved) || s.cls.type === 'named-organization'));
        speaker = a
          ? { source, resolved: a.resolved, type: a.cls.type, via: a.cls.via, why: `pronoun "${source}" → "${a.resolved}"`, ...own, resolvedSpan: a.resolvedSpan }
          : { source, type: 'vague', why: `pronoun "${source}", no antecedent`, ...own };
      } else if (lower === 'it' || lower === 'its') {
        const body = (s: Seen) => !s.quoted && (s.cls.type === 'named-organization' || s.cls.type === 'document' || s.cls.type === 'media');
        // "The company declined to comment on what it called ...": a body the sentence opens on is "it".
        const opening = sentenceSubject(text, d.sentence.start, sourceSpan!.start);
        const openingCls = opening && classifySource(opening.phrase, people, bodies);
        const bare = opening && /^the\s+([a-z-]+)$/i.exec(opening.phrase);
        const subject: Seen | undefined = opening && openingCls && (openingCls.type === 'named-organization' || openingCls.type === 'document' || openingCls.type === 'media') && !isPlural(opening.phrase)
          ? ((bare ? latest((s) => body(s) && s.cls.type === openingCls.type && new RegExp(`\\b${bare[1]}\\b`, 'i').test(s.resolved) && s.resolvedSpan?.start !== opening.span.start) ?? (BUSINESS.has(bare[1].toLowerCase()) ? latest(isCompanyName) : undefined) : undefined) ??
            { text: opening.phrase, resolved: opening.phrase, resolvedSpan: opening.span, cls: openingCls })
          : undefined;
        const a = subject ?? latest(body);
        speaker = a
          ? { source, resolved: a.resolved, type: a.cls.type, why: `pronoun "${source}" → "${a.resolved}"`, ...own, resolvedSpan: a.resolvedSpan }
          : { source, type: 'named-organization', why: `pronoun "${source}"`, ...own };
      } else if (ONE_OF_GROUP.test(source.split(',')[0]) && (group = latest((s) => !s.quoted && s.cls.type === 'anonymous' && (COUNTED.test(s.resolved) || isPlural(s.resolved))))) {
        // "Two officials said ... One said ...", "Another described ...": one of the group just counted.
        // ("... disputed by midwives who spoke on condition of anonymity. One, who has worked there, said":
        // or just named, uncounted.)
        speaker = { source, resolved: group.resolved, type: 'anonymous', why: `one of "${group.resolved}"`, ...own, resolvedSpan: group.resolvedSpan };
      } else if (aged) {
        speaker = { source, resolved: aged.name, type: 'named-person', why: `age "${source}" → "${aged.name}"`, ...own, resolvedSpan: aged.span };
      } else if (member) {
        speaker = { source, resolved: member.resolved, type: member.cls.type, why: `party member "${source}" → "${member.resolved}"`, ...own, resolvedSpan: member.resolvedSpan };
      } else if ((owned = OWNED_ROLE.exec(source)) && (ownedApposed = lastBefore((apposedRoles ??= rolesApposed(text, people, bodies)), sourceSpan!.start, (r) => new RegExp(`^\\p{Lu}[\\p{L}.'’-]*['’]s\\s+${owned![1]}$`, 'iu').test(r.label)))) {
        // "Xol's lawyer, Deborah Kinsella, said ... his lawyer said": the one named as that owner's role.
        speaker = { source, resolved: ownedApposed.name, type: 'named-person', why: `"${source}" → "${ownedApposed.label}, ${ownedApposed.name}"`, ...own, resolvedSpan: ownedApposed.span };
      } else if (back && (BACK_NOUNS.has(back[1].toLowerCase()) || latest(sameUnnamedGroup(back[1])))) {
        const noun = back[1].toLowerCase();
        const stem = noun.replace(/(s|es|men)$/, '');
        // The noun must name the antecedent, not its owner: "the minister" is not "the prime minister's
        // spokesman", nor "the company" "a company representative".
        // Nor is "the Census" "a former Census-taker": a word joined by a hyphen is not the compound's head.
        const names = new RegExp(`\\b${stem}\\p{L}*\\b(?!['’]s)(?!-)(?!\\s+(?:${ROLE_NOUN_ALTERNATION})\\b)`, 'iu');
        // The substring test is a cheap necessary condition; the pattern then checks the word and what follows it.
        // "the former minister" is not "The Prime Minister": one who held an office is named so.
        const former = /\b(?:former|ex-)/.test(lower);
        // "The Sanders campaign" is not "The Clinton campaign": a name before the noun must not differ from the antecedent's.
        const owner = /^\S+\s+(\p{Lu}[\p{L}'’-]*)\s+\S+$/u.exec(source)?.[1];
        const ownerClash = (resolved: string) => {
          const m = owner && new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+)*\\p{Lu}[\\p{L}'’-]*?)(?:['’]s)?\\s+(?:[a-z-]+\\s+)?${stem}`, 'u').exec(resolved);
          if (!m) return false;
          // "the RNC member" is "a Republican National Committee member".
          const run = m[1].split(/\s+/).filter((w) => !/^(?:The|This|That|A|An)$/.test(w));
          return run.length > 0 && !run.includes(owner) && run.map((w) => w[0]).join('') !== owner;
        };
        // "The prime minister" is not "Defence Minister Ilija Kostic": an office's own word must be the antecedent's too.
        const office = /^(?:the|this|that)\s+([a-z-]+)\s+\S+$/i.exec(source)?.[1].toLowerCase();
        const officeFits = (resolved: string) => !office || !TITLE_WORDS.has(office) || new RegExp(`\\b${office}\\b`, 'i').test(resolved);
        // "The Monmouth poll" is no "three recent polls": a document's maker, when named, is the antecedent's too.
        const makerFits = (resolved: string) => !owner || !DOCUMENT.has(noun) || resolved.includes(owner) || new RegExp(`\\b${owner.split('').join('\\S*\\s+')}`).test(resolved);
        const fits = (named: string, role = false) => {
          const resolved = fullTitles(named);
          // ("the Florida senator" is not "Texas Sen. Ted Cruz": a place before an office must be the antecedent's too.)
          if (owner && owner !== owner.toUpperCase() && TITLE_WORDS.has(noun) && !resolved.includes(owner)) return false;
          return resolved.toLowerCase().includes(stem) && names.test(withoutModifiers(resolved)) && (role || resolved.toLowerCase() !== lower) && (!former || /\b(?:former|ex-)/i.test(resolved)) && !ownerClash(resolved) && officeFits(resolved) && makerFits(resolved);
        };
        // "the Federal Aviation Administration said ... the agency said": a public body's name ends in
        // the kind of body it is, which "the agency" stands for, when the article has quoted only one.
        // (Only one named before, as a source or not: "the Justice Department ... the State Department ...
        // the agency" could be either.)
        const onlyPublicBody = () => {
          const sources = seen.filter(isPublicBody);
          const key = (name: string) => name.replace(/^the\s+/i, '').toLowerCase();
          const named = new Set([...sources.map((b) => key(b.resolved)), ...(namedBodies ??= bodiesNamed(text, bodies)).filter((r) => r.span.end <= sourceSpan!.start && PUBLIC_BODY_ENDING.test(r.name)).map((r) => key(r.name))]);
          return sources.length > 0 && named.size === 1 ? sources[sources.length - 1] : undefined;
        };
        // ("The force said", not "the task force".)
        const twoWords = /^\S+\s+\S+$/.test(source);
        const synonyms = twoWords ? BODY_SYNONYMS[noun] ?? DOCUMENT_SYNONYMS[noun] ?? [] : [];
        const bySynonymNamed = (name: string) => synonyms.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(name));
        const synonymType = DOCUMENT.has(noun) ? 'document' : 'named-organization';
        const bySynonym = () => (synonyms.length ? latest((s) => s.cls.type === synonymType && bySynonymNamed(s.resolved)) : undefined);
        // ("The House approved it": a body's name in capitals is no "White House press secretary".)
        // ("the committee claimed": no "Committee chair Rosalind Achebe" either, when the noun names no person.)
        const capitalBody = ORGANIZATION.has(noun) && (/^\p{Lu}/u.test(back[1]) || !PERSON_HEADS.has(noun));
        // ("The company sent a memo to employees ... The memo said": a text introduced, though no source, when
        // near and described by more than its noun: "a statement" tells the reader nothing "the statement" does not.)
        const introduced = () => {
          const r = twoWords && DOCUMENT.has(noun) ? lastBefore((textsNamed ??= textsIntroduced(text)), sourceSpan!.start, (t) => t.label === noun && /\s\S+\s/.test(t.name) && sourceSpan!.start - t.span.end <= MENTION_REACH) : undefined;
          return r && { text: r.name, resolved: r.name, resolvedSpan: r.span, cls: { type: 'document' as const, why: `text "${r.name}"` } };
        };
        // ("The Ravensworth Reporter said ... The reporter said": an outlet is no person a role stands for.)
        const personNoun = ANONYMOUS_NOUNS.includes(noun);
        const seenBack = latest((s) => fits(s.resolved) && (!capitalBody || s.cls.type === 'named-organization') && !(s.cls.type === 'media' && personNoun)) ?? bySynonym() ?? (BUSINESS.has(noun) ? latest(isCompanyName) : GENERIC_BODY.has(noun) && !owner ? onlyPublicBody() : introduced());
        // "Dalvia's president, Mirko Halvan, has ordered ... the president had told": a person named
        // beside the role anywhere before, when nearer than any source seen.
        const apposed = lastBefore((apposedRoles ??= rolesApposed(text, people, bodies)), sourceSpan!.start, (r) => fits(r.label, true));
        const byRole: Seen | undefined = apposed && !capitalBody && (apposed.span.start > (seenBack?.resolvedSpan?.start ?? -1)) ? { text: apposed.name, resolved: apposed.name, resolvedSpan: apposed.span, cls: { type: 'named-person', why: `name "${apposed.name}" beside "${apposed.label}"` } } : seenBack;
        // "The Eastern Markets Commission fined ... the commission said", "Shares of Orrin Pharmaceuticals
        // jumped after the drugmaker said": a body named though it was no source, when nearer.
        // Only a back-reference in lower case ("the budget office", not "the State Department"), whose
        // describing words the name holds ("the appeals court" is not "Supreme Court").
        const describing = source.split(/\s+/).slice(1, -1).filter((w) => !/^(former|same|new|local|federal|national|state)$/i.test(w));
        const plain = !/\p{Lu}/u.test(source.replace(/^\S+/, ''));
        const mention = plain && ORGANIZATION.has(noun) ? lastBefore((namedBodies ??= bodiesNamed(text, bodies)), sourceSpan!.start, (r) => (BUSINESS.has(noun) ? companyLike(r.name) : fits(r.name, true) || bySynonymNamed(r.name)) && describing.every((w) => r.name.toLowerCase().includes(w.toLowerCase())) && r.span.end <= sourceSpan!.start && sourceSpan!.start - r.span.end <= MENTION_REACH) : undefined;
        const a: Seen | undefined = mention && mention.span.start >= (byRole?.resolvedSpan?.end ?? -1) ? { text: mention.name, resolved: mention.name, resolvedSpan: mention.span, cls: { type: 'named-organization', why: `organisation "${mention.name}"` } } : byRole;
        const cls = classifySource(source, people, bodies);
        // "Both the mayor and the police chief said ... The mayor said": the one of the two named so.
        // A plural ("the departments") stands for both; each part must be a phrase of its own ("the mayor").
        const joined = a && !/s$/.test(noun) ? a.resolved.replace(/^both\s+/i, '').split(/\s+and\s+/) : [];
        const one = joined.length === 2 && joined.every((part) => /^(?:the|a|an)\s/i.test(part)) ? joined.find((part) => names.test(withoutModifiers(part))) : undefined;
        const oneStart = one && a?.resolvedSpan ? a.resolvedSpan.start + a.resolved.indexOf(one) : -1;
        const oneSpan = one && oneStart >= 0 ? { start: oneStart, end: oneStart + one.length } : a?.resolvedSpan;
        const oneCls = one ? classifySource(one, people, bodies) : a?.cls;
        speaker = a && oneCls && (oneCls.type !== 'named-person' || !ANONYMOUS_NOUNS.includes(noun) || PERSON_TITLES.includes(noun) || NAMED_OFFICES.has(noun))
          ? { source, resolved: one ?? a.resolved, type: oneCls.type, via: oneCls.via, why: `back-reference "${source}" → "${one ?? a.resolved}"`, ...own, resolvedSpan: oneSpan ?? null }
          : { source, type: cls.type, via: cls.via, why: cls.why, ...own };
      } else {
        let cls = classifySource(commonNounAtStart(source, sourceSpan!.start) ? source.toLowerCase() : source, people, bodies);
        const lone = loneNameBody(cls, source);
        const personal = lone ? speaksAsPerson.get(source) : undefined;
        if (personal) cls = { type: 'named-person', why: `${cls.why}, "${personal}" in what is reported` };
        // '"Never," Patel said.' after 'said Patel, the longest-serving member': the name a person was given before.
        const described = lone && !personal ? latest((x) => x.cls.type === 'named-person' && x.resolved.startsWith(`${source},`)) : undefined;
        if (described) cls = { type: 'named-person', why: `${cls.why}, a person as "${described.resolved}"` };
        // "Caldera said" after "Caldera Mining Corp", "St. Aldric said" after "St. Aldric Hospital": the short
        // name of a body named in full before.
        // (Not one who speaks of "her assistant" or says "I".)
        const body = cls.type === 'named-person' && !speaksAsPerson.get(source) && !described ? shortBodyName(source, sourceSpan!.start) : undefined;
        if (body) cls = { type: 'named-organization', why: `"${source}" for "${body.name}"` };
        // "Westcombe Water said its storm overflows had ...", "Pennant said it had limited ...": a name no person
        // bears that says "it" of itself.
        // ("Okonkwo said it was a good day": an "it" that may be no one's does not tell.)
        else if (cls.type === 'named-person' && !described && d.kind !== 'direct' && /^(?:its|it\s+(?:had|has|have|would|will|could|did|does|planned|plans|intends|intended|expects|expected))\b/i.test(text.slice(d.content.start, d.content.start + 20)) && anonymousName(source)) cls = { type: 'named-organization', why: `${cls.why}, "it" in what is reported` };
        speaker = { source, type: cls.type, via: cls.via, why: cls.why, ...own, ...(body && { resolved: body.name, resolvedSpan: body.span }) };
        const outlet = cls.type === 'media' ? outletBefore(source) : undefined;
        if (outlet) Object.assign(speaker, { resolved: outlet.name, resolvedSpan: outlet.span, why: `${cls.why}, "${outlet.name}" named before` });
        const later = cls.type === 'anonymous' ? namedLater(text, source, sourceSpan!.end) : undefined;
        if (later) Object.assign(speaker, { type: 'named-person', resolved: later.name, resolvedSpan: later.span, why: `${cls.why}, named later as "${later.name}"` });
        // '"...," said Sexton': a lone surname is the person the article first named in full with it,
        // though no earlier attribution or subject names them ("will keep the writer Jared Sexton awake").
        // ("Esterhazy, who retired in 2021, said": so is one a description follows.)
        const surnameOnly = /^\p{Lu}[\p{L}'’-]+(?=,|$)/u.exec(source)?.[0];
        const full = cls.type === 'named-person' && surnameOnly ? fullNameOf(surnameOnly) : undefined;
        const named = full && full.at < sourceSpan!.start && classifySource(full.name, people, bodies).type === 'named-person' ? { resolved: full.name, resolvedSpan: { start: full.at, end: full.at + full.name.length } } : undefined;
        const first = cls.type === 'named-person' ? (firstNaming(source) ?? named) : undefined;
        if (first) {
          speaker.resolved = first.resolved;
          speaker.resolvedSpan = first.resolvedSpan;
        }
        // "the Coastal Fisheries Authority (CFA) ... the CFA said": an acronym stands for the name it was first given for.
        const acronym = cls.type === 'named-organization' && /^(?:[Tt]he\s+)?(\p{Lu}{2,6})$/u.exec(source)?.[1];
        const expanded = acronym ? lastBefore(acronymNames(acronym), sourceSpan!.start, () => true) : undefined;
        if (expanded) Object.assign(speaker, { resolved: expanded.name, resolvedSpan: expanded.span, why: `${cls.why}, "${acronym}" for "${expanded.name}"` });
      }
      // "According to the same paper" after a newspaper's report: that newspaper (though "the paper" alone
      // may be a study).
      const samePaper = speaker.type === 'document' && /^the\s+same\s+paper$/i.test(source) ? latest((x) => x.cls.type === 'media' || x.cls.type === 'document') : undefined;
      const paper = samePaper?.cls.type === 'media' ? outletNamed(samePaper) : undefined;
      if (paper) Object.assign(speaker, { type: 'media', resolved: paper.name, resolvedSpan: paper.span, why: `${speaker.why}, the newspaper "${paper.name}" before` });
      // 'The general told troops, "The president said, ..."': a speaker named inside another's quote
      // is no antecedent for a pronoun outside it.
      // A split quote's own speaker stands in its gap ('"X," Ms. Acosta said, "Y."'), not inside it.
      const inGap = !!d.gap && d.gap.start <= sourceSpan!.start && sourceSpan!.start < d.gap.end;
      seen.push({ text: source, resolved: speaker.resolved ?? source, resolvedSpan: speaker.resolvedSpan, cls: { type: speaker.type, why: speaker.why, via: speaker.via }, quoted: !inGap && quoted(sourceSpan!.start) });
    }
    byDraft.set(d, speaker);
    out.push(speaker);
  }
  return out;
}
