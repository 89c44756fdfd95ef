import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from './index';
import { articleOf } from './test-helpers';
import type { Attribution } from '../report/types';

const run = (paragraphs: string[], kinds?: Parameters<typeof articleOf>[1]) => analyze(articleOf(paragraphs, kinds)).attributions;
const pick = (as: Attribution[]) => as.map((a) => ({ content: a.content, source: a.source, type: a.sourceType, kind: a.kind, cue: a.cue }));

describe('analyze: direct quotes', () => {
  it('attributes a quote to the speaker after it', () => {
    expect(pick(run(['“The bridge will reopen in May,” the transport minister, Lena Ortiz, said on Monday.']))).toEqual([
      { content: 'The bridge will reopen in May,', source: 'the transport minister, Lena Ortiz', type: 'named-person', kind: 'direct', cue: 'said' },
    ]);
  });

  it('reads the inverted order "said the official"', () => {
    const [a] = run(['"Nobody saw the fire until it was too late," said a city official.']);
    expect(a).toMatchObject({ source: 'a city official', sourceType: 'anonymous', cue: 'said', kind: 'direct' });
  });

  it('records the outlet a quote was relayed through', () => {
    const as = run(['"We will not send troops," said a senior diplomat, as quoted by Reuters.']);
    expect(as).toHaveLength(1);
    expect(as[0]).toMatchObject({ source: 'a senior diplomat', sourceType: 'anonymous', via: 'Reuters' });
  });

  it('types people with direct knowledge anonymous, with the outlet they told, its medium named after it, as the way through', () => {
    const [a] = run(['The company is weighing a sale, people with direct knowledge of the matter told Bloomberg News.']);
    expect(a).toMatchObject({ source: 'people with direct knowledge of the matter', sourceType: 'anonymous', via: 'Bloomberg News' });
  });

  it('gives "X quoted Y as saying Z" to Y, with X the way through', () => {
    const [a] = run(['The Ormanian News Agency quoted Deputy Foreign Minister Sabira Yusufova as saying the proposal remained on the table.']);
    expect(a).toMatchObject({ source: 'Deputy Foreign Minister Sabira Yusufova', sourceType: 'named-person', cue: 'as saying', via: 'The Ormanian News Agency', content: 'the proposal remained on the table' });
    const [b] = run(['Reuters quoted a senior official as saying that talks had stalled.']);
    expect(b).toMatchObject({ source: 'a senior official', sourceType: 'anonymous', via: 'Reuters', content: 'talks had stalled' });
  });

  it('records the outlet that interviewed the source as the way through, and no one else', () => {
    const [a, b] = run(['Rep. Adam Schiff said in an interview with CNN that the remarks were troubling.', 'The mayor said in an interview with a local radio station that the plan was dead.']);
    expect(a).toMatchObject({ source: 'Rep. Adam Schiff', cue: 'said in an interview', via: 'CNN' });
    expect(b.via).toBeUndefined();
  });

  it('keeps a quote split by its cue as one attribution, without the source and cue between (GUIDELINES §1 content)', () => {
    const as = run(['"We tried twice," the coach said, "and we will try again next season."']);
    expect(as).toHaveLength(1);
    expect(as[0].content).toBe('We tried twice, and we will try again next season.');
    expect(as[0].contentSpan).toEqual({ start: 1, end: 69 });
  });

  it('keeps a second sentence of quotes apart from the first', () => {
    const as = run(['"The pumps failed at noon," said the engineer. "Nobody could have fixed them in time."']);
    expect(pick(as).map((a) => [a.content, a.cue])).toEqual([
      ['The pumps failed at noon,', 'said'],
      ['Nobody could have fixed them in time.', null],
    ]);
  });

  it('attributes a quote standing as a paragraph of its own to the speaker that ends the paragraph before on a colon', () => {
    const as = run(['The paper itself is blunt. In its conclusion, the report states:', '“The organisation cannot recover this year. The board should be aware.”', 'The mayor said:', '“We will rebuild.”']);
    expect(as.map((a) => [a.content, a.source, a.cue, a.kind])).toEqual([
      ['The organisation cannot recover this year. The board should be aware.', 'the report', 'states', 'direct'],
      ['We will rebuild.', 'The mayor', 'said', 'direct'],
    ]);
    expect(run(['The mayor spoke to reporters.', '“We will rebuild.”'])).toEqual([]);
  });

  it('attributes a quote after a colon to the speaker before it', () => {
    const [a] = run(['The union said in a statement: "Our members will not accept the offer."']);
    expect(a).toMatchObject({ content: 'Our members will not accept the offer.', source: 'The union', cue: 'said in a statement', sourceType: 'named-organization' });
  });

  it('carries the speaker over to a following paragraph of quotes', () => {
    const as = run(['“The water was rising fast,” said Amos Reyes, a farmer near the river.', '“We moved the animals first and the furniture later. Nothing else mattered.”']);
    expect(as).toHaveLength(2);
    expect(as[1]).toMatchObject({ source: 'Amos Reyes', description: 'a farmer near the river', cue: null, sourceType: 'named-person', kind: 'direct' });
  });

  it('carries the speaker over to a short quote that is a sentence of its own, but not to a one-word scare quote', () => {
    const as = run(['“This is not over,” she said. “We will appeal.” Her lawyer called the ruling “absurd.”']);
    expect(pick(as).map((a) => [a.content, a.source])).toEqual([
      ['This is not over,', 'she'],
      ['We will appeal.', 'she'],
      ['the ruling “absurd.”', 'Her lawyer'],
    ]);
  });

  it('annotates a quote within a quote with its own speaker', () => {
    const as = run(['“The general told us, ‘hold the bridge whatever it costs,’ and then he drove away,” the captain said.']);
    expect(pick(as).map((a) => [a.content, a.source])).toEqual([
      ['The general told us, ‘hold the bridge whatever it costs,’ and then he drove away,', 'the captain'],
      ['hold the bridge whatever it costs,', 'The general'],
    ]);
  });

  it('attributes a quote that runs over a paragraph break', () => {
    const as = run(['“We lost the whole harvest in one night.', '“Next year we plant earlier,” the farmer said.']);
    expect(as).toHaveLength(1);
    expect(as[0]).toMatchObject({ source: 'the farmer', kind: 'direct', sourceType: 'anonymous' });
    expect(as[0].content).toContain('We lost the whole harvest');
    expect(as[0].content).toContain('Next year we plant earlier');
  });

  it('does not flag scare quotes or titles', () => {
    expect(run(['The so-called “peace dividend” never arrived, and the film “Long Night” flopped.'])).toEqual([]);
  });
});

