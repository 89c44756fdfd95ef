/**
 * Where a source's name ends and what the article says of it begins: "Lotfi Azzouz, Tunisia country
 * director for Amnesty International" is the source "Lotfi Azzouz" and its description, as the
 * labelled pages write sources (GUIDELINES §1: the phrase that names the source).
 */
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './lexicon/given-names';

const GIVEN_NAMES = new Set([...FEMALE_GIVEN_NAMES, ...MALE_GIVEN_NAMES]);

/** A run of capitalised words, maybe after up to three lower-case ones ("his cousin James York"), then what follows a comma. */
const NAME_GIVEN = /^((?:(?!(?:of|in|at|from|for|on|near)\s)\p{Ll}+\s+){0,3}\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*)*)(?:,\s+(.+))?$/su;

/**
 * "John Dickey — the chief executive of Ora Media", "Kall -- co-editor of ...": a description between
 * dashes, as after a comma; not a list ("insiders — and two-thirds of the board") nor a circumstance
 * ("drivers – for everything from ...").
 */
const DASHED = /^([^,—–]+?)\s+(?:—|–|--)\s+((?!(?:and|or|but|plus|not|for|from|in|on|at|with|to|of|by|about|including|like|such)\s)\p{Ll}.+)$/su;

/** The source before a description between dashes, with that description after a comma instead, or null. */
export function dashToComma(source: string): string | null {
  const m = /\s(?:—|–|--)\s/.test(source) ? DASHED.exec(source.trim()) : null;
  return m ? `${m[1]}, ${m[2]}` : null;
}

/**
 * The phrase that names the source and what the article adds about it after a comma, or null when the
 * phrase is one: a relative pronoun shown with its word ("Trump, who"), a role and the name it is given
 * ("her mother, Fiona"), a list ("Robert Mugabe, his wife Grace and two key figures"), a time.
 */
export function nameBeforeDescription(source: string): { name: string; description: string } | null {
  const m = DASHED.exec(source) ?? /^([^,]+),\s+(.+)$/s.exec(source);
  if (!m) return null;
  const [, name, description] = m;
  if (/^(?:who|which|that)$/i.test(description)) return null;
  // "Just this week, the trade group ...": a time is no source.
  if (/^(?:just|only|earlier|later)\b|\b(?:week|month|year|day|morning|afternoon|evening|night|weekend)$/i.test(name)) return null;
  // "the other candidate, former Secretary of State Hillary Clinton", "Another pollster, David Woodard of
  // Clemson University": a person's name after the role (but "Senator Tim Scott, Republican of South
  // Carolina" is where he sits).
  const lastTwo = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{L}'’-]+$/u.exec(description);
  if (!description.includes(',') && lastTwo && GIVEN_NAMES.has(lastTwo[1].toLowerCase()) && /^(?:former|\p{Lu})/u.test(description)) return null;
  const firstTwo = /^(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:of|at|from)\s|$)/u.exec(description);
  if (firstTwo && GIVEN_NAMES.has(firstTwo[1].toLowerCase())) return null;
  // "The woman who recorded the video, Naomi Pruitt, 27": the role and the name are the source, what
  // follows the name describes it ("Johnnie Wilson, of Springfield" is a name and where he is from).
  const given = NAME_GIVEN.exec(description);
  if (given) return given[2] ? { name: `${name}, ${given[1]}`, description: given[2] } : null;
  // ("Renata Szabo, who lives ... with her husband and two children": a description may hold "and" too.)
  if (!/^(?:who|whose|which|a|an|the|one)\b/i.test(description) && /\band\s+(?:\d+|two|three|four|five|six|several|other|others|many|some)\b/i.test(description)) return null;
  return { name, description };
}
