import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { embeddedPostIn } from './embedded-post';
import { articleOf } from './test-helpers';

const post = (block: string) => {
  const p = embeddedPostIn(block, { start: 0, end: block.length });
  return p && { content: block.slice(p.content.start, p.content.end), source: block.slice(p.source.start, p.source.end), cue: block.slice(p.cue.start, p.cue.end) };
};

describe('embeddedPostIn', () => {
  it('reads the words, the author and the dash of a post signed "— Name (@handle) Month D, YYYY"', () => {
    expect(post('Crooked Hillary is the worst candidate ever. Sad! pic.twitter.com/abc123 — Donald J. Trump (@realDonaldTrump) October 1, 2016')).toEqual({
      content: 'Crooked Hillary is the worst candidate ever. Sad!',
      source: 'Donald J. Trump',
      cue: '—',
    });
  });

  it('leaves out links glued to the words and markup a saved page kept around the post', () => {
    expect(post('<tweet id="1" author="@fallon">It is pathetic. It’s dangerous, too.https://t.co/hcd4kQ4VS9 — Brian Fallon (@brianefallon) August 22, 2016</tweet>.')).toEqual({
      content: 'It is pathetic. It’s dangerous, too.',
      source: 'Brian Fallon',
      cue: '—',
    });
  });

  it('reads nothing in a paragraph that only mentions a handle or a date', () => {
    expect(post('The senator wrote on Twitter (@SenHale) on October 1, 2016 that the bill was dead.')).toBeNull();
    expect(post('pic.twitter.com/abc123 — Donald J. Trump (@realDonaldTrump) October 1, 2016')).toBeNull();
  });

  it('gives the post to its author in the report, typed by the name', () => {
    const [a] = analyze(articleOf(['The president answered within minutes.', 'Nobody reads the bill. Sad! — Donald J. Trump (@realDonaldTrump) October 1, 2016'])).attributions;
    expect(a).toMatchObject({ content: 'Nobody reads the bill. Sad!', source: 'Donald J. Trump', sourceType: 'named-person', kind: 'direct', cue: '—' });
  });
});
