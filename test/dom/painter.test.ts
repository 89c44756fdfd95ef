import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeSpan } from '../../lib/anchoring/describe';
import { extractArticle } from '../../lib/extract/article';
import { FLASH_NAME, highlightCss } from '../../lib/highlight/css';
import { createPainter, type Painter } from '../../lib/highlight/painter';
import { ALL_ON } from '../../lib/messages';
import type { HighlightCategory, HighlightTarget } from '../../lib/report/types';
import { HIGHLIGHT_CATEGORIES, highlightName } from '../../lib/report/types';
import { installFakeHighlights, removeFakeHighlights, type FakeHighlight } from './fake-highlights';
import { collapse, loadFixture } from './load-fixture';

let text = '';
const target = (id: string, category: HighlightCategory, phrase: string): HighlightTarget => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`article lacks ${phrase}`);
  return { id, category, anchor: describeSpan(text, { start, end: start + phrase.length }) };
};

function targets(): HighlightTarget[] {
  return [
    target('a1:source', 'anonymous', 'Two port officials'),
    target('a1:content', 'quote', 'the council will vote next week on whether to continue'),
    target('a2:source', 'named', 'Harbour master Ines Rudd'),
    target('a2:content', 'quote', 'the channel is silting faster than anyone expected'),
    target('a3:source', 'vague', 'Critics of the scheme'),
    target('a4:source', 'vague', 'reportedly'),
    target('a5:source', 'media', 'documents seen by the Courier'),
    target('c1:a', 'contradiction', 'A port official said the project was "on track" in a briefing last spring'),
    target('c1:b', 'contradiction', 'a claim that appears to be at odds with the council\'s own papers'),
    target('a6:content', 'quote', 'Many of them rely on the channel at low tide'),
  ];
}

const paragraphWith = (words: string) =>
  [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes(words))!;

