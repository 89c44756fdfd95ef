import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../components/Popup';
import { fakeClient } from '../../components/__fixtures__/client';
import { analyze } from '../../lib/analysis';
import { extractArticle } from '../../lib/extract/article';
import { HOSTILE_PAYLOADS } from '../../lib/export/fixture.test-helper';
import { ALL_ON } from '../../lib/messages';

// Payloads that would set a flag if any of them ever ran, besides the shared list.
const TRIPWIRES = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2"></svg>',
  '<script>window.__pwned=3</script>',
  '<a href="javascript:window.__pwned=4">read more</a>',
];
const payloads = [...TRIPWIRES, ...HOSTILE_PAYLOADS.filter((p) => p.length < 1_000)];

/** Escapes a payload into page text, as a hostile page would serve it: text, not markup. */
const asText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function hostilePage(): string {
  const quotes = payloads.map((p, i) => `<p>“${asText(p)},” said Mayor Ana Ruiz ${i}. Officials said that ${asText(p)} was fine.</p>`);
  return `<head><title>${asText(TRIPWIRES[0])} | ${asText(TRIPWIRES[2])}</title></head>
    <body><article><h1>${asText(TRIPWIRES[1])}</h1><p class="byline">By ${asText(TRIPWIRES[3])}</p>
    <p>The council met on Tuesday to discuss a long agenda of routine items and one unusual request.</p>
    ${quotes.join('\n')}</article></body>`;
}

afterEach(cleanup);

describe('hostile page text', () => {
  it(`stays text from the page to the popup (${payloads.length} payloads)`, async () => {
    document.documentElement.innerHTML = hostilePage();
    const extracted = extractArticle(document, 'https://evil.example/story?<script>');
    if (!extracted.ok) throw new Error(extracted.message);
    const report = analyze(extracted.article);
    expect(report.attributions.length).toBeGreaterThan(payloads.length);
    report.article.url = 'javascript:window.__pwned=5';

    document.body.innerHTML = '';
    const { container } = render(
      <Popup client={fakeClient({ ok: true, report, toggles: ALL_ON, cached: false, missing: [], stale: false })} />,
    );
    await within(container as HTMLElement).findByTestId('summary');
    await new Promise((r) => setTimeout(r, 50));

    expect(container.querySelectorAll('img, script, svg, iframe, object, embed, style, link, base, meta, form, math, details').length).toBe(0);
    const handlers = [...container.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')));
    expect(handlers).toEqual([]);
    const links = [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(links.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h ?? ''))).toEqual([]);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(container.textContent).toContain(TRIPWIRES[0]);
    expect(container.textContent).toContain('<script>window.__pwned=3</script>');
  });
});