describe('analyze: reported speech', () => {
  it('takes the clause after "that" and types the source', () => {
    const [a] = run(['Three port officials revealed that the cranes had been idle for a week.']);
    expect(a).toMatchObject({ content: 'the cranes had been idle for a week', source: 'Three port officials', sourceType: 'anonymous', cue: 'revealed', kind: 'indirect' });
    expect(a.reason).toContain('officials');
    expect(a.reason).toContain('revealed');
  });

  it('reads "according to" before and after the content', () => {
    expect(run(['According to a Reuters report, the talks collapsed on Friday.'])[0]).toMatchObject({ content: 'the talks collapsed on Friday', source: 'a Reuters report', sourceType: 'media' });
    expect(run(['Turnout fell to a record low, according to the election commission.'])[0]).toMatchObject({ content: 'Turnout fell to a record low', sourceType: 'named-organization' });
  });

  it('reads a source that interrupts its content', () => {
    const [a] = run(['Each year, agency officials said, it inspects fewer than half of the dams.']);
    expect(a.source).toBe('agency officials');
    expect(a.content).toContain('Each year');
    expect(a.content).toContain('it inspects fewer than half of the dams');
  });

  it('finds several attributions in one sentence', () => {
    const as = run(['The mayor said the budget was balanced, but critics argued that the figures hid a deficit.']);
    expect(pick(as).map((a) => [a.source, a.type])).toEqual([
      ['The mayor', 'anonymous'],
      ['critics', 'vague'],
    ]);
    expect(as[0].content).toBe('the budget was balanced');
  });

  it('types vague and sourceless attributions', () => {
    expect(run(['Experts assess that the drought will last into spring.'])[0]).toMatchObject({ source: 'Experts', sourceType: 'vague' });
    expect(run(['The general is said to favour a quick withdrawal.'])[0]).toMatchObject({ source: null, sourceType: 'vague', cue: 'is said to' });
    expect(run(['The minister reportedly resigned over the weekend.'])[0]).toMatchObject({ source: null, sourceType: 'vague', cue: 'reportedly' });
  });

  it('resolves pronouns and back-references to the first mention', () => {
    const as = run([
      'Mayor Lena Ortiz said the tunnel would open next year.',
      'She added that the tolls would stay low.',
      'A spokeswoman for the port said the ships had been rerouted. The spokeswoman said no cargo was lost.',
    ]);
    expect(as[1]).toMatchObject({ source: 'She', resolved: 'Mayor Lena Ortiz', sourceType: 'named-person' });
    expect(as[3]).toMatchObject({ source: 'The spokeswoman', resolved: 'A spokeswoman for the port', sourceType: 'anonymous' });
  });

  it('keeps party labels and appositives inside the source, and leaves a participle phrase out', () => {
    expect(run(['Sen. Maria Lund (D-Ore.) said the hearing would resume in March.'])[0]).toMatchObject({ source: 'Sen. Maria Lund (D-Ore.)', sourceType: 'named-person' });
    expect(run(['Mayor Lena Ortiz, speaking to reporters at the depot, said the buses would run on time.'])[0]).toMatchObject({
      source: 'Mayor Lena Ortiz',
      content: 'the buses would run on time',
    });
    expect(run(['In a statement, one of the family’s lawyers, Dana Whitfield, said the video cleared her client.'])[0]).toMatchObject({
      source: 'one of the family’s lawyers, Dana Whitfield',
      sourceType: 'named-person',
    });
  });

  it('reads "..., the source, who ..., told Reuters" after the content', () => {
    const [a] = run(['The two ministers fled to the compound on Tuesday night, the source, who asked not to be named, told Reuters.']);
    expect(a).toMatchObject({ source: 'the source', content: 'The two ministers fled to the compound on Tuesday night', sourceType: 'anonymous' });
  });

  it('reads views: "seen by many as", "saw as"', () => {
    expect(run(['The dam, seen by many farmers as a lifeline, opened in 1962.'])[0]).toMatchObject({ source: 'many farmers', content: 'a lifeline', sourceType: 'vague' });
  });

  it('turns list items after "X said:" into attributions', () => {
    const as = run(['In the interview, the governor also said:', 'The new bridge will be tolled', 'Schools will reopen in autumn'], ['paragraph', 'list-item', 'list-item']);
    expect(pick(as).map((a) => [a.content, a.source])).toEqual([
      ['The new bridge will be tolled', 'the governor'],
      ['Schools will reopen in autumn', 'the governor'],
    ]);
  });

  it('reads transcript speaker labels', () => {
    const [a] = run(['HOST: Thank you for joining us this morning, Governor.']);
    expect(a).toMatchObject({ source: 'HOST', cue: ':', kind: 'direct', content: 'Thank you for joining us this morning, Governor.' });
  });

  it('types a full name in capitals as a transcript\'s speaker, not an acronym, and resolves the surname to it', () => {
    const as = run(['JOEL BENENSON: Well, we have had many debates already.', 'HOST: Will you have more?', 'BENENSON: We will have more.']);
    expect(as.map((a) => [a.source, a.sourceType, a.resolved])).toEqual([
      ['JOEL BENENSON', 'named-person', undefined],
      ['HOST', 'anonymous', undefined],
      ['BENENSON', 'named-person', 'JOEL BENENSON'],
    ]);
  });

  it('reads findings of people whose work is finding out, with a clause after ("Inspectors found pupils were not safe")', () => {
    expect(run(["The school was closed after inspectors found pupils were 'not safe' during lessons."])).toMatchObject([{ source: 'inspectors', cue: 'found', content: "pupils were 'not safe' during lessons" }]);
    expect(run(['Researchers found the drug cut deaths by a third.'])).toMatchObject([{ source: 'Researchers', content: 'the drug cut deaths by a third' }]);
    expect(run(['Rescuers found the boy in a ditch.'])).toEqual([]);
  });

  it('reads findings of documents', () => {
    expect(run(['A new survey shows most commuters would pay a higher fare for faster trains.'])[0]).toMatchObject({
      source: 'A new survey',
      sourceType: 'document',
      content: 'most commuters would pay a higher fare for faster trains',
    });
  });

  it('ignores a reporting verb used as a noun', () => {
    expect(run(['The report was thrown out by the judge.'])).toEqual([]);
  });

  it('reads a participle that is no simple past as describing a noun, unless "have", "be" or an agent comes with it', () => {
    expect(run(['The binding of his own copy notes written in the margins by the author.', 'The archive still bears the case number written on it in silver marker.'])).toEqual([]);
    expect(run(['A report written last year found the river polluted.'])).toMatchObject([{ source: 'A report written last year', cue: 'found', content: 'the river polluted' }]);
    expect(run(['The letter, written in May, says owners must pay.'])).toMatchObject([{ source: 'The letter', description: 'written in May', cue: 'says', content: 'owners must pay' }]);
    expect(run(['She has written that the plan would fail.'])).toMatchObject([{ source: 'She', cue: 'written', content: 'the plan would fail' }]);
    expect(run(['Mugabe, seen by many Africans as a liberation hero, died on Friday.'])).toMatchObject([{ source: 'many Africans', content: 'a liberation hero' }]);
  });

  it('reads nothing said when the object is nothing ("revealed almost nothing about his intentions", "said little")', () => {
    expect(run(['The governor revealed almost nothing about his intentions.', 'At the briefing, she said little.'])).toEqual([]);
    expect(run(['The mayor said nothing would change.', 'He said little had changed since May.'])).toHaveLength(2);
  });

  it('reads nothing known in "who has known her since they trained together", but what is known in "has known for years that"', () => {
    expect(run(['Jo Polk, a nurse who has known her since they trained together, said she never stops.'])).toMatchObject([{ cue: 'said', content: 'she never stops' }]);
    expect(run(['She has known for years that the plan would fail.'])).toMatchObject([{ cue: 'known', content: 'the plan would fail' }]);
  });

  it('reads nothing said in "told a joke to reporters", and the telling in "told the committee to reject the bill"', () => {
    expect(run(['Mr. Reyes, who told a joke to reporters as he left the courthouse, pleaded not guilty.'])).toEqual([]);
    expect(run(['He told the committee to reject the bill.'])).toMatchObject([{ cue: 'told', content: 'to reject the bill' }]);
  });

  it('reads outsiders "not involved in the research" as the source, and as no one in particular', () => {
    expect(run(['Experts not involved in the research said the findings were consistent with earlier work.'])).toMatchObject([
      { source: 'Experts not involved in the research', sourceType: 'vague', content: 'the findings were consistent with earlier work' },
    ]);
    expect(run(['People involved in the talks said a deal was close.'])).toMatchObject([{ sourceType: 'anonymous' }]);
  });

  it('reads no attribution in a paragraph that links to another story ("Read more:", "RELATED:")', () => {
    expect(run(['Read more: Senators say the bill is dead. Here\'s why.', 'RELATED: Trump says "no deal" with Democrats'])).toEqual([]);
    // The label must open the paragraph.
    expect(run(['The senator said the bill is dead. Read more: below.'])).toHaveLength(1);
  });
});

