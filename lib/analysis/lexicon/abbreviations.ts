/**
 * Words written with a final period that does not end a sentence: titles, months, "No." and
 * dotted acronyms. Lower case, without the final period. English newspaper style, not mined.
 */
export const ABBREVIATION_WORDS: ReadonlySet<string> = new Set(
  ('mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj st jr sr rev hon pres supt det insp ' +
    'no nos vs v etc inc corp co ltd bros dept univ assn ave blvd ft mt messrs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'u.s u.k u.n e.u d.c u.s.a l.a n.y a.k.a i.e e.g approx est fig ca')
    .split(' '),
);
