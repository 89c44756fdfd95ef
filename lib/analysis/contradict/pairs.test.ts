import { describe, expect, it } from 'vitest';
import { CONTRADICTION_THRESHOLD } from '../../report/types';
import { findPairs } from './pairs';
import { attributions, story, type AttributionSpec } from './testing';

const FILLER = [
  'Rain fell across the region for most of the week.',
  'Schools in the district reopened on Thursday after the holiday.',
  'The regional airport reported delays because of fog.',
];

const shown = (paragraphs: string[], specs: AttributionSpec[]) => {
  const { text, sentences } = story(...paragraphs, ...FILLER);
  return findPairs(text, sentences, attributions(text, sentences, specs)).filter((c) => c.confidence >= CONTRADICTION_THRESHOLD);
};

describe('cross-source contradictions', () => {
  it('flags "no one had been taken into custody" against "officers had taken a teenager ... into custody", though the two share only those words', () => {
    const found = shown(
      ['A spokesman said no one had been taken into custody in connection with the attack.', 'A witness said officers had taken a teenager in a grey tracksuit into custody outside the shop.'],
      [
        { content: 'no one had been taken into custody in connection with the attack', source: 'A spokesman', sourceType: 'anonymous' },
        { content: 'officers had taken a teenager in a grey tracksuit into custody outside the shop', source: 'A witness', sourceType: 'anonymous' },
      ],
    );
    expect(found.map((c) => c.kind)).toEqual(['cross-source']);
    expect(found[0].reason).toContain('negates');
    // "Not yet" is only so far: it sets nothing against what happened later.
    expect(
      shown(
        ['A spokesman said no one had yet been taken into custody in connection with the attack.', 'A witness said officers had taken a teenager in a grey tracksuit into custody outside the shop.'],
        [
          { content: 'no one had yet been taken into custody in connection with the attack', source: 'A spokesman', sourceType: 'anonymous' },
          { content: 'officers had taken a teenager in a grey tracksuit into custody outside the shop', source: 'A witness', sourceType: 'anonymous' },
        ],
      ),
    ).toEqual([]);
  });

  it('flags two counts of what befell the same people ("12 soldiers had been killed" against "the bodies of 41 soldiers killed")', () => {
    const found = shown(
      ['The ministry said 12 soldiers had been killed and 30 wounded in the strike.', 'The hospital director said his staff had received the bodies of 41 soldiers killed at the camp.'],
      [
        { content: '12 soldiers had been killed and 30 wounded in the strike', source: 'The ministry', sourceType: 'named-organization' },
        { content: 'his staff had received the bodies of 41 soldiers killed at the camp', source: 'The hospital director', sourceType: 'anonymous' },
      ],
    );
    expect(found.map((c) => c.kind)).toEqual(['cross-source']);
    expect(found[0].reason).toContain('12 against 41');
  });

  it('flags a negation of what another source asserts about the same matter', () => {
    const found = shown(
      ['The defence ministry said no troops crossed the northern border on Tuesday.', 'Villagers said troops crossed the northern border on Tuesday before dawn.'],
      [
        { content: 'no troops crossed the northern border on Tuesday', source: 'The defence ministry', sourceType: 'named-organization' },
        { content: 'troops crossed the northern border on Tuesday before dawn', source: 'Villagers', sourceType: 'vague' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('cross-source');
    expect(found[0].a).toBe('no troops crossed the northern border on Tuesday');
    expect(found[0].b).toBe('troops crossed the northern border on Tuesday before dawn');
    expect(found[0].reason).toContain('negates');
  });

  it('reads a speaker\'s "he" or "it" as the speaker, so that each may deny what the other says of it', () => {
    const met = shown(
      ['The senator said he had never met the lobbyist.', 'The lobbyist said he had met the senator several times.'],
      [
        { content: 'he had never met the lobbyist', source: 'The senator', sourceType: 'anonymous' },
        { content: 'he had met the senator several times', source: 'The lobbyist', sourceType: 'anonymous' },
      ],
    );
    expect(met).toHaveLength(1);
    expect(met[0].reason).toContain('negates');
    const complaints = shown(
      ['The company said it had not received any complaints about the product.', 'Internal emails show that the company received dozens of complaints.'],
      [
        { content: 'it had not received any complaints about the product', source: 'The company', sourceType: 'named-organization' },
        { content: 'the company received dozens of complaints', source: 'Internal emails', sourceType: 'document', cue: 'show' },
      ],
    );
    expect(complaints).toHaveLength(1);
  });

  it('does not read a share\'s "they" as its whole group, nor set a question put against an answer', () => {
    const shares = shown(
      ['A majority of voters said they were paying some attention to the race.', 'But 26 percent of voters said they were not paying much attention to the race.'],
      [
        { content: 'they were paying some attention to the race', source: 'A majority of voters', sourceType: 'vague' },
        { content: 'they were not paying much attention to the race', source: '26 percent of voters', sourceType: 'vague' },
      ],
    );
    expect(shares).toEqual([]);
    const question = shown(
      ['The agency said it was doing its best to follow the rules Congress set.', 'Asked why the agency did not follow the rules Congress set, nobody answered.'],
      [
        { content: 'it was doing its best to follow the rules Congress set', source: 'The agency', sourceType: 'named-organization' },
        { content: 'why the agency did not follow the rules Congress set', source: null, cue: 'Asked' },
      ],
    );
    expect(question).toEqual([]);
  });

  it('flags the guidelines\' own example, short and in other words ("no troops crossed" against "soldiers crossed at dawn")', () => {
    const found = shown(
      ['The ministry said no troops crossed.', 'Witnesses said soldiers crossed at dawn.'],
      [
        { content: 'no troops crossed', source: 'The ministry', sourceType: 'named-organization' },
        { content: 'soldiers crossed at dawn', source: 'Witnesses', sourceType: 'vague' },
      ],
    );
    expect(found.map((c) => [c.kind, c.a, c.b])).toEqual([['cross-source', 'no troops crossed', 'soldiers crossed at dawn']]);
  });

  it('flags a short statement with a word of opposite sense ("crime had fallen" against "crime rose 12 percent")', () => {
    const found = shown(
      ['The governor said crime had fallen.', 'Police data show crime rose 12 percent last year.'],
      [
        { content: 'crime had fallen', source: 'The governor', sourceType: 'anonymous' },
        { content: 'crime rose 12 percent last year', source: 'Police data', sourceType: 'document' },
      ],
    );
    expect(found.map((c) => c.reason)).toEqual([expect.stringContaining('"fallen" against "rose"')]);
    const library = shown(
      ['The mayor said the library would stay open through the summer.', 'Staff said the library would close through the summer.'],
      [
        { content: 'the library would stay open through the summer', source: 'The mayor', sourceType: 'anonymous' },
        { content: 'the library would close through the summer', source: 'Staff', sourceType: 'vague' },
      ],
    );
    expect(library.map((c) => c.reason)).toEqual([expect.stringContaining('against')]);
  });

  it('pairs "would remain open" against "would close in June": a linking verb or a date on one side adds no claim', () => {
    const found = shown(
      ['The company said the factory would remain open.', 'Workers said the factory would close in June.'],
      [
        { content: 'the factory would remain open', source: 'The company', sourceType: 'named-organization' },
        { content: 'the factory would close in June', source: 'Workers', sourceType: 'anonymous' },
      ],
    );
    expect(found.map((c) => c.reason)).toEqual([expect.stringContaining('"open" against "close"')]);
  });

  it('reads "in May" as a month, not as the hedge "may"', () => {
    const found = shown(
      ['The chief executive said the company had not laid off workers.', 'Former employees said the company laid off workers in May.'],
      [
        { content: 'the company had not laid off workers', source: 'The chief executive', sourceType: 'anonymous' },
        { content: 'the company laid off workers in May', source: 'Former employees', sourceType: 'anonymous' },
      ],
    );
    expect(found.map((c) => c.reason)).toEqual([expect.stringContaining('negates')]);
  });

  it('sets a patient "in stable condition" against one "in critical condition"', () => {
    const found = shown(
      ['The hospital said the patient was in stable condition.', 'A relative said the patient was in critical condition.'],
      [
        { content: 'the patient was in stable condition', source: 'The hospital', sourceType: 'named-organization' },
        { content: 'the patient was in critical condition', source: 'A relative', sourceType: 'anonymous' },
      ],
    );
    expect(found.map((c) => c.reason)).toEqual([expect.stringContaining('"stable" against "critical"')]);
  });

  it('leaves a short statement with no negation unpaired ("the talks ended" against "the talks resumed")', () => {
    const found = shown(
      ['The ministry said the talks ended.', 'Diplomats said the talks resumed.'],
      [
        { content: 'the talks ended', source: 'The ministry', sourceType: 'named-organization' },
        { content: 'the talks resumed', source: 'Diplomats', sourceType: 'anonymous' },
      ],
    );
    expect(found).toEqual([]);
  });

  it('flags counts whose hedges leave no common value ("about 500" against "300"; "3,000" against "about 800 permanent jobs")', () => {
    const evacuated = shown(
      ['Police said 300 people were evacuated from the valley.', 'Officials said about 500 people were evacuated from the valley.'],
      [
        { content: '300 people were evacuated from the valley', source: 'Police', sourceType: 'named-organization' },
        { content: 'about 500 people were evacuated from the valley', source: 'Officials', sourceType: 'anonymous' },
      ],
    );
    expect(evacuated.map((c) => c.reason)).toEqual([expect.stringContaining('300 against 500 people')]);
    const jobs = shown(
      ['The mayor said the stadium would create 3,000 jobs.', 'Economists said the stadium would create about 800 permanent jobs.'],
      [
        { content: 'the stadium would create 3,000 jobs', source: 'The mayor', sourceType: 'anonymous' },
        { content: 'the stadium would create about 800 permanent jobs', source: 'Economists', sourceType: 'vague' },
      ],
    );
    expect(jobs.map((c) => c.reason)).toEqual([expect.stringContaining('3000 against 800 jobs')]);
    const close = shown(
      ['Police said 480 people were evacuated from the valley.', 'Officials said about 500 people were evacuated from the valley.'],
      [
        { content: '480 people were evacuated from the valley', source: 'Police', sourceType: 'named-organization' },
        { content: 'about 500 people were evacuated from the valley', source: 'Officials', sourceType: 'anonymous' },
      ],
    );
    expect(close).toEqual([]);
  });

  it('flags a negation that adds a word to all the other asserts, a hedged count not being a topic word ("no civilians were killed in the strike" against "at least 12 civilians were killed")', () => {
    const found = shown(
      ['The ministry said no civilians were killed in the strike.', 'Hospital officials said at least 12 civilians were killed.'],
      [
        { content: 'no civilians were killed in the strike', source: 'The ministry', sourceType: 'named-organization' },
        { content: 'at least 12 civilians were killed', source: 'Hospital officials', sourceType: 'anonymous' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('negates');
  });

  it('meets "did not use" with "used" (a short past keeps the "e" of its verb)', () => {
    const found = shown(
      ['The police chief said officers did not use force.', 'Video shows officers used force against protesters.'],
      [
        { content: 'officers did not use force', source: 'The police chief', sourceType: 'anonymous' },
        { content: 'officers used force against protesters', source: 'Video', sourceType: 'document' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('negates');
  });

  it('sets two counts of the same thing against each other when the statements are alike in all else, however short', () => {
    const found = shown(
      ['The agency said 300 people were evacuated.', 'Local officials said 500 people were evacuated.'],
      [
        { content: '300 people were evacuated', source: 'The agency', sourceType: 'named-organization' },
        { content: '500 people were evacuated', source: 'Local officials', sourceType: 'anonymous' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('300 against 500 people');
  });

  it('sets a toll told as killed against one told as died ("12 people were killed" against "20 people died")', () => {
    const found = shown(
      ['Police said 12 people were killed in the blast.', 'Hospital officials said 20 people died in the blast.'],
      [
        { content: '12 people were killed in the blast', source: 'Police', sourceType: 'named-organization' },
        { content: '20 people died in the blast', source: 'Hospital officials', sourceType: 'anonymous' },
      ],
    );
    expect(found.map((c) => c.reason)).toEqual([expect.stringContaining('12 against 20 people')]);
  });

  it('meets an irregular past with its verb ("did not sell the land" against "sold the land")', () => {
    const found = shown(
      ['The company said it did not sell the land to the developer.', 'Records show the company sold the land to the developer in 2019.'],
      [
        { content: 'it did not sell the land to the developer', source: 'The company', sourceType: 'named-organization' },
        { content: 'the company sold the land to the developer in 2019', source: 'Records', sourceType: 'document' },
      ],
    );
    expect(found.map((c) => c.reason)).toEqual([expect.stringContaining('negates')]);
  });

  it('sets opposite words said of the same words against each other ("the water was safe" against "the water was unsafe and smelled")', () => {
    const found = shown(
      ['Officials said the water was safe to drink.', 'Residents said the water was unsafe and smelled of chemicals.'],
      [
        { content: 'the water was safe to drink', source: 'Officials', sourceType: 'anonymous' },
        { content: 'the water was unsafe and smelled of chemicals', source: 'Residents', sourceType: 'vague' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('"safe" against "unsafe"');
    const apart = shown(
      ['Analysts said oil prices rose in the north.', 'Shoppers said food prices fell in the capital.'],
      [
        { content: 'oil prices rose in the north', source: 'Analysts', sourceType: 'vague' },
        { content: 'food prices fell in the capital', source: 'Shoppers', sourceType: 'vague' },
      ],
    );
    expect(apart).toEqual([]);
  });

  it('looks through "no plans to" to what is planned', () => {
    const found = shown(
      ['The company said in March that it had no plans to close the plant.', 'In June, the company announced the plant would close by the end of the year.'],
      [
        { content: 'it had no plans to close the plant', source: 'The company', sourceType: 'named-organization' },
        { content: 'the plant would close by the end of the year', source: 'the company', sourceType: 'named-organization' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('self');
  });

  it('does not set statements against each other that each have a time, a part or a place the other lacks', () => {
    const pairs: [string, string][] = [
      ['the plan would not raise taxes this year', 'the plan would raise taxes next year'],
      ['the team did not play well in the first half', 'the team played well in the second half'],
      ['profits rose sharply in Europe', 'profits fell sharply in Asia'],
    ];
    for (const [a, b] of pairs) {
      const found = shown(
        [`The mayor said ${a}.`, `Her rival said ${b}.`],
        [
          { content: a, source: 'The mayor', sourceType: 'anonymous' },
          { content: b, source: 'Her rival', sourceType: 'anonymous' },
        ],
      );
      expect(found, a).toEqual([]);
    }
  });

  it('does not set a short statement against a long negated one that merely holds its words', () => {
    const found = shown(
      ['"But the votes are still counting," said Soe Min.', 'An observer said people stood for hours in the sun and celebrated, and today there is a huge disappointment because their vote did not count.'],
      [
        { content: 'But the votes are still counting', source: 'Soe Min', sourceType: 'named-person' },
        { content: 'people stood for hours in the sun and celebrated, and today there is a huge disappointment because their vote did not count', source: 'An observer', sourceType: 'anonymous' },
      ],
    );
    expect(found).toEqual([]);
  });

  it('looks through "did not expect" to what is expected', () => {
    const found = shown(
      ['The flooding raised fears that the province would order a wider evacuation of riverside towns.', 'The governor said he did not expect a wider evacuation of riverside towns this week.'],
      [
        { content: 'the province would order a wider evacuation of riverside towns', source: null },
        { content: 'he did not expect a wider evacuation of riverside towns this week', source: 'The governor', sourceType: 'anonymous' },
      ],
    );
    expect(found).toHaveLength(1);
  });

  it('flags a denial of what another source states', () => {
    const found = shown(
      ['The shipping firm denied that its tanker had dumped oil near the marine reserve in March.', 'Coastguard officers said the tanker had dumped oil near the marine reserve in March.'],
      [
        { content: 'its tanker had dumped oil near the marine reserve in March', source: 'The shipping firm', sourceType: 'named-organization', cue: 'denied' },
        { content: 'the tanker had dumped oil near the marine reserve in March', source: 'Coastguard officers', sourceType: 'anonymous' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('denies');
  });

  it('flags a word against its opposite made by a prefix ("safe" against "unsafe"), even in a short statement', () => {
    const found = shown(
      ['The company insisted that the factory was safe.', 'Workers said the factory was unsafe and that two people had been hurt last month.'],
      [
        { content: 'the factory was safe', source: 'The company', sourceType: 'named-organization' },
        { content: 'the factory was unsafe and that two people had been hurt last month', source: 'Workers', sourceType: 'vague' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('"safe" against "unsafe"');
    // "inform" is no opposite of "form": "in-" counts only before an adjective's ending.
    expect(shown(
      ['The council said it would form a committee on the harbour plan.', 'Residents said the council would inform a committee on the harbour plan.'],
      [
        { content: 'it would form a committee on the harbour plan', source: 'The council', sourceType: 'named-organization' },
        { content: 'the council would inform a committee on the harbour plan', source: 'Residents', sourceType: 'vague' },
      ],
    )).toEqual([]);
  });

  it('does not set an exception against the rule ("except for classified messages")', () => {
    expect(shown(
      ['The minister said she used her own email for all messages except classified messages sent from the office.', 'Aides said she used her own email for unclassified messages sent from the office.'],
      [
        { content: 'she used her own email for all messages except classified messages sent from the office', source: 'The minister', sourceType: 'anonymous' },
        { content: 'she used her own email for unclassified messages sent from the office', source: 'Aides', sourceType: 'anonymous' },
      ],
    )).toEqual([]);
  });

  it('flags different counts of the same thing', () => {
    const found = shown(
      ['Police said 12 protesters were arrested outside the parliament building.', 'Organisers said 40 protesters were arrested outside the parliament building.'],
      [
        { content: '12 protesters were arrested outside the parliament building', source: 'Police', sourceType: 'named-organization' },
        { content: '40 protesters were arrested outside the parliament building', source: 'Organisers', sourceType: 'vague' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('12 against 40');
  });

  it.each([
    [
      'a short negation',
      ['The minister said the hospital would not close.', 'A leaked memo shows the hospital will close in March.'],
      [
        { content: 'the hospital would not close', source: 'The minister', sourceType: 'anonymous' as const },
        { content: 'the hospital will close in March', source: 'A leaked memo', sourceType: 'document' as const },
      ],
      'negates all',
    ],
    [
      'a short denial',
      ['The company denied that warnings had been ignored.', 'Engineers said managers had ignored warnings for years.'],
      [
        { content: 'warnings had been ignored', source: 'The company', sourceType: 'named-organization' as const, cue: 'denied' },
        { content: 'managers had ignored warnings for years', source: 'Engineers', sourceType: 'vague' as const },
      ],
      'denies all',
    ],
    [
      'short counts',
      ['The mayor said 200 people were evacuated from the valley.', 'Fire officials said 350 people were evacuated from the valley on Sunday.'],
      [
        { content: '200 people were evacuated from the valley', source: 'The mayor', sourceType: 'anonymous' as const },
        { content: '350 people were evacuated from the valley on Sunday', source: 'Fire officials', sourceType: 'anonymous' as const },
      ],
      '200 against 350 people',
    ],
    [
      'short opposites in irregular forms',
      ['The union says wages at the factory have fallen sharply.', 'The company insists wages at the factory have risen every year since 2020.'],
      [
        { content: 'wages at the factory have fallen sharply', source: 'The union', sourceType: 'named-organization' as const },
        { content: 'wages at the factory have risen every year since 2020', source: 'The company', sourceType: 'named-organization' as const },
      ],
      '"fallen" against "risen"',
    ],
  ])('flags %s when all it says is in the other statement', (_name, paragraphs, specs, why) => {
    const found = shown(paragraphs, specs);
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain(why);
  });

  it('shows opposites in short statements whose shared words the article uses often', () => {
    const found = shown(
      [
        'The branch opened in 1962.',
        'The branch has a children\'s room.',
        'The branch closes at six.',
        'Library staff said visits to the branch had risen every year since 2019.',
        'The budget office said visits to the branch had fallen since 2019.',
      ],
      [
        { content: 'visits to the branch had risen every year since 2019', source: 'Library staff', sourceType: 'anonymous' },
        { content: 'visits to the branch had fallen since 2019', source: 'The budget office', sourceType: 'named-organization' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('"risen" against "fallen"');
  });

  it('does not flag a short negation said of someone else ("I don\'t" against "you still")', () => {
    expect(
      shown(
        ['"I don\'t believe in the devil," she said.', '"Thank God at least you still believe in the devil," she told him.'],
        [
          { content: "I don't believe in the devil,", source: 'she', sourceType: 'named-person', resolved: 'Ann Lee' },
          { content: 'Thank God at least you still believe in the devil,', source: 'she', sourceType: 'named-person', resolved: 'Ann Lee' },
        ],
      ),
    ).toEqual([]);
  });

  it('does not flag a short negation that says more than the other statement', () => {
    expect(
      shown(
        ['Police said the driver was not drunk at the time of the crash.', 'Two witnesses said the driver was drunk when he got into the car.'],
        [
          { content: 'the driver was not drunk at the time of the crash', source: 'Police', sourceType: 'named-organization' },
          { content: 'the driver was drunk when he got into the car', source: 'Two witnesses', sourceType: 'anonymous' },
        ],
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'however between compatible claims',
      ['The minister said the economy grew by two percent last year.', 'However, union leaders said the growth was too slow to lift wages.'],
      [
        { content: 'the economy grew by two percent last year', source: 'The minister' },
        { content: 'the growth was too slow to lift wages', source: 'union leaders', sourceType: 'anonymous' as const },
      ],
    ],
    [
      'but between compatible plans',
      ['The union said the strike would go ahead on Monday.', 'But the management said talks would continue over the weekend.'],
      [
        { content: 'the strike would go ahead on Monday', source: 'The union', sourceType: 'named-organization' as const },
        { content: 'talks would continue over the weekend', source: 'the management', sourceType: 'anonymous' as const },
      ],
    ],
    [
      'a negation of something else',
      ['Critics said the levy would not lower prices for families.', 'The treasurer said the levy would lower taxes on small shops.'],
      [
        { content: 'the levy would not lower prices for families', source: 'Critics', sourceType: 'vague' as const },
        { content: 'the levy would lower taxes on small shops', source: 'The treasurer' },
      ],
    ],
    [
      'a question is not an assertion',
      ['The inspectors said the contract did not require the builder to replace the old pipes.', 'Tenants asked whether the contract required the builder to replace the old pipes.'],
      [
        { content: 'the contract did not require the builder to replace the old pipes', source: 'The inspectors', sourceType: 'anonymous' as const },
        { content: 'whether the contract required the builder to replace the old pipes', source: 'Tenants', sourceType: 'vague' as const },
      ],
    ],
    [
      'both sides already negative (“pay zero” and “not paying”)',
      ['The auditors said the company paid zero in property tax last year.', 'The mayor criticised the company for not paying property tax last year.'],
      [
        { content: 'the company paid zero in property tax last year', source: 'The auditors', sourceType: 'anonymous' as const },
        { content: 'the company for not paying property tax last year', source: 'The mayor' },
      ],
    ],
    [
      'two hedged counts',
      ['Police said at least 12 protesters were arrested outside the parliament.', 'Organisers said 40 protesters were arrested outside the parliament.'],
      [
        { content: 'at least 12 protesters were arrested outside the parliament', source: 'Police', sourceType: 'named-organization' as const },
        { content: '40 protesters were arrested outside the parliament', source: 'Organisers', sourceType: 'vague' as const },
      ],
    ],
  ])('does not flag %s', (_name, paragraphs, specs) => {
    expect(shown(paragraphs, specs)).toEqual([]);
  });

  it('does not pair unnamed groups that may be the same people', () => {
    const found = shown(
      ['Officials said no troops crossed the northern border on Tuesday.', 'Military officials said troops crossed the northern border on Tuesday before dawn.'],
      [
        { content: 'no troops crossed the northern border on Tuesday', source: 'Officials', sourceType: 'anonymous' },
        { content: 'troops crossed the northern border on Tuesday before dawn', source: 'Military officials', sourceType: 'anonymous' },
      ],
    );
    expect(found).toEqual([]);
  });
});

describe('one speaker against itself', () => {
  it('knows a company named in apposition as the same speaker, and reads "no plans for further job cuts" as denying job cuts', () => {
    const found = shown(
      [
        "Britain's largest energy supplier, Centrica, said it would cut 5,000 jobs at its Leeds call centre next spring.",
        'Centrica said in March that it had no plans for further job cuts at its Leeds call centre.',
      ],
      [
        { content: 'it would cut 5,000 jobs at its Leeds call centre next spring', source: "Britain's largest energy supplier, Centrica", sourceType: 'named-organization' },
        { content: 'it had no plans for further job cuts at its Leeds call centre', source: 'Centrica', sourceType: 'named-organization' },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('self');
    expect(found[0].reason).toContain('negates');
  });
});
