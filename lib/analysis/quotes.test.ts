import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes';
import { articleOf } from './test-helpers';

const quotes = (...paragraphs: string[]) => {
  const a = articleOf(paragraphs);
  return findQuotes(a.text, a.blocks).map((q) => ({ text: a.text.slice(q.start, q.end), nested: q.nested, multiBlock: q.multiBlock }));
};

describe('findQuotes', () => {
  it('finds straight and curly double quotes', () => {
    expect(quotes('"We will rebuild," the mayor said. The chief added: “Nobody was hurt.”').map((q) => q.text)).toEqual(['We will rebuild,', 'Nobody was hurt.']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quotes("The council's vote didn't pass, and the '90s rules stay.")).toEqual([]);
  });

  it('finds single quotes inside double quotes as nested', () => {
    const q = quotes('“She told me ‘hold the line’ and hung up,” he said.');
    expect(q.map((x) => [x.text, x.nested])).toEqual([
      ['She told me ‘hold the line’ and hung up,', false],
      ['hold the line', true],
    ]);
  });

  it('continues a quote into a paragraph that opens with a quote mark', () => {
    const q = quotes('“The first part ends here.', '“And the second part closes it,” the coach said.');
    expect(q).toHaveLength(1);
    expect(q[0].multiBlock).toBe(true);
    expect(q[0].text).toContain('And the second part closes it,');
  });

  it('ends an unclosed quote at its paragraph when the next one does not continue it', () => {
    const q = quotes('He said “we never agreed to this', 'The meeting ended.');
    expect(q.map((x) => x.text)).toEqual(['we never agreed to this']);
  });

  it('reads two apostrophes as a double quote mark', () => {
    expect(quotes("''It is not reform,'' said the economist.").map((q) => q.text)).toEqual(['It is not reform,']);
  });
});