describe('analyze: invariants', () => {
  const check = (text: string) => {
    const a = articleOf(text.split(/\n\n/));
    const r = analyze(a);
    let last = -1;
    r.attributions.forEach((x, i) => {
      expect(x.id).toBe(`a${i + 1}`);
      // The content is its span's text, or, when a source interrupts it ("Each year, officials said, it
      // uses ..."), the span's opening and closing stretches joined by one space.
      const span = a.text.slice(x.contentSpan.start, x.contentSpan.end);
      const joined = [...x.content.matchAll(/ /g)].some((m) => span.startsWith(x.content.slice(0, m.index)) && span.endsWith(x.content.slice(m.index + 1)) && x.content.length <= span.length);
      expect(x.content === span || joined).toBe(true);
      if (x.sourceSpan) expect(x.source).toBe(a.text.slice(x.sourceSpan.start, x.sourceSpan.end));
      if (x.cueSpan) expect(x.cue).toBe(a.text.slice(x.cueSpan.start, x.cueSpan.end));
      expect(x.sentenceSpan.start).toBeLessThanOrEqual(x.contentSpan.start);
      expect(x.sentenceSpan.end).toBeGreaterThanOrEqual(x.contentSpan.end);
      expect(x.contentSpan.start).toBeGreaterThanOrEqual(last);
      last = x.contentSpan.start;
    });
  };

  it('never throws and keeps offsets exact on odd input', () => {
    const words = fc.constantFrom('said', 'told', '"', '“', '”', "'", '’', ',', '.', ':', 'the', 'official', 'Mr.', 'He', 'according', 'to', 'that', '\u200b', '\u00ad', '😀', 'Reuters', '\n\n', 'who', 'reportedly');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 60 }), (ws) => {
        check(ws.join(' '));
      }),
      { numRuns: 400 },
    );
  });

  it('reads every quote of a run-on sentence full of quotes and cues', () => {
    const text = '"a short remark," he said, according to aides, '.repeat(4000);
    const quotes = analyze(articleOf([text])).attributions.filter((a) => a.content === 'a short remark,');
    expect(quotes).toHaveLength(4000);
  });

  it('keeps its invariants where a source interrupts the words or a comma opens them', () => {
    check('who , Mr. said , said said');
    check(', who reportedly');
    check('in');
    check('In Mr.');
  });

  it('keeps its invariants on a huge sentence with unbalanced quotes', () => {
    check(('“the official said that ' + 'very '.repeat(20000) + 'long, ').repeat(3));
  });
});

