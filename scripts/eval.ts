/**
 * npm run eval [-- --check] [--polnear dev|test]
 * Analyses the labelled dev pages of ../shared/corpus and a PolNeAR split with the CLI, scores them
 * with ../shared/eval/score.mjs, and prints the totals. With --check, fails below eval-floors.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const sharedPath = resolve(root, '..', 'shared');
// The scorer runs its main() only when called by its real path, so a symlinked ../shared is resolved.
const shared = existsSync(sharedPath) ? realpathSync(sharedPath) : sharedPath;
const argv = process.argv.slice(2);
const check = argv.includes('--check');
const split = argv.includes('--polnear') ? argv[argv.indexOf('--polnear') + 1] : 'dev';
const floors = JSON.parse(readFileSync(join(root, 'eval-floors.json'), 'utf8')) as Record<string, Record<string, number>>;

if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.error(`npm run eval needs ../shared (looked in ${shared}).`);
  process.exit(2);
}

interface EvalSet {
  name: string;
  gold: string;
  inputs: string[];
}

const goldIds = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const corpusGold = join(shared, 'corpus', 'gold');
const polnear = join(shared, 'polnear', split);
const sets: EvalSet[] = [
  {
    name: 'corpus',
    gold: corpusGold,
    inputs: goldIds(corpusGold).map((id) => join(shared, 'corpus', 'pages', `${id}.html`)),
  },
  { name: `polnear-${split}`, gold: join(polnear, 'gold'), inputs: [join(polnear, 'articles')] },
];

let failed = false;
for (const set of sets) {
  const out = join(root, '.eval', set.name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'analyze.ts'), ...set.inputs, '--out', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const mins = Object.entries(floors[set.name] ?? {}).flatMap(([k, v]) => ['--min', `${k}=${v}`]);
  console.log(`\n== ${set.name} (${set.gold})`);
  const scored = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), set.gold, out, ...(check ? mins : [])], {
    encoding: 'utf8',
  });
  process.stdout.write(scored.stdout);
  process.stderr.write(scored.stderr);
  if (scored.status !== 0) failed = true;
  if (!/^totals:/m.test(scored.stdout)) {
    console.error(`the scorer printed no totals for ${set.name}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
