import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { articleOf } from './test-helpers';

const speakers = (paragraphs: string[]) =>
  analyze(articleOf(paragraphs)).attributions.map((a) => ({ source: a.source, resolved: a.resolved, type: a.sourceType }));

describe('resolveSpeakers: who a pronoun stands for', () => {
  it('gives "she" the unnamed spokeswoman just quoted, typed anonymous, not a man named earlier', () => {
    const as = speakers([
      '"The numbers do not add up," Mr. Gale said.',
      'A spokeswoman for the Treasury said the figures had been audited twice.',
      '"We stand by every line of it," she said.',
    ]);
    expect(as[2]).toEqual({ source: 'she', resolved: 'A spokeswoman for the Treasury', type: 'anonymous' });
  });

  it('takes no gender from a relative after "whose" ("a retired nurse whose husband, Walter, ..."): "she" is that nurse', () => {
    const as = speakers([
      'A former regional director, who spoke on condition of anonymity, said budgets were fixed.',
      'Ruth Ebersole, 71, a retired nurse whose husband, Walter, spent 14 months at the home, said she began visiting at night.',
      '“I did thirty-eight years on a med-surg floor,” she said.',
    ]);
    expect(as[2]).toEqual({ source: 'she', resolved: 'Ruth Ebersole', type: 'named-person' });
  });

  it('gives "he" the unnamed builder just quoted, a trade naming one person, not the mayor named before', () => {
    const as = speakers([
      'Mayor Greg Ashby said the pods would close.',
      'A Merrigal builder, who asked not to be named because his business depends on council approvals, said the delays had less to do with paperwork. “There’s three sparkies for the whole valley,” he said.',
    ]);
    expect(as[2]).toEqual({ source: 'he', resolved: 'A Merrigal builder', type: 'anonymous' });
  });

  it('gives "it" a named body a sentence opens on, though it reported nothing ("Sowe’s ministry rejected the findings"), not the text before', () => {
    const as = speakers([
      'A report published on Monday by the Food Security Review Committee found that famine conditions were likely.',
      'Sowe’s ministry rejected the findings. In a statement, it said “there is no famine in Medrana”.',
      'The project had progressed meanwhile. It’s exactly what the company wanted, Microsoft said. They said it was done.',
    ]);
    expect(as[1]).toEqual({ source: 'it', resolved: 'Sowe’s ministry', type: 'named-organization' });
    expect(as.slice(2).map((a) => a.resolved)).not.toContain('The project');
  });

  it('types a spokesperson for a body named by its acronym after a comma as unnamed ("..., UNICEF"), but one named after it as a person', () => {
    expect(speakers(['A spokesperson for the UN children’s agency, UNICEF, said 1,900 children had been treated.'])[0].type).toBe('anonymous');
    expect(speakers(['A spokesman for the firm, John Hale, said the plant would close.'])[0].type).toBe('named-person');
  });

  it('gives "she" the person a sentence opening on a time names as its subject ("In June, Kimbrough filed ..."), not an unnamed woman quoted before', () => {
    const as = speakers([
      'Mayor Loretta Kimbrough says this term will be her last. Her older sister said she would “believe it when the sign comes off the lawn.”',
      'In June, Kimbrough filed paperwork to form a campaign committee. Asked about it, she concedes she has “changed her mind, maybe.”',
    ]);
    expect(as[as.length - 1]).toEqual({ source: 'she', resolved: 'Mayor Loretta Kimbrough', type: 'named-person' });
  });

  it('gives "One, who ..." the unnamed group just named, uncounted, and a later "she" that one of them', () => {
    const as = speakers([
      'Mr Greaves said staffing had improved. His account of staffing was disputed by midwives who spoke to MBC News on condition of anonymity. One, who has worked on the labour ward for more than a decade, said shifts were still run short.',
      '“Nothing has changed,” she said.',
    ]);
    const group = 'midwives who spoke to MBC News on condition of anonymity';
    expect(as.slice(1)).toEqual([
      { source: group, resolved: undefined, type: 'anonymous' },
      { source: 'One', resolved: group, type: 'anonymous' },
      { source: 'she', resolved: group, type: 'anonymous' },
    ]);
  });

  it('gives "they", not "she", two people joined by "and" ("The mayor and the police chief", "Mr. Grassley and Mr. Leahy")', () => {
    const as = speakers([
      '"The audit is overdue," said Senator Ruth Hale.',
      'The mayor and the police chief said in a joint statement that the curfew would be lifted.',
      '"First, we have to fix the roads," she said.',
      'But Mr. Grassley and Mr. Leahy say other changes are needed.',
      'The program has expanded well beyond its original intent, they say.',
    ]);
    expect(as[2]).toMatchObject({ source: 'she', resolved: 'Senator Ruth Hale' });
    expect(as[4]).toMatchObject({ source: 'they', resolved: 'Mr. Grassley and Mr. Leahy' });
  });

  it('does not give "he" an unnamed person the article has called "she" ("The senator ... said Monday she would ...")', () => {
    const as = speakers(['The senator, who has opposed the bill since its introduction, said Monday she would vote against it.', '"I don\'t know," he said.']);
    expect(as[1].resolved).toBeUndefined();
    const again = speakers(['The senator, who has opposed the bill since its introduction, said Monday she would vote against it.', '"I don\'t know," she said.']);
    expect(again[1].resolved).toBe('The senator');
  });

  it('types a plural a sentence opens on by the common noun the article writes in lower case ("Villagers said"), not as a name', () => {
    const as = speakers(['Villagers said the water had turned brown.', 'The villagers want the plant closed.', 'Sanders said the plan was a fraud.']);
    expect(as[0].type).toBe('vague');
    // A surname the article never writes in lower case stays a name.
    expect(as[1].type).not.toBe('vague');
  });

  it('resolves "the company" to a name with a company\'s legal suffix ("Acme Corp.")', () => {
    const as = speakers(['Acme Corp. said Tuesday it would cut 1,000 jobs.', 'The company said the cuts would come mostly from its Ohio plants.']);
    expect(as[1]).toMatchObject({ source: 'The company', resolved: 'Acme Corp.', type: 'named-organization' });
  });

  it('types a lone name before "who" a person, and "Those who" a vague group', () => {
    const as = speakers(['Jones, who said last year that he would retire, announced that he would run again.', 'Those who know him say he never quits.']);
    expect(as[0]).toMatchObject({ source: 'Jones, who', type: 'named-person' });
    expect(as[2]).toMatchObject({ type: 'vague' });
  });

  it('types a lone name a person when an earlier source described it as one ("said Patel, the longest-serving member")', () => {
    const as = speakers(['"I have never seen anything like it," said Patel, the longest-serving member.', '"Never?" a reporter asked.', '"Never," Patel said.']);
    expect(as[2]).toMatchObject({ source: 'Patel', type: 'named-person' });
  });

  it('gives "he" a person named as the subject after ", but" ("..., but Representative Brooks, who ..., doesn\'t mince words.")', () => {
    const as = speakers([
      '"It is about replacing moderates," said David Autor, an economist.',
      'Some members have backed free trade in the past, but Representative Mo Brooks, who has welcomed Tea Party support, does not mince words.',
      '"We have to do whatever is necessary," he said.',
    ]);
    expect(as[1]).toMatchObject({ source: 'he', resolved: 'Representative Mo Brooks' });
  });

  it('gives "he" a person named by title and surname alone as the subject of a sentence that reports nothing ("Mr. Ortiz smiled.")', () => {
    const as = speakers(['As one veteran lawmaker put it: "Nobody reads the bill."', 'Mr. Ortiz smiled. "Ask me in a year," he said.']);
    expect(as[1]).toEqual({ source: 'he', resolved: 'Mr. Ortiz', type: 'named-person' });
  });

  it('gives "he" a husband named beside his role ("Her husband, Karim, nodded."), not the woman quoted before', () => {
    const as = speakers(['"We will not be silenced," said Amira Haddad, a teacher.', 'Her husband, Karim, nodded. "She speaks for all of us," he said.']);
    expect(as[1]).toEqual({ source: 'he', resolved: 'Karim', type: 'named-person' });
  });

  it('gives "he" a name set beside a role that opens with a possessive ("Fischer\'s colleague, Tomas Berg, is more cautious.")', () => {
    const as = speakers(['"Every year there is less of it," said Dr. Lena Fischer.', "Fischer's colleague, Tomas Berg, is more cautious.", '"I would not call it a collapse," he said.']);
    expect(as[1]).toEqual({ source: 'he', resolved: 'Tomas Berg', type: 'named-person' });
  });

  it('gives "who" the people at the end of a phrase whose head is no person ("objections from residents who said")', () => {
    const [who] = speakers(['The council approved the deal despite objections from residents who said rents would rise.']);
    expect(who).toEqual({ source: 'residents who', resolved: 'residents', type: 'anonymous' });
  });

  it('gives "he" the nearest unnamed person of an everyday role ("Jones\'s former business partner, who asked not to be identified")', () => {
    const as = speakers([
      "His lawyer, reached by phone, said his client would be cleared.",
      "Jones's former business partner, who asked not to be identified, said he had warned the board.",
      '"Nobody listened," he said.',
    ]);
    expect(as[2].resolved).toBe("Jones's former business partner");
  });

  it('gives "who" the group or the named person a thing comes from ("criticism from environmental groups, who said", "fire from Jane Roe, who"), but not a share\'s whole or a place', () => {
    const as = speakers([
      'The decision drew sharp criticism from environmental groups, who said it would hurt wildlife.',
      'About half of the respondents, who said they were undecided, leaned left.',
      'The bill was opposed by Sen. Ted Cruz of Texas, who said it went too far.',
      'The plan drew fire from Jane Roe, who said it went too far.',
      'The rules face pressure from regulators in Europe, who say they stifle competition.',
    ]);
    expect(as.map((a) => a.resolved)).toEqual(['environmental groups', 'half of the respondents', 'Sen. Ted Cruz of Texas', 'Jane Roe', 'regulators in Europe']);
    expect(as[3].type).toBe('named-person');
    expect(as[0].type).toBe('vague');
  });

  it('gives "who" after a party member on second mention the person named before ("the Wisconsin Republican, who said")', () => {
    const as = speakers(['House Speaker Paul Ryan said the party would unite.', 'It was a partial reversal for the Wisconsin Republican, who said in May that he was not ready to endorse.']);
    expect(as[1]).toEqual({ source: 'Republican, who', resolved: 'House Speaker Paul Ryan', type: 'named-person' });
  });

  it('resolves "the chief" after "Both the mayor and the police chief said" to the chief alone, and a plural to both bodies', () => {
    const as = speakers(['Both the mayor and the police chief said the curfew would be lifted.', 'The mayor said the curfew would end, while the chief said patrols would continue.']);
    expect(as.slice(1).map((a) => a.resolved)).toEqual([undefined, 'the police chief']);
    const departments = speakers(['The State Department and the Department of Homeland Security said the rules would change.', 'The departments said the review would take a month.']);
    expect(departments[1].resolved).toBe('The State Department and the Department of Homeland Security');
  });

  it('takes an object pronoun before a cue as the whole speaker ("I remember her saying ...")', () => {
    const as = speakers(['"I remember her saying, \'Don\'t you ever give up,\'" recalled Tom Alvarez, her former coach.']);
    expect(as.map((a) => a.source)).toEqual(['Tom Alvarez', 'her']);
    expect(speakers(['"We are not done," some of them said.'])[0].source).toBe('some of them');
  });

  it('does not resolve "the company" or "the State Department" to a role of theirs ("a company representative", "a State Department official")', () => {
    const as = speakers([
      'A State Department official said the visas had been revoked.',
      'The State Department said in a statement that the review would take a month.',
      'In an email, a company representative wrote that the feature would be restored.',
      'The company, in a blog post, said it had fixed the bug.',
    ]);
    expect(as[1]).toEqual({ source: 'The State Department', resolved: undefined, type: 'named-organization' });
    expect(as[3]).toEqual({ source: 'The company', resolved: undefined, type: 'named-organization' });
  });

  it('does not resolve "the company" to a person whose relative clause mentions a company ("Musk, who bought the company")', () => {
    const as = speakers([
      'Musk, who bought the company in 2022, wrote on X that advertisers were boycotting him.',
      'The company said in a filing that it expected revenue to fall.',
    ]);
    expect(as[1]).toEqual({ source: 'The company', resolved: undefined, type: 'named-organization' });
  });

  it('types a lone name a person when its quoted words say "I" or "my", wherever in the article they are, and leaves a body saying "we"', () => {
    const as = speakers([
      '"We will appeal," Johnson said.',
      'When asked about the allegations, Johnson said: "I have nothing to hide."',
      '"We are not going anywhere," Boeing said.',
      '"The ruling is wrong and my client will appeal," Hartley said.',
    ]).filter((a) => a.source !== null);
    expect(as).toEqual([
      { source: 'Johnson', resolved: undefined, type: 'named-person' },
      { source: 'Johnson', resolved: undefined, type: 'named-person' },
      { source: 'Boeing', resolved: undefined, type: 'named-organization' },
      { source: 'Hartley', resolved: undefined, type: 'named-person' },
    ]);
  });

  it('gives "which" after a preposition the phrase after it ("praise from the Sierra Club, which"), a name with "of" kept whole', () => {
    const as = analyze(articleOf([
      'The bill received praise from the Sierra Club, which called it a landmark.',
      'The decision drew criticism from the union, which said it would appeal.',
      'Markets rallied on news from the Bank of Japan, which said it would keep rates low.',
    ])).attributions.map((a) => ({ resolved: a.resolved, type: a.sourceType }));
    expect(as).toEqual([
      { resolved: 'the Sierra Club', type: 'named-organization' },
      { resolved: 'the union', type: 'named-organization' },
      { resolved: 'the Bank of Japan', type: 'named-organization' },
    ]);
  });

  it('gives "which" a text made somewhere or described by a participle, shown as "which" itself', () => {
    const as = analyze(articleOf([
      'That claim is contradicted by campaign finance reports filed with the secretary of state’s office, which show that the campaign accepted $400,000 in May.',
      'The decision is at odds with the council’s own local plan, adopted in 2021, which says new housing will be allowed only in exceptional circumstances.',
      'Two days later, the campaign released an internal survey, conducted by the firm Ridgeline Strategies, that showed Mr. Bellamy ahead by two points.',
      'That account is contrary to an internal incident log seen by the Times, which shows that an alarm on the unit was silenced.',
    ])).attributions.map((a) => ({ content: a.content, source: a.source, resolved: a.resolved, type: a.sourceType }));
    expect(as.map(({ content, ...rest }) => rest)).toEqual([
      { source: 'which', resolved: 'campaign finance reports filed with the secretary of state’s office', type: 'document' },
      { source: 'which', resolved: 'the council’s own local plan', type: 'document' },
      { source: 'that', resolved: 'an internal survey', type: 'document' },
      { source: 'which', resolved: 'an internal incident log seen by the Times', type: 'document' },
    ]);
    expect(as[2].content).toBe('Mr. Bellamy ahead by two points');
  });

  it('does not resolve "the former minister" to a holder of the office ("The Prime Minister")', () => {
    const as = speakers([
      'The Prime Minister said the economy was recovering.',
      'Writing in a newspaper, the former minister argued that the party had lost its way.',
    ]);
    expect(as[1]).toEqual({ source: 'the former minister', resolved: undefined, type: 'anonymous' });
  });

  it('resolves a lone surname to the full name the article first gave it, though no attribution or subject held it', () => {
    const as = analyze(articleOf([
      'Scenes from the rally will keep the writer Jared Sexton awake at night.',
      '"I was surprised by the casualness of it," said Sexton.',
      'Sexton was quick to point out that not all supporters shared such views.',
    ])).attributions.map((a) => ({ source: a.source, resolved: a.resolved, cue: a.cue }));
    expect(as).toEqual([
      { source: 'Sexton', resolved: 'Jared Sexton', cue: 'said' },
      { source: 'Sexton', resolved: 'Jared Sexton', cue: 'quick to point out' },
    ]);
  });

  it('takes no clause word for a given name ("Although Weiner admitted ..." names no "Although Weiner")', () => {
    const as = analyze(articleOf([
      'Although Weiner admitted that he and the woman had been friends, he claimed they had never met.',
      '"I regret it," said Weiner.',
    ])).attributions.map((a) => a.resolved);
    expect(as).toEqual([undefined, 'Weiner', undefined]);
  });

  it('gives "who" after a place the person it tells of, and "the company" a company named with a description', () => {
    const as = speakers([
      '"We want to see more data," said Jennifer Lee, a mother of two in Austin, Texas, who said she would wait.',
      'Pfizer, which developed the vaccine, said the shot was effective.',
      'Side effects were mild, the company said.',
    ]);
    expect(as[1]).toEqual({ source: 'Texas, who', resolved: 'Jennifer Lee', type: 'named-person' });
    expect(as[3]).toEqual({ source: 'the company', resolved: 'Pfizer', type: 'named-organization' });
  });

  it('gives "she" the kin a sentence names after a possessive name ("Rodriguez\'s mother, Elena, remembers ...")', () => {
    const as = speakers([
      '"I never thought I would play again," Rodriguez says.',
      "Rodriguez's mother, Elena, remembers the injury differently.",
      '"He cried for a week," she says.',
    ]);
    expect(as[1]).toEqual({ source: 'she', resolved: 'Elena', type: 'named-person' });
  });

  it('does not give a pronoun outside a quote a speaker named inside it, but does give it a split quote\'s own speaker', () => {
    const outer = speakers([
      'The general told troops, "The president said, \'Hold the line,\' and we will."',
      '"They call it the Wall," he explained.',
    ]);
    expect(outer[2]).toEqual({ source: 'he', resolved: 'The general', type: 'anonymous' });
    const split = speakers(['"We need a fix," Ms. Acosta said, "and we need it now."', '"The law did not include them," she said.']);
    expect(split[1]).toEqual({ source: 'she', resolved: 'Ms. Acosta', type: 'named-person' });
  });

  it('gives "he" the person a sentence names after a role and a comma ("The county executive, Tom Briggs, was not convinced.")', () => {
    const as = speakers([
      'Mr. Ames, the county\'s chief medical officer, warned that hospitals were close to capacity.',
      'The county executive, Tom Briggs, was not convinced. He told reporters the county had plenty of room.',
    ]);
    expect(as[1]).toEqual({ source: 'He', resolved: 'Tom Briggs', type: 'named-person' });
  });

  it('reads a common given name\'s gender, so "she" passes over a man named later for the woman before him', () => {
    const as = speakers([
      'Helen Marsh, the county\'s medical officer, warned that hospitals were close to capacity.',
      'Bernard Ortiz, a hospital administrator, said the county had room to spare.',
      '"We have twelve beds left," she said.',
    ]);
    expect(as[2]).toEqual({ source: 'she', resolved: 'Helen Marsh', type: 'named-person' });
    const after = speakers(['Helen Marsh, the county\'s medical officer, warned that hospitals were full.', 'The administrator, Bernard Ortiz, said the county had room to spare.', '"We have twelve beds left," she said.']);
    expect(after[2]?.resolved).toBe('Helen Marsh');
  });

  it('gives "he" a person, not an unnamed thing before him ("the crowd")', () => {
    const as = speakers(['Paul Okoro, a farmer, said the price of seed had doubled.', 'The crowd said the march would go on.', '"We will be back," he said.']);
    expect(as[2]).toEqual({ source: 'he', resolved: 'Paul Okoro', type: 'named-person' });
  });

  it('gives "he" the person a sentence just named by kin ("Her son disagrees."), not the woman quoted before', () => {
    const as = speakers(['"I knew from the first day," says Hannah Obi, who has run the bakery since 1998.', 'Her son disagrees. "It\'s the butter," he says, laughing.']);
    expect(as[1]).toEqual({ source: 'he', resolved: 'Her son', type: 'anonymous' });
  });

  it('gives "he" a person named with a role between capitals ("Former United captain Roy Kean was scathing.")', () => {
    const as = speakers(['Manager Erik Lund insisted his job was safe.', 'Former United captain Roy Kean was scathing. "That was embarrassing," he told Sky Sports.']);
    expect(as[1]).toEqual({ source: 'he', resolved: 'Former United captain Roy Kean', type: 'named-person' });
  });

  it('gives "she" an office holder named by surname alone after a two-word office ("Council member Ruiz disagreed.")', () => {
    const as = speakers(['Mayor Tom Hale praised the vote.', 'Council member Ruiz disagreed. "This budget leaves our neighborhoods behind," she said.']);
    expect(as).toEqual([{ source: 'she', resolved: 'Council member Ruiz', type: 'named-person' }]);
  });

  it('takes no one-word nationality after a role for a name ("The former Mexican president ...")', () => {
    const as = speakers(['Mayor Tom Hale praised the vote.', 'The former Mexican president was blunt. "We will not pay," he said.']);
    expect(as[0].resolved).not.toBe('The former Mexican');
  });

  it('reads a title word ending a name as a surname, of no gender ("Billie Jean King ... she said"), and before a name as a title', () => {
    const as = speakers([
      '"He was the greatest," said Novak Djokovic after his match.',
      'Tennis great Billie Jean King remembered Ali as a champion of equality. "He showed us how to stand up," she said.',
      'Crown Prince Faisal spoke next. "We mourn him," he said.',
    ]);
    expect(as[2]).toEqual({ source: 'she', resolved: 'Billie Jean King', type: 'named-person' });
    expect(as[3]).toEqual({ source: 'he', resolved: 'Crown Prince Faisal', type: 'named-person' });
  });

  it('gives "it" the body its own sentence opens on, before one named earlier', () => {
    const as = speakers(['The city council said the plan was approved on Monday.', 'The Harbor Authority declined to comment on what it called an internal matter.']);
    expect(as[1]).toEqual({ source: 'it', resolved: 'The Harbor Authority', type: 'named-organization' });
    // With no body opening the sentence, the nearest one before still is.
    const later = speakers(['The city council said the plan was approved on Monday.', 'Residents were angry. On Tuesday it said the vote would stand.']);
    expect(later[1]).toEqual({ source: 'it', resolved: 'The city council', type: 'named-organization' });
  });

  it('does not resolve "The Trump campaign" to "The Clinton campaign", but "the RNC member" to "a Republican National Committee member"', () => {
    const as = speakers(['The Clinton campaign said the ad was false.', 'The Trump campaign said the ad was accurate.']);
    expect(as[1]).toEqual({ source: 'The Trump campaign', resolved: undefined, type: 'named-organization' });
    const rnc = speakers(['A prominent Republican National Committee member said the rules would change.', '"We have no choice," the RNC member said.']);
    expect(rnc[1].resolved).toBe('A prominent Republican National Committee member');
  });

  it('gives "One", "Another" and "The other" the group just counted, typed anonymous', () => {
    const as = speakers(['Two ministry officials said they had been told to fast-track the award.', 'One said he had objected in writing.', 'Another described the memo as "a kite-flying exercise."', 'The other said the move was unrelated.']);
    for (const [k, source] of [[1, 'One'], [2, 'Another'], [3, 'The other']] as const) expect(as[k]).toEqual({ source, resolved: 'Two ministry officials', type: 'anonymous' });
    // With no counted group before, "One" is still a share of nobody in particular.
    expect(speakers(['The plan drew mixed reviews.', 'One said it was too late.'])[0].type).toBe('vague');
  });

  it('resolves "the president" to the person named beside the role before ("Dalvia\'s president, Mirko Halvan,"), and never across offices', () => {
    const as = speakers([
      "Dalvia's president, Mirko Halvan, has ordered the army to prepare, state news agency DNA reported on Sunday.",
      'Defence Minister Ilija Kostic said the president had told commanders to hold every metre.',
      'The home secretary, Fiona Gale, offered her resignation to the prime minister, Alan Strand, on Tuesday night.',
      'The prime minister said he would not accept it.',
    ]);
    expect(as[2]).toEqual({ source: 'the president', resolved: 'Mirko Halvan', type: 'named-person' });
    expect(as[4]).toEqual({ source: 'The prime minister', resolved: 'Alan Strand', type: 'named-person' });
    // "The prime minister" is not the defence minister quoted before.
    expect(speakers(['Defence Minister Ilija Kostic said troops were ready.', 'The prime minister said talks would go on.'])[1].resolved).toBeUndefined();
  });

  it('knows common given names from beyond the US lists ("Tomas", "Mariam"), and reads a surname like "Graham" as no gender', () => {
    const as = speakers(['Mariam Sayegh has covered the siege for ten years.', '"He is not a symbol," said Tomas Berg, an editor. "He is somebody\'s son," she said.']);
    expect(as[1]).toEqual({ source: 'she', resolved: 'Mariam Sayegh', type: 'named-person' });
    const graham = speakers(['Rep. Gwen Graham said the bill would pass.', '"We have the votes," she said.']);
    expect(graham[1].resolved).toBe('Rep. Gwen Graham');
  });

  it('gives "They" the people "familiar with the matter" or "briefed on" it, whose plural is their head', () => {
    const as = speakers(['The firm is in talks to buy a rival, according to two people familiar with the matter.', 'A deal could come next week, the people said. They cautioned that the talks could still collapse.']);
    expect(as[2]).toEqual({ source: 'They', resolved: 'two people familiar with the matter', type: 'anonymous' });
  });

  it('resolves "the commission" and "the drugmaker" to a body named nearby though it was no source, holding the reference\'s own words', () => {
    const as = speakers([
      'The Eastern Markets Commission fined Palisade Bank on Wednesday. In its decision, the commission said Palisade had ignored warnings.',
      'Shares of Orrin Pharmaceuticals jumped after the drugmaker said its pill had met its main goal.',
      'The budget office of the state said revenue fell. The appeals court said the case could go on.',
    ]);
    expect(as[0]).toEqual({ source: 'the commission', resolved: 'The Eastern Markets Commission', type: 'named-organization' });
    expect(as[1]).toEqual({ source: 'the drugmaker', resolved: 'Orrin Pharmaceuticals', type: 'named-organization' });
    // "The appeals court" is not a "Commission"; a named body is never taken for one in capitals.
    expect(as[3].resolved).toBeUndefined();
  });

  it('does not take an opening preposition with a show\'s name for a person ("On The Morning Show on Tuesday, ...")', () => {
    const as = speakers(['On The Morning Show on Tuesday, the storm was the only topic.', '"We were lucky," she said.']);
    expect(as).toEqual([{ source: 'she', resolved: undefined, type: 'named-person' }]);
  });

  it('reads "She’s said" as the pronoun speaking, without the contracted auxiliary', () => {
    const as = speakers(['Ms. Maria Okafor spoke at the depot on Monday.', '“She’s actually said on the record, ‘We will not close the depot,’” Mr. Lyle noted.']);
    expect(as).toContainEqual({ source: 'She', resolved: 'Ms. Maria Okafor', type: 'named-person' });
  });

  it('does not take "the minister" back to a person only owned by a minister ("the prime minister\'s spokesman")', () => {
    const as = speakers(['The prime minister\'s spokesman said the budget was final.', 'The minister insisted that the figures were accurate.']);
    expect(as[1]).toEqual({ source: 'The minister', resolved: undefined, type: 'anonymous' });
  });

  it('resolves "the 45-year-old", "the Democrat" and "the planemaker" to the person or company named before', () => {
    expect(speakers(['Maria Gonzalez, 45, a nurse from Phoenix, was among the crowd.', '“I came because my father served here,” the 45-year-old said.'])[0]).toEqual({
      source: 'the 45-year-old',
      resolved: 'Maria Gonzalez',
      type: 'named-person',
    });
    expect(speakers(['Sen. Elizabeth Warren, D-Mass., criticized the deal.', 'The Democrat said it rewards bad behavior.'])[0]).toMatchObject({ source: 'The Democrat', type: 'named-person' });
    expect(speakers(['Sen. Elizabeth Warren, D-Mass., criticized the deal.', 'The Democrat said it rewards bad behavior.'])[0].resolved).toContain('Elizabeth Warren');
    expect(speakers(['Boeing said it was cooperating with investigators.', 'The planemaker said its engineers were on site.'])[1]).toEqual({ source: 'The planemaker', resolved: 'Boeing', type: 'named-organization' });
    expect(speakers(['Pfizer said sales rose.', 'The drug maker said it would appeal.'])[1]).toEqual({ source: 'The drug maker', resolved: 'Pfizer', type: 'named-organization' });
    expect(speakers(['Aviva said claims rose.', 'The insurer denied that payouts were delayed.'])[1]).toEqual({ source: 'The insurer', resolved: 'Aviva', type: 'named-organization' });
    expect(speakers(['Police said the man was arrested.', 'The firm said the deal had collapsed.'])[1].resolved).toBeUndefined();
    // "the office" is the body a spokeswoman speaks for, not the spokeswoman.
    expect(speakers(['A spokeswoman for the city\'s small-business office said grants were available.', 'The office later said it would simplify the form.'])[1]).toMatchObject({ source: 'The office', type: 'named-organization' });
    expect(speakers(['A spokeswoman for the city\'s small-business office said grants were available.', 'The office later said it would simplify the form.'])[1].resolved).toBeUndefined();
  });

  it('reads a name\'s gender from the possessive after it, and drops a clause word before a subject name', () => {
    const as = speakers(['When Sarah Okafor opened her bakery in 2015, the street was empty.', '“It was a gamble,” she says.', '“I knew it would work,” he says.']);
    expect(as[0]).toEqual({ source: 'she', resolved: 'Sarah Okafor', type: 'named-person' });
    expect(as[1].resolved).toBeUndefined();
  });

  it('resolves "Mr. Clarke" to his own fuller name, not to someone described as working with him', () => {
    const as = speakers([
      'Robert McAtee, one of several veterans who have come to work with Mr. Clarke, said the mine was safe.',
      'Mr. Clarke said the permits were in order.',
    ]);
    expect(as[1]).toEqual({ source: 'Mr. Clarke', resolved: undefined, type: 'named-person' });
  });

  it('gives a quote to whoever just did something in its paragraph ("He nodded."), not to the last speaker', () => {
    const found = speakers(['“We never thought we would see prices like this,” Maria Lopez said.', 'Tom Ruiz shook his head. “Flour has doubled. Butter has tripled.”']);
    expect(found[1]).toMatchObject({ source: 'Tom Ruiz', type: 'named-person' });
    expect(speakers(['“We never thought we would see prices like this,” Maria Lopez said.', '“Flour has doubled. Butter has tripled.”'])[1]).toMatchObject({ source: 'Maria Lopez' });
  });

  it('skips an antecedent whose title says another gender', () => {
    const as = speakers(['Ms. Okafor said the depot would close.', 'Mr. Lyle said the depot would stay open.', '"It is a fair decision," she said.']);
    expect(as[2]).toMatchObject({ source: 'she', resolved: 'Ms. Okafor', type: 'named-person' });
  });

  it('reaches a person named as the subject of a sentence that reports nothing', () => {
    const as = speakers([
      'Inspector Jane Holt said the pills had been bought online.',
      'Fiona Reyes issued a plea for people to stay away from them.',
      '"Nobody told us how dangerous they were," she said.',
    ]);
    expect(as[as.length - 1]).toMatchObject({ source: 'she', resolved: 'Fiona Reyes' });
  });

  it('resolves a later "Mr Obama" mention to the name as first given', () => {
    const as = speakers(['President Barack Obama said the trip was overdue.', 'Mr Obama met relatives in Nairobi.', '"It is good to be home," he said.']);
    expect(as[as.length - 1]).toMatchObject({ source: 'he', resolved: 'President Barack Obama' });
  });

  it('does not carry the last speaker over to a quote whose sentence goes on to name someone else', () => {
    const as = speakers([
      'Ms. Okafor said the depot would close.',
      '"We will keep the depot open for now," one of the many tired workers at the depot who had gathered outside the gates on Monday told reporters.',
    ]);
    expect(as.map((a) => a.source)).not.toContain(null);
    expect(as.filter((a) => a.source === 'Ms. Okafor')).toHaveLength(1);
  });

  it('still carries the speaker over when the sentence names them again', () => {
    const as = speakers(['Ms. Okafor said the depot would close.', '"We will keep the archive open for now," Ms. Okafor, who has run the depot since the spring of 2019 and its archive since 2021, later told the board.']);
    expect(as.filter((a) => a.source?.includes('Okafor'))).toHaveLength(2);
  });

  it("does not carry a speaker over to a quote the writer's own sentence goes on from", () => {
    const as = speakers(['The chancellor, Rishi Sunak, insisted the figures were sound.', '"I\'m not going anywhere" – that was the message from the manager on Friday.']);
    expect(as).toHaveLength(1);
  });

  it('names an unnamed person whom the article names further on, and only then', () => {
    const as = speakers([
      'The father of a boy who drowned at the lido has described how the lifeguards froze.',
      'His father, Tomasz Nowak, said in a statement: "Nobody went in after him."',
    ]);
    expect(as[0]).toEqual({ source: 'The father of a boy who drowned at the lido', resolved: 'Tomasz Nowak', type: 'named-person' });
    expect(speakers(['A spokeswoman for the council said the pool would stay shut.'])[0].type).toBe('anonymous');
  });

  it('does not resolve "he" to a name inside his own quote', () => {
    const as = speakers(['The senator spoke for an hour.', '"Nobody saw it coming. Tom Reyes won by a mile," he points out.']);
    expect(as[0].resolved).not.toBe('The former Mexican');
  });

  it('resolves "Mr. Reeves" to "Tom Reeves" though both are as long', () => {
    const as = speakers(['But Tom Reeves, a local councillor, disputed that.', '"They were told in 2019 that the wall was too low," Mr. Reeves said.']);
    expect(as).toEqual([{ source: 'Mr. Reeves', resolved: 'Tom Reeves', type: 'named-person' }]);
  });

  it('resolves a title and surname to the earlier name whose gender and given name fit, not to the first with that surname', () => {
    const as = speakers([
      "Imran Khan, the party's founder, said the vote was rigged.",
      'His sister, Aleema Khan, said the family would appeal.',
      '"We will not stop," Ms. Khan said.',
      'Mr. Khan said later that he would lead the protest.',
    ]);
    expect(as.map((a) => a.resolved)).toEqual([undefined, undefined, 'Aleema Khan', 'Imran Khan']);
  });

  it('resolves a surname with a description ("Weaver, a veteran of the 1988 race") to the name set beside a role before', () => {
    const as = speakers(["Sanders's campaign manager, Jeff Weaver, said the race was close.", 'Weaver, a veteran of the 1988 race, said that the senator would stay in.']);
    expect(as[1]).toEqual({ source: 'Weaver', resolved: 'Jeff Weaver', type: 'named-person' });
  });

  it('resolves a surname to the one person of a pair that has it, and two people to no one', () => {
    const as = speakers([
      'Donald Trump and Hillary Clinton said the debate would go ahead.',
      'Clinton said the deal had cost jobs.',
      'Mrs. Clinton and Ms. Warren said they would campaign together.',
    ]);
    expect(as.map((a) => a.resolved)).toEqual([undefined, 'Hillary Clinton', undefined]);
  });

  it('gives "she" a person named again by surname alone at the head of a sentence ("Gonzalez is not convinced.")', () => {
    const as = speakers([
      'Maria Gonzalez has run the bakery on Elm Street for two decades.',
      '"We looked at the numbers," said council member Priya Shah.',
      'Gonzalez is not convinced. "They don\'t see what we see," she said.',
    ]);
    expect(as[1]).toEqual({ source: 'she', resolved: 'Maria Gonzalez', type: 'named-person' });
  });

  it('does not read a surname two people share as either of them', () => {
    const as = speakers([
      'Khizr and Ghazala Khan spoke at the convention.',
      '"We will not be silent," said council member Priya Shah.',
      'Khan is a lawyer. "I will keep speaking," he said.',
    ]);
    expect(as[1].resolved).not.toBe('Ghazala Khan');
  });

  it('gives "who" after a clause the phrase after the clause\'s verb ("The deal angered the nurses, who said")', () => {
    const [who] = speakers(['The deal angered the nurses, who said they had been ignored.']);
    expect(who).toEqual({ source: 'nurses, who', resolved: 'the nurses', type: 'anonymous' });
  });

  it('takes the owner in "Dana Sherry\'s company ..." by name, without the possessive, for a later "she"', () => {
    const as = speakers(["Dana Sherry's company sold the rights in March.", '"It was the right time," she said.']);
    expect(as).toEqual([{ source: 'she', resolved: 'Dana Sherry', type: 'named-person' }]);
  });

  it('types a lone name a person when what it reports calls it "he" or "she", and a body when "it"', () => {
    expect(speakers(['Ramos said his daughter worked for the campaign.'])).toEqual([{ source: 'Ramos', resolved: undefined, type: 'named-person' }]);
    expect(speakers(['Hamas said its fighters had withdrawn.'])).toEqual([{ source: 'Hamas', resolved: undefined, type: 'named-organization' }]);
  });

  it('resolves "the study" and "the poll" to the document first named, and a maker named in the back-reference must be the antecedent\'s', () => {
    const as = speakers([
      'People who walk 7,000 steps a day have a lower risk of dementia, according to a study published Wednesday in the journal Neurology Open.',
      'The benefit held after age and smoking were accounted for, the study found.',
      'A Hallam Institute poll released Monday found that most voters back the plan.',
      'The Garvey poll found voters split evenly.',
    ]);
    expect(as[1]).toEqual({ source: 'the study', resolved: 'a study published Wednesday in the journal Neurology Open', type: 'document' });
    expect(as[3].resolved).toBeUndefined();
  });

  it('does not take "the Census" for "a former Census-taker": a word before a hyphen is no compound\'s head', () => {
    const as = speakers(['A former Census-taker said the forms were too long.', 'The survey is voluntary, the Census said.']);
    expect(as[1].resolved).toBeUndefined();
  });

  it('types the short name of a company named in full with its trade as the company ("Lumina" after "Lumina Freight, the trucking software company")', () => {
    const as = speakers(['Shares of Lumina Freight, the trucking software company, plunged on Thursday after a short seller\'s report.', 'Lumina said the report was false and misleading.']);
    expect(as.find((a) => a.source === 'Lumina')?.type).toBe('named-organization');
    // A name a person also bears elsewhere in the article stays theirs.
    const person = speakers(['Shares of Lumina Freight, the trucking software company, plunged on Thursday.', 'Its founder, Dana Lumina, built it from a garage.', 'Lumina said the report was false.']);
    expect(person.find((a) => a.source === 'Lumina')?.type).toBe('named-person');
    // A capitalised run that ends in the name only later (a title) is no person's full name.
    const titled = speakers(['Quillon Systems will cut 1,400 jobs, the company announced.', 'Quillon said the breach was contained.', 'Staff were told in an email titled "Building the Next Quillon."']);
    expect(titled.find((a) => a.source === 'Quillon')).toMatchObject({ type: 'named-organization', resolved: 'Quillon Systems' });
  });

  it('resolves "the agency" to the one public body the article has named ("the Federal Aviation Administration"), and not when it named two', () => {
    const as = speakers(['A jet made an emergency landing after a window cracked, the Federal Aviation Administration said.', 'No one was injured, the agency said. It said it would investigate.']);
    expect(as.slice(1).map((a) => a.resolved)).toEqual(['the Federal Aviation Administration', 'the Federal Aviation Administration']);
    const two = speakers(['The Justice Department has opened an inquiry, the State Department said.', 'The agency declined to give details, saying the inquiry was at an early stage.']);
    expect(two.find((a) => a.source === 'The agency')?.resolved).toBeUndefined();
  });

  it('reads the gender of a name with no known given name from the courtesy title its surname takes elsewhere, when one person bears it', () => {
    const as = speakers([
      '"The consumer is stretched," chief executive Marcus Bell said.',
      'Analyst Dana Reyes of Hollins & Pike asked Mr. Bell whether the company was losing shelf space. He said it was not.',
      'Ms. Reyes later wrote that she remained skeptical.',
    ]);
    expect(as.find((a) => a.source === 'He')?.resolved).toBe('chief executive Marcus Bell');
    // Two people share the surname: the title tells nothing of either.
    const family = speakers(['Kerensa Vell said on Thursday that the campaign was strong.', 'Aldo Vell watched. Mr. Vell smiled. She said her father was a feminist.']);
    expect(family.find((a) => a.source === 'She')?.resolved).toBe('Kerensa Vell');
  });

  it('resolves "the gallery" and "the archdiocese" to a body named with its place ("The National Gallery of Ostreva")', () => {
    const as = speakers([
      'The National Gallery of Ostreva will return an altarpiece to the village church, the gallery announced on Thursday.',
      'A bishop of the Catholic Archdiocese of Kambala read the letter. The archdiocese said it had been approved.',
    ]);
    expect(as.find((a) => a.source === 'the gallery')?.resolved).toBe('The National Gallery of Ostreva');
    expect(as.find((a) => a.source === 'The archdiocese')?.resolved).toBe('Catholic Archdiocese of Kambala');
  });

  it('resolves "the 24-year-old Norwegian" and "the 31-year-old striker" to the person named with that age', () => {
    const as = speakers(['Mira Solberg, 24, insisted she was fit to play.', '"It\'s nothing, honestly," the 24-year-old Norwegian said.', 'Tomas Berg, 31, came off the bench. "We fought," the 31-year-old striker said.']);
    expect(as.map((a) => a.resolved)).toEqual([undefined, 'Mira Solberg', 'Tomas Berg']);
  });

  it('resolves "The force" to the police named before, a group "known as" its name to a body, and not "the council" to a text it commissioned', () => {
    const as = speakers(['In a statement, Marrington Police said officers had fired after the man advanced on them.', 'The force said a knife had been recovered at the scene.']);
    expect(as[1]).toMatchObject({ source: 'The force', resolved: 'Marrington Police', type: 'named-organization' });
    const group = speakers(['The trust said its systems were down, as the ransomware group known as Cobalt Lynx claimed the attack.', 'Cobalt Lynx, however, posted what it claimed were samples of stolen data.']);
    expect(group.filter((a) => a.source === 'Cobalt Lynx').map((a) => a.type)).toEqual(['named-organization']);
    expect(group.find((a) => a.source === 'it')?.resolved).toBe('Cobalt Lynx');
    const audit = speakers(['An audit commissioned by the borough council said the council had sold 2,300 homes.', 'The council says the redevelopment will begin next spring.']);
    expect(audit[1].type).toBe('named-organization');
  });

  it('gives "he" the subject named with a two-word role before the name ("Clinton campaign manager Robby Mook released a memo")', () => {
    const as = speakers(['Bernie Sanders spoke in Ohio.', 'Clinton campaign manager Robby Mook released a memo on Tuesday. In it, he writes that Clinton has built a nearly insurmountable lead.']);
    expect(as[0]).toMatchObject({ source: 'he', resolved: 'Clinton campaign manager Robby Mook' });
  });

  it('resolves an acronym to the name it was given in brackets, or to a name whose initials spell it', () => {
    const as = speakers(['The Food and Allied Workers Union (FAWU) said it would fight the closure.', 'The FAWU called the closure a betrayal.', 'The Valdren Dairy Cooperative owns the site. The VDC said the site cannot be sold.', 'The BBC said the report was wrong.']);
    expect(as.map((a) => a.resolved)).toEqual([undefined, 'Food and Allied Workers Union', 'Valdren Dairy Cooperative', undefined]);
  });

  it('resolves a back-reference by a person\'s role ("the economist", "the actress") to the one named with it', () => {
    const as = speakers(['Nobel-winning economist Paul Krugman spoke on Monday.', 'The economist said rates would fall.', 'The actress Ana Lund, who stars in the film, spoke next. The actress explained why the role mattered to her.']);
    expect(as.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['The economist', 'Nobel-winning economist Paul Krugman', 'named-person'],
      ['The actress', 'The actress Ana Lund', 'named-person'],
    ]);
  });

  it('reads a body\'s name in capitals ("The House", "the White House", "The Islamic State") as that body, not a person whose title holds the word', () => {
    const as = speakers([
      'Marcus Ebbing, the deputy White House press secretary, told reporters that the president would sign the bill.',
      'The White House said the president had spoken with Senate leaders.',
      'The Islamic State said in a statement that its fighters had carried out the attack.',
      'The Islamic State called for more attacks.',
    ]);
    expect(as[1]).toEqual({ source: 'The White House', resolved: undefined, type: 'named-organization' });
    expect(as[3].type).toBe('named-organization');
    expect(as[3].resolved ?? 'The Islamic State').toMatch(/Islamic State/);
  });

  it('gives "the company" a body a company\'s trade names ("Redvale Resources", "Crestline Bakeries", "Ostrand Metals")', () => {
    for (const [name, said] of [['Copper miner Redvale Resources', 'said on Monday it would suspend operations at its mine.'], ['Crestline Bakeries', 'said it was recalling three kinds of bread.'], ['Shares fell after Ostrand Metals', 'warned that output would fall.']]) {
      const as = speakers([`${name} ${said}`, 'The company said no one had been hurt.']);
      expect(as[as.length - 1].resolved, name).toBe(name.replace(/^(?:Copper miner|Shares fell after) /, ''));
    }
  });

  it('resolves "De Blasio" and "the mayor" to "Mayor Bill de Blasio", whose name holds a particle', () => {
    const as = speakers(['Mayor Bill de Blasio said the city was safe.', 'De Blasio said the move was made by the police commissioner.', '"We are in a war," the mayor said.']);
    expect(as.map((a) => a.resolved)).toEqual([undefined, 'Mayor Bill de Blasio', 'Mayor Bill de Blasio']);
  });

  it('gives "she" a given name written with its accent ("Lucía"), and "the committee" a body, not the person who chairs it', () => {
    const as = speakers(['Lucía Ferrer said the frost had come early.', 'Her neighbour, José Vale, said the harvest was lost.', '"A customer told the sommelier it was not the same wine," she said.']);
    expect(as[as.length - 1].resolved).toBe('Lucía Ferrer');
    const bs = speakers(['The report was drawn up by the Health Scrutiny Committee.', 'Committee chair Rosalind Achebe said the findings were a scandal.', 'The committee said the company had gamed the patent system.']);
    expect(bs[bs.length - 1]).toMatchObject({ source: 'The committee', type: 'named-organization' });
    expect(bs[bs.length - 1].resolved).not.toBe('Committee chair Rosalind Achebe');
  });

  it('resolves a surname a description follows to the full name first given ("Esterhazy, who retired in 2021")', () => {
    const as = speakers(["A 2020 memo from the authority's chief engineer, Paul Esterhazy, warned that the filters were failing.", 'Esterhazy, who retired in 2021, said he had raised the issue at every meeting.']);
    expect(as[1]).toMatchObject({ source: 'Esterhazy', type: 'named-person', resolved: 'Paul Esterhazy' });
  });

  it('resolves an age given with no name ("the 24-year-old") to the person just named, not to one brought in unnamed with that age or to a photo credit', () => {
    const as = speakers(['Yuki Tanabe-Ross said she had nothing left in the tank.', '"My wrist hurts," the 24-year-old told reporters.']);
    expect(as[1]).toMatchObject({ source: 'the 24-year-old', type: 'named-person', resolved: 'Yuki Tanabe-Ross' });
    const bs = speakers(['Police chief John Hale said a 24-year-old man was arrested.', '"I did nothing," the 24-year-old told reporters.']);
    expect(bs[1].resolved).toBeUndefined();
    const cs = speakers(['Peter Serafinowicz dubbed himself over footage of Trump talking about Hillary Clinton.', 'Neilson Barnard via Getty Images.', '"What if he had lessons?" the 43-year-old asked.']);
    expect(cs.find((a) => a.source === 'the 43-year-old')?.resolved).toBe('Peter Serafinowicz');
    // A name after an opening phrase, with its verb: "In the lobby, Benedikt Varga is greeted".
    const ds = speakers(['In the lobby, Benedikt Varga is greeted by a man who wants a selfie.', '"I was wrong about the pensions," the 61-year-old told me.']);
    expect(ds.find((a) => a.source === 'the 61-year-old')?.resolved).toBe('Benedikt Varga');
  });

  it('reads no name across a paragraph break ("STAFF", "EXCLUSIVE", "Lupita")', () => {
    const as = speakers(['STAFF', 'EXCLUSIVE', 'Lupita told the police the ring was taken from her room.', "Lupita Nyong'o wore it at the gala."]);
    expect(as[0]).toMatchObject({ source: 'Lupita', type: 'named-person' });
    expect(as[0].resolved).toBeUndefined();
  });

  it('tells the gender of common given names from many countries ("Beth", "Ivo", "Hanne", "Tobias")', () => {
    const as = speakers(['Beth Lomax, the head keeper, said the cub was healthy.', 'Ivo Brandt, the curator, said visitors would see it in May.', '"We are thrilled," she said.']);
    expect(as[as.length - 1].resolved).toBe('Beth Lomax');
    const bs = speakers(['Tobias Renn said the chart was wrong.', 'Hanne Marrow said her aunt had fixed it.', 'He said the navy never thanked her.']);
    expect(bs[bs.length - 1].resolved).toBe('Tobias Renn');
  });

  it('gives "which" after a body whose name holds "of the" the whole name ("the Office of the Data Commissioner (ODC), which said")', () => {
    const as = speakers(['Customers were warned by the Office of the Data Commissioner (ODC), which said it had received credible reports.']);
    expect(as[0]).toEqual({ source: 'which', resolved: 'the Office of the Data Commissioner (ODC)', type: 'named-organization' });
  });
  it('takes a surname a relative clause follows for the sentence\'s subject ("Dessaix, who saved two match points, was asked ...")', () => {
    const as = speakers([
      'Yuki Tanabe-Ross said she had nothing left after losing the final to Clara Dessaix.',
      'Dessaix, who saved two match points in the second set, was asked about the final game. "Honestly? Dinner," she said.',
    ]);
    expect(as[as.length - 1]).toMatchObject({ source: 'she', resolved: 'Clara Dessaix' });
  });

  it('learns a name\'s gender from the pronoun that stood for it when no one else could ("Adaeze Umeh ... she said ... he warned")', () => {
    const as = speakers([
      'Tomas Okwuosa, a physicist, has died aged 77.',
      'A former student, Adaeze Umeh, recalled that he once sent her back to the laboratory at midnight. "So I went," she said.',
      'In the 1990s, he warned in an open letter that the universities would lose a generation of scientists.',
    ]);
    expect(as[as.length - 1]).toMatchObject({ source: 'he', resolved: 'Tomas Okwuosa' });
  });

  it('reads a gender from the first name in a phrase, not from a name after it, nor from a place before a title', () => {
    const as = speakers(['Stacey Edwards, 31, with 13-year-old Jonathan in tow, said she had come for the speech.', '"I\'ll write in Bernie," she said.']);
    expect(as[as.length - 1]).toMatchObject({ source: 'she', resolved: 'Stacey Edwards' });
    const bs = speakers(['Virginia Gov. Terry McAuliffe announced that he had signed the order.', '"We will break them down," he said.']);
    expect(bs[bs.length - 1]).toMatchObject({ source: 'he', resolved: 'Virginia Gov. Terry McAuliffe' });
  });

  it('opens no sentence at an initial ("scholar A.E. Dick Howard at the university")', () => {
    const as = speakers([
      'Gov. Terry McAuliffe said he had consulted the scholar A.E. Dick Howard at the University of Virginia.',
      '"I want to be crystal clear," he said.',
    ]);
    expect(as[as.length - 1]).toMatchObject({ source: 'he', resolved: 'Gov. Terry McAuliffe' });
  });
  it('gives "who" after a description the person it describes ("came from Ruth Kaplan, a nurse, who") or the name a thing is for ("a point of pride for Gov. Abigail Stroud, who")', () => {
    const as = speakers(['The first question came from Ruth Kaplan, a nurse, who told Ridgeway that nurses worked 16-hour shifts.']);
    expect(as[0]).toMatchObject({ resolved: 'Ruth Kaplan', type: 'named-person' });
    const bs = speakers(['The film credit has been a point of pride for Gov. Abigail Stroud, who told a conference that the incentive had brought jobs.']);
    expect(bs[0]).toMatchObject({ resolved: 'Gov. Abigail Stroud', type: 'named-person' });
    const cs = speakers(['Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said none of the emails came from Clinton.']);
    expect(cs[0].resolved).toMatch(/^Sen\. Dianne Feinstein of California/);
  });
  it('takes a name a model number follows for a product, not a person ("The Norvale Pulse 3 earbuds ... Norvale said")', () => {
    const as = speakers(['The Norvale Pulse 3 earbuds go on sale Friday.', 'Norvale said the earbuds deliver ten hours of playback.']);
    expect(as[0]).toMatchObject({ source: 'Norvale', type: 'named-organization' });
  });
  it('gives "who" after a role and a name a thing came from that person ("came from board member Frank Ostrowski, who")', () => {
    const as = speakers(['The lone no vote came from board member Frank Ostrowski, who said parents needed to reach their children.', '"I have heard from a lot of parents," he said.']);
    expect(as[0]).toMatchObject({ type: 'named-person', resolved: 'board member Frank Ostrowski' });
    expect(as[1].resolved).toBe('board member Frank Ostrowski');
  });
  it('resolves an office to a name its title was written short in ("Gov. Elaine Harmon ... The governor said", "Cllr Derek Famuyiwa ... The councillor"), but not across places', () => {
    const as = speakers(['Gov. Elaine Harmon proposed a rebate on Wednesday.', 'The governor said checks could go out in August.']);
    expect(as[1]).toMatchObject({ resolved: 'Gov. Elaine Harmon', type: 'named-person' });
    const bs = speakers(['Cllr Derek Famuyiwa said he had voted for the sale.', 'The councillor denied that he had acted improperly.']);
    expect(bs[1]).toMatchObject({ resolved: 'Cllr Derek Famuyiwa', type: 'named-person' });
    const cs = speakers(['Texas Sen. Ted Cruz said he would win.', 'The Florida senator predicted he would win the nomination.']);
    expect(cs[1].resolved).toBeUndefined();
  });

  it('gives "his lawyer" the one named as the owner\'s lawyer ("Xol\'s lawyer, Deborah Kinsella, said")', () => {
    const as = speakers(["Xol's lawyer, Deborah Kinsella, said her client had no record.", 'Xol failed to appear; his lawyer said he never received notice.']);
    expect(as[1]).toMatchObject({ source: 'his lawyer', resolved: 'Deborah Kinsella', type: 'named-person' });
  });
  it('types a short name of a body named in full before as the body ("St. Aldric said" after "St. Aldric Hospital"), but not a person\'s surname or name', () => {
    const as = speakers(['Nurses at St. Aldric Hospital voted to strike.', 'St. Aldric said it had offered a raise.']);
    expect(as[as.length - 1]).toMatchObject({ source: 'St. Aldric', type: 'named-organization', resolved: 'St. Aldric Hospital' });
    const bs = speakers(['The plant, operated by Derwent Chemical, was under investigation.', 'Derwent said in a statement that it was cooperating fully.']);
    expect(bs[bs.length - 1]).toMatchObject({ source: 'Derwent', type: 'named-organization' });
    const cs = speakers(['Hillary Clinton spoke at the Clinton Foundation gala.', 'Clinton said the plan would work.']);
    expect(cs[cs.length - 1]).toMatchObject({ source: 'Clinton', type: 'named-person' });
    const ds = speakers(['The Jane Smith Foundation gave $5 million.', 'Jane Smith said she would run.']);
    expect(ds[ds.length - 1]).toMatchObject({ source: 'Jane Smith', type: 'named-person' });
  });
  it('types a name no person bears that says "it" of itself as a body ("Westcombe Water said its storm overflows had ..."), not a person whose quote says "it"', () => {
    expect(speakers(['Westcombe Water said its storm overflows had operated as designed.'])[0]).toMatchObject({ source: 'Westcombe Water', type: 'named-organization' });
    expect(speakers(['Wells Fargo announced that it would get rid of these incentives.'])[0]).toMatchObject({ type: 'named-organization' });
    expect(speakers(['Donald Trump spoke on Monday.', 'Trump said it had been a disgrace.']).find((a) => a.source === 'Trump')).toMatchObject({ type: 'named-person' });
    expect(speakers(['"It did sound like he was talking out of both sides of his mouth," Brad Sherman said.'])[0]).toMatchObject({ type: 'named-person' });
  });
  it('resolves an office named by what it does or brought in with "a" to its holder ("Assistant District Attorney Paul Reddick ... the prosecutor said", "a former police officer, Derek Sayle ... The officer testified"), not "the official"', () => {
    const as = speakers(['Assistant District Attorney Paul Reddick told the court that the checks were forged.', '"She stole from families," the prosecutor said.']);
    expect(as[1]).toMatchObject({ resolved: 'Assistant District Attorney Paul Reddick', type: 'named-person' });
    const bs = speakers(['A jury acquitted a former police officer, Derek Sayle, of manslaughter.', 'The officer testified that he fired because he feared for his life.']);
    expect(bs[bs.length - 1]).toMatchObject({ resolved: 'Derek Sayle', type: 'named-person' });
    const cs = speakers(['Agriculture official Tom Hale said the crop had failed.', 'The official said prices would rise.']);
    expect(cs[1].type).toBe('anonymous');
  });
  it('reads a live blog\'s subject after the entry\'s time ("16:48 — Interior Minister Paulo Reis, who drafted the amendment, has just spoken to us")', () => {
    const as = speakers(['16:40 — Delegates are filing back in for the final vote.', '16:48 — Interior Minister Paulo Reis, who drafted the amendment, has just spoken to us outside the chamber. "If it fails today, it passes in five years," he said.']);
    expect(as[as.length - 1]).toMatchObject({ source: 'he', resolved: 'Interior Minister Paulo Reis' });
    const bs = speakers(['09:52 — The motion\'s sponsor, Greta Lindahl, has arrived. Asked whether she had the numbers, she said: "Ask me at five past eleven."']);
    expect(bs.find((a) => a.source === 'she')?.resolved).toBe('Greta Lindahl');
  });
  it('gives a pronoun no seen speaker fits the person of its gender named just before ("met the mayor of Ellesby, Claire Dunmore ... She said"), not inside a quote', () => {
    const as = speakers(['Transport Minister Gideon Ashworth met the mayor of Ellesby, Claire Dunmore, on Friday.', 'Afterwards the minister said the city had not submitted a business case. She said it had, twice.']);
    expect(as.find((a) => a.source === 'She')).toMatchObject({ resolved: 'Claire Dunmore', type: 'named-person' });
    const bs = speakers(['8:25 a.m. — Sable Cay\'s premier, Joseph Arlington, has ordered an evacuation. "Leave now," he said on local radio.']);
    expect(bs.find((a) => a.source === 'he')?.resolved).toBe('Joseph Arlington');
    const cs = speakers(['Hillary Clinton spoke about Bernie Sanders in Los Angeles.', '"Donald Trump said, \'I sort of hope that happens,\' he said," Clinton told union workers.']);
    expect(cs.find((a) => a.source === 'he')?.resolved).not.toBe('Bernie Sanders');
    const ds = speakers(['The landowner, who asked that his name not be published, said he first saw the birds in February. "At first I thought they were hawks," he said.']);
    expect(ds[ds.length - 1]).toMatchObject({ type: 'anonymous', resolved: 'The landowner' });
  });

  it('resolves "the union" to a union local, "the hospital" to a medical center, and "the university" to a "University of" named before', () => {
    const union = speakers(['Packers at the Ostrand Meats plant voted to strike, Allied Meat Workers Local 14 announced.', 'The union said the offer cut overtime pay.']);
    expect(union[1]).toMatchObject({ source: 'The union', resolved: 'Allied Meat Workers Local 14' });
    const hospital = speakers(['Nurses at St. Aldous Regional Medical Center voted to walk out, the Fenmoor Nurses Association said.', 'The hospital said it would hire agency staff.']);
    expect(hospital[1]).toMatchObject({ source: 'The hospital', resolved: 'St. Aldous Regional Medical Center' });
    const university = speakers(['The trial was led by Dr. Ines Morrow of the University of Haldane.', 'The university said a second trial would begin in May.']);
    expect(university[0]).toMatchObject({ source: 'The university', resolved: 'University of Haldane' });
    // A plural stands for both bodies named together, not for the one named last inside them.
    const both = speakers(['The Treasury and the Department of Fisheries said the quota would fall.', 'The departments said they could not discuss the case.']);
    expect(both[1].resolved).toBe('The Treasury and the Department of Fisheries');
  });

  it('resolves "the survey" to a poll and "the paper" to a study named as sources before', () => {
    const poll = speakers(['A poll released Monday by the Marlow Institute found that support for the levy had fallen.', 'The survey found that older voters were split.']);
    expect(poll[1]).toMatchObject({ source: 'The survey', resolved: 'A poll released Monday by the Marlow Institute', type: 'document' });
    const study = speakers(['A study published Friday in the journal Coastal Ecology found that the dunes were shrinking.', 'The paper said the loss was fastest in winter.']);
    expect(study[1]).toMatchObject({ source: 'The paper', resolved: 'A study published Friday in the journal Coastal Ecology' });
  });

  it('resolves "the memo" to a text introduced before that was no source, but not to a bare "a statement"', () => {
    const memo = speakers(['The chain sent a memo to store managers on Friday.', 'The memo said opening hours would be cut.']);
    expect(memo[0]).toMatchObject({ source: 'The memo', resolved: 'a memo to store managers', type: 'document' });
    const update = speakers(['Forecasters issued their early morning update at 6 a.m.', 'The update warned that rivers could rise quickly.']);
    expect(update[0]).toMatchObject({ source: 'The update', resolved: 'their early morning update' });
    const bare = speakers(['He said in a statement that he would resign.', 'The statement said he was proud of his work.']);
    expect(bare[1].resolved).toBeUndefined();
    const taker = speakers(['She was a former Census-taker in the county.', 'The census shows the county grew.']);
    expect(taker[0]?.resolved).toBeUndefined();
  });

  it('resolves an outlet\'s short name or "the publication" to the outlet named in full before', () => {
    const short = speakers(['The Harwick Ledger reported that the minister had resigned.', 'The Ledger said she had been asked to go.']);
    expect(short[1]).toMatchObject({ source: 'The Ledger', type: 'media', resolved: 'The Harwick Ledger' });
    const kind = speakers(['A report in The Coastal Courier said four carriers had rerouted ships.', 'The publication said the delays would last weeks.']);
    expect(kind[1]).toMatchObject({ source: 'The publication', type: 'media', resolved: 'The Coastal Courier' });
  });

  it('gives "she" the unnamed worker described before a "who", not a woman named further back', () => {
    const as = speakers([
      '“The layoffs were priced in,” said Priya Raman-Castell, who covers payments.',
      'An engineer in the company’s Dublin office, who asked not to be named, told the Review that her team had been cut to three. “Our director told us nothing,” she said.',
    ]);
    expect(as[2]).toEqual({ source: 'she', resolved: 'An engineer in the company’s Dublin office', type: 'anonymous' });
  });

  it('gives "which" after a text by a person the text, and after a text by a body the body', () => {
    const [, which] = speakers(['He cited a report by the auditor, which found that the agency had lost track of the money.']);
    expect(which).toMatchObject({ resolved: 'a report by the auditor', type: 'document' });
    const panel = speakers(['There are implications for the investigation by a UN panel, which said the army carried out two attacks.']);
    expect(panel[0]).toMatchObject({ resolved: 'a UN panel', type: 'named-organization' });
  });

  it('gives a pronoun inside a sentence the speaker that sentence names before it', () => {
    const as = speakers([
      'A flaw in the game makes it easy to crash servers, according to a computer programmer who has released code that exploits it.',
      '"I thought a lot before writing this post," developer Ammar Askar wrote in a blog post published Thursday, 21 months, he said, after privately reporting the bug.',
    ]);
    expect(as.find((a) => a.source === 'he')).toEqual({ source: 'he', resolved: 'developer Ammar Askar', type: 'named-person' });
  });

  it('names an unnamed lawyer by the name given later, as "the attorney" too, but not any president named later', () => {
    const lawyer = speakers([
      'But a lawyer for the man’s family says a bystander’s video shows a different scene.',
      'The footage has been viewed 300,000 times.',
      '“He is backing up,” said Miriam Castellano, the attorney representing his mother.',
    ]);
    expect(lawyer[0]).toEqual({ source: 'a lawyer for the man’s family', resolved: 'Miriam Castellano', type: 'named-person' });
    const president = speakers(['A potential president said the foundation would change.', 'Luis Osuna, the president of the association, said the group supports both sides.']);
    expect(president[0]).toEqual({ source: 'A potential president', resolved: undefined, type: 'anonymous' });
  });

  it('reads "the same paper" after a newspaper as that newspaper, and "the reporter" as a person, not the Reporter', () => {
    const as = speakers([
      'The Ravensworth Reporter said on Wednesday that the owner was tired. According to the same paper, the site could be worth more than £25m.',
      'The reporter said the road outside was closed.',
    ]);
    expect(as[0]).toMatchObject({ source: 'The Ravensworth Reporter', type: 'media' });
    expect(as[1]).toMatchObject({ source: 'the same paper', type: 'media', resolved: 'The Ravensworth Reporter' });
    expect(as[2]).toEqual({ source: 'The reporter', resolved: undefined, type: 'anonymous' });
    const study = speakers(['A study in the Journal of Soils found that yields fell. According to the same paper, rain made it worse.']);
    expect(study[1]).toMatchObject({ source: 'the same paper', type: 'document' });
  });
});
