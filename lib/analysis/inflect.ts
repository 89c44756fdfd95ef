/**
 * English verb inflection, so lexicons list lemmas only ("say") and the analyser still sees
 * "says", "said" and "saying". Over-generation is harmless (a form like "visitted" never occurs),
 * so doubtful doubling is generated both ways rather than guessed.
 */

/** Irregular past forms (simple past, and participle when it differs). */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], think: ['thought'], write: ['wrote', 'written'], know: ['knew', 'known'],
  see: ['saw', 'seen'], find: ['found'], feel: ['felt'], speak: ['spoke', 'spoken'], give: ['gave', 'given'],
  read: ['read'], hear: ['heard'], mean: ['meant'], hold: ['held'], make: ['made'], take: ['took', 'taken'],
  seek: ['sought'], bring: ['brought'], lead: ['led'], teach: ['taught'], put: ['put'], set: ['set'],
  forecast: ['forecast'], foresee: ['foresaw', 'foreseen'], swear: ['swore', 'sworn'], forbid: ['forbade'],
  understand: ['understood'], hint: ['hinted'], draw: ['drew', 'drawn'], show: ['showed', 'shown'],
  argue: ['argued'], cast: ['cast'], quote: ['quoted'], get: ['got', 'gotten'], go: ['went', 'gone'],
  lay: ['laid'], sell: ['sold'], stand: ['stood'], dream: ['dreamed', 'dreamt'], overhear: ['overheard'],
  mislead: ['misled'], retell: ['retold'], spell: ['spelled', 'spelt'], outline: ['outlined'],
  sing: ['sang', 'sung'], shoot: ['shot'],
};

/**
 * Common irregular simple pasts of any verb (not only cues), to see a finite verb after a subject
 * ("Carson took the stage and said ..."): the regular ones end in -ed.
 */
export const IRREGULAR_PASTS = new Set([
  ...Object.values(IRREGULAR).map((f) => f[0]),
  'went', 'came', 'ran', 'met', 'began', 'spent', 'won', 'lost', 'left', 'sent', 'kept', 'paid',
  'fought', 'drove', 'broke', 'rose', 'fell', 'struck', 'hit', 'sat', 'built', 'bought', 'caught',
  'chose', 'ate', 'grew', 'rode', 'sang', 'shook', 'shot', 'slept', 'stole', 'threw', 'woke',
  'wore', 'became', 'forgot', 'gave', 'hung', 'hid', 'let', 'lit', 'quit', 'sought', 'spun', 'split',
  'spread', 'swept', 'swung', 'tore', 'upheld', 'withdrew', 'overcame', 'undertook', 'oversaw',
  // Pasts spelled as their present ("Acme cut its forecast"), also nouns ("a tax cut").
  'cut', 'shut', 'hurt', 'cost', 'beat',
]);

/** Past participles that differ from the simple past ("written", "taken"), to see a noun described by one. */
export const IRREGULAR_PARTICIPLES = new Set([
  ...Object.values(IRREGULAR).flatMap((f) => f.slice(1)),
  'begun', 'broken', 'chosen', 'done', 'driven', 'eaten', 'fallen', 'forgotten', 'grown', 'hidden',
  'ridden', 'risen', 'shaken', 'stolen', 'thrown', 'torn', 'withdrawn', 'worn', 'overseen', 'undertaken',
]);

/** Participles that are never a simple past ("written", "shown"; not "told"): no finite verb without "have" or "be". */
export const PARTICIPLE_ONLY = new Set([...IRREGULAR_PARTICIPLES].filter((w) => !IRREGULAR_PASTS.has(w)));

const VOWEL = /[aeiou]/;

function doubled(lemma: string): string | null {
  // consonant-vowel-consonant at the end (plan, admit, regret): may double before -ed/-ing.
  const n = lemma.length;
  if (n < 3) return null;
  const [a, b, c] = [lemma[n - 3], lemma[n - 2], lemma[n - 1]];
  // After "q" the "u" is no vowel (quip, quit).
  const consonantBefore = !VOWEL.test(a) || (a === 'u' && lemma[n - 4] === 'q');
  if (consonantBefore && VOWEL.test(b) && !VOWEL.test(c) && !'wxy'.includes(c)) return lemma + c;
  return null;
}

/** All forms of a verb lemma: itself, 3rd person singular, past (and participle), -ing. */
export function verbForms(lemma: string): string[] {
  const w = lemma.toLowerCase();
  const out = new Set<string>([w]);
  if (/(s|x|z|ch|sh|o)$/.test(w)) out.add(w + 'es');
  else if (/[^aeiou]y$/.test(w)) out.add(w.slice(0, -1) + 'ies');
  else out.add(w + 's');
  const irregular = IRREGULAR[w];
  if (irregular) irregular.forEach((f) => out.add(f));
  else if (w.endsWith('e')) out.add(w + 'd');
  else if (/[^aeiou]y$/.test(w)) out.add(w.slice(0, -1) + 'ied');
  else out.add(w + 'ed');
  const dbl = doubled(w);
  if (dbl && !irregular) out.add(dbl + 'ed');
  if (w.endsWith('ie')) out.add(w.slice(0, -2) + 'ying');
  else if (w.endsWith('e') && !w.endsWith('ee') && w.length > 2) out.add(w.slice(0, -1) + 'ing');
  else out.add(w + 'ing');
  if (dbl) out.add(dbl + 'ing');
  return [...out];
}

/** Plural of a noun ("official" → "officials", "spokesman" → "spokesmen", "analysis" → "analyses"). */
export function nounForms(lemma: string): string[] {
  const w = lemma.toLowerCase();
  if (w.endsWith('man')) return [w, w.slice(0, -3) + 'men'];
  if (w.endsWith('person')) return [w, w.slice(0, -6) + 'people'];
  if (w.endsWith('sis')) return [w, w.slice(0, -3) + 'ses'];
  if (/(s|x|z|ch|sh)$/.test(w)) return [w, w + 'es'];
  if (/[^aeiou]y$/.test(w)) return [w, w.slice(0, -1) + 'ies'];
  return [w, w + 's'];
}

/** Map every generated form back to its lemma. */
export function formIndex(lemmas: Iterable<string>, forms: (l: string) => string[] = verbForms): Map<string, string> {
  const index = new Map<string, string>();
  for (const l of lemmas) for (const f of forms(l)) if (!index.has(f)) index.set(f, l);
  return index;
}
