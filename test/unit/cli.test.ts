import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'analyze.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('npm run analyze', () => {
  it('prints only the Report JSON with --json', () => {
    const report = JSON.parse(cli(join(root, 'assets', 'demo', 'harbour-bridge.html'), '--json'));
    expect(report.version).toBe(1);
    expect(report.attributions.length).toBeGreaterThan(5);
    for (const a of report.attributions) expect(Object.keys(a)).toEqual(expect.arrayContaining(['content', 'kind', 'source', 'sourceType', 'cue']));
    expect(report.contradictions[0]).toHaveProperty('a');
  });

  it('writes one <name>.json per input file of a directory with --out', () => {
    const out = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
    cli(join(root, 'test', 'fixtures', 'pages'), '--out', out);
    expect(readdirSync(out).sort()).toEqual(['pre-and-frames.json', 'restyled-story.json', 'rtl-story.json']);
    expect(JSON.parse(readFileSync(join(out, 'restyled-story.json'), 'utf8')).article.title).toContain('Orchard town');
  });

  it('prints a readable report without --json', () => {
    const text = cli(join(root, 'assets', 'demo', 'harbour-bridge.html'));
    expect(text).toMatch(/14 attributions|\d+ attributions/);
    expect(text).toContain('A council spokeswoman');
  });
});
