import { describe, expect, it } from 'vitest';
import { CONTRADICTION_THRESHOLD } from '../../report/types';
import { findContradictions } from '.';
import { findExplicit, findRebuttals } from './explicit';
import { attributions, story } from './testing';

const explicitIn = (paragraphs: string[], specs: Parameters<typeof attributions>[2] = []) => {
  const { text, sentences } = story(...paragraphs);
  return findContradictions(text, sentences, attributions(text, sentences, specs)).filter((c) => c.kind === 'explicit');
};

describe('explicit contradictions', () => {
  it('flags "at odds with" after a statement and links the statement it refers back to', () => {
    const paragraphs = [
      'Two port officials said the harbour master promised the fishermen that the quay would stay open all winter.',
      'The weather was calm on Monday.',
      "The harbour master's promise appears to be at odds with a closure notice posted at the gate last week.",
    ];
    const found = explicitIn(paragraphs, [
      { content: 'the harbour master promised the fishermen that the quay would stay open all winter', source: 'Two port officials', sourceType: 'anonymous' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].a).toBe(paragraphs[2]);
    expect(found[0].b).toBe('the harbour master promised the fishermen that the quay would stay open all winter');
    expect(found[0].bStatement?.source).toBe('Two port officials');
    expect(found[0].reason).toContain('at odds with');
    expect(found[0].confidence).toBeGreaterThanOrEqual(CONTRADICTION_THRESHOLD);
  });

  it('links "X disputed that, writing ..." to the statement just reported, and not "said that, if ..."', () => {
    const paragraphs = [
      'Residents said the first evacuation warning came after they could already see flames. The county emergency office disputed that, writing on Facebook that orders were issued at 2:19 p.m.',
    ];
    const found = explicitIn(paragraphs, [
      { content: 'the first evacuation warning came after they could already see flames', source: 'Residents', sourceType: 'anonymous' },
      { content: 'orders were issued at 2:19 p.m.', source: 'The county emergency office', sourceType: 'named-organization' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].b).toBe('the first evacuation warning came after they could already see flames');
    expect(found[0].reason).toContain('disputes what Residents said');
    const none = explicitIn(['The mayor said that, if elected, she would cut taxes. The council said that it would wait.'], [
      { content: 'if elected, she would cut taxes', source: 'The mayor', sourceType: 'named-person' },
    ]);
    expect(none).toEqual([]);
  });

  it('links a claim disputed with no clause of its own to the statement its words name, or to the last text for "the findings"', () => {
    const memo = [
      'An internal memo seen by the Ledger shows that the security team flagged unusual traffic in January.',
      'The chief executive said the company had acted quickly.',
      'Ms Okafor disputed that reading of the memo.',
    ];
    const found = explicitIn(memo, [
      { content: 'the security team flagged unusual traffic in January', source: 'An internal memo seen by the Ledger', sourceType: 'document' },
      { content: 'the company had acted quickly', source: 'The chief executive', sourceType: 'anonymous' },
    ]);
    expect(found.map((c) => [c.a, c.b])).toEqual([[memo[2], 'the security team flagged unusual traffic in January']]);
    const study = [
      'Platforms release three times as much methane as the inventory records, according to a study published on Wednesday.',
      'The producers association disputed the findings.',
    ];
    const disputed = explicitIn(study, [{ content: 'Platforms release three times as much methane as the inventory records', source: 'a study published on Wednesday', sourceType: 'document' }]);
    expect(disputed.map((c) => c.b)).toEqual(['Platforms release three times as much methane as the inventory records']);
  });

  it('links "That promise is at odds with ..." and "That claim is disputed by ..." to the statement just reported', () => {
    const paragraphs = [
      'Northline Power said on Monday that electricity would be restored to every home by Friday evening.',
      "That promise is at odds with the company's own repair schedule, which lists 11 substations not due to be repaired until Wednesday.",
      'The Linden Clinic said in a statement that no patients had been harmed.',
      'That claim is disputed by the families of three patients who developed infections.',
    ];
    const found = explicitIn(paragraphs, [
      { content: 'electricity would be restored to every home by Friday evening', source: 'Northline Power', sourceType: 'named-organization' },
      { content: 'no patients had been harmed', source: 'The Linden Clinic', sourceType: 'named-organization' },
    ]);
    expect(found.map((c) => [c.a, c.b])).toEqual([
      [paragraphs[1], 'electricity would be restored to every home by Friday evening'],
      [paragraphs[3], 'no patients had been harmed'],
    ]);
  });

  it('flags a claim the writer sums up as disputed ("..., a claim disputed by the auditor")', () => {
    const paragraph = "The mayor said the budget was balanced, a claim disputed by the city's auditor.";
    const found = explicitIn([paragraph], [{ content: 'the budget was balanced', source: 'The mayor', sourceType: 'anonymous' }]);
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('a claim disputed by');
    expect(explicitIn(['The mayor gave a speech, a claim to fame for the city.'])).toEqual([]);
  });

  it('flags "undercut by", "does not square with", "differs from" after a statement noun, and "even though records show"', () => {
    expect(explicitIn(['The minister said the ward had enough nurses. That claim is undercut by the hospital rota.'])).toHaveLength(1);
    expect(explicitIn(["The governor's claim that jobless numbers are at a record low does not square with federal data."])).toHaveLength(1);
    expect(explicitIn(["The coach's account differs sharply from that of the players."])).toHaveLength(1);
    const paragraph = 'The mayor insisted the project was on budget, even though city records show it is $30 million over.';
    expect(explicitIn([paragraph], [{ content: 'the project was on budget', source: 'The mayor', sourceType: 'anonymous' }])).toHaveLength(1);
    expect(explicitIn(['The old road differs from the new one in width.'])[0]?.confidence ?? 0).toBeLessThan(CONTRADICTION_THRESHOLD);
  });

  it('does not flag two people being "at odds with" each other', () => {
    expect(explicitIn(['The senator is at odds with the governor over the new toll road.'])).toEqual([]);
  });

  it('names the claim when the cue is followed by it ("contradicting the earlier claim that …")', () => {
    const [c] = explicitIn([
      "Footage from a shop camera shows the van stopping at the light, contradicting the driver's earlier claim that the brakes had failed.",
    ]);
    expect(c.b).toBe('the brakes had failed');
  });

  it('ends a fronted claim at its comma ("Contrary to his claim that X, Y")', () => {
    const [c] = explicitIn(['Contrary to his claim that the mill was losing money, its accounts show a profit in each of the last five years.']);
    expect(c.b).toBe('the mill was losing money');
  });

  it('keeps a quotation closed after the comma whole', () => {
    const [c] = explicitIn(['Contrary to her claim that the fund was "fully spent," the ledger shows a surplus.']);
    expect(c.b).toBe('the fund was "fully spent,"');
  });

  it('flags "despite saying" with the claim it sets against', () => {
    const [c] = explicitIn(['The council raised parking fees in March despite saying in January that fees would be frozen for the year.']);
    expect(c.kind).toBe('explicit');
    expect(c.b).toContain('fees would be frozen');
  });

  it('flags a statement set against evidence ("despite photographs showing", "contrary to the findings"), not evidence alone', () => {
    const denial = 'The senator denied ever meeting the lobbyist, despite photographs showing the two men at a fundraiser in 2019.';
    expect(explicitIn([denial], [{ content: 'ever meeting the lobbyist', source: 'The senator', sourceType: 'anonymous', cue: 'denied' }])).toHaveLength(1);
    expect(explicitIn(['The team won the final despite injuries showing on the field.'])).toEqual([]);
    const safe = 'The company insisted its heaters were safe, contrary to the findings of two independent laboratories.';
    expect(explicitIn([safe], [{ content: 'its heaters were safe', source: 'The company', sourceType: 'named-organization', cue: 'insisted' }])[0]?.reason).toContain('contrary to the findings');
  });

  it('gives the next sentence as the fact when the article says a claim "does not stand up"', () => {
    const [c] = explicitIn(['The claim that the bridge must close at once does not stand up. Engineers rated it safe for ten more years.']);
    expect(c.a).toBe('The claim that the bridge must close at once does not stand up.');
    expect(c.b).toBe('Engineers rated it safe for ten more years.');
  });

  describe('"denied"', () => {
    it('is an attribution, not a contradiction, when someone simply denies something', () => {
      expect(explicitIn(['The company denied that it had dumped waste in the river.'])).toEqual([]);
      expect(explicitIn(['The company denied the report.'])).toEqual([]);
      expect(explicitIn(['A spokesman denied the allegations on Tuesday.'])).toEqual([]);
    });

    it('sets two claims against each other when the denied claim is stated', () => {
      const [c] = explicitIn(['The company denied reports that it had dumped waste in the river during the flood.']);
      expect(c.kind).toBe('explicit');
      expect(c.b).toBe('it had dumped waste in the river during the flood');
    });
  });

  it.each([
    'The old stone walls did not stand up to the storm.',
    'Contrary to expectations, the ferry left on time.',
  ])('does not flag a cue word used literally: %s', (sentence) => {
    expect(explicitIn([sentence])).toEqual([]);
  });

  it('does not treat mere contrast with "however" or "but" as a conflict', () => {
    const { text, sentences } = story(
      'Sales of the new phone rose in spring. However, the company said it would keep prices unchanged.',
      'The mayor opened the library, but she did not attend the concert afterwards.',
    );
    expect(findExplicit(text, sentences, [])).toEqual([]);
  });

  it('keeps a weak cue as a hidden candidate below the threshold', () => {
    const { text, sentences } = story('The two unions are at odds with each other over pensions.');
    const [c] = findExplicit(text, sentences, []);
    expect(c.confidence).toBeLessThan(CONTRADICTION_THRESHOLD);
  });

  it('flags a statement that reverses or walks back the source\'s earlier account', () => {
    const { text, sentences } = story('The Pentagon acknowledged that the strike had killed three civilians, reversing its earlier account.');
    const [c] = findExplicit(text, sentences, []);
    expect(c.reason).toContain('reversing its earlier account');
    expect(c.confidence).toBeGreaterThanOrEqual(CONTRADICTION_THRESHOLD);
    const later = story('The spokesman later walked back his earlier remarks about the budget.');
    expect(findExplicit(later.text, later.sentences, [])).toHaveLength(1);
  });

  it('counts a statement named right after the cue as the other side ("at odds with the minister\'s earlier promise")', () => {
    const { text, sentences } = story("The new budget is at odds with the minister's earlier promise to cut spending.");
    const [c] = findExplicit(text, sentences, []);
    expect(c.reason).not.toContain('between people');
    expect(c.confidence).toBeGreaterThan(CONTRADICTION_THRESHOLD + 0.2);
  });
});

describe('writer rebuttals', () => {
  it('answers a claim made just before ("boasted … That does nothing to fix")', () => {
    const { text, sentences } = story(
      'At the briefing, ministers boasted of a new fund for rural clinics. The fund opens next year.',
      'That does nothing to fix the shortage of nurses.',
    );
    const [c] = findRebuttals(text, sentences, []);
    expect(c.a).toBe('That does nothing to fix the shortage of nurses.');
    expect(c.b).toBe('At the briefing, ministers boasted of a new fund for rural clinics.');
  });

  it('stays silent without a claim to answer', () => {
    const { text, sentences } = story('The storm flooded the valley. The old dam was repaired in 1990.', 'That does nothing to fix the shortage of nurses.');
    expect(findRebuttals(text, sentences, [])).toEqual([]);
  });
});
