import { describe, expect, it } from 'vitest';
import { FORMULA_START, toCsv } from './csv';
import { toMarkdown } from './markdown';
import { plainLine } from './escape';
import { buildReport, floodBarrierReport, hostileReport } from './fixture.test-helper';
import { renderText } from './text';

describe('renderText', () => {
  const out = renderText(floodBarrierReport());
  const lines = out.split('\n');

  it('opens with the title, URL, metadata and summary', () => {
    expect(lines.slice(0, 4)).toEqual([
      'Harbour City delays its flood barrier as costs climb',
      'https://news.example.org/local/2026/03/harbour-city-flood-barrier?ref=front',
      'The Example Tribune · By Ines Varga · 2026-03-14T08:30:00Z',
      '9 attributions · 3 anonymous · 1 vague · 2 named people · 1 named organization · 1 media · 1 document · 44% unnamed · 1 contradiction',
    ]);
  });

  it('lists unnamed sources first, then contradictions above the threshold, then every quote', () => {
    const at = (s: string) => lines.indexOf(s);
    expect(at('ANONYMOUS AND VAGUE SOURCES')).toBeLessThan(at('CONTRADICTIONS'));
    expect(at('CONTRADICTIONS')).toBeLessThan(at('ALL QUOTES'));
    expect(out).toContain('  1. anonymous source "three council officials", cue "said", reported speech');
    expect(out).toContain('  1. explicit: the article itself notes the conflict, very likely (0.90)');
    expect(out).toContain('     B: "the council had never received the revised figures" (A city hall spokeswoman)');
    expect(out).not.toContain('cross-source');
    expect(lines.filter((l) => /^ {2}a\d+ \[/.test(l))).toHaveLength(9);
    expect(out).toContain('  a9 [anonymous] "She" (= "A city hall spokeswoman"), cue "said", partial quote');
  });

  it('names a source with what the article says of it', () => {
    const described = buildReport({
      title: 'Pier repairs',
      url: 'https://news.example.org/pier',
      paragraphs: ['Nadia Orr, the harbour engineer, said the pier would reopen in May.'],
      attributions: [{ para: 0, content: 'the pier would reopen in May', source: 'Nadia Orr', description: 'the harbour engineer', cue: 'said', sourceType: 'named-person', kind: 'indirect' }],
    });
    expect(renderText(described)).toContain('a1 [named-person] "Nadia Orr", the harbour engineer, cue "said"');
    expect(toMarkdown(described)).toContain('“Nadia Orr”, the harbour engineer');
    expect(toCsv(described).split('\r\n')[1]).toContain(',Nadia Orr,,the harbour engineer,');
  });

  it('says when there is nothing to list', () => {
    const empty = renderText(
      buildReport({ title: '', url: 'https://news.example.org/q', paragraphs: ['Nothing happened.'], attributions: [] }),
    );
    expect(empty.split('\n')[0]).toBe('(untitled)');
    expect(empty).toContain('ANONYMOUS AND VAGUE SOURCES\n  none found\n');
    expect(empty).toContain('  no quotes or attributions found');
  });

  it('keeps hostile page text on its line, without control characters or formula starts', () => {
    const report = hostileReport();
    const hostile = renderText(report);
    expect(hostile).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    const { attributions: n, byType } = report.summary;
    // Header and blank, 3 lines per unnamed source, 4 for the one contradiction, 2 per quote.
    const expected = 5 + 1 + 3 * (byType.anonymous + byType.vague) + 2 + 4 + 2 + 2 * n;
    expect(hostile.split('\n')).toHaveLength(expected);
    for (const line of hostile.split('\n')) expect(line).not.toMatch(FORMULA_START);
  });

  it('is deterministic', () => {
    expect(renderText(floodBarrierReport())).toBe(out);
  });
});

describe('plainLine', () => {
  it('shows terminal escapes and bidi overrides as code points and defuses formulas', () => {
    expect(plainLine('\u001b[31mred\u001b[0m')).toBe('⟨U+001B⟩[31mred⟨U+001B⟩[0m');
    expect(plainLine('a\u202Eb')).toBe('a⟨U+202E⟩b');
    expect(plainLine('  =1+1\n')).toBe("'=1+1");
    expect(plainLine('line\r\nbreak')).toBe('line break');
  });
});
