/**
 * Source typing of GUIDELINES §1: the head noun of the source phrase decides (an unnamed role is
 * anonymous, an unspecific group vague, a report a document), then capitalisation and titles tell a
 * person's name from an organisation's.
 */
import type { SourceType } from '../report/types';
import { ANONYMOUS_NOUNS, BUSINESS_NOUNS, DOCUMENT_NOUNS, FIRM_OR_PERSON_TRADES, MASTHEAD_WORDS, MEDIA_NOUNS, MEDIA_OUTLETS, ORGANIZATION_NOUNS, PARTY_MEMBERS, PARTY_PLURALS, PEOPLES_IN_IS, PEOPLES_OTHER, PERSON_ROLE_NOUNS, PERSON_TITLES, PLACES, SOCIAL_PLATFORMS, VAGUE_COLLECTIVES, VAGUE_NOUNS } from './lexicon/sources';
import { ABBREVIATION_WORDS } from './lexicon/abbreviations';
import { NAME_PARTICLES, TIME_WORDS } from './lexicon/function-words';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './lexicon/given-names';
import { nounForms } from './inflect';
import { dashToComma } from './source-description';
import { financialAccountsAt } from './attribute-words';

export interface SourceClass {
  type: SourceType;
  /** The lexicon entry or shape that decided, for the reason line. */
  why: string;
  via?: string;
}

const forms = (list: string[]) => new Set(list.flatMap((w) => (w.includes(' ') ? [w] : nounForms(w))));
const ANONYMOUS = forms(ANONYMOUS_NOUNS);
const VAGUE = forms(VAGUE_NOUNS);
const BUSINESS = forms(BUSINESS_NOUNS);
const FIRM_TRADES = forms(FIRM_OR_PERSON_TRADES);
/** Bodies that may be named right after their description, as companies are ("the union, Unite"). */
const BODY_DESCRIBERS = forms(['union', 'party', 'group', 'club', 'charity', 'agency', 'organization', 'organisation', 'association', 'foundation', 'coalition', 'alliance', 'league', 'network', 'institute', 'trust', 'watchdog', 'regulator', 'nonprofit', 'movement', 'body', 'label', 'app', 'studio', 'platform', 'service', 'authority', 'board', 'council', 'commission']);
const DOCUMENT = forms(DOCUMENT_NOUNS);
const ORGANIZATION = forms(ORGANIZATION_NOUNS);
/** Social platforms: a platform is a company, though a nickname gives it a first word ("Wilayat Twitter"). */
export const PLATFORMS: ReadonlySet<string> = new Set(SOCIAL_PLATFORMS);
/** Nouns of texts that are also common English surnames ("Carter Page", "Jude Law"). By hand. */
const SURNAME_TEXTS = new Set(['page', 'law']);
const GIVEN_NAMES = new Set([...FEMALE_GIVEN_NAMES, ...MALE_GIVEN_NAMES].map((n) => n.toLowerCase()));
const PARTY_MEMBER = new Set(PARTY_MEMBERS);
const MEDIA_NOUN = forms(MEDIA_NOUNS);
const OUTLETS = new Set(MEDIA_OUTLETS);
const TITLES = new Set(PERSON_TITLES);
/** Vague nouns that are a whole, not one person, in the singular: "the public", "the consensus". */
const COLLECTIVE_VAGUE = /^(public|world|west|community|wisdom|consensus|people|market|rumou?r|everyone|everybody|anyone|nobody|someone|somebody|some|many|most|few|several|others)$/;
const PLACE = new Set(PLACES);
const MASTHEAD = new Set(MASTHEAD_WORDS);
const PEOPLE_PLURALS = new Set([...PEOPLES_IN_IS, ...PEOPLES_OTHER, ...PARTY_PLURALS]);
const COLLECTIVES = new Set(VAGUE_COLLECTIVES);
const PERSON_ROLE = forms([...ANONYMOUS_NOUNS, ...PERSON_ROLE_NOUNS]);
/** A number in digits or words ("38", "Sixty-one", "three"). */
const NUMBER = String.raw`(?:\d[\d.,]*|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a hundred))`;
/** "Nearly", "more than": a bound or an approximation before a count. */
const APPROX = String.raw`(?:(?:nearly|almost|about|around|roughly|just|over|under|more than|less than|fewer than)\s+)?`;
const SHARE = new RegExp(
  String.raw`^${APPROX}(?:(?:a|the)\s+)?(?:${NUMBER}\s*(?:percent|per cent|%)|${NUMBER}\s+(?:in|out of)\s+${NUMBER}|(?:one|two|three)?-?(?:half|halves|thirds?|quarters?|fifths?)|majority|majorities|minority|plurality|one|another|both|neither|either|none|all|each|dozens|hundreds|thousands|millions|scores|${NUMBER}(?=\s+of\s))(?=\s+of\s|$)`,
  'i',
);
/** "Nine in 10 Democratic voters": a count of shares with its group after it and no "of". */
const SHARE_OF_GROUP = new RegExp(String.raw`^${APPROX}${NUMBER}\s+(?:in|out of)\s+${NUMBER}\s+(?!of\s)(\S.*)$`, 'i');
const UNNAMED = new Set<SourceType>(['anonymous', 'vague']);
/** A participle phrase closing a source that says when, where or by whom, not who speaks. */
// (A quotation closing the tail may hold its comma: 'dated October and marked "top secret,"'.)
// ("A second memo, written by Arnault's deputy chief of staff, Lydia Brandt": who wrote or signed a
// text, named in the tail, is not who speaks through it.)
const PARTICIPLE_TAIL = /,\s*(?:dated|filed|published|released|issued|posted|obtained|seen|reviewed|conducted|commissioned|led|headed|organized|organised|drawn|prepared|compiled|cited)\s+[^,]+(?:,["\u201d'])?$/i;
const SIGNED_TAIL = /^([^,]*\b(?:memo|memorandum|letter|report|document|note|email|cable|statement)),\s*(?:dated|written|signed|sent|drafted)\s.+$/i;
/**
 * A document with how it came out and no comma before it: "a preliminary report released Tuesday by
 * investigators", "a list obtained through a records request". The document is what speaks.
 */
const DOCUMENT_PARTICIPLE_TAIL = /^(.*?\b(\p{L}+))\s+(?:dated|filed|published|released|issued|posted|obtained|seen|reviewed|prepared|compiled|kept|circulated|circulating|shared|shown|aired|broadcast|uploaded|presented|leaked|sent|written|drawn up|set up|put up|started|launched|created|signed|commissioned|conducted|tallied)\s+.+$/iu;
/** A party and state label after a name: ", D-Ore.", ", R-S.D.". */
const PARTY_LABEL_TAIL = /,\s*[DRI]-\p{Lu}[\p{L}.]*\s*$/u;
const POLLS = forms(['poll', 'survey', 'study']);
const COUNT = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|\d+)$/;
/** Groups too broad to be specific even when counted ("two experts" still cannot be asked). */
const VAGUE_ALWAYS = forms(['expert', 'critic', 'analyst', 'observer', 'people', 'other']);

/** An unnamed person defined by what they know or how they spoke: always anonymous. */
const KNOWLEDGE = /\b(familiar with|close to|with (?:direct |firsthand |first-hand |intimate |detailed )?knowledge|knowledgeable|briefed on|involved in|who (?:spoke|asked|declined|requested|was not authorized|were not authorized)|speaking on (?:the )?condition|not authorized|(?:not|n't) want to be (?:named|identified)|on condition of anonymity|who insisted on anonymity)\b/i;
/** "... who spoke to Reuters", "seen by Reuters": the outlet the source reached the writer through. */
const VIA = /\b(?:spoke|speaking|talked|talking|told|seen by|quoted by|cited by|polled by|surveyed by|interviewed by|contacted by|questioned by|consulted by|to)\s+((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*)*)\s*$/u;

const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? [];
const clean = (w: string) => w.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, '').replace(/\.$/, '');
// ("Kassem al-Radwani", "Omar bin-Laden": an Arabic article or patronymic joined to a capitalised name is part of it.)
const isCap = (w: string) => /^\p{Lu}/u.test(w) || /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|bint)-\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}{2,}s?$/u.test(w.replace(/\./g, '')) && w.length <= 8;

const DAY_TIMES = new Set(TIME_WORDS.slice(0, TIME_WORDS.indexOf('january')));

/**
 * Can the phrase be a speaker at all: a name, a pronoun, or a head noun for people, bodies,
 * documents or outlets ("the spokesman", "officials", "the report"); not "the subpoena".
 */
export function couldSpeak(phrase: string): boolean {
  const w = words(phrase.split(/\s+(?:who|which|that|of|for|from|at|in|with|to|on)\s+/i)[0]);
  if (!w.length) return false;
  // "The deal, announced Friday, would ...": a time is said of the participle, never a speaker. Months
  // are left out: "May" and "June" are names too.
  if (w.every((x) => DAY_TIMES.has(clean(x)))) return false;
  if (w.some(isCap) && w.findIndex(isCap) > 0) return true;
  const head = clean(w[w.length - 1]);
  if (isCap(w[w.length - 1]) || /^(he|she|they|it|we|i|you|who|one|some|many|most|others|both|all|several|few)$/.test(head)) return true;
  return [ANONYMOUS, VAGUE, DOCUMENT, ORGANIZATION, MEDIA_NOUN, PERSON_ROLE].some((set) => set.has(head)) || TITLES.has(head) || PARTY_MEMBER.has(head) || PEOPLE_PLURALS.has(head);
}

