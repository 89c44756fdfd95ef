/**
 * npm exec tsx scripts/mine-lexicon.ts [--write] [--heads]
 * Mines the reporting-verb lexicon from PolNeAR train (../shared/polnear/train): every cue's head
 * word is reduced to a lemma, and each lemma gets how often it is a cue and how often its forms
 * occur at all, so the analyser can trust "said" (almost always a cue) more than "called".
 * Prints the table; with --write, writes lib/analysis/lexicon/cue-verbs.ts; with --heads, also
 * prints the commonest lower-case head words of source phrases (the candidates sorted by hand into
 * lib/analysis/lexicon/sources.ts). Only words and counts
 * leave the corpus, never its text.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verbForms } from '../lib/analysis/inflect';

const root = resolve(import.meta.dirname, '..');
const train = resolve(root, '..', 'shared', 'polnear', 'train');
const MIN_CUES = 4;
const MIN_RATIO = 0.08;

const AUX = new Set(
  'has have had is are was were be been being also did does do not never will would could should may might can just first later then again repeatedly already often previously publicly privately recently reportedly further even still who which to'.split(' '),
);

// Cue heads that are not reporting verbs: adverbs ("widely seen"), contractions, adjectives.
const NOT_VERB = /(ly|'t|n't)$|'/;
const FUNCTION = new Set('once eager quick confident critical willing angry began went sent spent ran'.split(' '));

const words = (s: string) => s.toLowerCase().replace(/[’]/g, "'").match(/[a-z']+/g) ?? [];

const tokenCount = new Map<string, number>();
const cueHeads = new Map<string, number>();
const sourceHeads = new Map<string, number>();
for (const f of readdirSync(join(train, 'gold'))) {
  const gold = JSON.parse(readFileSync(join(train, 'gold', f), 'utf8')) as { attributions: { cue: string | null }[] };
  const text = readFileSync(join(train, 'articles', f.replace(/\.json$/, '.txt')), 'utf8');
  for (const w of words(text)) tokenCount.set(w, (tokenCount.get(w) ?? 0) + 1);
  for (const a of (gold.attributions as { source?: string | null }[])) {
    const last = (a.source ?? '').trim().split(/\s+/).pop() ?? '';
    if (/^[a-z]/.test(last)) sourceHeads.set(words(last)[0] ?? last, (sourceHeads.get(words(last)[0] ?? last) ?? 0) + 1);
  }
  for (const a of gold.attributions) {
    const head = words(a.cue ?? '').find((w) => !AUX.has(w));
    if (head) cueHeads.set(head, (cueHeads.get(head) ?? 0) + 1);
  }
}

function candidates(w: string): string[] {
  const c = new Set([w]);
  for (const [suffix, repl] of [['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e'], ['ying', 'ie']]) {
    if (w.endsWith(suffix) && w.length > suffix.length + 2) c.add(w.slice(0, -suffix.length) + repl);
  }
  for (const x of [...c]) if (/(.)\1$/.test(x)) c.add(x.slice(0, -1));
  for (const lemma of ['say', 'tell', 'think', 'write', 'know', 'see', 'find', 'feel', 'speak', 'give', 'hear', 'mean', 'hold', 'make', 'take', 'seek', 'bring', 'lead', 'teach', 'show', 'draw']) {
    if (verbForms(lemma).includes(w)) c.add(lemma);
  }
  return [...c].filter((x) => verbForms(x).includes(w));
}

const byLemma = new Map<string, number>();
for (const [w, n] of cueHeads) {
  // The lemma whose other forms occur most in the corpus: "noted" is "note" (notes, noting), not "not".
  // A lemma the corpus writes itself comes first: "filed" is "file", not "fil" (whose "filled" is common).
  const support = (l: string) => verbForms(l).reduce((s, f) => s + (f === w || f === l ? 0 : tokenCount.get(f) ?? 0), 0);
  const seen = (l: string) => tokenCount.get(l) ?? 0;
  const written = (l: string) => (l !== w && seen(l) > 0 ? 1 : 0);
  const best = candidates(w).sort((a, b) => written(b) - written(a) || support(b) - support(a) || seen(b) - seen(a) || a.length - b.length)[0] ?? w;
  byLemma.set(best, (byLemma.get(best) ?? 0) + n);
}

const rows = [...byLemma]
  .map(([lemma, cues]) => {
    const seen = verbForms(lemma).reduce((s, f) => s + (tokenCount.get(f) ?? 0), 0);
    return { lemma, cues, ratio: seen ? Math.min(1, cues / seen) : 0 };
  })
  .filter((r) => r.cues >= MIN_CUES && r.ratio >= MIN_RATIO && r.lemma.length > 2 && !NOT_VERB.test(r.lemma) && !FUNCTION.has(r.lemma))
  .sort((a, b) => b.cues - a.cues);

for (const r of rows) console.log(`${r.lemma.padEnd(16)} ${String(r.cues).padStart(5)} ${r.ratio.toFixed(2)}`);

if (process.argv.includes('--heads')) {
  const heads = [...sourceHeads].filter(([, n]) => n >= 5).sort((a, b) => b[1] - a[1]);
  console.log('\nsource heads (>= 5):\n' + heads.map(([w, n]) => `${w} ${n}`).join('\n'));
}

if (process.argv.includes('--write')) {
  const body = rows.map((r) => `  ['${r.lemma}', ${r.cues}, ${r.ratio.toFixed(2)}],`).join('\n');
  writeFileSync(
    join(root, 'lib', 'analysis', 'lexicon', 'cue-verbs.ts'),
    `/**
 * Reporting verbs, as lemmas (inflections come from ../inflect.ts). Generated by
 * scripts/mine-lexicon.ts from PolNeAR train: the head word of every annotated cue, reduced to
 * its lemma; kept when it is a cue at least ${MIN_CUES} times and in at least ${MIN_RATIO * 100}% of the
 * occurrences of its forms. Each row: [lemma, times a cue, share of occurrences that are cues].
 */
export const CUE_VERBS: ReadonlyArray<readonly [string, number, number]> = [
${body}
];
`,
  );
  console.error(`wrote ${rows.length} lemmas`);
}
