import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { FORMULA_START } from './csv';
import { escapeMarkdownInline, markdownBlockquote, markdownCode, oneLine, revealInvisible } from './escape';
import { buildReport, floodBarrierReport, HOSTILE_PAYLOADS, hostileReport } from './fixture.test-helper';
import { toMarkdown } from './markdown';

/**
 * A permissive viewer, the worst case for us: raw HTML on, and bare URLs, domains ("www.x.com",
 * as GitHub links them) and e-mail addresses turned into links.
 */
const viewer = new MarkdownIt({ html: true, linkify: true });
viewer.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });

/** Every tag our own Markdown produces; anything else in the rendering came from the page. */
const OUR_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'blockquote', 'code']);

function tagsIn(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
}

const decode = (html: string) =>
  html.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('toMarkdown', () => {
  const report = floodBarrierReport();
  const out = toMarkdown(report);

  it('has the title, URL, summary and the four parts in order', () => {
    expect(out.startsWith('# Sourcing report: Harbour City delays its flood barrier as costs climb\n')).toBe(true);
    expect(out).toContain('* **URL:** `https://news.example.org/local/2026/03/harbour-city-flood-barrier?ref=front`');
    expect(out).toContain('**Summary:** 9 attributions · 3 anonymous · 1 vague · 2 named people');
    expect(out).toContain('44% unnamed · 1 contradiction');
    const order = ['## Anonymous and vague sources', '## Contradictions', '## All quotes'].map((h) => out.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists each unnamed source with its cue, reason and content as a block quote', () => {
    const section = out.slice(out.indexOf('## Anonymous'), out.indexOf('## Contradictions'));
    expect(section).toContain('### 1. Anonymous source: “three council officials”');
    expect(section).toContain('* **Cue:** “said” (reported speech)');
    expect(section).toContain('* **Why flagged:** unnamed "officials" + "said"');
    expect(section).toContain('> was forced by a late change in the cost estimate');
    // The popup's order: anonymous before vague, each in article order.
    expect(section.split('\n').filter((l) => l.startsWith('### '))).toEqual([
      '### 1. Anonymous source: “three council officials”',
      '### 2. Anonymous source: “A city hall spokeswoman”',
      '### 3. Anonymous source: “She” (that is, “A city hall spokeswoman”)',
      '### 4. Vague source: “Experts”',
    ]);
    expect(section).toContain('“She” (that is, “A city hall spokeswoman”)');
    expect(section).not.toContain('Mayor Lena Okafor');
  });

  it('shows contradictions at or above the threshold with both statements, sources and confidence words', () => {
    const section = out.slice(out.indexOf('## Contradictions'), out.indexOf('## All quotes'));
    expect(section).toContain('### 1. The article itself notes the conflict: very likely (confidence 0.90)');
    expect(section).toContain('**Statement A** (no source given):');
    expect(section).toContain('**Statement B** (source: “A city hall spokeswoman”):');
    expect(section).toContain('> the council had never received the revised figures');
    expect(section).toContain('**Why:** the article says "appears to be at odds with"');
    expect(section).not.toContain('Two sources disagree');
  });

  it("orders contradictions most sure first, in the popup's words", () => {
    const r = floodBarrierReport();
    r.contradictions[1].confidence = 0.95;
    r.contradictions[0].confidence = 0.6;
    const headings = toMarkdown(r).split('\n').filter((l) => l.startsWith('### ') && l.includes('confidence'));
    expect(headings).toEqual([
      '### 1. Two sources disagree: very likely (confidence 0.95)',
      '### 2. The article itself notes the conflict: possibly (confidence 0.60)',
    ]);
  });

  it('lists all quotes with their sources and types', () => {
    const section = out.slice(out.indexOf('## All quotes'));
    const items = section.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(items).toHaveLength(report.attributions.length);
    expect(items[1]).toBe(
      '2. **Named person** “Mayor Lena Okafor”, “said” (direct quote): “We will not sign a contract we cannot pay for,”',
    );
    expect(items[5]).toContain('**Media** “the Harbour Gazette”');
    expect(items[7]).toContain('**Document** “A report by the regional audit office”');
  });

  it('renders with our own tags only and no links', () => {
    const html = viewer.render(out);
    expect(tagsIn(html).filter((t) => !OUR_TAGS.has(t))).toEqual([]);
  });

  it('says so when there is nothing to list', () => {
    const empty = toMarkdown(
      buildReport({ title: 'Quiet day', url: 'https://news.example.org/q', paragraphs: ['Nothing happened.'], attributions: [] }),
    );
    expect(empty).not.toContain('every source in this article is named');
    expect(empty).toContain('## Anonymous and vague sources\n\nNone found.\n');
    expect(empty).toContain('No quotes or attributions found.');
    expect(empty).toContain('**Summary:** 0 attributions');
  });

  it('says every source is named only when there are sources and none is unnamed', () => {
    const named = toMarkdown(
      buildReport({
        title: 'Named only',
        url: 'https://news.example.org/n',
        paragraphs: ['The mayor, Lena Okafor, said the road would reopen.'],
        attributions: [
          { para: 0, content: 'the road would reopen', source: 'Lena Okafor', cue: 'said', sourceType: 'named-person', kind: 'indirect' },
        ],
      }),
    );
    expect(named).toContain('None found: every source in this article is named.');
  });

  it('is deterministic', () => {
    expect(toMarkdown(floodBarrierReport())).toBe(out);
    expect(toMarkdown(hostileReport())).toBe(toMarkdown(hostileReport()));
  });
});

describe('toMarkdown on a hostile page', () => {
  const report = hostileReport();
  const out = toMarkdown(report);
  const html = viewer.render(out);

  it('renders no tag, link or image from the page, even in a viewer that allows raw HTML', () => {
    expect(tagsIn(html).filter((t) => !OUR_TAGS.has(t))).toEqual([]);
    // Page text shows "<" only as &lt;, so any "<" left is a real tag: none may carry attributes.
    expect(html).not.toMatch(/<[a-z][^>]*\s[a-z-]+=/i);
  });

  it('starts every line with our own structure, never with page text or a formula', () => {
    const ours = /^(#{1,3} |\* |> |>$|\d+\. |\*\*|_|None found|No quotes|$)/;
    for (const line of out.split('\n')) {
      expect(line).toMatch(ours);
      expect(line).not.toMatch(FORMULA_START);
    }
  });

  it('keeps even a huge string whole', () => {
    expect(out).toContain('A'.repeat(20000));
  });

  it('shows the URL verbatim in a code span', () => {
    expect(out).toContain('* **URL:** `https://evil.example/a?q=<script>alert(1)</script>&x="onmouseover=alert(1)`');
    expect(html).toContain('<code>https://evil.example/a?q=&lt;script&gt;alert(1)&lt;/script&gt;&amp;x=&quot;onmouseover=alert(1)</code>');
  });
});

describe('escapeMarkdownInline', () => {
  it.each(HOSTILE_PAYLOADS.map((p) => [p.length > 60 ? `${p.slice(0, 60)}…` : p, p]))(
    'renders %j as exactly its text',
    (_label, payload) => {
      const rendered = viewer.renderInline(escapeMarkdownInline(payload));
      expect(tagsIn(rendered)).toEqual([]);
      expect(decode(rendered)).toBe(revealInvisible(oneLine(payload)));
    },
  );

  it.each(['# h', '- item', '+ item', '= underline', '> quote', '12. item', '3) item', '@user', '-2+3', '=SUM(A1)'])(
    'cannot start a block or a formula with %j',
    (payload) => {
      const escaped = escapeMarkdownInline(payload);
      expect(escaped).not.toMatch(FORMULA_START);
      expect(viewer.render(escaped).trim()).toBe(`<p>${viewer.utils.escapeHtml(payload)}</p>`);
    },
  );

  it('breaks the autolinks of www., scheme:// and e-mail addresses but keeps the text', () => {
    for (const p of ['www.evil.com', 'https://evil.com/x', 'attacker@evil.com', 'see evil.com today']) {
      const rendered = viewer.renderInline(escapeMarkdownInline(p));
      expect(rendered).not.toContain('<a');
      expect(decode(rendered)).toBe(p);
    }
    // Ordinary prose stays readable in the raw file.
    expect(escapeMarkdownInline('Mr. Reeves said 3.5 percent, e.g. in the U.S.')).toBe(
      'Mr. Reeves said 3.5 percent, e.g. in the U.S.',
    );
    expect(escapeMarkdownInline('AT&T said costs > revenue, and R&D fell')).toBe('AT&T said costs > revenue, and R&D fell');
    expect(escapeMarkdownInline('&copy; &#60; &amp;')).toBe('&amp;copy; &amp;\\#60; &amp;amp;');
  });

  it('shows bidi overrides and control characters as code points so they cannot act', () => {
    expect(escapeMarkdownInline('a\u202Eb\u202Cc')).toBe('a⟨U+202E⟩b⟨U+202C⟩c');
    expect(escapeMarkdownInline('\u001b[2Jx\u0000')).toBe('⟨U+001B⟩\\[2Jx⟨U+0000⟩');
    expect(escapeMarkdownInline('\u200F\u05E9\u05DC\u05D5\u05DD')).toBe('\u200F\u05E9\u05DC\u05D5\u05DD');
  });
});

describe('markdownBlockquote', () => {
  it('quotes every paragraph and keeps them apart', () => {
    expect(markdownBlockquote('first part\n\nsecond *part*')).toBe('> first part\n>\n> second \\*part\\*');
    expect(viewer.render(markdownBlockquote('first\n\n# second')).match(/<p>/g)).toHaveLength(2);
    expect(markdownBlockquote('')).toBe('>');
  });
});

describe('markdownCode', () => {
  it('fences past any backticks inside', () => {
    expect(markdownCode('a `b` c')).toBe('``a `b` c``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(viewer.renderInline(markdownCode('`x` <b>'))).toBe('<code>`x` &lt;b&gt;</code>');
  });
});