describe('analyze: unnamed groups and outlets by their shape', () => {
  it('keeps a relative clause with its source, and a counted group is anonymous', () => {
    const [a] = run(['Three nurses who worked the night shift said the alarms had been switched off for weeks.']);
    expect(a).toMatchObject({ source: 'Three nurses who worked the night shift', sourceType: 'anonymous', cue: 'said' });
    expect(a.content).toBe('the alarms had been switched off for weeks');
  });

  it('names a source by its name and keeps what the article says of it apart, but not a role with its name or a list', () => {
    const [azzouz] = run(['"This attack is meant to frighten tourists," said Lotfi Azzouz, Tunisia country director for Amnesty International, a London-based rights group.']);
    expect(azzouz).toMatchObject({ source: 'Lotfi Azzouz', description: 'Tunisia country director for Amnesty International, a London-based rights group', sourceType: 'named-person' });
    expect(azzouz.sourceSpan && azzouz.sourceSpan.end - azzouz.sourceSpan.start).toBe('Lotfi Azzouz'.length);
    const [mother] = run(['"She was burning up," her mother, Fiona, said.']);
    expect(mother).toMatchObject({ source: 'her mother, Fiona' });
    expect(mother.description).toBeUndefined();
    const [list] = run(['Robert Mugabe, his wife Grace and two key figures from her faction are insisting the 93-year-old finishes his term.']);
    expect(list.source).toBe('Robert Mugabe, his wife Grace and two key figures from her faction');
    const [pruitt] = run(['The woman who recorded the video, Naomi Pruitt, 27, said she heard one shout.']);
    expect(pruitt).toMatchObject({ source: 'The woman who recorded the video, Naomi Pruitt', description: '27' });
    const [wilson] = run(['Johnnie Wilson, of Springfield, said he had fought in Vietnam.']);
    expect(wilson).toMatchObject({ source: 'Johnnie Wilson', description: 'of Springfield' });
    const [scott] = run(['Senator Tim Scott, Republican of South Carolina, said the bill would pass.']);
    expect(scott).toMatchObject({ source: 'Senator Tim Scott', description: 'Republican of South Carolina' });
    for (const p of ['Another pollster, David Woodard of Clemson University, said the race was close.', 'The other candidate on the stage, former Secretary of State Hillary Clinton, said the race was close.']) {
      expect(run([p])[0].description, p).toBeUndefined();
    }
    const [york] = run(['The other man, his cousin James York, 40, said the race was close.']);
    expect(york).toMatchObject({ source: 'The other man, his cousin James York', description: '40' });
    const pronoun = run(['Sen. Dianne Feinstein of California, the ranking Democrat on the committee, said the rules had changed.', 'She said the vote would come soon.']);
    expect(pronoun[1]).toMatchObject({ source: 'She', resolved: 'Sen. Dianne Feinstein of California' });
    const [szabo] = run(['"We found out from a neighbor," said Renata Szabo, who lives on Mill Pond Lane with her husband and two children.']);
    expect(szabo).toMatchObject({ source: 'Renata Szabo', description: 'who lives on Mill Pond Lane with her husband and two children' });
  });

  it('does not take a request for anonymity as what the source said', () => {
    const as = run(['A prison guard, who asked not to be identified, said the inmates were moved at night.']);
    expect(as).toHaveLength(1);
    expect(as[0]).toMatchObject({ source: 'A prison guard', description: 'who asked not to be identified', sourceType: 'anonymous', cue: 'said' });
    expect(as[0].content).toBe('the inmates were moved at night');
  });

  it('resolves "the nurses" back to the counted group, anonymous, while a bare plural stays vague', () => {
    const as = run([
      'Three nurses who worked the night shift said the alarms had been switched off for weeks.',
      'The nurses said they had complained twice. Some engineers say such shortcuts are common.',
    ]);
    expect(as[1]).toMatchObject({ source: 'The nurses', resolved: 'Three nurses who worked the night shift', sourceType: 'anonymous' });
    expect(as.at(-1)).toMatchObject({ source: 'Some engineers', sourceType: 'vague' });
  });

  it('types a newspaper not in any list by its masthead word', () => {
    const [a] = run(['The Lakeside Chronicle reported on Friday that the mill would close in spring.']);
    expect(a).toMatchObject({ source: 'The Lakeside Chronicle', sourceType: 'media', cue: 'reported' });
  });
});

describe('analyze: according to a document seen by an outlet', () => {
  it('keeps the participle and its by-phrase in the source, and the content after the comma', () => {
    const [a] = run(['According to an internal report obtained by the Courier, the plant failed three safety checks last year.']);
    expect(a).toMatchObject({ source: 'an internal report obtained by the Courier', cue: 'According to', sourceType: 'document' });
    expect(a.content).toBe('the plant failed three safety checks last year');
  });
});
