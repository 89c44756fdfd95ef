/**
 * npm exec tsx scripts/train-cue-model.ts [--write]
 * Fits the cue model (lib/analysis/cue-model.ts) on PolNeAR train. Every weak verb cue the rules
 * leave to the model becomes one example: positive when its content matches (Dice >= 0.5, as the
 * scorer matches) an annotated attribution that the rules' own attributions have not matched.
 * Logistic regression by SGD with L2, in a fixed order, so the weights are reproducible. Prints
 * the candidates' precision and the estimated attribution F1 on PolNeAR dev per threshold; with
 * --write, writes lib/analysis/lexicon/cue-model-weights.ts. The threshold is half the F1 the
 * rules reach alone on dev: adding an item pays for F1 when its probability of being right is
 * above F1 / 2, and that rule is steadier than the best of a few dozen dev candidates.
 * Only feature names and weights leave the corpus, never its text.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleFromText } from '../lib/extract/plain-text';
import { segmentSentences } from '../lib/analysis/segment';
import { findQuotes } from '../lib/analysis/quotes';
import { findAttributions } from '../lib/analysis/attribute';

const root = resolve(import.meta.dirname, '..');
const polnear = resolve(root, '..', 'shared', 'polnear');
const MIN_COUNT = 3;
const EPOCHS = 12;
const L2 = 1e-5;

interface Example {
  features: string[];
  label: 0 | 1;
}
interface SplitData {
  examples: Example[];
  gold: number;
  confirmed: number;
  confirmedMatched: number;
}

// Labels use the scorer's own tokens and Dice, so a positive is what the scorer would match.
const scorer = (await import(pathToFileURL(join(polnear, '..', 'eval', 'score.mjs')).href)) as {
  tokens(s: string): string[];
  dice(a: string[], b: string[]): number;
};
const words = scorer.tokens;
const dice = scorer.dice;

function greedyMatch(gold: string[][], pred: string[][]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const d = dice(g, p);
    if (d >= 0.5) pairs.push([d, i, j]);
  }));
  pairs.sort((x, y) => y[0] - x[0]);
  const byGold = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const [, i, j] of pairs) {
    if (byGold.has(i) || usedPred.has(j)) continue;
    byGold.set(i, j);
    usedPred.add(j);
  }
  return byGold;
}

function load(split: string): SplitData {
  const dir = join(polnear, split);
  const data: SplitData = { examples: [], gold: 0, confirmed: 0, confirmedMatched: 0 };
  for (const f of readdirSync(join(dir, 'gold')).sort()) {
    const gold = (JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')) as { attributions: { content: string }[] }).attributions.map((a) => words(a.content));
    const article = articleFromText(readFileSync(join(dir, 'articles', f.replace(/\.json$/, '.txt')), 'utf8'), `file:///${f}`);
    const drafts = findAttributions(article.text, article.blocks, segmentSentences(article), findQuotes(article.text, article.blocks), { cueThreshold: 0 });
    const confirmed = drafts.filter((d) => !d.model).map((d) => words(article.text.slice(d.content.start, d.content.end)));
    const taken = greedyMatch(gold, confirmed);
    data.gold += gold.length;
    data.confirmed += confirmed.length;
    data.confirmedMatched += taken.size;
    const open = gold.filter((_, i) => !taken.has(i));
    for (const d of drafts) {
      if (!d.model) continue;
      const content = words(article.text.slice(d.content.start, d.content.end));
      data.examples.push({ features: d.model.features, label: open.some((g) => dice(g, content) >= 0.5) ? 1 : 0 });
    }
  }
  return data;
}

function fit(examples: Example[]): { bias: number; weights: Map<string, number> } {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = 0.2 / (1 + epoch);
    // A fixed stride through the examples stands in for shuffling and keeps runs identical.
    for (let k = 0, i = 0; k < examples.length; k++, i = (i + 7919) % examples.length) {
      const e = examples[i];
      const active = e.features.filter((f) => (seen.get(f) ?? 0) >= MIN_COUNT);
      let z = bias;
      for (const f of active) z += weights.get(f) ?? 0;
      const g = e.label - 1 / (1 + Math.exp(-z));
      bias += rate * g;
      for (const f of active) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + rate * (g - L2 * w));
      }
    }
  }
  return { bias, weights };
}

function evaluate(dev: SplitData, score: (f: string[]) => number) {
  const rows: { threshold: number; kept: number; precision: number; f1: number }[] = [];
  for (let t = 0.2; t <= 0.9001; t += 0.05) {
    const kept = dev.examples.filter((e) => score(e.features) >= t);
    const good = kept.filter((e) => e.label === 1).length;
    const matched = dev.confirmedMatched + good;
    const predicted = dev.confirmed + kept.length;
    const p = matched / predicted;
    const r = matched / dev.gold;
    rows.push({ threshold: Math.round(t * 100) / 100, kept: kept.length, precision: kept.length ? good / kept.length : 0, f1: (2 * p * r) / (p + r) });
  }
  return rows;
}

const train = load('train');
const dev = load('dev');
console.log(`train: ${train.examples.length} candidates, ${train.examples.filter((e) => e.label).length} positive; dev: ${dev.examples.length}`);
const { bias, weights } = fit(train.examples);
const z = (f: string[]) => 1 / (1 + Math.exp(-(bias + f.reduce((s, x) => s + (weights.get(x) ?? 0), 0))));
const base = dev.confirmedMatched / dev.confirmed;
const baseR = dev.confirmedMatched / dev.gold;
console.log(`dev without the model: estimated F1 ${((2 * base * baseR) / (base + baseR)).toFixed(3)}`);
const rows = evaluate(dev, z);
for (const r of rows) console.log(`threshold ${r.threshold.toFixed(2)}  kept ${r.kept}  precision ${r.precision.toFixed(2)}  estimated F1 ${r.f1.toFixed(3)}`);
const threshold = Math.round(((base * baseR) / (base + baseR)) * 20) / 20;
console.log(`threshold: ${threshold}`);

if (process.argv.includes('--write')) {
  const kept = [...weights].filter(([, w]) => Math.abs(w) >= 0.01).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const body = kept.map(([f, w]) => `  ${JSON.stringify(f)}: ${w.toFixed(3)},`).join('\n');
  writeFileSync(
    join(root, 'lib', 'analysis', 'lexicon', 'cue-model-weights.ts'),
    `/**
 * Weights of the cue model (../cue-model.ts). Generated by scripts/train-cue-model.ts: logistic
 * regression on the ${train.examples.length} weak verb cues that the rules leave open in PolNeAR
 * train, labelled by whether each matches an annotated attribution; features seen fewer than
 * ${MIN_COUNT} times are dropped. The threshold is half the F1 the rules reach alone on PolNeAR dev.
 */
export const CUE_MODEL_THRESHOLD = ${threshold};
export const CUE_MODEL_BIAS = ${bias.toFixed(3)};
export const CUE_MODEL_WEIGHTS: Readonly<Record<string, number>> = {
${body}
};
`,
  );
  console.log(`wrote ${kept.length} weights, threshold ${threshold}`);
}
