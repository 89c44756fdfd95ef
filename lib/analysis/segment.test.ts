import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment';
import { articleOf } from './test-helpers';

const sentences = (...paragraphs: string[]) => {
  const a = articleOf(paragraphs);
  return segmentSentences(a).map((s) => a.text.slice(s.start, s.end));
};

describe('segmentSentences', () => {
  it('does not split after titles, initials, months or "No."', () => {
    expect(sentences('Mr. Hale met Dr. Ortiz on Sept. 4 in the U.S. capital. The economist William G. Gale disagreed. He ranked No. 2 on the list.')).toEqual([
      'Mr. Hale met Dr. Ortiz on Sept. 4 in the U.S. capital.',
      'The economist William G. Gale disagreed.',
      'He ranked No. 2 on the list.',
    ]);
  });

  it('ends a sentence at an initial or an abbreviation when a word that only opens a sentence follows', () => {
    expect(sentences('They recognised the account given by Witness K. The committee met. He works at Tinsley & Co. He left the U.S. In 2019 he came back.')).toEqual([
      'They recognised the account given by Witness K.',
      'The committee met.',
      'He works at Tinsley & Co.',
      'He left the U.S.',
      'In 2019 he came back.',
    ]);
  });

  it('ends a sentence after a clock time\'s "p.m." before a capital, but not before a day, a month or a time zone', () => {
    expect(sentences('They heard a pop before 2 p.m. Northgate Power said it was not involved. The vote is at 7 p.m. Tuesday. It began at 3:15 a.m. (0115 GMT) below ground. It ended at 5 p.m. ET on Friday.')).toEqual([
      'They heard a pop before 2 p.m.',
      'Northgate Power said it was not involved.',
      'The vote is at 7 p.m. Tuesday.',
      'It began at 3:15 a.m. (0115 GMT) below ground.',
      'It ended at 5 p.m. ET on Friday.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('"We are done here." The mayor left the room.')).toEqual(['"We are done here."', 'The mayor left the room.']);
    expect(sentences('“Not yet,” she said. “Maybe later.” Then silence.')).toEqual(['“Not yet,” she said.', '“Maybe later.”', 'Then silence.']);
  });

  it('does not end a sentence at an ellipsis or before a lower-case word', () => {
    expect(sentences('He paused... Then he went on. It cost 3.5 million dollars. e.g. this stays.')).toEqual([
      'He paused... Then he went on.',
      'It cost 3.5 million dollars. e.g. this stays.',
    ]);
  });

  it('keeps a name and its verb of saying with the quoted question or exclamation before them', () => {
    expect(sentences('“What do you need?” Mr. Weaver asked. “Why not?” Nobody answered. “Go!” Ana shouted at them.')).toEqual([
      '“What do you need?” Mr. Weaver asked.',
      '“Why not?”',
      'Nobody answered.',
      '“Go!” Ana shouted at them.',
    ]);
  });

  it('keeps a bare name and verb after a quote closed by a full stop with it, but not a sentence that goes on', () => {
    expect(sentences('“We did it.” Trump said. “We won.” Trump said Friday. “It is over.” Trump said the race was decided.')).toEqual([
      '“We did it.” Trump said.',
      '“We won.” Trump said Friday.',
      '“It is over.”',
      'Trump said the race was decided.',
    ]);
  });

  it('ends a sentence at "no." when no number follows it', () => {
    expect(sentences('Asked if he was ever bullied, the candidate said no. But he said bullying was common. He ranked No. 2 on the list.')).toEqual([
      'Asked if he was ever bullied, the candidate said no.',
      'But he said bullying was common.',
      'He ranked No. 2 on the list.',
    ]);
  });

  it('never crosses a paragraph break', () => {
    expect(sentences('A headline without a stop', 'The story starts here.')).toEqual(['A headline without a stop', 'The story starts here.']);
  });

  it('handles empty input', () => {
    expect(sentences()).toEqual([]);
  });
});
