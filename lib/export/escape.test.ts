import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { FORMULA_START } from './csv';
import { escapeMarkdownInline, markdownBlockquote, markdownCode, oneLine, plainLine, revealInvisible } from './escape';

const viewer = new MarkdownIt({ html: true, linkify: true });
viewer.linkify.set({ fuzzyLink: true, fuzzyEmail: true });

const decode = (html: string) =>
  html.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Strings biased towards what Markdown, HTML and spreadsheets treat specially. */
const hostileText = fc.stringMatching(/^.*$/s).chain((free) =>
  fc
    .array(
      fc.constantFrom(
        '<', '>', '&', '&amp;', '&#60;', '[', ']', '(', ')', '!', '*', '_', '`', '~', '#', '|', '\\', '$', '@',
        ':', '//', '.', 'www.', 'http://', 'x.com', 'a@b.co', '=.ac', 'сайт.рф', '-', '+', '=', '1.', '2)', ' ', '  ', '\n', '\n\n',
        '\t', '\r', '\u202E', '\u200F', '\u0000', '\u001b[31m', '🎉', 'é', 'word', '<a href="x">', '-->', '<!--',
        'javascript:', '<script>', '</p>', '\u2028', '\u00A0',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('') + free),
);

describe('escapeMarkdownInline (property)', () => {
  it('renders any text as exactly its visible self, with no tags', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const rendered = viewer.renderInline(escapeMarkdownInline(s));
        expect(rendered).not.toMatch(/<[a-z/!?]/i);
        expect(decode(rendered)).toBe(revealInvisible(oneLine(s)));
      }),
      { numRuns: 2000 },
    );
  });

  it('never opens a block or a formula at the start of a line', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const escaped = escapeMarkdownInline(s);
        expect(escaped).not.toContain('\n');
        expect(escaped).not.toMatch(FORMULA_START);
        const html = viewer.render(escaped).trim();
        expect(html === '' || /^<p>[\s\S]*<\/p>$/.test(html)).toBe(true);
        expect(html.match(/<p>/g)?.length ?? 0).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('markdownBlockquote (property)', () => {
  it('is one block quote whatever the text', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const html = viewer.render(markdownBlockquote(s));
        expect(html.startsWith('<blockquote>')).toBe(true);
        expect(html.match(/<blockquote>/g)).toHaveLength(1);
        expect(html).not.toMatch(/<(?!\/?(blockquote|p)>)[a-z/!?]/i);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('markdownCode (property)', () => {
  it('shows any text verbatim in one code span', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const visible = revealInvisible(oneLine(s));
        fc.pre(visible.length > 0 && visible.trim() === visible);
        const rendered = viewer.renderInline(markdownCode(s));
        expect(rendered.startsWith('<code>') && rendered.endsWith('</code>')).toBe(true);
        expect(decode(rendered.slice(6, -7))).toBe(visible);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('plainLine (property)', () => {
  it('is one line without controls, and defuses formula starts', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const line = plainLine(s);
        expect(line).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E]/);
        expect(line).not.toMatch(FORMULA_START);
      }),
      { numRuns: 2000 },
    );
  });
});
