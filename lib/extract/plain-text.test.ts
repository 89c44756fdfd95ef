import { describe, expect, it } from 'vitest';
import { articleFromText } from './plain-text';

const paragraphsOf = (raw: string) => {
  const a = articleFromText(raw);
  return a.blocks.map((b) => a.text.slice(b.start, b.end));
};

describe('articleFromText', () => {
  it('takes the first line as the title and blank lines as paragraph breaks in text wrapped by hand', () => {
    const raw = 'The title\n\nThe mayor said on Monday that the bridge\nwould reopen in May.\n\n"It is safe," she said.\n';
    const a = articleFromText(raw);
    expect(a.title).toBe('The title');
    expect(paragraphsOf(raw)).toEqual(['The mayor said on Monday that the bridge would reopen in May.', '"It is safe," she said.']);
  });

  it('makes each long line a block of its own, so a quote signed on one line does not run into the next', () => {
    const first = '“He makes simple blanket statements about people he knows or cares nothing about, and he never listens.” ― Pamela Padilla';
    const second = '“I’m so ashamed to be an American, and I cannot believe a man with no credentials got this far.” ― Jacklyn Ashley';
    expect(paragraphsOf(`T\n\n${first}\n${second}\n`)).toEqual([first, second]);
  });
});
