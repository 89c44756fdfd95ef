/**
 * The name in a phrase that sets a name and a description side by side: "Eric Reeves, one of the
 * leading voices on Sudan" and "Britain's largest energy supplier, Centrica" both name one speaker.
 * A part is a name when all its words are capitalised and it has lower case letters, so a party
 * label ("R-S.D.") or an age is not taken for one. Without such a part the phrase is returned whole.
 */
export function appositiveName(phrase: string): string {
  const parts = phrase.split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return phrase;
  // ("Sen. Gregory Pallister, R-Mont.": a party and state label with a state's lower case is no name either.)
  const named = (p: string) => /^(?:\p{Lu}[\p{L}.'’-]*\s*)+$/u.test(p) && /\p{Ll}/u.test(p) && !/^[DRI]-\p{Lu}[\p{L}.]*$/u.test(p);
  const last = parts[parts.length - 1];
  // "Robert McDonough, a senior executive at Carrier's parent company, United Technologies": past
  // one description, a last name is the description's, and the first part is the speaker.
  if (parts.length > 2 && named(parts[0])) return parts[0];
  return named(last) ? last : named(parts[0]) ? parts[0] : phrase;
}
