import { beforeEach, describe, expect, it } from 'vitest';
import { anchorQuote, anchorTargets, buildPageText } from '../../lib/anchoring/anchor';
import { describeSpan } from '../../lib/anchoring/describe';
import { extractArticle } from '../../lib/extract/article';
import type { HighlightTarget } from '../../lib/report/types';
import { collapse, loadFixture } from './load-fixture';

function articleText(): string {
  const r = extractArticle(document, 'https://courier.test/harbour');
  if (!r.ok) throw new Error(r.message);
  return r.article.text;
}

function anchorOf(text: string, phrase: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`article lacks ${phrase}`);
  return describeSpan(text, { start, end: start + phrase.length });
}

const inArticle = (r: Range) => document.querySelector('article')!.contains(r.startContainer);

describe('anchoring the extracted article in the live page', () => {
  let text: string;
  beforeEach(() => {
    loadFixture('harbour.html');
    text = articleText();
  });

  const cases: [string, string][] = [
    ['a quote split by <a> and <em>', 'Harbour master Ines Rudd said in a statement that "the channel is silting faster than anyone expected'],
    ['text whose page whitespace differs', 'better spent on the sea wall, which flooded twice last winter'],
    ['a quote across two paragraphs', 'nobody has explained why.\n\nWe need an independent review'],
    ['a phrase with an inline element inside', 'documents seen by the Courier. Two port officials'],
    ['a single word', 'reportedly'],
  ];
  for (const [what, phrase] of cases) {
    it(`round-trips ${what}`, () => {
      const anchor = anchorOf(text, phrase);
      const range = anchorQuote(buildPageText(document.body), anchor);
      expect(range).not.toBeNull();
      expect(collapse(range!.toString())).toBe(collapse(anchor.exact));
      expect(inArticle(range!)).toBe(true);
    });
  }

  it('uses the context to skip the sidebar, footer and script repeating a phrase', () => {
    const page = buildPageText(document.body);
    expect(page.text).not.toContain('courierAds');
    const phrase = 'the council will vote next week';
    expect(page.text.split(phrase).length - 1).toBe(3);
    const range = anchorQuote(page, anchorOf(text, phrase));
    expect(range && inArticle(range)).toBe(true);
    expect(collapse(range!.toString())).toBe(phrase);
    // The quoted "on track" also appears in a sidebar teaser with the same words before it.
    const onTrack = anchorQuote(page, anchorOf(text, 'A port official said the project was "on track"'));
    expect(onTrack && inArticle(onTrack)).toBe(true);
  });

  it('round-trips every sentence of the article', () => {
    const page = buildPageText(document.body);
    const sentences = text.split(/(?<=[.!?]"?)\s+/).filter((s) => s.length > 3);
    expect(sentences.length).toBeGreaterThan(12);
    const targets: HighlightTarget[] = sentences.map((s, i) => ({
      id: `s${i}`,
      category: 'quote',
      anchor: anchorOf(text, s),
    }));
    const found = anchorTargets(page, targets);
    expect(found.size).toBe(targets.length);
    targets.forEach((t) => {
      const a = found.get(t.id)!;
      expect(collapse(a.range.toString())).toBe(collapse(t.anchor.exact));
      expect(inArticle(a.range)).toBe(true);
    });
  });

  it('finds an approximately matching passage on a page edited since the analysis', () => {
    const anchor = anchorOf(text, 'said the firm remained committed to the project');
    const node = [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes('remained committed'))!;
    const textNode = [...node.childNodes].find((n) => n.nodeType === 3 && n.nodeValue!.includes('committed'))!;
    textNode.nodeValue = textNode.nodeValue!.replace('remained committed', 'remains fully committed');
    const range = anchorQuote(buildPageText(document.body), anchor);
    expect(range).not.toBeNull();
    expect(collapse(range!.toString())).toBe('said the firm remains fully committed to the project');
  });

  it('returns null for a passage the page no longer has', () => {
    const anchor = anchorOf(text, 'Many of them rely on the channel at low tide');
    document.querySelectorAll('article p').forEach((p) => {
      if (p.textContent!.includes('low tide')) p.remove();
    });
    expect(anchorQuote(buildPageText(document.body), anchor)).toBeNull();
  });
});

describe('page text', () => {
  it('puts a space between blocks that touch and none inside words split by inline elements', () => {
    document.body.innerHTML = '<div><p>One ends.</p><p>Two b<b>eg</b>ins<br>here</p></div>';
    const page = buildPageText(document.body);
    expect(page.text).toBe('One ends. Two begins here ');
    const range = anchorQuote(page, { exact: 'ends.\n\nTwo begins', prefix: 'One ', suffix: '', start: 4, end: 21 });
    expect(range?.toString()).toBe('ends.Two begins');
    expect(range?.startContainer.nodeValue).toBe('One ends.');
  });

  it('skips hidden and non-text elements', () => {
    document.body.innerHTML =
      '<p>Shown <span hidden>secret</span>text<template>tpl</template><noscript>ns</noscript><style>p{}</style></p>';
    expect(collapse(buildPageText(document.body).text)).toBe('Shown text');
  });

  it('reads open shadow roots in place of the host, with slotted light children', () => {
    document.body.innerHTML = '<p>Before.</p><x-card><span>light words</span></x-card><p>After.</p>';
    const host = document.querySelector('x-card')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.append('Shadow text says the ferry is late, then ', document.createElement('slot'), '.');
    root.append(inner);
    const page = buildPageText(document.body);
    expect(collapse(page.text)).toBe('Before. Shadow text says the ferry is late, then light words. After.');
    const range = anchorQuote(page, { exact: 'says the ferry is late', prefix: 'Shadow text ', suffix: ', then', start: 0, end: 0 });
    expect(range?.toString()).toBe('says the ferry is late');
    expect(range?.startContainer.getRootNode()).toBe(root);
  });

  it('extracts an article that lives in an open shadow root and anchors its words in the shadow tree', () => {
    document.body.innerHTML = '<rail-story></rail-story>';
    const root = document.querySelector('rail-story')!.attachShadow({ mode: 'open' });
    const article = document.createElement('article');
    for (const line of [
      'Overnight services between the capital and the coast will resume in April after a four-year pause, the operator said on Friday.',
      'Two union representatives said drivers had not yet agreed to the new rosters, and that talks would go on next week.',
      'Analysts expect the route to lose money for at least two seasons, though fares will rise by a tenth in the summer.',
    ]) {
      const p = document.createElement('p');
      p.textContent = line;
      article.append(p);
    }
    root.append(article);
    const text = articleText();
    expect(text).toContain('Two union representatives said drivers had not yet agreed');
    const range = anchorQuote(buildPageText(document.body), anchorOf(text, 'drivers had not yet agreed'));
    expect(range?.toString()).toBe('drivers had not yet agreed');
    expect(range?.startContainer.getRootNode()).toBe(root);
    expect(root.querySelectorAll('p')).toHaveLength(3);
  });

  it('maps offsets inside collapsed whitespace and non-breaking spaces back to the right characters', () => {
    document.body.innerHTML = '<p>  alpha \u00a0\n beta\t\tgamma  </p>';
    const page = buildPageText(document.body);
    expect(page.text).toBe('alpha beta gamma ');
    const range = anchorQuote(page, { exact: 'beta gamma', prefix: 'alpha ', suffix: '', start: 6, end: 16 });
    expect(range?.toString()).toBe('beta\t\tgamma');
  });

  it('anchors preformatted and right-to-left text', () => {
    document.body.innerHTML =
      '<pre>line one\n    said the   log\nline three</pre><p dir="rtl">قال المتحدث إن الميناء <b>سيغلق</b> غدا</p>';
    const page = buildPageText(document.body);
    const pre = anchorQuote(page, { exact: 'one said the log line', prefix: 'line ', suffix: ' three', start: 0, end: 0 });
    expect(pre?.toString()).toBe('one\n    said the   log\nline');
    const rtl = anchorQuote(page, { exact: 'إن الميناء سيغلق', prefix: 'قال المتحدث ', suffix: ' غدا', start: 0, end: 0 });
    expect(rtl?.toString()).toBe('إن الميناء سيغلق');
  });
});
