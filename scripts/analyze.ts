/**
 * npm run analyze -- FILE|DIR... [--json] [--out DIR]
 * Runs the extension's analyser on saved pages (.html, through Readability) or plain text (.txt).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../lib/analysis';
import { extractFromHtml } from '../lib/extract/node';
import { articleFromText } from '../lib/extract/plain-text';
import { renderText } from '../lib/export/text';
import type { Report } from '../lib/report/types';

const INPUT = new Set(['.html', '.htm', '.txt']);

function usage(message?: string): never {
  if (message) console.error(message);
  console.error('usage: npm run analyze -- FILE|DIR... [--json] [--out DIR]');
  process.exit(2);
}

export function analyzeFile(path: string): Report | { error: string } {
  const raw = readFileSync(path, 'utf8');
  const url = pathToFileURL(resolve(path)).href;
  if (extname(path).toLowerCase() === '.txt') return analyze(articleFromText(raw, url));
  const extracted = extractFromHtml(raw, url);
  return extracted.ok ? analyze(extracted.article) : { error: extracted.message };
}

function inputsOf(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!statSync(p, { throwIfNoEntry: false })) usage(`not found: ${p}`);
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p)
      .filter((f) => INPUT.has(extname(f).toLowerCase()))
      .sort()
      .map((f) => join(p, f));
  });
}

function main(argv: string[]) {
  const json = argv.includes('--json');
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  if (outAt >= 0 && !out) usage('--out needs a directory');
  const paths = argv.filter((a, i) => !a.startsWith('--') && !(outAt >= 0 && i === outAt + 1));
  if (!paths.length) usage();
  const files = inputsOf(paths);
  if (out) mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    const result = analyzeFile(file);
    if ('error' in result) {
      failed++;
      console.error(`${file}: ${result.error}`);
      continue;
    }
    if (out) {
      writeFileSync(join(out, `${basename(file, extname(file))}.json`), JSON.stringify(result, null, 1));
    } else if (json) {
      process.stdout.write(JSON.stringify(result, null, 1) + '\n');
    } else {
      process.stdout.write(`${file}\n${renderText(result)}\n`);
    }
  }
  if (out && !json) console.error(`wrote ${files.length - failed} report(s) to ${out}`);
  process.exitCode = failed && failed === files.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
