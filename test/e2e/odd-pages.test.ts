import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../support/chromium';
import { FIXTURES, useExtension } from '../support/e2e';

const generated = mkdtempSync(join(tmpdir(), 'sourcelight-odd-'));

// Generated, not committed: a 5 MB article and a page of 50,000 paragraphs.
const huge = join(generated, 'five-megabytes.html');
const paragraphs = join(generated, 'fifty-thousand-paragraphs.html');
const sentence = 'The council said on Tuesday that the harbour works would continue through the winter months. ';
writeFileSync(huge, `<!doctype html><html lang="en"><head><title>Huge</title></head><body><article><h1>Huge</h1><p>${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}</p></article></body></html>`);
writeFileSync(paragraphs, `<!doctype html><html lang="en"><head><title>Many</title></head><body><article><h1>Many</h1>${`<p>${sentence}</p>`.repeat(50_000)}</article></body></html>`);

const pages: [string, string, Outcome[]][] = [
  ['shadow DOM', join(FIXTURES, 'shadow-story.html'), ['report']],
  ['right-to-left, Arabic', join(FIXTURES, 'rtl-story.html'), ['report', 'empty']],
  ['<pre> text and frames', join(FIXTURES, 'pre-and-frames.html'), ['report']],
  ['a 5 MB article', huge, ['report', 'error']],
  ['50,000 paragraphs', paragraphs, ['report', 'error']],
];

const s = useExtension(pages.map(([, file]) => file));

describe('odd pages get a clear answer, never an exception', () => {
  it.each(pages)('%s', async (_name, file, allowed) => {
    const page = await s.chromium.open(s.server.urlOf(file));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      // The browser's own note about the missing favicon is not ours.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    await s.chromium.clickToolbar(page);
    const popup = await s.chromium.popup();
    const outcome = await popup.waitForOutcome(40_000);
    expect(allowed).toContain(outcome);
    if (outcome === 'error') {
      // Declined, and said why: the page was too large to read without freezing it.
      expect(await popup.page.$eval('[data-testid=state-error]', (e) => e.getAttribute('data-error'))).toBe('too-large');
    }
    // The page stayed responsive: a script can still run in it.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('an article inside an open shadow root', () => {
  it('is read, and its highlights are painted in the shadow tree with the highlight colours', async () => {
    const page = await s.chromium.open(s.server.urlOf(join(FIXTURES, 'shadow-story.html')));
    await s.chromium.clickToolbar(page);
    const popup = await s.chromium.popup();
    expect(await popup.waitForOutcome()).toBe('report');
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-quote'), { timeout: 10_000 });
    const seen = await page.evaluate(() => {
      const root = document.querySelector('rail-story')!.shadowRoot!;
      const ranges = [...CSS.highlights.get('sourcelight-quote')!];
      const style = getComputedStyle(root.querySelector('p')!, '::highlight(sourcelight-quote)');
      return { inShadow: ranges.filter((r) => r.startContainer.getRootNode() === root).map((r) => r.toString()), background: style.backgroundColor };
    });
    expect(seen.inShadow.some((t) => t.startsWith('Passengers kept asking for them'))).toBe(true);
    expect(seen.background).not.toBe('rgba(0, 0, 0, 0)');
    await popup.close();
    await page.close();
  });
});
