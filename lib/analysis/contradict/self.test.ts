import { describe, expect, it } from 'vitest';
import { CONTRADICTION_THRESHOLD } from '../../report/types';
import { findContradictions } from '.';
import { findSelfAcrossSentences, findSelfInSentence } from './self';
import { attributions, story } from './testing';

const selfIn = (...paragraphs: string[]) => {
  const { text, sentences } = story(...paragraphs);
  return findSelfInSentence(text, sentences, []);
};

describe('self contradictions in one sentence (statement against action)', () => {
  it('flags a disowning statement turned by "but" into an action of the same speaker', () => {
    const [c] = selfIn(
      'Club officials have insisted that they were not involved in the pitch invasion, but they applauded it and handed out free tickets to the fans who took part.',
    );
    expect(c.kind).toBe('self');
    expect(c.a).toBe('Club officials have insisted that they were not involved in the pitch invasion');
    expect(c.b).toBe('they applauded it and handed out free tickets to the fans who took part');
    expect(c.reason).toContain('applauded');
    expect(c.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('flags "denied any role … yet funded"', () => {
    const [c] = selfIn('The ministry denied any role in the protests, yet it funded the protest buses that carried the marchers.');
    expect(c?.b).toBe('it funded the protest buses that carried the marchers');
    expect(c.confidence).toBeGreaterThanOrEqual(CONTRADICTION_THRESHOLD);
  });

  it('keeps an action on something else below the threshold', () => {
    const [c] = selfIn('The mayor said there was no fraud in the election, but she ordered an audit of the city payroll.');
    expect(c.confidence).toBeLessThan(CONTRADICTION_THRESHOLD);
  });

  it.each([
    // more reported speech, not an action
    'The mayor said she had not decided on the budget, but that she would announce it soon.',
    'The coach said the team was not worried, but he declined to comment on the injury.',
    'The firm said it did not break the rules, but it added that it would review its contracts.',
    // a neutral action, not one that commits the speaker
    'Officials said they were not involved in the crash, but they were monitoring the investigation.',
    // the turn is inside the reported content and is itself negative
    'The president told him that the country would continue to send aid but would not send troops.',
    // no disowning statement at all: plain contrast
    'The team lost the final, but they praised the referee.',
  ])('does not flag: %s', (sentence) => {
    expect(selfIn(sentence)).toEqual([]);
  });
});

describe('self contradictions across sentences (one source, two statements)', () => {
  it('flags a source that said one thing then and the opposite now', () => {
    const { text, sentences } = story(
      'In 2015 the mayor said the city would never sell the riverside stadium to a private club.',
      'Attendance has fallen for a decade.',
      'The mayor now says the city will sell the riverside stadium to the rugby club next spring.',
    );
    const found = findContradictions(
      text,
      sentences,
      attributions(text, sentences, [
        { content: 'the city would never sell the riverside stadium to a private club', source: 'the mayor', sourceType: 'anonymous' },
        { content: 'the city will sell the riverside stadium to the rugby club next spring', source: 'The mayor', sourceType: 'anonymous' },
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('self');
    expect(found[0].reason).toContain('then and now');
  });

  it('does not flag one source saying two compatible things', () => {
    const { text, sentences } = story(
      'The minister said the new line would not open before June.',
      'Builders are behind schedule.',
      'The minister said the new line would carry twenty thousand passengers a day once it opened.',
    );
    const found = findContradictions(
      text,
      sentences,
      attributions(text, sentences, [
        { content: 'the new line would not open before June', source: 'The minister', sourceType: 'anonymous' },
        { content: 'the new line would carry twenty thousand passengers a day once it opened', source: 'The minister', sourceType: 'anonymous' },
      ]),
    );
    expect(found).toEqual([]);
  });
});

describe('self contradictions across sentences (statement against a deed the article reports)', () => {
  const deedsIn = (paragraphs: string[], specs: Parameters<typeof attributions>[2]) => {
    const { text, sentences } = story(...paragraphs);
    return findSelfAcrossSentences(text, sentences, attributions(text, sentences, specs));
  };

  it('flags a negated statement followed by the speaker doing just that', () => {
    const [c] = deedsIn(
      ['The mayor said he would never raise property taxes.', 'Two years later, he raised property taxes by 8 percent.'],
      [{ content: 'he would never raise property taxes', source: 'The mayor', sourceType: 'anonymous' }],
    );
    expect(c).toMatchObject({ kind: 'self', a: 'he would never raise property taxes', b: 'Two years later, he raised property taxes by 8 percent' });
    expect(c.reason).toContain('raised');
  });

  it('flags a stance followed by the speaker\'s opposite deed ("opposed the tax increase" … "voted for the tax increase")', () => {
    const [c] = deedsIn(
      ['The senator said she opposed the tax increase.', 'She later voted for the tax increase.'],
      [{ content: 'she opposed the tax increase', source: 'The senator', sourceType: 'anonymous' }],
    );
    expect(c).toMatchObject({ kind: 'self', a: 'she opposed the tax increase', b: 'She later voted for the tax increase' });
    expect(c.reason).toContain('voted for');
    const senator = { content: 'she supported the new pipeline', source: 'The senator', sourceType: 'anonymous' as const };
    expect(deedsIn(['The senator said she supported the new pipeline.', 'She later voted for the pipeline.'], [senator])).toEqual([]);
    expect(deedsIn(['The senator said she supported the new pipeline.', 'She later voted against the school budget.'], [senator])).toEqual([]);
  });

  it('flags a disowning statement turned by a sentence that opens with "But" into the speaker\'s act on it, not a "that" clause', () => {
    const officials = { content: 'they were not involved in the attack', source: 'Iranian officials', sourceType: 'anonymous' as const };
    const [c] = deedsIn(['Iranian officials said they were not involved in the attack.', 'But they praised it and ordered celebrations in Tehran.'], [officials]);
    expect(c).toMatchObject({ kind: 'self', a: 'they were not involved in the attack', b: 'But they praised it and ordered celebrations in Tehran' });
    expect(c.reason).toContain('praised');
    expect(deedsIn(['Iranian officials said they were not involved in the attack.', 'But they praised the new budget.'], [officials])).toEqual([]);
    expect(deedsIn(['Iranian officials said they were not involved in the attack.', 'But they acknowledged that the attack was planned nearby.'], [officials])).toEqual([]);
  });

  it('does not flag a deed of another kind of subject, a quoted sentence, or a deed on something else', () => {
    const mayor = { content: 'he would never raise property taxes', source: 'The mayor', sourceType: 'anonymous' as const };
    expect(deedsIn(['The mayor said he would never raise property taxes.', 'Two years later, it raised property taxes by 8 percent.'], [mayor])).toEqual([]);
    expect(deedsIn(['The mayor said he would never raise property taxes.', 'Two years later, he raised parking fees.'], [mayor])).toEqual([]);
    expect(
      deedsIn(
        ['The mayor said he would never raise property taxes.', '"He raised property taxes once," his rival said.'],
        [mayor, { content: 'He raised property taxes once,', source: 'his rival', sourceType: 'anonymous' }],
      ),
    ).toEqual([]);
  });
});