/** The outlet an unnamed source spoke through, if the phrase names one. */
export function viaOf(phrase: string): string | undefined {
  const m = VIA.exec(phrase);
  if (!m) return undefined;
  const outlet = m[1].replace(/^the\s+/i, '');
  return isOutlet(outlet) ? outlet : undefined;
}

/** A news outlet's name ("Reuters", "the BBC"), or, where a source is said to reach one, any acronym. */
export const isOutlet = (name: string, acronyms = true) => {
  const bare = name.replace(/^the\s+/i, '');
  // "Bloomberg News", "Reuters TV": an outlet's name with the medium after it.
  const outlet = bare.toLowerCase().replace(/\s+(?:news|tv|television|radio|online)$/, '');
  return OUTLETS.has(bare.toLowerCase()) || OUTLETS.has(outlet) || (acronyms && isAcronym(bare));
};

function outletIn(lowerWords: string[]): string | undefined {
  for (let n = Math.min(4, lowerWords.length); n >= 1; n--) {
    for (let i = 0; i + n <= lowerWords.length; i++) {
      const w = lowerWords.slice(i, i + n).join(' ');
      if (OUTLETS.has(w) && (n > 1 || !['post', 'times', 'journal', 'mail', 'sun', 'time', 'independent', 'mirror', 'herald', 'fox', 'sky', 'economist'].includes(w))) return w;
    }
  }
  return undefined;
}

const NAME_PARTICLE = new Set(NAME_PARTICLES);
/** Texts an outlet runs ("a report ... in the Lakeshore Tribune"), looked for before the longer pattern. */
// ("an analysis of House votes by The Times", "a fact-check by the Harbor Tribune's politics desk": what an
// outlet's reporters worked out is the outlet's reporting.)
// (A newsroom's own count is its reporting too: "according to a tally by the Tessaly Valley Gazette".)
const OUTLET_TEXT_WORDS = String.raw`\b(?:report|article|story|editorial|column|piece|interview|op-ed|investigation|analysis|review|fact-check|examination|tally|count)\b`;
const OUTLET_TEXT = new RegExp(OUTLET_TEXT_WORDS);
// ("an analysis published in October by Calloway Public Radio", "a tally kept by The Calder City Ledger": how and
// when it came out may stand before "by".)
const IN_OUTLET = new RegExp(String.raw`${OUTLET_TEXT_WORDS}(?:[^,]*\s(?:in|on)|(?:\s+of\s[^,]*?)?\s+(?:(?:published|aired|released|kept|compiled|maintained|conducted|carried out)\b[^,]*?\s+)?by)\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*(\p{Lu}[\p{L}'’-]*?))(?:['’]s(?:\s+[\p{Ll}-]+){1,3})?$`, 'u');

/**
 * Type of a source phrase. `knownPeople` holds names already seen in the article, so a bare
 * surname ("Azzouz") is a person while a bare one-word name never seen as a person ("Hamas")
 * is an organisation.
 */