describe('painter', () => {
  let registry: Map<string, FakeHighlight>;
  let painter: Painter;

  beforeEach(() => {
    loadFixture('harbour.html');
    const r = extractArticle(document, 'https://courier.test/harbour');
    if (!r.ok) throw new Error(r.message);
    text = r.article.text;
    registry = installFakeHighlights();
    painter = createPainter(document, { debounceMs: 20, flashMs: 30 });
  });

  afterEach(() => {
    painter.dispose();
    removeFakeHighlights();
    vi.restoreAllMocks();
  });

  it('registers one highlight per category with the anchored ranges, without touching the DOM', () => {
    const before = document.body.innerHTML;
    const res = painter.paint([...targets(), { id: 'absent', category: 'named', anchor: { exact: 'Admiral Horatio Blunderbuss', prefix: '', suffix: '', start: 0, end: 27 } }], ALL_ON);
    expect(document.body.innerHTML).toBe(before);
    expect(res.missing).toEqual(['absent']);
    expect(res.painted).toEqual({ anonymous: 1, quote: 3, named: 1, vague: 2, media: 1, contradiction: 2 });
    for (const c of HIGHLIGHT_CATEGORIES) expect(registry.get(highlightName(c))?.size).toBe(res.painted[c]);
    const [contra] = [...registry.get('sourcelight-contradiction')!] as Range[];
    expect(collapse(contra.toString())).toMatch(/on track|at odds/);
    expect(registry.get('sourcelight-anonymous')!.priority).toBeGreaterThan(registry.get('sourcelight-quote')!.priority);
    expect(painter.status()).toEqual({ alive: true, painted: true, missing: ['absent'], changed: false });
  });

  it('removes hidden categories from CSS.highlights and restores the same highlight when shown', () => {
    painter.paint(targets(), { ...ALL_ON, vague: false });
    expect(registry.has('sourcelight-vague')).toBe(false);
    const quote = registry.get('sourcelight-quote');
    painter.setToggles({ ...ALL_ON, quote: false });
    expect(registry.has('sourcelight-quote')).toBe(false);
    expect(registry.get('sourcelight-vague')?.size).toBe(2);
    painter.setToggles(ALL_ON);
    expect(registry.get('sourcelight-quote')).toBe(quote);
    painter.setToggles(Object.fromEntries(HIGHLIGHT_CATEGORIES.map((c) => [c, false])) as typeof ALL_ON);
    expect([...registry.keys()]).toEqual([]);
  });

  it('repainting replaces the previous highlights', () => {
    painter.paint(targets(), ALL_ON);
    painter.paint([target('a2:source', 'named', 'Harbour master Ines Rudd')], ALL_ON);
    expect(registry.get('sourcelight-named')?.size).toBe(1);
    expect(registry.get('sourcelight-quote')?.size).toBe(0);
  });

  it('locate scrolls the item into view and flashes it briefly', async () => {
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    painter.paint(targets(), ALL_ON);
    expect(painter.locate('a2:content')).toBe(true);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });
    expect(scroll.mock.contexts[0]).toBe(paragraphWith('Ines Rudd'));
    const flash = registry.get(FLASH_NAME);
    expect(collapse((([...flash!][0]) as Range).toString())).toBe('the channel is silting faster than anyone expected');
    await new Promise((r) => setTimeout(r, 60));
    expect(registry.has(FLASH_NAME)).toBe(false);
    expect(painter.locate('nope')).toBe(false);
  });

  it('drops ranges whose text was removed and reports them missing and the page changed', async () => {
    painter.paint(targets(), ALL_ON);
    paragraphWith('low tide').remove();
    await new Promise((r) => setTimeout(r, 80));
    const s = painter.status();
    expect(s.changed).toBe(true);
    expect(s.missing).toEqual(['a6:content']);
    expect(registry.get('sourcelight-quote')?.size).toBe(2);
  });

  it('answers a status request right after a change with the change already checked', async () => {
    painter.paint(targets(), ALL_ON);
    paragraphWith('low tide').remove();
    await Promise.resolve();
    const s = painter.status();
    expect(s.missing).toEqual(['a6:content']);
    expect(s.changed).toBe(true);
  });

  it('re-anchors ranges after a re-render that keeps the text', async () => {
    painter.paint(targets(), ALL_ON);
    const p = paragraphWith('Ines Rudd');
    const copy = p.cloneNode(true);
    p.replaceWith(copy);
    await new Promise((r) => setTimeout(r, 80));
    const s = painter.status();
    expect(s.missing).toEqual([]);
    expect(s.changed).toBe(true);
    const ranges = [...registry.get('sourcelight-named')!] as Range[];
    expect(ranges).toHaveLength(1);
    expect((copy as Element).contains(ranges[0].startContainer)).toBe(true);
    expect(collapse(ranges[0].toString())).toBe('Harbour master Ines Rudd');
  });

  it('locate re-anchors at once when the page re-rendered since the last check', () => {
    painter.paint(targets(), ALL_ON);
    const p = paragraphWith('Ines Rudd');
    const copy = p.cloneNode(true) as Element;
    p.replaceWith(copy);
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    expect(painter.locate('a2:source')).toBe(true);
    expect(scroll.mock.contexts[0]).toBe(copy);
    expect(painter.status().changed).toBe(true);
  });

  it('ignores mutations that leave the highlighted text alone', async () => {
    painter.paint(targets(), ALL_ON);
    document.querySelector('nav')!.append(' · Sport');
    await new Promise((r) => setTimeout(r, 80));
    expect(painter.status().changed).toBe(false);
  });

  it('reports everything missing, without throwing, when the browser lacks CSS.highlights', () => {
    removeFakeHighlights();
    const ts = targets();
    const res = painter.paint(ts, ALL_ON);
    expect(res).toEqual({ painted: {}, missing: ts.map((t) => t.id) });
    expect(() => painter.setToggles(ALL_ON)).not.toThrow();
    expect(painter.locate('a1:source')).toBe(false);
  });
});

describe('highlightCss', () => {
  it('styles every category and the flash through ::highlight()', () => {
    const css = highlightCss();
    for (const c of [...HIGHLIGHT_CATEGORIES.map(highlightName), FLASH_NAME]) {
      expect(css).toMatch(new RegExp(`::highlight\\(${c}\\) \\{ background-color: [^;]+;`));
    }
    expect(css).toContain('text-decoration: underline wavy #CC79A7');
    expect(css).not.toMatch(/[<>]/);
  });
});
