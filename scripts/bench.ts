/**
 * npm run bench [-- --json] [--no-browser]
 * Prints the speed and size figures of issue 5: analyser time against Readability's on the same
 * pages, throughput (and linearity on a 1 MB article), click-to-paint in real Chromium, zip size.
 * Figures only, no pass/fail: targets are read off the table, not asserted in timed tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../lib/analysis';
import { extractFromHtml } from '../lib/extract/node';
import { articleFromText } from '../lib/extract/plain-text';
import type { Article } from '../lib/report/types';
import { measureClickToPaint } from './bench-browser';
import { WORST_CASES } from './worst-cases';

const root = resolve(import.meta.dirname, '..');
const sharedPages = resolve(root, '..', 'shared', 'corpus', 'pages');
const ownPages = [join(root, 'assets', 'demo'), join(root, 'test', 'fixtures', 'pages')];
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const withBrowser = !argv.includes('--no-browser');

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Median time of `runs` calls after one warm-up call. */
function time(fn: () => unknown, runs: number): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const pageFiles = (existsSync(sharedPages) ? [sharedPages] : ownPages)
  .filter((d) => existsSync(d))
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.html')).map((f) => join(d, f)));

interface PageFigure {
  page: string;
  chars: number;
  readabilityMs: number;
  engineMs: number;
}
const loaded: { file: string; html: string; article: Article }[] = [];
for (const file of pageFiles) {
  const html = readFileSync(file, 'utf8');
  const extracted = extractFromHtml(html, `http://127.0.0.1/${file}`);
  if (extracted.ok) loaded.push({ file, html, article: extracted.article });
}
const articles = loaded.map((l) => l.article);
// Warm means every code path compiled: the first pages timed would otherwise pay for the others'.
for (let round = 0; round < 2; round++) for (const article of articles) analyze(article);
// Each timed apart, as they run apart in the extension (Readability in the page, the analyser in the
// worker): interleaved, the analyser's timings would include collecting Readability's garbage.
const engineMs = articles.map((article) => time(() => analyze(article), 11));
const pages: PageFigure[] = loaded.map(({ file, html, article }, k) => ({
  page: file.split('/').pop()!,
  chars: article.text.length,
  readabilityMs: time(() => extractFromHtml(html, 'http://127.0.0.1/'), 3),
  engineMs: engineMs[k],
}));

function syntheticArticle(targetBytes: number): Article {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const text = articles[i % articles.length].text;
    paragraphs.push(text);
    size += bytes(text) + 2;
  }
  return articleFromText(`Synthetic article\n\n${paragraphs.join('\n\n')}`, 'http://127.0.0.1/synthetic');
}

const totalBytes = articles.reduce((n, a) => n + bytes(a.text), 0);
const totalEngineMs = pages.reduce((n, p) => n + p.engineMs, 0);
const big = syntheticArticle(1_000_000);
const bigMs = time(() => analyze(big), 3);
const worstCaseMs = Object.fromEntries(
  WORST_CASES.map(({ name, text }) => {
    const article = articleFromText(`Worst case\n\n${text}`, `http://127.0.0.1/${name}`);
    return [name, time(() => analyze(article), 3)];
  }),
);

function zipBytes(): number | null {
  try {
    execFileSync('npx', ['wxt', 'zip'], { cwd: root, stdio: 'ignore' });
  } catch {
    console.error('bench: `wxt zip` failed, zipBytes not measured');
    return null;
  }
  const zips = readdirSync(join(root, '.output')).filter((f) => f.endsWith('-chrome.zip'));
  return zips.length ? statSync(join(root, '.output', zips[0])).size : null;
}

const browser = withBrowser ? await measureClickToPaint(root, pageFiles) : null;

const figures = {
  pages: pages.length,
  engineMsMedian: median(pages.map((p) => p.engineMs)),
  engineMsP95: quantile(pages.map((p) => p.engineMs), 0.95),
  engineMsMean: totalEngineMs / pages.length,
  readabilityMsMedian: median(pages.map((p) => p.readabilityMs)),
  engineToReadability: median(pages.map((p) => p.engineMs / p.readabilityMs)),
  engineMBps: totalBytes / 1e6 / (totalEngineMs / 1000),
  engineMBps1MB: bytes(big.text) / 1e6 / (bigMs / 1000),
  clickToPaintMsMedian: browser ? median(browser.clickToPaintMs) : null,
  clickToPaintMsP95: browser ? quantile(browser.clickToPaintMs, 0.95) : null,
  popupToPaintMsMedian: browser ? median(browser.popupToPaintMs) : null,
  reopenMsMedian: browser ? median(browser.reopenMs) : null,
  reopenFromClickMsMedian: browser ? median(browser.reopenFromClickMs) : null,
  zipBytes: zipBytes(),
};

const phaseMedians = browser?.phases.length
  ? {
      popupLoadMs: median(browser.popupLoadMs),
      // The reopened popup's own marks: script running, tab known, kept report read, list painted.
      ...Object.fromEntries(
        ['script', 'tab', 'kept', 'report-shown'].map((k) => [`reopen.${k}AtMs`, median(browser.reopenMarks.map((m) => m[k]).filter((x) => typeof x === 'number'))]),
      ),
      ...Object.fromEntries(
        Object.keys(browser.phases[0]).map((k) => [`worker.${k}Ms`, median(browser.phases.map((p) => p[k]))]),
      ),
    }
  : null;

if (json) {
  process.stdout.write(JSON.stringify({ ...figures, worstCaseMs, profile: phaseMedians, perPage: pages, perPageBrowser: browser?.perPage ?? [] }, null, 1) + '\n');
} else {
  const f = (x: number | null) => (x === null || Number.isNaN(x) ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toFixed(2));
  console.log('page'.padEnd(28) + 'chars'.padStart(8) + 'readability ms'.padStart(16) + 'engine ms'.padStart(11));
  for (const p of pages) {
    console.log(p.page.padEnd(28) + String(p.chars).padStart(8) + f(p.readabilityMs).padStart(16) + f(p.engineMs).padStart(11));
  }
  console.log('');
  const targets: Record<string, string> = {
    engineToReadability: '≤ 0.5',
    engineMBps: '≥ 1',
    engineMBps1MB: '≥ 0.8 × engineMBps',
    clickToPaintMsMedian: '≤ 150',
    clickToPaintMsP95: '≤ 300',
    reopenMsMedian: '≤ 50',
    zipBytes: '≤ 1500000',
  };
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(22)} ${f(v).padStart(10)}  ${targets[k] ?? ''}`);
  console.log('\nworst cases (analyser ms; none should approach a second)');
  for (const [k, v] of Object.entries(worstCaseMs)) console.log(`  ${k.padEnd(20)} ${f(v).padStart(8)}`);
  if (phaseMedians) {
    console.log('\nprofile (medians, ms): where the time goes once the popup exists');
    for (const [k, v] of Object.entries(phaseMedians)) console.log(`  ${k.padEnd(20)} ${f(v).padStart(8)}`);
  }
}