export function classifySource(phrase: string | null, knownPeople: ReadonlySet<string> = new Set(), knownBodies: ReadonlySet<string> = new Set()): SourceClass {
  if (!phrase || !phrase.trim()) return { type: 'vague', why: 'no source' };
  // "a report on Wednesday in the Lakeshore Tribune", "a new report by Politico": an outlet's reporting
  // ("an internal report obtained by the Courier" is a text the outlet has).
  const inOutlet = OUTLET_TEXT.test(phrase) ? IN_OUTLET.exec(phrase.trim()) : null;
  if (inOutlet && (isOutlet(inOutlet[1], false) || MASTHEAD.has(inOutlet[2].toLowerCase()) || (MEDIA_NOUN.has(inOutlet[2].toLowerCase()) && /\s/.test(inOutlet[1])))) return { type: 'media', why: `outlet "${inOutlet[1]}"`, via: inOutlet[1] };
  // "a letter the commission sent to the company": a text and what was done with it, whoever did it.
  const contact = /^(?:a|an|the|this)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+(?:the|a|an|his|her|its|their)\s+[\p{Ll}-]+\s+(?:[\p{Ll}]+ed|sent|wrote|gave|made|saw|took|put|got|drew\s+up)\b/u.exec(phrase.trim());
  if (contact && DOCUMENT.has(contact[1])) return { type: 'document', why: `document "${contact[1]}"` };
  // "Dr Morrow and her co-authors", "Senator Ruiz and his aides": a named person with the people around
  // them is identified by that name.
  const withTeam = /^(.+?)\s+and\s+(?:his|her|their)\s+(?:(?:fellow|own)\s+)?(?:co-?authors?|colleagues?|team|teammates?|researchers?|students?|lawyers?|attorneys?|aides?|advisers?|advisors?|staff)$/iu.exec(phrase.trim());
  if (withTeam) {
    const leader = classifySource(withTeam[1], knownPeople, knownBodies);
    if (leader.type === 'named-person') return { ...leader, why: `${leader.why}, with those around them` };
  }
  // "The university's news release", "a press release": a text, whatever its first word says.
  if (/\b(?:news|press)\s+releases?$/i.test(phrase.trim())) return { type: 'document', why: `document "${phrase.trim()}"` };
  // "The memo, dated May 3", "The lawsuit, filed Tuesday in federal court": when and where, not who;
  // "Opponents, led by resident Tom Hale": the group speaks, not its leader.
  // "John Dickey — the chief executive of Ora Media": a description between dashes is one after a comma.
  const dashed = dashToComma(phrase);
  if (dashed) return classifySource(dashed, knownPeople, knownBodies);
  if (PARTICIPLE_TAIL.test(phrase)) return classifySource(phrase.replace(PARTICIPLE_TAIL, ''), knownPeople, knownBodies);
  const signed = SIGNED_TAIL.exec(phrase);
  if (signed) return classifySource(signed[1], knownPeople, knownBodies);
  const documentOut = DOCUMENT_PARTICIPLE_TAIL.exec(phrase);
  if (documentOut && !documentOut[1].includes(',') && DOCUMENT.has(documentOut[2].toLowerCase())) {
    const inner = classifySource(documentOut[1], knownPeople, knownBodies);
    return { ...inner, via: inner.via ?? viaOf(phrase) };
  }
  // "The bill's sponsor, Rep. Tom Hale, D-Ore.": a party label closing the phrase names no one.
  if (PARTY_LABEL_TAIL.test(phrase)) return classifySource(phrase.replace(PARTY_LABEL_TAIL, ''), knownPeople, knownBodies);
  const via = viaOf(phrase);
  // "Dr. Priya Natarajan, a cardiologist who was not involved in the study": after a name, what the
  // speaker knows describes them and does not hide them.
  const lead = words(phrase.split(',')[0]);
  // "Professor Liu Yang of Tsinghua University, who was not involved ...": the lead may hold a body's name after "of".
  const namedFirst = phrase.includes(',') && lead.length > 0 && isCap(lead[0] ?? '') && lead.every((x) => isCap(x) || /^(of|for|at|the|and)$/.test(x)) && lead.some((x) => !ANONYMOUS.has(clean(x)) && !VAGUE.has(clean(x)) && !COUNT.test(clean(x)) && !/^(the|a|an|one|some|many|senior|top)$/.test(clean(x)));
  // "an officer who identified himself as Colonel Anton Mirel": a name given is a name.
  const selfNamed = phrase.includes('identified') && /\bidentified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as\s+(\p{Lu}[\p{L}.'’ -]*)$/u.exec(phrase.trim());
  if (selfNamed && classifySource(selfNamed[1], knownPeople, knownBodies).type === 'named-person') return { type: 'named-person', why: `name given, "${selfNamed[1]}"` };
  // ('Her 1979 paper, "Carbonate Drift,"': a work's title in apposition says which work, not who.)
  const titled = phrase.includes(',') && /["“]/.test(phrase) ? /^(.*?),\s*["“][^"”]+[,.]?["”],?\s*$/u.exec(phrase) : null;
  const work = titled ? clean(words(titled[1]).pop() ?? '') : '';
  if (titled && !/["“”]/.test(titled[1]) && (DOCUMENT.has(work) || /^(book|film|movie|album|song|novel|play|show|series|memoir|documentary|podcast)$/.test(work))) return classifySource(titled[1], knownPeople, knownBodies);
  // "A 2020 memo from the authority's chief engineer, Paul Esterhazy": a text from someone named after it
  // is the text.
  const textFrom = phrase.includes(',') && / (?:from|by) /.test(phrase) && /^(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\d-]+\s+){0,2}([\p{Ll}-]+)\s+(?:from|by)\s/u.exec(phrase.trim());
  if (textFrom && DOCUMENT.has(textFrom[1])) return { type: 'document', why: `document "${textFrom[1]}"`, via: viaOf(phrase) };
  // "Tom Hale MP", "Ann Roe KC": letters after a name say what the person is.
  const postNominal = /\p{Lu}\s*$/u.test(phrase) && /^(.*\p{Ll}[\p{L}'’-]*)\s+(?:MP|MEP|MSP|TD|MLA|QC|KC)$/u.exec(phrase.trim());
  if (postNominal && isCap(words(postNominal[1]).pop() ?? '')) {
    const named = classifySource(postNominal[1], knownPeople, knownBodies);
    if (named.type === 'named-person') return named;
  }
  // "Local 418", "Their union, Transit Workers Local 77": a union's numbered branch.
  if (/(?:^|,\s*)(?:\p{Lu}[\p{L}'’-]*\s+)*Local\s+\d+[A-Za-z]?$/u.test(phrase.trim())) return { type: 'named-organization', why: `union local "${phrase.trim()}"` };
  // "the Orvanian General Staff": an army's command, not a general.
  if (phrase.includes('General Staff') && /\bGeneral Staff$/.test(phrase.trim())) return { type: 'named-organization', why: `organisation "${phrase.trim()}"` };
  // "one, who asked to be identified only by her first name, Sarah": a first name given is a name.
  const namedLast = /\b(?:first|given) name,\s*\p{Lu}[\p{L}'’-]*$/u.test(phrase.trim());
  // "Experts not involved in the research": outsiders are no one in particular.
  const outsiders = /\b(?:not|n't|un)\s*involved in\b/i.test(phrase) && !/\b(?:who|which)\s+(?:spoke|asked|declined|requested)\b|anonymity|not authorized/i.test(phrase);
  if (!namedFirst && !namedLast && !outsiders && KNOWLEDGE.test(phrase)) return { type: 'anonymous', why: `unnamed, "${KNOWLEDGE.exec(phrase)![1]}"`, via };
  if (COLLECTIVES.has(phrase.trim().toLowerCase())) return { type: 'vague', why: `vague collective "${phrase.trim()}"` };
  // "Six in 10", "55 percent of Democrats", "One of the officials", "Both": a share of a group is as
  // specific as the group, and a share of no group is nobody in particular. With an appositive
  // ("one of the lawyers, Dana Whitfield") the name decides, below.
  const counted = phrase.includes(',') ? null : SHARE_OF_GROUP.exec(phrase.trim());
  if (counted) {
    const inner = classifySource(counted[1], knownPeople, knownBodies);
    return UNNAMED.has(inner.type) ? { ...inner, why: `share of ${inner.why}` } : { type: 'vague', why: `share of "${counted[1]}"` };
  }
  const share = phrase.includes(',') ? null : SHARE.exec(phrase.trim());
  if (share) {
    const rest = phrase.trim().slice(share[0].length);
    if (!rest.trim()) return { type: 'vague', why: `share "${phrase.trim()}"` };
    const of = /^\s+of\s+(.+)$/i.exec(rest);
    if (of) {
      const inner = classifySource(of[1], knownPeople, knownBodies);
      // ("One of our largest customers in Shenzhen": one person singled out of a group is specific, as "one expert" is.)
      if (inner.type === 'vague' && /^(?:one|another)$/i.test(share[0].trim()) && /\p{Ll}s\b/u.test(of[1]) && !/^(?:them|those|these|us|you)$/i.test(of[1].trim())) return { type: 'anonymous', why: `one of ${inner.why}`, via };
      // ("one of the polls": a text among texts is still a text.)
      return UNNAMED.has(inner.type) || inner.type === 'document' ? { ...inner, why: `share of ${inner.why}` } : { type: 'vague', why: `share of "${of[1]}"` };
    }
  }
  // "A Department of Health spokesperson": a body's name before an unnamed role leaves the role unnamed.
  const full = words(phrase);
  const role = full[full.length - 1] ?? '';
  if (!phrase.includes(',') && full.length > 2 && /^(a|an|the)$/i.test(full[0] ?? '') && !isCap(role) && ANONYMOUS.has(clean(role)) && full.slice(1, -1).some(isCap)) {
    return { type: 'anonymous', why: `unnamed "${role}"`, via };
  }
  // An appositive names the speaker: "her mother, Fiona" → "Fiona".
  const parts = phrase.split(/,\s*/).filter((x) => x.trim());
  // ("A spokesperson for the UN children's agency, UNICEF": but an acronym after a body's noun is the body's.)
  const bodyNoun = parts.length === 2 ? words(parts[0]).pop() ?? '' : '';
  const bodyNamed = ORGANIZATION.has(clean(bodyNoun)) && !isCap(bodyNoun) && / (?:for|of|at|from|with) /i.test(parts[0]) && words(parts[1]).length > 0 && words(parts[1]).every(isAcronym);
  if (bodyNamed) return classifySource(parts[0], knownPeople, knownBodies);
  // "Maison Verlaine, the 90-year-old fashion house": a name its trade describes is a body's.
  // ("Jerome Addo, a forklift operator who ...": a trade "who" takes up is a person's.)
  if (parts.length === 2 && words(parts[0]).every(isCap) && /^(?:the|a|an)\s/i.test(parts[1].trim()) && !/\bwho\b/i.test(parts[1])) {
    const described = words(parts[1].split(/\s+(?:of|for|at|in|with|to|from|on|by|that|which|who|based)\s+/i)[0]);
    const trade = clean(described[described.length - 1] ?? '');
    if ((BUSINESS.has(trade) && trade !== 'maker') || /^(?:house|label|brand|group|chain|studio)$/.test(trade)) return { type: 'named-organization', why: `organisation "${parts[0].trim()}", ${parts[1].trim()}` };
  }
  // "The student newspaper, the Eastlake Clarion": an outlet's kind, then its name.
  if (parts.length === 2 && MEDIA_NOUN.has(clean(words(parts[0]).pop() ?? '')) && classifySource(parts[1], knownPeople, knownBodies).type === 'media') return { type: 'media', why: `outlet "${parts[1].trim()}"` };
  // "Bellamy & Hart": names joined by an ampersand are a firm's.
  if (!phrase.includes(',') && /\s&\s/.test(phrase) && words(phrase).filter((x) => x !== '&').every(isCap)) return { type: 'named-organization', why: `firm "${phrase.trim()}"` };
  // "The developer, Stanmore Living, which bought the site": a name "which" describes is a body's.
  const which = parts.findIndex((x, i) => i > 0 && /^\s*which\s/i.test(x));
  if (which > 0 && words(parts[which - 1]).every(isCap) && !GIVEN_NAMES.has(clean(words(parts[which - 1])[0] ?? ''))) {
    const named = classifySource(parts[which - 1], knownPeople, knownBodies);
    if (named.type === 'named-person') return { type: 'named-organization', why: `organisation "${parts[which - 1].trim()}", which ...` };
  }
  // "One of them, a 70-year-old named Joe Barnes": a count of a group, then who it is.
  if (parts.length > 1 && /^(?:one|another|two|three|each)(?:\s+of\s+(?:them|those|us))?$/i.test(parts[0].trim())) {
    const rest = classifySource(parts.slice(1).join(', '), knownPeople, knownBodies);
    if (rest.type === 'named-person') return rest;
  }
  // "The senator, a Republican from Ohio": an indefinite description says what an unnamed speaker
  // is, not who. "The memo, a copy of which was obtained by ...": a relative clause about a text
  // says how it was had, not who wrote it.
  if (parts.length > 1 && /^an?\s/i.test(parts[1].trim())) {
    // "one, a welder with 20 years at the plant": one person, described, is specific.
    if (/^(?:one|another)$/i.test(parts[0].trim())) {
      const described = classifySource(parts.slice(1).join(', '), knownPeople, knownBodies);
      return described.type === 'anonymous' || described.type === 'named-person' ? described : { type: 'anonymous', why: `unnamed "${parts[0].trim()}", described`, via };
    }
    const first = classifySource(parts[0], knownPeople, knownBodies);
    if (UNNAMED.has(first.type)) return { ...first, via: first.via ?? via };
    if (first.type === 'document' && /^(?:\S+\s+){1,3}of\s+which\b/i.test(parts[1].trim())) return first;
  }
  // "One resident, Maria Lopez, 67": an age closing the phrase is said of whoever comes before it.
  if (parts.length > 2 && /^\d{1,3}$/.test(parts[parts.length - 1].trim())) return classifySource(parts.slice(0, -1).join(', '), knownPeople, knownBodies);
  // "One of the rebels, the former minister Angela Threlfall", "The chair of judges, the critic Philippa
  // Rane": a description, then the person with a role before the name, who speaks.
  // ("His opponent in the Republican primary, state Attorney General Simone Achterberg": an owner's too.)
  if (parts.length === 2 && /^\s*(?:(?:one|two|three|some|many|several|each|another)\s+of\b|(?:the|a|an|his|her|their|its)\s+\p{Ll})/iu.test(parts[0])) {
    const named = classifySource(parts[1], knownPeople, knownBodies);
    if (named.type === 'named-person' && /^(?:role|title) and name\b/.test(named.why)) return named;
  }
  // "The candidate, Priya Nandra, a former head teacher": a role, the name, then more of who she is.
  // "His wife, Ingrid, a nurse": a given name alone does.
  const given = words(parts[1] ?? '').length === 1 && GIVEN_NAMES.has(clean(words(parts[1] ?? '')[0] ?? ''));
  if (parts.length > 2 && (words(parts[1]).length >= 2 || given) && words(parts[1]).every(isCap)) {
    const named = classifySource(parts.slice(0, 2).join(','), knownPeople, knownBodies);
    if (named.type === 'named-person') return named;
  }
  const last = parts[parts.length - 1];
  // ("The MP, Birgitta Solvang of the Centre Party": the name may carry where the person is from.)
  const lastName = last.replace(/\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*$/u, '');
  // "Hemsley, the co-author of ...", "Paris, who used to work ...": a lone name described as a person.
  const lone = parts.length > 1 && words(parts[0]).length === 1 ? words(parts[0])[0] : undefined;
  // ("Critics, among them former employees": a capital opening the sentence makes no name of a common noun.)
  if (lone && isCap(lone) && !ORGANIZATION.has(clean(lone)) && !OUTLETS.has(clean(lone)) && !SHARE.test(lone) && !VAGUE.has(clean(lone)) && !ANONYMOUS.has(clean(lone))) {
    // "Leila, 29, who did not give her surname": an age in apposition is said only of a person.
    if (/^\d{1,3}$/.test(parts[1].trim())) return { type: 'named-person', why: `name "${lone}" with an age` };
    const rest = words(parts.slice(1).join(' ')).map(clean);
    // "Wilcox, whose education was paid for by the military": so is what only a person has.
    // ("Whelan, whose colleagues call her "Tank"": a clause that calls it "her" or "him".)
    const personal = rest[0] === 'whose' && (/^(education|son|daughter|sons|daughters|children|wife|husband|mother|father|parents|family|brother|sister|life|career|childhood|grandfather|grandmother)$/.test(rest[1] ?? '') || rest.some((x) => /^(her|him|his|she|he|herself|himself)$/.test(x)));
    // ("Acme, whose chief executive resigned": a role after "whose" is someone else's.)
    // ("Hale, the mayor of Brandt": so is an office that heads the description.)
    const head = words(parts[1].split(/\s+(?:of|for|at|in|with|from|on)\s+/i)[0]).pop() ?? '';
    const office = TITLES.has(clean(head)) && !/['’]s$/.test(head);
    if (rest[0] === 'who' || personal || (rest[0] !== 'whose' && (office || rest.slice(0, 4).some((x) => PERSON_ROLE.has(x) || PARTY_MEMBER.has(x))))) return { type: 'named-person', why: `name "${lone}" described as a person` };
  }
  // "Eric Reeves, one of the leading voices": the name before the description. But "The Podesta
  // Group's CEO, Kimberley Fritts": a capitalised role first is a description, and the name follows.
  // "Council member Tom Okafor, one of the two votes against": a role and a name, then what they did.
  const allCapitals = words(parts[0]).length > 0 && words(parts[0]).every((x) => isCap(x) || /^(of|and|the|for|on|&)$/.test(x)) && !SHARE.test(parts[0].trim());
  if (parts.length > 1 && (allCapitals || isCap(words(parts[0]).pop() ?? ''))) {
    // "Quillon Software, the maker of payroll tools": a name a company's trade describes is the company's.
    // ("Gene Sperling, a longtime policy maker", "Xinhua, the official news agency" are not: only "the maker of"
    // is a company, and an outlet is media.)
    const description = words(parts[1].split(/\s+(?:of|for|to|at|with|from|in|on|behind|that|which|who|whose|and)\s+/)[0]).map(clean);
    const trade = description[description.length - 1] ?? '';
    // ("Jerome Addo, a forklift operator who helped lead the campaign": a trade "who" describes is a person's.)
    const tradeFits = (BUSINESS.has(trade) || BODY_DESCRIBERS.has(trade)) && (trade !== 'maker' || description.length === 2) && !description.some((x) => MEDIA_NOUN.has(x) || /^(news|wire|press)$/.test(x)) && !/\swho\s/i.test(parts[1]);
    if (allCapitals && tradeFits && /^\s*(?:the|a|an)\s/i.test(parts[1]) && words(parts[0]).every(isCap) && !GIVEN_NAMES.has(clean(words(parts[0])[0] ?? ''))) return { type: 'named-organization', why: `organisation "${parts[0].trim()}", ${trade}` };
    // "the Drover, the country's oldest music magazine": a name a medium describes is an outlet's.
    // ("a network of activists that tracks casualties" is no broadcaster.)
    if (allCapitals && MEDIA_NOUN.has(trade) && /^\s*(?:the|a|an)\s/i.test(parts[1]) && !/\swho\s/i.test(parts[1]) && !new RegExp(`\\b${trade}\\s+of\\b`).test(parts[1]) && !GIVEN_NAMES.has(clean(words(parts[0]).find((x) => !/^the$/i.test(x)) ?? ''))) return { type: 'media', why: `outlet "${parts[0].trim()}", ${trade}`, via };
    // "PitchLedger, a database of private funding rounds": a name a data set or a survey describes is a document's.
    if (allCapitals && DATA_DESCRIBERS.has(trade) && /^\s*(?:the|a|an)\s/i.test(parts[1]) && !description.some((x) => MEDIA_NOUN.has(x)) && !/\swho\s/i.test(parts[1])) return { type: 'document', why: `document "${parts[0].trim()}", ${trade}`, via };
    const first = classifySource(parts[0], knownPeople, knownBodies);
    // "The Home Secretary, Tom Hale": an office, then the person who holds it.
    if (allCapitals && TITLES.has(clean(words(parts[0]).pop() ?? '')) && words(parts[1]).length >= 2 && words(parts[1]).every(isCap)) {
      const holder = classifySource(parts[1], knownPeople, knownBodies);
      if (holder.type === 'named-person') return holder;
    }
    if (allCapitals && (first.type !== 'anonymous' || !words(lastName).every(isCap))) return first;
    if (first.type === 'named-person') return first;
  }
  // "One of the rescued teens, 16-year-old Mia Torres": an age before the name given is said of a person.
  const aged = /^\s*\d{1,3}-year-old\s+(?=\p{Lu})/u.test(last) && words(last.replace(/^\s*\d{1,3}-year-old\s+/, '')).every(isCap);
  if (aged) return { type: 'named-person', why: `name "${last.trim()}"` };
  // "Motorists in the capital, Velika": a place's name after the word for it says where a group is, not
  // who ("the special envoy for the region, Ingrid Halvorsen" is one person, named).
  const groupHead = words(parts[0].split(/\s+(?:in|of|from|at|across|around|near|for)\s+/i)[0]).pop() ?? '';
  if (parts.length > 1 && words(last).every(isCap) && /[^s]s$/.test(groupHead) && !GIVEN_NAMES.has(clean(words(last)[0] ?? '')) && /\b(?:capital|city|town|village|region|province|country|district|county|island|port)$/i.test(parts[parts.length - 2].trim())) return classifySource(parts.slice(0, -1).join(', '), knownPeople, knownBodies);
  if (parts.length > 1 && words(lastName).length && words(lastName).every(isCap)) {
    // "her brother, Tomas": a bare given name after a person's description names a person;
    // after "Britain's largest energy supplier" it names a company.
    const describing = words(parts.slice(0, -1).join(' ').split(/\s+(?:of|for|to|at|with|from|in|on|that|which|who)\s+/)[0]).map(clean);
    // ("The union representing Gransden workers": what the body does is no part of what it is.)
    const doing = describing.findIndex((x, i) => i >= 2 && /ing$/.test(x));
    const described = doing > 0 ? describing.slice(0, doing) : describing;
    // "one shopper, who gave only her first name, Ana": the name given is a person's.
    const personDescribed = PERSON_ROLE.has(described[described.length - 1] ?? '') || /\b(?:first|given|last) name$/i.test(parts[parts.length - 2].trim());
    if (words(last).length === 1 && personDescribed && !ORGANIZATION.has(clean(last)) && !PLACE.has(clean(last)) && !OUTLETS.has(clean(last))) return { type: 'named-person', why: `name "${last}"` };
    // "The company, Atlas Properties", "The union, Cabin Crew United": the name a company or another body
    // is described by is the body's.
    const describer = described[described.length - 1] ?? '';
    // "The student newspaper, The Alderton Clarion": the name a medium is described by is an outlet's.
    // ("Kestria's state news agency, KNA": so is a news agency's.)
    if (MEDIA_NOUN.has(describer) || (describer === 'agency' && described.includes('news'))) return { type: 'media', why: `outlet "${last.trim()}"`, via };
    if ((BUSINESS.has(describer) || BODY_DESCRIBERS.has(describer) || FIRM_TRADES.has(describer)) && !GIVEN_NAMES.has(clean(words(last)[0] ?? ''))) return { type: 'named-organization', why: `${BODY_DESCRIBERS.has(describer) ? 'organisation' : 'company'} "${last.trim()}"` };
    return classifySource(last, knownPeople, knownBodies);
  }
  // A title with its office, then a name: "Secretary of State Madeleine Albright".
  const fullLower = full.map(clean);
  // "The Supreme Court of Nerrin", "The Office of the Director of Public Prosecutions": a body "of" a
  // place or an office, however many titles its name holds.
  const bodyOf = fullLower.indexOf('of');
  if (fullLower[0] === 'the' && bodyOf >= 2 && fullLower[bodyOf - 1] !== 'secretary' && ORGANIZATION.has(fullLower[bodyOf - 1]) && full.slice(1).every((x) => isCap(x) || /^(of|the|and|for)$/.test(x))) return { type: 'named-organization', why: `organisation "${phrase.trim()}"` };
  const title = fullLower.findIndex((x) => TITLES.has(x));
  // "The State Department and the Department of Homeland Security": "and the" joins two bodies, where
  // an office's own "and" ("Secretary of Health and Human Services") joins two words of its name.
  const twoPhrases = fullLower.some((x, i) => x === 'and' && /^(the|a|an)$/.test(fullLower[i + 1] ?? ''));
  if (title >= 0 && !twoPhrases && fullLower.slice(title).includes('of') && full.length - title >= 4 && full.slice(title).every((x) => isCap(x) || /^(of|the|and|for)$/.test(x))) {
    const name = fullLower.slice(-2);
    if (name.every((x) => !ORGANIZATION.has(x) && !PLACE.has(x) && !TITLES.has(x)) && !PLACE.has(name.join(' '))) return { type: 'named-person', why: `title and name "${phrase.trim()}"` };
  }
  // The head is the last word before a modifier: "officials from the ministry", "sources who ...".
  // "The protesters, many of whom carried flags": a relative clause of part of the group says nothing of its head.
  // "Critics — including several former officials —": an aside between dashes says nothing of the head either.
  // "A group of former employees", "a handful of residents": the people the group is made of say who it is.
  const groupOf = /^\s*(?:(?:the|a|an)\s+)?(?:small\s+|large\s+)?(?:group|handful|number|couple|bunch|band|pair|trio)\s+of\s+(\p{Ll}[\p{L}\s'’-]*\p{Ll}s)\s*$/iu.exec(phrase);
  if (groupOf) return classifySource(groupOf[1], knownPeople, knownBodies);
  const core = phrase.replace(/,\s+(?:\p{L}+\s+)?of\s+(?:whom|which)\b.*$/su, '').replace(/\s+[—–]\s+(?:including|among them|such as)\b.*$/su, '').split(/\s+(?:who|which|that|i|we|you|they|of|to|from|at|in|with|for|on|by|not(?=\s+\p{L}+(?:ed|en)\s)|familiar|close|inside|outside|near|within|seen|quoted|cited|speaking|according|(?<!\b(?:the|a|an)\s+|['’]s\s+)(?:released|conducted|published|taken)|out(?=\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|this|last))|(?:\p{L}+(?:ed|en)|shown|sent|made|kept|held|read|left|told|sold|bought|brought|found)\s+(?:by|in|on|at|with|to|for|under|before|last|this|earlier|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)|\p{L}{3,}ing(?=\s+(?:the|a|an|his|her|their|its|our|this|these|those|some|several|many|more|\d)\b))(?:\s+|$)/iu)[0];
  const w = words(core);
  if (!w.length) return { type: 'vague', why: 'no source' };
  // "the Ministry of Health's own register of facilities": what a body owns is its text, when the
  // thing owned is a document.
  const owns = /['’]s\s+(?:own\s+)?(\p{Ll}+)(?:\s+of\b.*)?$/u.exec(phrase.trim());
  if (owns && DOCUMENT.has(owns[1]) && !core.includes(owns[0].trim())) return { type: 'document', why: `document "${owns[1]}"`, via };
  // "The club's most recent accounts, filed in March": a company's financial statements are a document.
  const phraseWords = words(phrase.replace(/,/g, ' ')).map(clean);
  if (financialAccountsAt(phraseWords, phraseWords.lastIndexOf('accounts'))) return { type: 'document', why: 'document "accounts"', via };
  // "the department's initial account of the shooting", "the family's version": a telling is its teller's.
  const told = /^(.+?)['’]s?\s+(?:(?:own|initial|first|official|original|latest|later|earlier|new|public|sworn)\s+)*(?:accounts?|versions?|telling|recollections?|explanation)\b/u.exec(phrase.trim());
  if (told && !/['’]/.test(told[1])) {
    const teller = classifySource(told[1], knownPeople, knownBodies);
    return { ...teller, why: `${teller.why}, whose account it is` };
  }
  // "a University of Texas/Texas Tribune poll", "University of Michigan researchers": a document or
  // people named for a body whose name holds an "of"; the head is the plain word after the name.
  const named = /^(?:(?:[Tt]he|[Aa]n?|[Nn]ew|[Oo]nline|[Ll]atest)\s+)*((?:\p{Lu}[\p{L}&'’./-]*\s+)+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’./-]*\s+)+)(\p{Ll}+)$/u.exec(phrase.trim().split(/\s+(?:out|released|conducted|published|taken)\b/)[0]);
  if (named && DOCUMENT.has(named[2])) return { type: 'document', why: `document "${named[2]}"`, via };
  if (named && (ANONYMOUS.has(named[2]) || EXPERTS.has(named[2].replace(/s$/, '')))) return { type: 'anonymous', why: `unnamed "${named[2]}" of "${named[1].trim()}"`, via };
  const lower = w.map(clean);
  const head = lower[lower.length - 1];
  const headWord = w[w.length - 1];
  const all = lower.join(' ').replace(/^the /, '');
  const outlet = outletIn(lower);
  // A capital at the start of a sentence ("Officials said") does not make a name.
  const lexical = (x: string) => ANONYMOUS.has(x) || VAGUE.has(x) || DOCUMENT.has(x) || ORGANIZATION.has(x) || MEDIA_NOUN.has(x) || /^(the|a|an|some|many|most|several|other|senior|top|two|three|four|five)$/.test(x);
  // "Tenants told the BBC", "Locals say", "Villagers said": a plural of a doer opening the sentence is
  // no name either. -ants, -ents, -als, -ists and -ians make no surnames; -ers and -ors do ("Sanders"),
  // so those only when a description follows, or when the article names its people and this is none of them.
  // ("Landlords say": so is a plural of a role people hold.)
  const doerPlural = /(?:ist|ian|ant|ent|al)s$/.test(lower[0]) || (/(?:er|or)s$/.test(lower[0]) && (core.length < phrase.trim().length || knownPeople.size > 0)) || (/s$/.test(lower[0]) && PERSON_ROLE.has(lower[0].replace(/s$/, '')));
  const describedPlural = w.length === 1 && !knownPeople.has(lower[0]) && doerPlural;
  // "Tory MPs": a role written as an acronym is no name.
  const roleAcronym = (i: number) => /^\p{Lu}{2,}s?$/u.test(w[i]) && ANONYMOUS.has(lower[i]);
  const capAt = (i: number) => isCap(w[i]) && !(i === 0 && (lexical(lower[i]) || describedPlural)) && !roleAcronym(i);
  const hasName = w.some((_, i) => capAt(i));

  if (lower[0] === 'no' || all === 'nobody' || all === 'no one') return { type: 'vague', why: `nobody "${core}"` };
  // "the Wisconsin Republican", "a Democrat": one member of a party, not named here (a back-reference
  // to a named member is resolved before this).
  if (PARTY_MEMBER.has(head) && w.length <= 3 && /^(the|a|an|one|another)$/.test(lower[0])) return { type: 'anonymous', why: `unnamed party member "${core}"` };
  // "Another Muslim who worshiped there", "an Iraqi": one member of a people or a faith, not named.
  if (w.length <= 3 && /^(a|an|one|another)$/.test(lower[0]) && isCap(headWord) && (PEOPLE_PLURALS.has(`${head}s`) || /(?:an|ese|i)$/.test(head)) && !knownPeople.has(head)) return { type: 'anonymous', why: `unnamed member of a people or faith "${core}"` };
  // A title then a name: "White House press secretary Josh Earnest", "chief inspector Jane Roe".
  let lastTitle = -1;
  lower.forEach((x, i) => {
    // "Secretary-Treasurer Gary Casteel", "ex-minister": a hyphened title too.
    if (TITLES.has(x) || (/^[a-z]{2,}(?:-[a-z]{3,})+$/.test(x) && x.split('-').some((part) => TITLES.has(part)))) lastTitle = i;
  });
  // Not "Iranian state TV": a medium after the title is no name.
  // "Senate Republicans", "House Democrats": a body's members as a group, after a word that is both a title and a body.
  const membersOfBody = lastTitle === w.length - 2 && ORGANIZATION.has(lower[lastTitle]) && (PEOPLE_PLURALS.has(head) || /(?:ans|ats)$/.test(head)) && !knownPeople.has(head);
  // ("Opposition MPs", "Sinn Féin TDs": members by their initials are no name.)
  // ("The Copper State Ledger": a paper's name whose word before the masthead is also a title.)
  const paperName = lastTitle === w.length - 2 && MASTHEAD.has(head) && (lower[0] === 'the' || lastTitle > 0);
  if (lastTitle >= 0 && lastTitle < w.length - 1 && !membersOfBody && !paperName && w.slice(lastTitle + 1).every((x) => isCap(x) || /^\p{Lu}\.?$/u.test(x)) && !lower.slice(lastTitle + 1).some((x) => ORGANIZATION.has(x) || MEDIA_NOUN.has(x) || ANONYMOUS.has(x))) {
    return { type: 'named-person', why: `title and name "${core}"` };
  }
  if (OUTLETS.has(all) || OUTLETS.has(lower.filter((x) => x !== 'the').join(' '))) return { type: 'media', why: `outlet "${core}"` };
  // "WPET-TV", "KSRN 7": a US broadcaster's call sign with its band or channel (a bare "KPMG" or "WADA" is no station).
  if (/^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT)|\s+\d{1,2})$/.test(core)) return { type: 'media', why: `outlet "${core}", a call sign` };
  // "Private broadcaster Kanal 9", "the newspaper Le Monde": a medium, then its name.
  // ("The music site Static Bloom", "the entertainment site Glossbox": a site before its name too.)
  // ("The trade paper Screen North": a paper of a trade or a place too.)
  const medium = lower.findIndex((x, k) => MEDIA_NOUN.has(x) || /^(site|website|blog|weekly|monthly)$/.test(x) || (x === 'paper' && (/^(trade|news|local|daily|weekly|evening|morning|student|regional|national|financial|business|community)$/.test(lower[k - 1] ?? '') || (k > 0 && !isCap(w[k]) && isCap(w[k + 1] ?? '')))));
  if (medium >= 0 && medium < w.length - 1 && !isCap(w[medium]) && isCap(w[medium + 1]) && !lower.slice(medium + 1).some((x) => ORGANIZATION.has(x) || TITLES.has(x)) && w.slice(medium + 1).every((x) => isCap(x) || /^\d+$/.test(x))) return { type: 'media', why: `outlet "${w.slice(medium + 1).join(' ')}"` };
  // "the Voting Rights Act": a law by its name, which says what it says; "act" alone is a deed.
  if (head === 'act' && isCap(headWord) && w.length >= 2) return { type: 'document', why: `law "${core}"`, via };
  // "Gannet Books", "Penguin Books": a publisher by its name, not its books.
  if (head === 'books' && isCap(headWord) && w.length >= 2 && w.every((x, i) => isCap(x) || (i === 0 && lower[0] === 'the'))) return { type: 'named-organization', why: `publisher "${core}"` };
  // "Driftwood Records": a record label by its name.
  if (head === 'records' && isCap(headWord) && w.length >= 2 && w.every((x, i) => isCap(x) || (i === 0 && lower[0] === 'the'))) return { type: 'named-organization', why: `label "${core}"` };
  // "Blackfen Research", "Rasmussen Reports", "Immigration and Customs Enforcement": a name whose last
  // word is what the body does is the body, not a document or a deed. ("American Community Survey" is
  // a survey and "law enforcement" no name: only these words, and only capitalised.)
  let nameFrom = w.length;
  while (nameFrom > 0 && (isCap(w[nameFrom - 1]) || (/^(of|and|for)$/.test(w[nameFrom - 1]) && nameFrom < w.length))) nameFrom--;
  if (/^(the|a|an)$/.test(lower[nameFrom] ?? '')) nameFrom++;
  if (/^(research|reports|analytics|enforcement|protection)$/.test(head) && w.length - nameFrom >= 2 && isCap(w[nameFrom])) return { type: 'named-organization', why: `organisation "${w.slice(nameFrom).join(' ')}"`, via };
  // "Tessellate AI": a company named for the field it sells in, by its acronym.
  if (w[w.length - 1] === 'AI' && w.length - nameFrom >= 2) return { type: 'named-organization', why: `organisation "${w.slice(nameFrom).join(' ')}"`, via };
  // "The Coastal Business Review", "The Harbor Post": a paper by its name (a "review" or a "post" in
  // lower case is a text).
  if ((head === 'review' || head === 'post') && w.length - nameFrom >= 2 && isCap(w[nameFrom])) return { type: 'media', why: `outlet "${w.slice(nameFrom).join(' ')}"`, via };
  // "Radio Qollpa", "Radio Free Europe": a station by its name.
  if (/^(radio|television|tv)$/.test(lower[0]) && w.length >= 2 && w.every(isCap)) return { type: 'media', why: `outlet "${core}"`, via };
  // "the election authority", "the roads authority": a body named by what it has authority over ("an
  // authority on the subject" is a person).
  if (head === 'authority' && lower[0] === 'the' && w.length >= 3) return { type: 'named-organization', why: `organisation "${core}"` };
  // "Dusart's defence team", "his legal team": lawyers or doctors for someone, unnamed.
  if (head === 'team' && lower.some((x) => /^(defence|defense|legal|medical|negotiating|security)$/.test(x))) return { type: 'anonymous', why: `unnamed "${core}"`, via };
  // "Two senior Civic Union figures", "leading party figures", "one senior figure at the club": people
  // of standing, not numbers. ("Some industry figures argue": a share of them is no one in particular.)
  if ((head === 'figures' || head === 'figure') && lower.some((x) => /^(senior|leading|prominent|top|key|public|political|party|opposition|establishment|religious|community|business|industry|influential)$/.test(x))) return /^(some|many|most|few|several)$/.test(lower[0]) ? { type: 'vague', why: `vague group "${core}"` } : { type: 'anonymous', why: `unnamed "${core}"`, via };
  // "the research firm Brindle Data", "the video-sharing platform Clipstream": a body's kind before its
  // name says what it is, whatever the name's last word.
  const kindNameFrom = w.findIndex((_, k) => k > 0 && w.slice(k).every(isCap));
  const kindBefore = kindNameFrom > 0 ? lower[kindNameFrom - 1] : '';
  if (kindNameFrom > 0 && (BUSINESS.has(kindBefore) || BODY_DESCRIBERS.has(kindBefore)) && !TITLES.has(kindBefore) && !lower.some((x) => MEDIA_NOUN.has(x))) return { type: 'named-organization', why: `organisation "${w.slice(kindNameFrom).join(' ')}", ${kindBefore}` };
  // "the Marine Rescue Network", "the Tenants' Advice Network": a capitalised network of what is no
  // medium is a body; "Cable News Network" and "the Fox network" stay media.
  if (head === 'network' && isCap(headWord) && w.length >= 3 && !lower.slice(0, -1).some((x) => MEDIA_NOUN.has(x) || /^(cable|broadcast|broadcasting|satellite|sports|entertainment|shopping|weather)$/.test(x))) return { type: 'named-organization', why: `organisation "${core}"` };
  // "Lisa Page", "Tom Brief": a given name before a capitalised word makes it a surname, whatever the word;
  // ("Carter Page", "Jude Law": so does any capitalised word before a text's noun that is a common surname.)
  const surname = w.length >= 2 && w.length <= 3 && w.every(isCap) && DOCUMENT.has(head) && (GIVEN_NAMES.has(lower[0]) || SURNAME_TEXTS.has(head));
  if ((DOCUMENT.has(head) || MEDIA_NOUN.has(head)) && !surname) {
    // "A CNN poll" is a poll, though an outlet ran it; "a Reuters report" is the outlet's reporting.
    if (POLLS.has(head)) return { type: 'document', why: `document "${head}"`, via };
    if (outlet || MEDIA_NOUN.has(head) || lower.some((x) => MEDIA_NOUN.has(x))) return { type: 'media', why: `media "${core}"`, via };
    return { type: 'document', why: `document "${head}"`, via };
  }
  // "The decision said users were not told", "The jury's conclusion found", "the resolution adopted by the
  // board": what a court, a jury, a board or a regulator decides speaks as its written text. (Kept out of
  // the document nouns: "..., confirmed the decision." has no decision speaking.)
  if (DECISIONS.has(head) && !capAt(w.length - 1)) return { type: 'document', why: `document "${head}"`, via };
  // A counted group is specific people left unnamed: "two city engineers", "three officials".
  if (COUNT.test(lower[0]) && lower.length > 1 && !capAt(w.length - 1) && /s$/.test(head) && !VAGUE_ALWAYS.has(head)) {
    return { type: 'anonymous', why: `counted, unnamed "${core}"`, via };
  }
  // A newspaper's name: "The Harbour Gazette", "Valley Post" (a capitalised name ending in a masthead word).
  // ("the state-owned Daily Courier": a describing word before the name too; "The Evening Lantern", "The
  // Daily Wicket": a paper named for when it comes out, whatever its last word.)
  const mastheadFrom = w.findIndex((x, i) => i > 0 && w.slice(i).every(isCap));
  const bylined = mastheadFrom > 0 && lower[0] === 'the' && w.slice(1, mastheadFrom).every((x) => !isCap(x));
  if (hasName && w.length >= 2 && MASTHEAD.has(head) && (w.every((x, i) => isCap(x) || (i === 0 && lower[0] === 'the')) || bylined)) {
    return { type: 'media', why: `outlet "${core}"` };
  }
  if (lower[0] === 'the' && w.length >= 3 && /^(daily|evening|morning|sunday|weekly)$/.test(lower[1]) && w.slice(1).every(isCap)) return { type: 'media', why: `outlet "${core}"` };
  // "Analysts at Barclays", "researchers at the University of Oslo": experts placed at a named body
  // are specific people left unnamed ("voters from Ohio" are not: a place is no body).
  const rest = phrase.slice(phrase.indexOf(core) + core.length);
  const placedAt = AFFILIATION.exec(rest);
  if (placedAt && isExpert(head) && !PLACE.has(placedAt[1].toLowerCase())) return { type: 'anonymous', why: `unnamed "${head}" at "${placedAt[1]}"`, via };
  const placedBack = AFFILIATION_BACK.exec(rest);
  if (placedBack && isExpert(head) && (ORGANIZATION.has(placedBack[1]) || BUSINESS.has(placedBack[1]))) return { type: 'anonymous', why: `unnamed "${head}" at the "${placedBack[1]}"`, via };
  // "The engineers who examined the bridge's pier": experts "the" and a deed of theirs single out.
  const singledOut = lower[0] === 'the' && isExpert(head) && /^\s*,?\s*who\s+(?:had\s+)?\p{L}+ed\b/iu.test(rest);
  if (singledOut) return { type: 'anonymous', why: `unnamed "${head}", who did what is told`, via };
  // "Goldman Sachs analysts", "Pentagon analysts": so are experts a body's name comes before, but not
  // a people's, a party's or a market's ("Israeli analysts", "Democratic strategists", "Wall Street economists").
  const owner = w.slice(0, -1).filter((x, i) => i > 0 || !/^(the|a|an|some|many|most|several|other|two|three)$/i.test(x));
  const ownerName = owner.join(' ').toLowerCase();
  // A body is a name of two words or more, an acronym, or a word the article shows a body's; a lone
  // word may be a people's, a place's or a field's ("Texas economists", "Military analysts").
  const nationality = (x: string) => PEOPLE_PLURALS.has(`${clean(x)}s`) || PEOPLE_PLURALS.has(clean(x)) || /(?:ese|ish|ern)$/.test(clean(x)) || PARTY_MEMBER.has(clean(x).replace(/ic$/, ''));
  const body = owner.length >= 2 || (owner.length === 1 && (isAcronym(owner[0]) || knownBodies.has(clean(owner[0]))));
  const ownedBy = body && owner.every(isCap) && !PLACE.has(ownerName) && ownerName !== 'wall street' && !owner.some((x) => PLACE.has(clean(x)) || nationality(x) || /^(middle|east|west|north|south|central|latin|gulf|pacific|atlantic)$/.test(clean(x)));
  if (ownedBy && isExpert(head)) return { type: 'anonymous', why: `unnamed "${head}" of "${owner.join(' ')}"`, via };
  // "one expert", "an analyst", "a critic", "the analyst" (one named before): a single person is
  // specific, though unnamed; the guidelines' vague groups are plural ("experts assess", "critics
  // say"), or a whole taken as one ("the public").
  if (VAGUE.has(head) && !/s$/.test(head) && !COLLECTIVE_VAGUE.test(head) && /^(a|an|one|another|the|this|that)$/.test(lower[0]) && lower.length <= 3 && !capAt(w.length - 1)) return { type: 'anonymous', why: `unnamed "${head}"`, via };
  if (lower.length === 1 && VAGUE.has(head)) return { type: 'vague', why: `vague "${head}"`, via };
  if (VAGUE.has(head) && !ANONYMOUS.has(head) && !capAt(w.length - 1)) return { type: 'vague', why: `vague group "${head}"`, via };
  // "France's civil aviation authority": a country's or a city's authority is its body, not an expert.
  if (ANONYMOUS.has(head) && ORGANIZATION.has(head) && w.length >= 2 && PLACE.has(clean(w[0] ?? '').replace(/['’]s$/, '')) && /['’]s$/.test(w[0] ?? '')) return { type: 'named-organization', why: `body "${core}" of a place` };
  // "Some residents", "Many officials": an unnumbered share of a group is no one in particular
  // (GUIDELINES: "some believe", "many argue"); a body's name makes them specific ("Some U.S. officials").
  // ("Some former players": with a word that says what kind, still a share of no one in particular.)
  // ("Some former intelligence officials": two such words too.)
  if (ANONYMOUS.has(head) && /^(some|many|most)$/.test(lower[0]) && w.length <= 4 && !w.slice(1, -1).some(isCap) && /s$/.test(head) && !hasName) return { type: 'vague', why: `unspecific share "${core}"`, via };
  if (ANONYMOUS.has(head) && !capAt(w.length - 1)) {
    return { type: 'anonymous', why: `unnamed "${head}"`, via };
  }
  if (ANONYMOUS.has(head) && isCap(headWord) && w.length <= 2 && /^(the|a|an)$/.test(lower[0])) {
    return { type: 'anonymous', why: `unnamed "${head}"`, via };
  }
  // A capitalised plural of a people or party: "Tunisians", "many Africans", "Republicans".
  if (isCap(headWord) && (/(ans|ese|ists|ats|ives)$/.test(headWord) || PEOPLE_PLURALS.has(head)) && !knownPeople.has(head)) {
    // "The Conservatives said": with "the", the party or the nation speaks as a body.
    if (lower[0] === 'the' && w.length === 2) return { type: 'named-organization', why: `party or nation "${core}"` };
    return { type: 'vague', why: `group "${headWord}"`, via };
  }
  // "Mr Smith's office": an owner's name does not make the body a person.
  const owned = w.slice(0, -1).some((x) => /['’]s$/.test(x));
  if (head === 'agency' && lower.includes('news')) return { type: 'media', why: `news agency "${core}"` };
  // "Environmental groups", "several aid agencies": bodies never named are an unspecific group (the
  // capital of a sentence's first word names nothing).
  // "Israeli forces said", "Dalvian forces": a nation's armed forces speak as one body, as its military does.
  if (head === 'forces' && w.length === 2 && isCap(w[0]) && (PEOPLE_PLURALS.has(`${lower[0]}s`) || /(?:an|ese|ish|i)$/.test(lower[0]))) return { type: 'named-organization', why: `armed forces "${core}"` };
  if (ORGANIZATION.has(head) && /[^s]s$/.test(head) && (!isCap(headWord) || w.length === 1) && !w.slice(1).some(isCap) && !isAcronym(w[0] ?? '') && !(w[0] ?? '').includes('.') && !/^(the|these|those|both)$/.test(lower[0]) && !owned) {
    return { type: 'vague', why: `unnamed bodies "${core}"` };
  }
  if (ORGANIZATION.has(all)) return { type: 'named-organization', why: `organisation "${core}"` }; // "Downing Street", "Wall Street"
  // "One faction wants ...", "an environmental group said": a body no name or "the" singles out is an unnamed group.
  if (/^(?:group|faction|coalition|alliance|union|association|committee|panel|team|army|movement|network|organi[sz]ation|caucus|council|board|club|society|league|federation|agency|charity|nonprofit)$/.test(head) && !isCap(headWord) && /^(a|an|one|another)$/.test(lower[0]) && !w.slice(1).some(isCap)) return { type: 'anonymous', why: `unnamed body "${core}"`, via };
  if (ORGANIZATION.has(head) && (!hasName || !TITLES.has(lower[0]) || owned)) {
    return { type: 'named-organization', why: `organisation "${core}"` };
  }
  // "Michael Bloomberg" is the man; "the Bloomberg" still the outlet.
  const givenBefore = w.length === 2 && isCap(w[0]) && GIVEN_NAMES.has(lower[0]);
  if (outlet && w.length <= outlet.split(' ').length + 1 && !givenBefore) return { type: 'media', why: `outlet "${core}"` };
  if (PLACE.has(all) || PLACE.has(lower.join(' '))) return { type: 'named-organization', why: `government "${core}"` };
  // Where the name at the end of the phrase starts: "the research firm Gartner" → "Gartner".
  let nameStart = w.length - 1;
  // ("Diário do Sul": a name's particle between its capitalised words.)
  while (nameStart > 0 && (isCap(w[nameStart - 1]) || (nameStart > 1 && NAME_PARTICLE.has(lower[nameStart - 1]) && isCap(w[nameStart - 2])))) nameStart--;
  // "Council member Ana Ruiz", "union leader Bob Crow": a person's role right before a full name.
  if (isCap(headWord) && nameStart > 0 && w.length - nameStart >= 2 && PERSON_ROLE.has(lower[nameStart - 1]) && !ORGANIZATION.has(head)) {
    return { type: 'named-person', why: `role and name "${core}"` };
  }
  // "Chinese state broadcaster CCTV", "the semi-official news agency Tasnim": what the noun before the name says it is.
  // ("the news site RTL Info", "the investigative website Kontrola": a site that publishes news.)
  const mediumBefore = nameStart > 0 && (MEDIA_NOUN.has(lower[nameStart - 1]) || (lower[nameStart - 1] === 'agency' && lower[nameStart - 2] === 'news') || (/^(site|website|blog|portal)$/.test(lower[nameStart - 1]) && lower.slice(0, nameStart - 1).some((x) => /^(news|investigative|tech|political|gossip)$/.test(x))));
  if (isCap(headWord) && mediumBefore) return { type: 'media', why: `outlet "${core}"` };
  if (lower.some((x) => ORGANIZATION.has(x)) && isCap(headWord) && !TITLES.has(lower[0])) {
    return { type: 'named-organization', why: `organisation "${core}"` };
  }
  if (w.every((x, i) => isAcronym(x) || x === '&' || (i === 0 && /^the$/i.test(x)))) return { type: 'named-organization', why: `acronym "${core}"` };
  if (hasName && isCap(headWord)) {
    if (w.length === 1 && !knownPeople.has(head)) return { type: 'named-organization', why: `name "${core}"` };
    // "Goldman Sachs said": a name the article shows elsewhere to be a body's ("an analyst at Goldman Sachs").
    if (knownBodies.has(lower.filter((x) => x !== 'the').join(' '))) return { type: 'named-organization', why: `organisation "${core}", named as one elsewhere` };
    // "the Kremlin-backed broadcaster RT", "the research firm Gartner": the noun before the name says what it is.
    const describer = nameStart > 0 ? lower[nameStart - 1] : '';
    // ("the trade body Cocoa UK": so does a body of a trade or a rule.)
    const body = describer === 'body' && /^(trade|industry|professional|governing|regulatory|oversight|advisory|umbrella|statutory|representative)$/.test(lower[nameStart - 2] ?? '');
    if ((ORGANIZATION.has(describer) && !TITLES.has(describer)) || body) return { type: 'named-organization', why: `organisation "${core}"` };
    // ("the citation database Scholarindex": a text or a data set by its name.)
    if (DOCUMENT.has(describer)) return { type: 'document', why: `document "${core}"` };
    // "the Red Cross", "the Sierra Club": a name with "the" is a body's, not a person's.
    if (lower[0] === 'the' && w.length >= 2 && w.slice(1).every(isCap) && !lower.slice(1).some((x) => TITLES.has(x))) return { type: 'named-organization', why: `name "${core}"` };
    // "Apple and Google": names joined by "and" are what each of them is.
    const joined = core.split(/\s+and\s+/);
    if (joined.length === 2 && joined.every((x) => words(x).length > 0)) {
      const types = joined.map((x) => classifySource(x, knownPeople, knownBodies).type);
      if (types[0] === types[1] && types[0] === 'named-organization') return { type: 'named-organization', why: `organisations "${core}"` };
    }
    // "NHS England", "UN Women": initials in a name with no given name are a body's ("J.J. Goldberg"
    // has a person's, "Vann R. Newkirk II" a numeral).
    if (w.length >= 2 && w.every(isCap) && w.some((x) => isAcronym(x) && !x.includes('.') && !TITLES.has(clean(x)) && !ANONYMOUS.has(clean(x)) && !/^(?:I{2,3}|IV|VI{0,3})$/.test(x)) && !w.some((x) => GIVEN_NAMES.has(clean(x)))) return { type: 'named-organization', why: `organisation "${core}"` };
    return { type: 'named-person', why: `name "${core}"` };
  }
  if (!hasName && /s$/.test(head) && !/ss$/.test(head)) return { type: 'vague', why: `unspecific "${head}"` };
  return { type: 'anonymous', why: `unnamed "${core}"` };
}

const DECISIONS = forms(['decision', 'verdict', 'conclusion', 'resolution']);
/** What a named data set or survey is called in apposition ("PitchLedger, a database of ..."); not "site" or "blog", which are outlets'. */
const DATA_DESCRIBERS = new Set(['database', 'dataset', 'register', 'registry', 'index', 'tracker', 'survey', 'poll', 'study', 'tool', 'dashboard', 'ranking', 'census']);
/** "at Barclays", "at the University of Oslo", "at the security firm Kestrel Labs" (a body's kind may come before its name). */
const AFFILIATION = /^\s+(?:at|from|with)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}'’&.-]*)*)/u;
/** "at the bank", "from the agency": a body named before, by its kind. */
const AFFILIATION_BACK = /^\s+(?:at|from|with)\s+(?:the|its|their)\s+(\p{Ll}+)\b/u;
/** The vague nouns that name a profession, which an affiliation makes specific people (and the sciences' "-ologists" and "-icists"). */
const isExpert = (head: string) => EXPERTS.has(head.replace(/s$/, '')) || /(?:ologist|icist|ician)s?$/.test(head);
const EXPERTS = new Set(['analyst', 'economist', 'expert', 'researcher', 'scientist', 'scholar', 'academic', 'historian', 'strategist', 'commentator', 'astronomer', 'epidemiologist', 'physicist', 'biologist', 'chemist', 'geologist', 'climatologist', 'meteorologist', 'engineer', 'monitor', 'observer', 'forecaster', 'campaigner']);

/** Surnames and names of people in the text: capitalised words preceded by a title or a first name. */
export function peopleIn(text: string): Set<string> {
  const out = new Set<string>();
  // Overlapping pairs, so "Ayatollah Ali Khamenei" yields both "Ali" and "Khamenei".
  const re = /(\p{Lu}[\p{L}'’-]+\.?)[^\S\n]+(?=(\p{Lu}\.[^\S\n]+)?(\p{Lu}[\p{L}'’-]+))/gu;
  for (const m of text.matchAll(re)) {
    const first = clean(m[1]);
    // "... said Smith. Meta said": a full stop ends a sentence unless it closes a title ("Mr.", "Dr.").
    if (m[1].endsWith('.') && !TITLES.has(first) && !ABBREVIATION_WORDS.has(first)) continue;
    if (PLACE.has(first) || ORGANIZATION.has(first) || /^(the|a|an|in|on|at|but|and|if|when|as|for|by|it|he|she|they|we|this|that|many|some|most|other|all|few|several|both|these|those|his|her|their|our|its|after|before|while|with|from|of|to)$/.test(first)) continue;
    const surname = clean(m[3]);
    if (ORGANIZATION.has(surname) || PLACE.has(surname) || PEOPLE_PLURALS.has(surname) || PLATFORMS.has(surname)) continue;

    // ("the Marenland Trade Ministry": a pair the run of capitals goes on from to a body's word is no person.)
    RUN_ON.lastIndex = m.index + m[0].length + (m[2]?.length ?? 0) + m[3].length;
    const runOn = RUN_ON.exec(text);
    // ("the George W. Bush Institute" still names a person.)
    if (runOn && !m[2] && !GIVEN_NAMES.has(first) && runOn[0].trim().split(/\s+/).some((w) => ORGANIZATION.has(clean(w)))) continue;
    // ("The Norvale Pulse 3 earbuds": a pair a model number follows names a product.)
    const pairEnd = m.index + m[0].length + (m[2]?.length ?? 0) + m[3].length;
    if (!GIVEN_NAMES.has(first) && /^[^\S\n]+\d/.test(text.slice(pairEnd, pairEnd + 4))) continue;
    // ("SkyLark Regional": a word with a capital inside names a brand as often as a person, "KellyAnne
    // Conway", so it alone is not taken for a person's; "McDonald" and "MacNab" are surnames.)
    if (!CAMEL.test(m[3])) out.add(surname);
    if (!TITLES.has(first) && !/^(mr|mrs|ms|dr)$/.test(first) && !CAMEL.test(m[1])) out.add(first);
  }
  // "the Clinton campaign", "Obama's wife", "Sanders himself": only a person has these.
  for (const m of text.matchAll(PERSON_CONTEXT)) {
    const name = clean(m[1]);
    if (!ORGANIZATION.has(name) && !PLACE.has(name) && !OUTLETS.has(name)) out.add(name);
  }
  return out;
}

/** A brand's spelling, a capital inside the word after a syllable that is no name prefix: "SkyLark", "YouTube". */
const CAMEL = /^(?!Mac)\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;
/** The capitalised words that go on from a pair of names, read in place (sticky). */
const RUN_ON = /(?:[^\S\n]+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’-]+){1,3}/uy;

const PERSON_CONTEXT = /\b(\p{Lu}[\p{Ll}'’-]+)(?:['’]s)?\s+(?:campaign|aides|wife|husband|daughter|son|running mate|presidency|administration|himself|herself)\b/gu;

const BODY_NAME = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*)*)`;
/**
 * Where a name shows itself a body's: people work "at" it ("an analyst at Goldman Sachs"), and as a
 * sentence's subject it takes "which". Possessions (shares, profits, headquarters) are left out:
 * people have them too.
 */
const BODY_CONTEXTS = [
  new RegExp(String.raw`\b(?:analyst|economist|strategist|executive|officer|director|manager|partner|researcher|fellow|professor|lawyer|banker|trader|employee|worker|consultant|engineer|scientist)s?\s+at\s+(?:the\s+)?${BODY_NAME}`, 'gu'),
  new RegExp(String.raw`(?:^|[.!?]\s+)${BODY_NAME},\s+which\b`, 'gmu'),
  // "the meal-kit company Plated Home", "biotech firm Aurelis Therapeutics": a trade before the name.
  new RegExp(String.raw`\b(?:${BUSINESS_NOUNS.filter((n) => n !== 'maker' && n !== 'operator').join('|')}|start-up|label)s?,?\s+${BODY_NAME}`, 'gu'),
  // "Lumina Freight, the trucking software company": the trade in apposition after the name.
  // ("Marta Quinlan, a steward at the company's depot": the trade must head the description, before any preposition;
  // "Jerome Addo, a forklift operator who ...": a trade taken up by "who" is a person's.)
  // ("Dana Whitlock, a company spokeswoman": not a trade that describes a role after it.)
  new RegExp(String.raw`${BODY_NAME},\s+(?:the|a|an)\s+(?:(?!(?:at|of|in|for|with|on|to|from|by|near)\s)[\p{Ll}-]+\s+){0,3}(?:${BUSINESS_NOUNS.filter((n) => n !== 'maker').join('|')})\b(?!,?\s+who\b)(?![^\S\n]+[\p{Ll}-]+[^\S\n]*(?:[,.;]|$))`, 'gu'),
  // "The company's administrators, Fenwick Haldane": firms appointed to a company, named in the plural.
  new RegExp(String.raw`\b(?:administrators|liquidators|receivers|auditors),?\s+${BODY_NAME}`, 'gu'),
  // "the Geneva-based relief group Open Hands": a group, a charity or a nonprofit by its name.
  new RegExp(String.raw`\b(?:group|charity|nonprofit|non-profit|organi[sz]ation)\s+${BODY_NAME}`, 'gu'),
  // "the ransomware group known as Cobalt Lynx", "a militia called the Free Valley Brigade": a body by its name.
  new RegExp(String.raw`\b(?:group|gang|company|firm|organi[sz]ation|network|collective|movement|militia|faction|coalition|outfit)\s+(?:known\s+as|called|named)\s+${BODY_NAME}`, 'gu'),
];

/**
 * peopleIn for a text whose bodies are known: the words of a body's name are no person's, unless
 * they also stand in a name outside it ("Lumina" of "Lumina Freight" is the company's short name).
 */
export function peopleBesides(text: string, bodies: ReadonlySet<string>): Set<string> {
  if (!bodies.size) return peopleIn(text);
  const names = [...bodies].map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return peopleIn(text.replace(new RegExp(`\\b(?:${names.join('|')})\\b`, 'giu'), (m) => m.replace(/\S/g, '_')));
}

/** Names the text shows to be bodies, not people, lower-cased, for classifySource. */
export function bodiesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const re of BODY_CONTEXTS) {
    for (const m of text.matchAll(re)) {
      // "company CEO Tim Cook": a run with a title or a given name in it is a person's name.
      if (!/\s/.test(m[1].trim()) || m[1].split(/\s+/).some((w) => TITLES.has(clean(w)) || GIVEN_NAMES.has(clean(w)))) continue;
      out.add(m[1].toLowerCase().replace(/^the\s+/, '').trim());
    }
  }
  return out;
}

