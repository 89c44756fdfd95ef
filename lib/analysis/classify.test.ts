import { describe, expect, it } from 'vitest';
import { bodiesIn, classifySource, couldSpeak, peopleBesides, peopleIn, viaOf } from './classify';

const type = (phrase: string | null, people: string[] = []) => classifySource(phrase, new Set(people)).type;

describe('classifySource', () => {
  it('types unnamed specific people as anonymous', () => {
    for (const p of ['three Iranian officials', 'a senior US official', 'a spokeswoman', 'Utility officials', 'Officials', 'Protesters', 'people familiar with the talks', 'his spokesman', 'Gas company officials', 'sources who spoke to Reuters', 'Teammates', 'Co-workers']) {
      expect(type(p), p).toBe('anonymous');
    }
  });

  it('types unspecific groups and missing sources as vague', () => {
    for (const p of ['experts', 'Critics', 'some', 'many analysts', 'Many Tunisians', 'observers', 'the West', 'the international community', null]) expect(type(p), String(p)).toBe('vague');
  });

  it('types one member of a vague group as anonymous: a single person is specific ("one expert", "an analyst", "a Trump supporter")', () => {
    for (const p of ['one expert', 'an analyst', 'a critic', 'a Trump supporter', 'an expert on Syria', 'one, a welder with 20 years at the plant', 'another, a nurse']) expect(type(p), p).toBe('anonymous');
    // So is one named before and taken up again: "the analyst said".
    for (const p of ['the analyst', 'The securities analyst', 'the investor']) expect(type(p), p).toBe('anonymous');
    // A whole taken as one stays vague.
    for (const p of ['the public', 'the consensus']) expect(type(p), p).toBe('vague');
  });

  it('types militias, missions, the opposition and laboratories as bodies, a tabulation as a document, and a count "of" a group as a share', () => {
    for (const p of ['the Red Ridge Brigade militia', 'The 60-member SLC mission', "Tandara's opposition", 'MIT’s Instrumentation Laboratory']) expect(type(p), p).toBe('named-organization');
    for (const p of ['a militia commander', 'Opposition MPs', 'a lab technician']) expect(type(p), p).toBe('anonymous');
    for (const p of ['its parallel vote tabulation', 'The company’s response', 'a 2013 FOIA reply']) expect(type(p), p).toBe('document');
    expect(classifySource('Eleven of 16 economists polled by Reuters')).toMatchObject({ type: 'anonymous', via: 'Reuters' });
  });

  it('types a paper whose name holds a word that is also a title as media, and objectors as a vague group', () => {
    for (const p of ['The Copper State Ledger', 'The State Ledger']) expect(type(p), p).toBe('media');
    for (const p of ['State Sen. Dan Post', 'Councilman Post']) expect(type(p), p).toBe('named-person');
    for (const p of ['Objectors', 'Objectors, who packed the public gallery']) expect(type(p), p).toBe('vague');
  });

  it('types peoples and faiths whose plural the suffix test misses, and a body\'s members after it, as groups, not names', () => {
    for (const p of ['Young Latinos', 'Muslims', 'Catholics', 'Senate Republicans', 'House Democrats']) expect(type(p), p).toBe('vague');
    for (const p of ['Sen. Tom Evans', 'Senator Evans', 'Rep. Adams', 'City Councilwoman Rita Chavez', 'Palm Beach County Supervisor of Elections Susan Bucher', 'Council member Ruiz', 'Board member Smith']) expect(type(p), p).toBe('named-person');
  });

  it('types a share as specific as its group: "Six in 10" and "55 percent of Democrats" vague, "One of the officials" anonymous', () => {
    for (const p of ['Six in 10', '26 percent', '55 percent of Democrats', 'A majority of Republicans', 'Two-thirds of voters', 'Both', 'Another']) expect(type(p), p).toBe('vague');
    for (const p of ['One of the officials', "One of Trump's aides", 'None of the lawmakers']) expect(type(p), p).toBe('anonymous');
    expect(type('Both men')).toBe('anonymous');
  });

  it('types people at a scene or on a team by their role as anonymous, not vague', () => {
    for (const p of ['Firefighters', 'the pilot', 'Paramedics at the scene', 'the coach']) expect(type(p), p).toBe('anonymous');
  });

  it('types the parties to a case and its jurors by their part in it as anonymous ("The plaintiffs, a group of booksellers")', () => {
    for (const p of ['The plaintiffs, a group of booksellers and librarians', 'the defendants', 'Jurors', 'the suspect']) expect(type(p), p).toBe('anonymous');
  });

  it('types one member of a people or a faith as anonymous, not as a name ("Another Muslim", "an Iraqi")', () => {
    for (const p of ['Another Muslim who worshiped at the mosque', 'an Iraqi', 'A Palestinian', 'a Catholic']) expect(type(p), p).toBe('anonymous');
    expect(type('Muslims')).toBe('vague');
  });

  it('types a document by its noun, whatever describes it ("The memo, dated May 3", "a draft seen by Reuters", "the Voting Rights Act")', () => {
    expect(type('The memo, dated May 3')).toBe('document');
    expect(type('The documents, dated 2019')).toBe('document');
    expect(type('The lawsuit, filed Tuesday in federal court')).toBe('document');
    expect(type('The memo, a copy of which was obtained by The Associated Press')).toBe('document');
    expect(type('A court document filed Thursday')).toBe('document');
    expect(type("CME Group's FedWatch tool")).toBe('document');
    expect(type('a draft seen by Reuters')).toBe('document');
    expect(type('a copy obtained by The Times')).toBe('document');
    expect(type('a summary released by the union')).toBe('document');
    for (const p of ['The suit', 'The suit, filed on Thursday', 'The report, drawn up by the Health Scrutiny Committee']) expect(type(p), p).toBe('document');
    for (const p of ['A video circulating on social media', 'A post shared more than 40,000 times on social media', 'Footage aired by state television']) expect(type(p), p).toBe('document');
    expect(type('the Voting Rights Act')).toBe('document');
    expect(type('The American Health Security Act of 2009')).toBe('document');
    expect(type('an online University of Texas/Texas Tribune poll out Thursday')).toBe('document');
    expect(type('a new poll out Tuesday')).toBe('document');
    expect(type('Opponents, led by resident Tom Hale')).toBe('vague');
  });

  it('reads a share in words or with a hedge as a share: "Sixty-one percent", "One in three", "Nearly a third"', () => {
    for (const p of ['Sixty-one percent', 'One in three', 'two out of three', 'Nearly a third', 'more than 40 percent of voters']) expect(type(p), p).toBe('vague');
  });

  it('types named people, with titles and initials', () => {
    expect(type('Supreme Leader Ayatollah Ali Khamenei')).toBe('named-person');
    expect(type('William G. Gale')).toBe('named-person');
    expect(type('White House press secretary Dana Lowe')).toBe('named-person');
    expect(type('Former Secretary of State Ines Calloway')).toBe('named-person');
    expect(type('The Secretary of State')).toBe('anonymous');
    expect(type('Ortiz', ['ortiz'])).toBe('named-person');
    expect(type('her brother, Tomas')).toBe('named-person');
    expect(type('a spokesman for the company, Dev')).toBe('named-person');
    expect(type('Leila, 29, who did not give her surname')).toBe('named-person');
    expect(type('the Dalai Lama')).toBe('named-person');
    expect(type("Britain's largest energy supplier, Centrica")).toBe('named-organization');
    expect(type('The energy regulator, Ofgem')).toBe('named-organization');
  });

  it('types a lone surname described as a person as a person, not a body or a people', () => {
    expect(type('Okoro, the co-author of a study on turnout')).toBe('named-person');
    expect(type('Lyons, who used to work on Capitol Hill')).toBe('named-person');
    expect(type('Davis')).not.toBe('vague');
    expect(type('Pakistanis')).toBe('vague');
    expect(type('Conservatives')).toBe('vague');
    expect(type('Halvorsen, the retailer')).toBe('named-organization');
  });

  it('types a text from someone named after it as the text, a data set by its name as a text, excerpts as a text, and a start-up as a company', () => {
    expect(type("A 2020 memo from the authority's chief engineer, Paul Esterhazy")).toBe('document');
    expect(type('A letter from his lawyer, Ann Roe')).toBe('document');
    expect(type('A spokesman for the firm, John Hale')).toBe('named-person');
    expect(type('the citation database Scholarindex')).toBe('document');
    expect(type('excerpts published Thursday by the Evening Courier')).toBe('document');
    expect(type('the start-up')).toBe('named-organization');
  });

  it('types a company by its trade or kind before its name, a trade paper as media, and some industry figures as no one in particular', () => {
    for (const p of ['Marbury Securities', 'Greyseal Offshore', 'The developer, Greyseal Offshore', "The tour's promoter, Northgate Live", 'the research firm Brindle Data', 'The video-sharing platform Clipstream', 'the trade body Cocoa UK']) expect(type(p), p).toBe('named-organization');
    for (const p of ['Angelique Brunner, a Washington-based developer', 'Pakistan-based developer Ammar Askar', 'Its regional organiser, Danny Mulgrew', 'Roger Waters']) expect(type(p), p).toBe('named-person');
    expect(type('The trade paper Screen North')).toBe('media');
    expect(type('the state news agency KNA')).toBe('media');
    expect(type('Some industry figures')).toBe('vague');
  });

  it('types papers by their mastheads, describing words or the time they come out as media, a whip and a defence team as unnamed people, and a judgment as a text', () => {
    for (const p of ['The Evening Lantern', 'the state-owned Daily Courier', 'The independent weekly Tribuna', 'The Daily Wicket', 'The nationalist paper Vatra', 'The Morning Standard']) expect(type(p), p).toBe('media');
    for (const p of ['Government whips', "Dusart's defence team", 'his legal team']) expect(type(p), p).toBe('anonymous');
    expect(type('The judgment')).toBe('document');
  });

  it('types a work by its noun, not by the title set beside it, but a nickname so set names a person', () => {
    expect(type('Her 1979 paper, "Carbonate Drift,"')).toBe('document');
    expect(type('The singer, "Tank"')).toBe('named-person');
  });

  it('takes no brand spelled with a capital inside for a person, though its partner word may be a surname', () => {
    const people = peopleIn('SkyLark Regional grounded six planes. KellyAnne Conway spoke. Ryan McDonald and Al MacNab agreed.');
    expect(people.has('skylark')).toBe(false);
    for (const p of ['conway', 'mcdonald', 'macnab']) expect(people.has(p), p).toBe(true);
  });

  it('types British, Irish and Indian sources: a palace, a guild, "NHS England", members by initials, "Tom Hale MP", "The Premier, Tom Kavanagh", an FIR', () => {
    for (const p of ['Buckingham Palace', 'the palace', "The Rail Conductors' Guild", 'NHS England', 'UN Women']) expect(type(p), p).toBe('named-organization');
    for (const p of ['Opposition MPs', 'Sinn Féin TDs']) expect(type(p), p).toBe('anonymous');
    for (const p of ['Tom Hale MP', 'Ann Roe KC', 'The Premier, Tom Kavanagh', 'J.J. Goldberg, editor at large of The Forward', 'Vann R. Newkirk II, a writer', 'NBC News moderator Matt Lauer']) expect(type(p), p).toBe('named-person');
    expect(type('an FIR registered at Sitabuldi police station')).toBe('document');
    expect(type("the commission's published rules")).toBe('document');
  });

  it('types a general staff as a body, a news agency named after its description as media, a self-given name as a person, and a timetable as a text', () => {
    expect(type('the Orvanian General Staff')).toBe('named-organization');
    expect(type("Kestria's state news agency, KNA")).toBe('media');
    expect(type('an officer who identified himself as Colonel Anton Mirel')).toBe('named-person');
    expect(type('a timetable published on Thursday by mediators from the Continental Union')).toBe('document');
  });

  it('types what an outlet worked out as media, a think tank\'s as a text, and an owner\'s description before an office and name as the person', () => {
    expect(type("An analysis by the Harbor Tribune's fact-check team")).toBe('media');
    expect(type('a review of the records by The Times')).toBe('media');
    expect(type('an analysis of census data by the Pew Research Center')).toBe('document');
    expect(type('His opponent in the Republican primary, state Attorney General Simone Achterberg')).toBe('named-person');
  });

  it('types a union local, a conservancy and an office\'s division as bodies, what a gallery or a service puts out as texts, and forecasters at a named service as unnamed people', () => {
    for (const body of ['Local 418', 'Their union, Local 418', 'Transit Workers Local 77', 'the conservancy', 'the division', "the Aldermoor Attorney General's Consumer Division"]) expect(type(body)).toBe('named-organization');
    for (const text of ['the catalog', 'the meeting agenda', 'its Tuesday morning update', 'A footnote in the post']) expect(type(text)).toBe('document');
    expect(type('Forecasters at the Meridian Weather Service')).toBe('anonymous');
    expect(type('a local')).toBe('anonymous');
  });

  it('types an office, then a name with where the person is from, as the person ("The MP, Birgitta Solvang of the Centre Party")', () => {
    expect(type('The MP, Birgitta Solvang of the Centre Party')).toBe('named-person');
    expect(type('The senator, Ruth Hale of Ohio')).toBe('named-person');
    expect(type('The union, Workers of the World')).toBe('named-organization');
  });

  it('types a body a group or a trade names as a body, but not a person a trade describes as a role ("Dana Whitlock, a company spokeswoman")', () => {
    const typeIn = (text: string, name: string) => classifySource(name, peopleBesides(text, bodiesIn(text)), bodiesIn(text)).type;
    expect(typeIn('But the Geneva-based relief group Open Hands said in a statement. Open Hands has said for months that food is short.', 'Open Hands')).toBe('named-organization');
    expect(typeIn('"It was hard," said Dana Whitlock, a company spokeswoman.', 'Dana Whitlock')).toBe('named-person');
    expect(type('Derwent Chemical')).toBe('named-organization');
    expect(type('Solvane Biologics')).toBe('named-organization');
  });

  it('types a name a medium describes as an outlet ("the Drover, the country\'s oldest music magazine"), but not a network of activists', () => {
    expect(type("the Drover, the country's oldest music magazine")).toBe('media');
    expect(type('The Vorna Monitoring Group, a network of activists that tracks casualties in the region')).toBe('named-organization');
    expect(type("Tom Hale, the paper's editor")).toBe('named-person');
  });

  it('types campaigners as an unspecific group, as critics are, unless a body makes them specific, and a share of officials with two describing words as no one in particular', () => {
    expect(type('Privacy campaigners')).toBe('vague');
    expect(type('Campaigners')).toBe('vague');
    expect(type('Campaigners at Amnesty')).toBe('anonymous');
    expect(type('a campaigner')).toBe('anonymous');
    expect(type('Some former intelligence officials')).toBe('vague');
    expect(type('Some U.S. officials')).toBe('anonymous');
  });

  it('types a charge sheet, an accounting, a field test and a documentary as texts, a delegation and a mosque as bodies', () => {
    for (const text of ['the charge sheet', 'The final accounting, released by the city comptroller\'s office in June', 'a preliminary field test', 'the documentary']) expect(type(text)).toBe('document');
    for (const body of ["Ostrelia's delegation", 'the mosque']) expect(type(body)).toBe('named-organization');
    expect(type("His wife, Morag, who keeps the farm's accounts")).toBe('named-person');
  });

  it('types a lone surname an office describes as a person, but not a body the office owns', () => {
    expect(type('Hale, the mayor')).toBe('named-person');
    expect(type('Pryce, the finance minister of Brandt')).toBe('named-person');
    expect(type("Acme, the president's firm")).toBe('named-organization');
    expect(type('Treasury, the finance ministry')).toBe('named-organization');
  });

  it('types bodies that speak as one as named organizations', () => {
    for (const p of ['the Pentagon', 'The Harbor Transit Authority', 'The Smithsonian Institution', 'Tehran', 'the city council', 'the ministry', 'NATO', "Mr Smith's office", "Governor Ruiz's office", 'The charity', 'Apple and Google', 'the automaker', 'the Red Cross', 'The Conservatives', 'management', 'the Fed', 'Downing Street', 'Wall Street', 'Scotland Yard', 'Capitol Hill']) expect(type(p), p).toBe('named-organization');
  });

  it('types two bodies joined by "and the" as organizations, though a word of one is also a title ("State")', () => {
    expect(type('The State Department and the Department of Homeland Security')).toBe('named-organization');
    expect(type('Secretary of Health and Human Services Xavier Becerra')).toBe('named-person');
  });

  it('tells media from documents', () => {
    expect(type('a Reuters report')).toBe('media');
    expect(type('local news reports')).toBe('media');
    expect(type('The New York Times')).toBe('media');
    expect(type('court documents')).toBe('document');
    expect(type('the study')).toBe('document');
    expect(type('the latest county poll released Wednesday')).toBe('document');
    expect(type('a poll')).toBe('document');
    expect(type('A poll by YouGov')).toBe('document');
    for (const p of ['The average of polls', 'A count by the county clerk', 'the latest tally']) expect(type(p), p).toBe('document');
    expect(type('A sign outside the clinic')).toBe('document');
    expect(type('A CNN poll released Monday')).toBe('document');
    for (const p of ['The Kremlin-backed broadcaster RT', 'The official Xinhua news agency', 'State television']) expect(type(p), p).toBe('media');
    expect(type('the research firm Gartner')).toBe('named-organization');
    expect(type('An internal memo obtained by the Post')).toBe('document');
  });

  it('records the outlet an anonymous source spoke through', () => {
    expect(viaOf('two diplomats who spoke to Reuters')).toBe('Reuters');
    expect(classifySource('two diplomats who spoke to Reuters').via).toBe('Reuters');
    expect(viaOf('two diplomats')).toBeUndefined();
  });

  it('does not take a closing party label for a name ("The bill\'s sponsor, Rep. Tom Hale, D-Ore.")', () => {
    expect(classifySource("The bill's sponsor, Rep. Tom Hale, D-Ore.").type).toBe('named-person');
  });

  it('types eyewitnesses and bystanders as unnamed people, though a sentence opens with them', () => {
    for (const p of ['Eyewitnesses', 'Bystanders', 'an eyewitness']) expect(classifySource(p).type, p).toBe('anonymous');
  });

  it('does not take a party or a description after an unnamed role for a name ("The senator, a Republican from Ohio")', () => {
    expect(classifySource('The senator, a Republican from Ohio').type).toBe('anonymous');
    expect(classifySource('the governor, a Democrat').type).toBe('anonymous');
    expect(classifySource('Smith, a Democrat').type).toBe('named-person');
  });

  it('tells a phrase that could speak from one that could not', () => {
    for (const p of ['the spokesman', 'officials', 'the report', 'Mr. Smith', 'the company', 'its chief executive']) expect(couldSpeak(p), p).toBe(true);
    for (const p of ['the subpoena', 'the decision', 'the deal', 'Friday', 'last night']) expect(couldSpeak(p), p).toBe(false);
    for (const p of ['May', 'June']) expect(couldSpeak(p), p).toBe(true);
  });

  it('types those an outlet polled by who they are, and records the outlet as the way through', () => {
    expect(classifySource('Economists polled by Reuters')).toMatchObject({ type: 'vague', via: 'Reuters' });
    expect(classifySource('Three diplomats interviewed by the BBC')).toMatchObject({ type: 'anonymous', via: 'BBC' });
  });

  it('collects names of people from the text', () => {
    const people = peopleIn('Mayor Lena Ortiz spoke. Later Ortiz left with Dr. Amos Reyes.');
    expect(people.has('ortiz')).toBe(true);
    expect(people.has('reyes')).toBe(true);
  });

  it('collects no person from a body\'s name of plain capitals, but does from one that holds a given name', () => {
    const people = peopleIn('The Marenland Trade Ministry said so. The George W. Bush Institute and the Maria Reyes Foundation agreed.');
    expect(people.has('marenland')).toBe(false);
    expect(people.has('trade')).toBe(false);
    expect(people.has('bush')).toBe(true);
    expect(people.has('reyes')).toBe(true);
  });

  it('does not pair the last word of a sentence with the first of the next as a name, nor across a paragraph, but reads "Pres. Obama"', () => {
    const people = peopleIn('The bill passed, said Republicans. Meta said it would comply.\nTwitter declined. Pres. Obama spoke.');
    expect(people.has('meta')).toBe(false);
    expect(people.has('twitter')).toBe(false);
    expect(people.has('obama')).toBe(true);
  });

  it('takes no platform for a surname, though a nickname puts a capitalised word before it ("Wilayat Twitter")', () => {
    const people = peopleIn('Accounts gave their location as "Wilayat Twitter," the province of Twitter. Twitter said it acted.');
    expect(people.has('twitter')).toBe(false);
    expect(classifySource('Twitter', people).type).toBe('named-organization');
  });

  it('types a speaker by its head, not by what a participle after it governs ("The union representing the workers")', () => {
    expect(type('The union representing the workers')).toBe('named-organization');
    expect(type('lawyers representing the families')).toBe('anonymous');
    expect(type('House Republicans supporting the bill')).toBe('vague');
  });

  it('types one of a group named with an age before the name as that person ("One of the rescued teens, 16-year-old Mia Torres")', () => {
    expect(type('One of the rescued teens, 16-year-old Mia Torres')).toBe('named-person');
  });

  it('types a given name before an outlet\'s name as a person ("Michael Bloomberg"), the outlet alone as media', () => {
    expect(type('Michael Bloomberg, who is thinking about running for president')).toBe('named-person');
    expect(type('Bloomberg')).toBe('media');
  });

  it('types a lone name by what "whose" gives it: a person\'s education or son, but a body\'s chief executive', () => {
    expect(type('Wilcox, whose education was paid for by the military')).toBe('named-person');
    expect(type('Acme, whose chief executive resigned')).toBe('named-organization');
  });

  it('takes no common noun opening the sentence for a lone name ("Critics, among them former employees")', () => {
    expect(type('Critics, among them former employees')).toBe('vague');
    expect(type('Hemsley, the co-author of a book')).toBe('named-person');
  });

  it('types the name a company is described by as the company ("The company, Atlas Properties"), but a person named after a role in one as the person', () => {
    expect(type('The company, Atlas Properties')).toBe('named-organization');
    expect(type("the company's founder, Jane Roe")).toBe('named-person');
  });

  it('types a count of shares or a great number of a group by the group ("Nine in 10 Democratic voters", "Hundreds of demonstrators")', () => {
    expect(type('Nine in 10 Democratic registered voters')).toBe('vague');
    expect(type('Nearly four in ten adults')).toBe('vague');
    expect(type('About six in 10 officials')).toBe('anonymous');
    expect(type('Hundreds of pro-Sanders demonstrators')).toBe('anonymous');
    expect(type('Depositions released in March')).toBe('document');
    // A document with how it came out, and no comma: the document speaks, not who released it.
    expect(type('a preliminary report released Tuesday by investigators')).toBe('document');
    expect(type('a list obtained through a public records request')).toBe('document');
    expect(type('A news report published Wednesday')).toBe('media');
    expect(classifySource('a memo seen by Reuters').via).toBe('Reuters');
  });

  it('takes a lone name with a campaign, aides or a spouse for a person, so its speech is typed a person', () => {
    const people = peopleIn('In the lead-up to the debate, Clinton aides were upbeat. The Pentagon spokesman declined to comment.');
    expect(people.has('clinton')).toBe(true);
    expect(people.has('pentagon')).toBe(false);
    expect(classifySource('Clinton', people).type).toBe('named-person');
  });

  it('keeps a named speaker named when the description after the name says what they know', () => {
    expect(type('Dr. Priya Natarajan, a cardiologist at a Boston hospital who was not involved in the study')).toBe('named-person');
    expect(type('Professor Liu Yang of Tsinghua University, who was not involved in the study')).toBe('named-person');
    expect(type('one, who asked to be identified only by her first name, Sarah')).toBe('named-person');
    expect(type('A Senior Official, who spoke on condition of anonymity')).toBe('anonymous');
    expect(type('Three People, familiar with the talks')).toBe('anonymous');
  });

  it('does not take a described plural that opens the sentence for a name: "Engineers at the plant"', () => {
    expect(type('Engineers at the plant')).toBe('vague');
    expect(type('Teamsters')).toBe('named-organization');
  });

  it('types "A Department of Health spokesperson" and "One, a nurse" anonymous, and "Tenants" opening a sentence vague', () => {
    expect(type('A Department of Health spokesperson')).toBe('anonymous');
    expect(type('A Department for Levelling Up spokesperson')).toBe('anonymous');
    expect(type('One, a nurse who did not want to be identified')).toBe('anonymous');
    expect(type('Tenants')).toBe('vague');
    expect(type('Sanders', ['sanders'])).toBe('named-person');
  });

  it('types a broadcaster or news agency described before its name as media ("Chinese state broadcaster CCTV", "Iranian state TV")', () => {
    for (const p of ['Chinese state broadcaster CCTV', 'the semi-official news agency Tasnim', 'Iranian state TV']) expect(type(p), p).toBe('media');
    expect(type('State Department spokesman Ned Price')).toBe('named-person');
  });

  it('types an MP left unnamed as anonymous, and a first name given in apposition as a person', () => {
    for (const p of ['the MP', 'Tory MPs', 'an MEP']) expect(type(p), p).toBe('anonymous');
    expect(type('Labour MP Jess Phillips')).toBe('named-person');
    expect(type('one shopper, who gave only her first name, Ana')).toBe('named-person');
    expect(type("The Podesta Group's CEO, Kimberley Fritts")).toBe('named-person');
    expect(type('One resident, Maria Lopez, 67')).toBe('named-person');
    expect(type('One of them, a 70-year-old named Joe Barnes')).toBe('named-person');
  });

  it('types experts placed at a named body as anonymous ("Analysts at Barclays"), but experts from a place, or with no body, vague', () => {
    for (const p of ['Analysts at Barclays', 'researchers at the University of Oslo', 'scientists from NASA']) expect(type(p), p).toBe('anonymous');
    for (const p of ['Analysts', 'experts from Britain', 'analysts at several banks', 'voters from Ohio']) expect(type(p), p).toBe('vague');
  });

  it('reads an affiliation whose body is named after its kind ("at the security firm Kestrel Labs") or by its kind alone ("at the bank"), and the sciences\' "-ologists"', () => {
    for (const p of ['researchers at the security firm Kestrel Labs', 'economists at the bank', 'scientists at the agency', 'ecologists at the University of Brackenford']) expect(type(p), p).toBe('anonymous');
    for (const p of ['voters at the rally', 'experts at the scene', 'ecologists']) expect(type(p), p).toBe('vague');
  });

  it('types experts a body\'s name comes before as anonymous ("Goldman Sachs analysts"), but not a people\'s, a region\'s, a market\'s or a field\'s', () => {
    for (const p of ['Goldman Sachs analysts', 'IMF economists', 'Capital Economics analysts', 'University of Texas researchers', 'Department of Health officials']) expect(type(p), p).toBe('anonymous');
    for (const p of ['Israeli analysts', 'Wall Street analysts', 'Middle East experts', 'Military analysts', 'Texas economists']) expect(type(p), p).toBe('vague');
  });

  it('types a group by its head, not by a relative clause about part of it ("The protesters, many of whom carried flags")', () => {
    expect(type('Critics — including several former officials')).toBe('vague');
    expect(type('The protesters, many of whom carried Palestinian flags')).toBe('anonymous');
    expect(type('Residents, some of whom had lived there for decades')).toBe('anonymous');
  });

  it('types one party member left unnamed ("the Wisconsin Republican", "a Democrat") as anonymous, and the party as a body', () => {
    expect(type('the Wisconsin Republican')).toBe('anonymous');
    expect(type('a Democrat')).toBe('anonymous');
    expect(type('The Republicans')).toBe('named-organization');
  });

  it('types a paper\'s authors as specific people left unnamed, and a journal named with its noun as media', () => {
    expect(type("The paper's authors")).toBe('anonymous');
    expect(type('The journal Nature')).toBe('media');
  });

  it('types advocacy groups by the word that ends their names ("Human Rights Watch", "Amnesty International")', () => {
    expect(type('Human Rights Watch')).toBe('named-organization');
    expect(type('Amnesty International')).toBe('named-organization');
  });

  it('types broadcasters of sport and world news as media ("According to ESPN")', () => {
    for (const p of ['ESPN', 'The Athletic', 'Deutsche Welle', 'France 24']) expect(type(p), p).toBe('media');
  });

  it('types received opinion ("Conventional wisdom", "The consensus") as vague, and "the insurer" as a company, "insurers" as unnamed bodies', () => {
    expect(type('Conventional wisdom')).toBe('vague');
    expect(type('The consensus')).toBe('vague');
    expect(type('The insurer')).toBe('named-organization');
    expect(type('Insurers')).toBe('vague');
  });

  it('types reference texts and images as documents ("the documentation", "Satellite images reviewed by the newspaper")', () => {
    expect(type('the documentation')).toBe('document');
    expect(type('Satellite images reviewed by the newspaper')).toBe('document');
  });

  it('types a document by its head when a participle and any preposition follow ("plans filed with the city", "emails sent to reporters")', () => {
    expect(type('plans filed with the city')).toBe('document');
    expect(type('documents filed with the court')).toBe('document');
    expect(type('emails sent to reporters')).toBe('document');
    expect(type('a man found in the river')).toBe('anonymous');
  });

  it('types a role and a full name first as the person, whatever the description after it says', () => {
    expect(type('Council member Tom Okafor, one of the two votes against')).toBe('named-person');
    expect(type('82-year-old Richard Viguerie, the pioneer in direct-mail fundraising')).toBe('named-person');
  });

  it('types "Locals" and, in an article that names its people, "Villagers" opening a sentence as vague groups', () => {
    expect(type('Locals')).toBe('vague');
    expect(type('Villagers', ['ruiz'])).toBe('vague');
    expect(type('Ruiz', ['ruiz'])).toBe('named-person');
  });

  it('types bodies that are never named ("Environmental groups", "Unions") as a vague group', () => {
    for (const p of ['Environmental groups', 'several aid agencies', 'Unions']) expect(type(p), p).toBe('vague');
    for (const p of ['the unions', 'U.S. intelligence agencies', 'EU governments']) expect(type(p), p).toBe('named-organization');
  });

  it('types a two-word name as a body when the article shows it is one ("an analyst at Morgan Stanley")', () => {
    const bodies = bodiesIn('"It was worse than feared," said Jan Novak, an analyst at Morgan Stanley. Goldman Sachs, which advised the deal, declined to comment.');
    expect([...bodies].sort()).toEqual(['goldman sachs', 'morgan stanley']);
    expect(classifySource('Morgan Stanley', new Set(['morgan', 'stanley']), bodies).type).toBe('named-organization');
    expect(classifySource('Goldman Sachs', new Set(), bodies).type).toBe('named-organization');
    expect(classifySource('Jan Novak', new Set(['jan', 'novak']), bodies).type).toBe('named-person');
    expect(bodiesIn('He criticized a speech by Donald Trump, which aired on Fox.').size).toBe(0);
  });

  it('types a name its trade describes as a body ("the meal-kit company Plated Home", "Quillon Software, the maker of ...", "The union, Cabin Crew United")', () => {
    const bodies = bodiesIn('A group of drivers sued the meal-kit company Plated Home on Thursday. The company CEO Tim Rowe said little.');
    expect([...bodies]).toEqual(['plated home']);
    expect([...bodiesIn('The estate has sued the record label Goldleaf Music over royalties.')]).toEqual(['goldleaf music']);
    expect([...bodiesIn('Shares of Lumina Freight, the trucking software company, plunged.')]).toEqual(['lumina freight']);
    expect([...bodiesIn('"We found out from the news," said Marta Quinlan, a steward at the company\'s depot.')]).toEqual([]);
    expect([...bodiesIn('"It was a long fight," said Jerome Addo, a forklift operator who helped lead the union drive.')]).toEqual([]);
    expect([...bodiesIn('Passengers were stranded after Tarnwick Ferries, the island operator, cancelled sailings.')]).toEqual(['tarnwick ferries']);
    expect([...bodiesIn('The company’s administrators, Fenwick Haldane, said staff had been made redundant.')]).toEqual(['fenwick haldane']);
    expect(type('The company’s administrators, Fenwick Haldane')).toBe('named-organization');
    expect(classifySource('Plated Home', new Set(['plated', 'home']), bodies).type).toBe('named-organization');
    expect(type('Quillon Software, the maker of payroll tools for small businesses')).toBe('named-organization');
    expect(type('The union, Cabin Crew United')).toBe('named-organization');
    expect(type('Harwick Constabulary')).toBe('named-organization');
    expect(type('America Rising PAC, an outside Republican group')).toBe('named-organization');
    // A person's description may hold the same words.
    for (const p of ['Gene Sperling, a longtime Democratic policy maker who is now advising the campaign', 'Morton Blackwell, the conservative icon who founded the Leadership Institute', 'Mujtaba Rahman of the Eurasia Group, a political risk and consulting company', 'United Auto Workers Secretary-Treasurer Gary Casteel', 'Senate Committee Chairman Roger Wicker (R-Miss.)']) expect(type(p), p).toBe('named-person');
    expect(type('Xinhua, the official Chinese news agency')).toBe('media');
  });

  it('types a body named for what it does, a station and a weekly by their names ("Blackfen Research", "Radio Qollpa", "Us Weekly")', () => {
    for (const p of ['Blackfen Research', 'the short seller Blackfen Research', 'Immigration and Customs Enforcement', 'Summit Peak Pictures']) expect(type(p), p).toBe('named-organization');
    for (const p of ['Radio Qollpa', 'Us Weekly']) expect(type(p), p).toBe('media');
    expect(type('Greenmeadow Farms')).toBe('named-organization');
    for (const p of ['The Research', 'new research', 'American Community Survey']) expect(type(p), p).toBe('document');
    expect(type('law enforcement')).toBe('anonymous');
  });

  it('types a name described by an authority, by what a union does, or by "which" as a body ("The roads authority, TransScot North")', () => {
    expect(type('The roads authority, TransScot North')).toBe('named-organization');
    expect(type('The union representing Gransden workers, Unite Motor')).toBe('named-organization');
    expect(type('The leading union, Unite Workers')).toBe('named-organization');
    expect(type('The developer, Stanmore Living, which bought the site from the gas utility in 2019')).toBe('named-organization');
    expect(type('The New York Times, which first reported the story')).toBe('media');
    expect(type('Northline Rail')).toBe('named-organization');
    expect(type('Fenwick Logistics')).toBe('named-organization');
    // "Waters" is a surname, so "Water" is no body's word.
    expect(type('Tim Waters')).toBe('named-person');
    expect(type('Her son, Marcus Hale, who runs the farm')).toBe('named-person');
  });

  it('types a group by the people it is made of, and an unnumbered share of people as vague ("Some residents")', () => {
    for (const p of ['A group of former employees', 'a handful of residents', 'A group of doctors']) expect(type(p), p).toBe('anonymous');
    for (const p of ['Some residents', 'many officials', 'Most voters', 'a group of some residents']) expect(type(p), p).toBe('vague');
    for (const p of ['Some U.S. officials', 'The group', 'Three residents']) expect(type(p), p).not.toBe('vague');
  });

  it('types an advisory or a bulletin as a document, and astronomers at an observatory as specific people', () => {
    for (const p of ["The advisory, posted on the department's website", 'the bulletin', 'A leaflet handed to voters at the rally']) expect(type(p), p).toBe('document');
    expect(type('Astronomers at the Kettering Observatory')).toBe('anonymous');
    expect(type('astronomers')).toBe('vague');
  });

  it('types a nation\'s forces as a body, a readout or a slide as a document, and a medium before its name as media', () => {
    for (const p of ['Israeli forces', 'Dalvian forces']) expect(type(p), p).toBe('named-organization');
    expect(type('Security forces')).toBe('vague');
    for (const p of ["A readout issued by Dalvia's foreign ministry", 'one slide', 'An unannounced inspection']) expect(type(p), p).toBe('document');
    for (const p of ['Private broadcaster Kanal 9', 'the newspaper Le Monde', 'The music site Static Bloom']) expect(type(p), p).toBe('media');
    expect(type('the campaign website')).toBe('document');
    for (const p of ['The Press Council', 'Media Research Center']) expect(type(p), p).toBe('named-organization');
  });

  it('types a role, a name and more description as the named person ("The candidate, Priya Nandra, a former head teacher")', () => {
    for (const p of ['The candidate, Priya Nandra, a former head teacher', "Trump's Indiana chairman, Rex Early, a former state party chairman who just signed on", 'His wife, Ingrid, a nurse']) expect(type(p), p).toBe('named-person');
  });

  it('types an investigation or an inquiry that finds as a document', () => {
    for (const p of ['an internal investigation', 'The inquiry', 'A federal probe']) expect(type(p), p).toBe('document');
  });

  it('types a description then a role and name as the person ("One of the rebels, the former minister Angela Threlfall")', () => {
    for (const p of ['One of the rebels, the former minister Angela Threlfall', 'The chair of judges, the critic Philippa Rane']) expect(type(p), p).toBe('named-person');
  });

  it('types juries, estates, a country\'s authority, record labels and named shops as bodies', () => {
    for (const p of ['The jury', 'the festival', 'The academy trust that runs the school, Greenway Learning', 'The estate of the soul singer Lorraine Bassett', "France's civil aviation authority", 'Driftwood Records', 'Her label, Driftwood Records', 'Skyways Europe, an industry body', 'Fernhill Pharmacy, one of the largest online chemists in the Netherlands']) expect(type(p), p).toBe('named-organization');
    // An authority on a subject is a person; court records are a document.
    expect(type('an authority on the subject')).toBe('anonymous');
    expect(type('court records')).toBe('document');
  });

  it('types "Senior Tories" as a vague group, even beside a name-like pair, and "Polling by YouGov" as a document', () => {
    expect(type('Senior Tories', [...peopleIn('Senior Tories privately admit the party faces defeat.')])).toBe('vague');
    expect(type('Polling by YouGov')).toBe('document');
  });

  it('types a full name after a person\'s role as a person, though a body\'s name comes first', () => {
    for (const p of ['Council member Ana Ruiz', 'Monmouth University political scientist Patrick Murray', 'Top Republican Party donor Sheldon Adelson']) expect(type(p), p).toBe('named-person');
  });

  it('types a source with a relative clause without "who" by its head ("Everyone I interviewed" is vague)', () => {
    expect(type('Everyone I interviewed')).toBe('vague');
    expect(type('Officials they met')).toBe('anonymous');
  });

  it('types bodies "of" a place or an office, freight carriers, galleries, church bodies and fronts as organisations', () => {
    for (const p of ['The Supreme Court of Nerrin', 'The Office of the Director of Public Prosecutions', 'Harbor Line Freight', 'the gallery', 'The archdiocese', "Ulm People's Front"]) expect(type(p), p).toBe('named-organization');
    expect(type('The Secretary of State')).not.toBe('named-organization');
  });

  it('types an office then its holder, a dean by title, and a tradesman "who" did something as people', () => {
    for (const p of ['The Home Secretary, Tom Hale', 'Dean of Graduate Studies Helen Park', 'Jerome Addo, a forklift operator who helped lead the campaign']) expect(type(p), p).toBe('named-person');
  });

  it('types a newspaper described then named as media, and slide decks, registers and published minutes as documents', () => {
    expect(type('The student newspaper, The Alderton Clarion')).toBe('media');
    for (const p of ['An internal slide deck obtained by this newspaper', "the Ministry of Health's own register of facilities", 'the published minutes of that meeting']) expect(type(p), p).toBe('document');
  });

  it('types a description, then a barrister or a solicitor by name, as the person', () => {
    for (const p of ["the panel's case presenter, barrister Owen Tate", 'solicitor Amy Rourke']) expect(type(p), p).toBe('named-person');
  });

  it('types landlords as a vague group, "the election authority" as a body, senior party figures as people, and leaves a place named after its word out', () => {
    expect(type('Landlords')).toBe('vague');
    expect(type('the election authority')).toBe('named-organization');
    expect(type('an authority on the subject')).toBe('anonymous');
    expect(type('Two senior Civic Union figures')).toBe('anonymous');
    for (const p of ['one senior figure at Ferrymead', 'A senior party figure']) expect(type(p), p).toBe('anonymous');
    expect(type('The latest figures')).toBe('document');
    expect(type('Motorists in the capital, Velika')).toBe('vague');
    expect(type("the secretary-general's special envoy for the region, Ingrid Halvorsen")).toBe('named-person');
  });

  it('types a capitalised network of what is no medium as a body, and a broadcast network as media', () => {
    expect(type("the island's Marine Rescue Network")).toBe('named-organization');
    for (const p of ['Cable News Network', 'the network', 'Sinclair Broadcast Network']) expect(type(p), p).toBe('media');
  });

  it('reads an Arabic article joined to a name as part of it ("Kassem al-Radwani")', () => {
    for (const p of ['Kassem al-Radwani', "Kassem al-Radwani, the energy minister of Qasirah, the forum's largest producer"]) expect(type(p), p).toBe('named-person');
  });

  it('types a branch of a body and a company named for renewables or for the homes it builds as bodies, organisers as people, and markets and "Some former players" as no one in particular', () => {
    for (const p of ["The Pellham branch of the Nurses' Guild", 'Developer Highfold Renewables']) expect(type(p), p).toBe('named-organization');
    expect(type('The organisers of the Brackwater Folk Festival')).toBe('anonymous');
    for (const p of ['Westmere Homes, the developer', 'Calder Properties', 'Brightwater Developments']) expect(type(p), p).toBe('named-organization');
    for (const p of ['Marwood Editions', 'his publisher, Marwood Editions']) expect(type(p), p).toBe('named-organization');
    for (const p of ['Markets', 'the market', 'Some former players']) expect(type(p), p).toBe('vague');
  });

  it('types a page or petition set up for a cause as a document, and a person whose surname is a text\'s noun as a person', () => {
    for (const p of ['A GoFundMe page set up Monday night for the Delacroix family', 'the page', 'A petition set up for the family', 'A petition started by parents']) expect(type(p), p).toBe('document');
    for (const p of ['Carter Page', 'Lisa Page', 'Steven Law', 'Tom Brief']) expect(type(p), p).toBe('named-person');
  });

  it('types an account or a version by its teller ("the department\'s initial account of the shooting")', () => {
    expect(type('the department’s initial account of the shooting')).toBe('named-organization');
    expect(type("Ms. Lee's account")).toBe('named-person');
    expect(type("witnesses' accounts")).toBe('anonymous');
  });

  it('types a British police officer by rank and name as a person ("DS Moss", "PC Tom Lyle")', () => {
    for (const p of ['DS Moss', 'DCI Alison Reid', 'PC Tom Lyle', 'Det Supt Alison Reid']) expect(type(p), p).toBe('named-person');
    for (const p of ['council clerk Maria Esposito', 'city clerk Maria Esposito']) expect(type(p), p).toBe('named-person');
  });

  it('types a health provider named for its trade as a body, and a person named Waters as a person', () => {
    for (const p of ['Brightline Health', 'Harrow Valley Healthcare']) expect(type(p), p).toBe('named-organization');
    expect(type('Maxine Waters')).toBe('named-person');
  });

  it('types a publisher named for its books as a body', () => {
    for (const p of ['Her publisher, Gannet Books', 'Penguin Books']) expect(type(p), p).toBe('named-organization');
    expect(type('the books')).toBe('document');
  });

  it('types companies named for their trade, firms of names joined by "&", a name a trade describes, and more mastheads', () => {
    for (const p of ['the zoo', 'Hollowmere Zoo', 'Kingsbury Ladies']) expect(type(p), p).toBe('named-organization');
    expect(type('the news site RTL Info')).toBe('media');
    for (const p of ['Brask Defence', 'Drewmark Maritime', 'Dorin Textiles', 'Halberd Pharma', 'Brightwing Air', 'Bellamy & Hart', 'Maison Verlaine, the 90-year-old fashion house']) expect(type(p), p).toBe('named-organization');
    for (const p of ['Marine Le Pen', 'Gene Sperling, a longtime Democratic policy maker', 'Dan Conston, a senior adviser to the group', 'Jerome Addo, a forklift operator who led the drive']) expect(type(p), p).toBe('named-person');
    for (const p of ['The Rotherby Echo', 'Xinhua, the official Chinese news agency']) expect(type(p), p).toBe('media');
  });

  it('types a name a data set or a survey describes, and what a court, a jury or a regulator decides, as documents', () => {
    for (const p of ['PitchLedger, a database of private funding rounds', 'The Hartwell Index, a monthly survey of factory bosses', 'The decision', 'The jury’s conclusion', 'the verdict', 'the resolution adopted by the board']) expect(type(p), p).toBe('document');
    expect(type('Politico, a news site')).toBe('media');
    expect(type('Gallup, the polling firm')).toBe('named-organization');
  });

  it('types one person singled out of a vague group as anonymous, a text among texts as a document, and a named person with their team as named', () => {
    for (const p of ['One of our largest customers in Shenzhen', 'one of the experts']) expect(type(p), p).toBe('anonymous');
    for (const p of ['one of the polls', 'One of the studies']) expect(type(p), p).toBe('document');
    expect(type('Some of the customers')).toBe('vague');
    for (const p of ['Dr Morrow and her co-authors', 'Dr Morrow and her team']) expect(type(p), p).toBe('named-person');
  });

  it('types a company\'s financial accounts as a document, and a person\'s account as theirs', () => {
    for (const p of ['The club’s most recent accounts, filed in March', "The company's latest accounts", 'its annual accounts']) expect(type(p), p).toBe('document');
    expect(type("Witnesses' accounts")).toBe('anonymous');
  });

  it('types makers of chips, devices and tests by the word their name ends on ("Aldercrest Semiconductor")', () => {
    for (const p of ['Aldercrest Semiconductor', 'Halden Diagnostics', 'Corvid Microsystems']) expect(type(p), p).toBe('named-organization');
  });

  it('types an outlet\'s report, a magazine named a review, a news release, a communiqué, a text its signer is named after, and a company called "AI"', () => {
    for (const p of ['a report on Wednesday in the Lakeshore Tribune', 'a report in the Des Moines Register', 'a new report by Politico', 'The Coastal Business Review', 'The Harbor Post', 'The student newspaper, the Eastlake Clarion']) expect(type(p), p).toBe('media');
    for (const p of ['a tally by the Tessaly Valley Gazette', 'a count by The Associated Press', 'an analysis published in October by Calloway Public Radio', 'a tally kept by The Calder City Ledger', 'an analysis compiled by The Texas Tribune']) expect(type(p), p).toBe('media');
    expect(type('A count by the county')).toBe('document');
    for (const p of ['WPET-TV', 'KSRN 7', 'The Baltimore Sun', 'A 1996 review in the Eastbrook Weekly Sun']) expect(type(p), p).toBe('media');
    for (const p of ['KPMG', 'WADA']) expect(type(p), p).toBe('named-organization');
    for (const p of ['The opinion', 'the unsigned opinion', 'a post']) expect(type(p), p).toBe('document');
    expect(type('an internal report obtained by the Courier')).toBe('document');
    for (const p of ['a Pentagon review', "The university's news release", 'The final communiqué', 'A second memo, written by the deputy chief of staff, Lydia Brandt', 'The four-page memo, dated Feb. 11 and signed by the chief of staff, Gordon Pike', 'a letter the commission sent to the company last week']) expect(type(p), p).toBe('document');
    expect(type('Tessellate AI')).toBe('named-organization');
    expect(type('columnist Ai Jun')).toBe('named-person');
  });

  it('reads a name\'s particle inside it ("The newspaper Diário do Sul", "Ursula von der Leyen")', () => {
    expect(type('The newspaper Diário do Sul')).toBe('media');
    expect(type('Ursula von der Leyen')).toBe('named-person');
  });

  it('types a body no name or "the" singles out as an unnamed group ("One faction", "an environmental group")', () => {
    for (const p of ['One faction', 'an environmental group', 'A faction']) expect(type(p), p).toBe('anonymous');
    expect(type('the faction')).toBe('named-organization');
    expect(type('A pending ballot initiative')).not.toBe('anonymous');
  });

  it('types experts a deed of theirs singles out as unnamed people ("The engineers who examined the pier")', () => {
    expect(type('The engineers who examined the pier')).toBe('anonymous');
    expect(type('The engineers')).toBe('vague');
    expect(type('Engineers who examined the pier')).toBe('vague');
  });

  it('types monitors and observers from a named body as unnamed people, not a vague group', () => {
    expect(type('Monitors from the Organisation for Regional Security, which has 60 observers deployed along the front line')).toBe('anonymous');
  });
});
