/**
 * Source-phrase vocabulary for classifySource, sorted by the types of ../../../shared/corpus/GUIDELINES.md
 * (the guidelines' own examples plus the commonest lower-case source heads seen in PolNeAR train,
 * printed by scripts/mine-lexicon.ts --heads). Nouns are singular lemmas; plurals come from
 * ../inflect.ts.
 */

/** Unnamed specific people: a role, affiliation or knowledge without a name (anonymous). */
export const ANONYMOUS_NOUNS = [
  'official', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'author', 'co-author',
  'diplomat', 'insider', 'staffer', 'employee', 'operative', 'strategist', 'person', 'officer',
  'investigator', 'auditor', 'prosecutor', 'lawmaker', 'politician', 'executive', 'boss', 'representative',
  'negotiator', 'commander', 'member', 'lawyer', 'attorney', 'confidant', 'associate', 'worker',
  'staff', 'minister', 'director', 'manager', 'senator', 'congressman', 'congresswoman', 'governor',
  'delegate', 'donor', 'ally', 'friend', 'colleague', 'teammate', 'classmate', 'roommate', 'coworker', 'co-worker', 'relative', 'neighbor', 'neighbour', 'witness', 'eyewitness', 'bystander', 'onlooker',
  'resident', 'doctor', 'nurse', 'teacher', 'student', 'soldier', 'agent', 'leader', 'chairman',
  'chairwoman', 'secretary', 'president', 'judge', 'aide-de-camp', 'pollster', 'activist', 'organizer', 'organiser',
  'volunteer', 'man', 'woman', 'mother', 'father', 'son', 'daughter', 'wife', 'husband',
  'brother', 'sister', 'victim', 'survivor', 'reporter', 'correspondent', 'editor', 'founder', 'ceo',
  'adviser', 'planner', 'veteran', 'insider', 'authority', 'protester', 'protestor', 'demonstrator',
  // Members of parliaments in British, Irish, Indian and European usage.
  'mp', 'mep', 'msp', 'td', 'mla', 'whip',
  // Those at the scene of a fire, a crash or a crime, and on a team: specific people by role.
  'firefighter', 'paramedic', 'rescuer', 'medic', 'lifeguard', 'trooper', 'deputy', 'detective', 'guard',
  'coroner', 'surgeon', 'physician', 'pilot', 'inspector', 'coach', 'player', 'captain', 'referee',
  // The parties to a case and its jury: specific people by their part in it.
  'plaintiff', 'defendant', 'petitioner', 'appellant', 'litigant', 'claimant', 'complainant', 'accuser', 'suspect', 'juror',
];

/**
 * Speaker labels of broadcast and debate transcripts that name a role, not a person (lower case):
 * the labels news transcripts (CNN, Fox News, NPR, the debate commissions) give speakers they do not name.
 */
export const TRANSCRIPT_ROLES = [
  'host', 'co-host', 'anchor', 'moderator', 'announcer', 'interviewer', 'questioner', 'narrator',
  'reporter', 'correspondent', 'caller', 'audience', 'audience member', 'crowd', 'unidentified male',
  'unidentified female', 'unknown', 'voice', 'panelist', 'guest',
];

/**
 * Words of a role beside the nouns above that stand between capitals before a name in news copy
 * ("Former United captain Roy Kean", "Clinton communications director Jennifer Palmieri", "Clinton
 * campaign manager Robby Mook"). By hand.
 */
export const ROLE_MODIFIERS = ['former', 'vice', 'presidential', 'communications', 'captain', 'striker', 'moderator', 'campaign', 'policy', 'political', 'senior', 'executive', 'national', 'security', 'research'];

/** Unspecific groups and indefinite pronouns (vague). */
export const VAGUE_NOUNS = [
  'expert', 'critic', 'analyst', 'observer', 'commentator', 'pundit', 'economist', 'scientist',
  'researcher', 'scholar', 'academic', 'historian', 'supporter', 'opponent', 'detractor', 'skeptic',
  'voter', 'people', 'rumor', 'rumour', 'some', 'many', 'others', 'most', 'few', 'several', 'those', 'everyone',
  'everybody', 'anyone', 'nobody', 'someone', 'somebody', 'conservative', 'liberal', 'progressive',
  'advocate', 'proponent', 'citizen', 'public', 'world', 'west', 'community', 'fan', 'follower',
  'backer', 'conspiracy theorist', 'theorist', 'watcher', 'investor', 'trader', 'consumer', 'market',
  'parent', 'homeowner', 'taxpayer', 'american', 'tourist',
  // Those who campaign for a cause, as "critics" and "advocates" do ("Privacy campaigners said"), or
  // object to a plan, as "opponents" do ("Objectors argued").
  'campaigner', 'objector',
  // Received opinion, held by no one in particular ("Conventional wisdom holds that ...").
  'wisdom', 'consensus',
];

/** Documents and data (document). */
export const DOCUMENT_NOUNS = [
  'report', 'study', 'poll', 'polling', 'survey', 'document', 'filing', 'statement', 'data', 'analysis', 'memo', 'memorandum',
  'letter', 'email', 'e-mail', 'record', 'figure', 'research', 'note', 'bill', 'law', 'complaint',
  'ruling', 'judgment', 'judgement', 'opinion', 'indictment', 'audit', 'review', 'transcript', 'lawsuit', 'suit', 'affidavit', 'testimony', 'deposition',
  'assessment', 'estimate', 'forecast', 'release', 'communique', 'communiqué', 'decree', 'order', 'guidance',
  'guideline', 'regulation', 'budget', 'proposal', 'plan', 'paper', 'white paper', 'textbook', 'book',
  'article', 'editorial', 'op-ed', 'column', 'post', 'tweet', 'message', 'website', 'site', 'ad',
  'advertisement', 'video', 'footage', 'statistic', 'census', 'finding', 'result', 'map', 'chart',
  'model', 'projection', 'index', 'warrant', 'cable', 'dossier', 'file', 'log', 'minutes', 'manifesto',
  'platform', 'contract', 'agreement', 'treaty', 'constitution', 'policy', 'rule', 'notice', 'brief',
  'motion', 'petition', 'complaint', 'submission', 'tabulation', 'response', 'reply', 'rebuttal', 'sign', 'banner', 'speech', 'interview', 'evidence',
  // Figures a count or a calculation yields ("the average of polls shows", "an AP tally found").
  'average', 'tally', 'count', 'tracker', 'ranking', 'calculation', 'breakdown', 'compilation', 'list', 'spreadsheet',
  // Data services that are read as documents ("according to CME Group's FedWatch tool").
  'tool', 'database', 'dashboard', 'dataset', 'register', 'registry',
  // Slides shown or passed round ("an internal slide deck obtained by the paper").
  'deck', 'slides', 'presentation',
  // Records a machine or a camera made ("Telemetry released by the agency showed", "Satellite images show").
  'telemetry', 'imagery', 'image', 'photo', 'photograph', 'recording', 'reading',
  // Texts not yet final, cut short or passed on ("according to a draft seen by Reuters", "a summary
  // released by the union", "according to a copy obtained by The Times").
  'draft', 'summary', 'copy', 'excerpt',
  // Texts put up or sent out, which "read" what they say ("the warning read", "a placard read").
  'placard', 'poster', 'headline', 'caption', 'inscription', 'plaque', 'billboard', 'slogan', 'warning', 'alert', 'text',
  'advisory', 'bulletin', 'notification', 'circular', 'flyer', 'leaflet', 'handout', 'newsletter',
  // Accounts an office issues of a meeting or a call, and what inspectors or investigators write up
  // ("an internal investigation concluded", "the inquiry found").
  'readout', 'slide', 'presentation', 'inspection', 'investigation', 'inquiry', 'probe', 'autopsy', 'post-mortem',
  // Reference texts.
  'documentation', 'manual', 'handbook', 'specification', 'encyclopedia', 'dictionary',
  // What a gallery, a board or a service puts out for its public ("the catalog notes", "the meeting agenda
  // lists", "its morning update warned", "a footnote in the post says"). By hand.
  'catalog', 'catalogue', 'agenda', 'update', 'footnote', 'brochure', 'prospectus',
  // Pages put up to raise money or to speak for a cause ("A GoFundMe page set up for the family says").
  'page', 'webpage', 'fundraiser',
  // A clinical trial by what it found ("a large trial ... has found").
  'trial',
  // What a prosecutor or an auditor files ("According to the charge sheet", "The final accounting, released by the
  // comptroller, shows"), tests and documentaries that show.
  'sheet', 'accounting', 'test', 'documentary',
  // Schedules a deal or a mediator sets out ("a timetable published by the mediators says").
  'timetable', 'roadmap',
  // A complaint police register in India, the First Information Report ("according to an FIR registered at ...").
  'fir',
  // Recorded evidence that "shows" ("Satellite images reviewed by the newspaper show ...").
  'image', 'photo', 'photograph', 'screenshot', 'recording', 'tape', 'audio',
];

/**
 * Words that make a company's "accounts" its financial statements, a document ("The club's most recent
 * accounts, filed in March, show"), not someone's telling ("the witness's account"). UK and US business usage.
 */
export const FINANCIAL_ACCOUNT_WORDS = ['latest', 'annual', 'audited', 'unaudited', 'published', 'filed', 'recent', 'financial', 'statutory', 'interim', 'full-year', 'half-year', 'year-end', 'quarterly'];

/** Texts that "read" their words: '"Not a drill," the warning read.' (the document nouns above that are displayed or sent). */
export const READING_TEXTS = ['sign', 'banner', 'placard', 'poster', 'headline', 'caption', 'inscription', 'plaque', 'billboard', 'slogan', 'warning', 'alert', 'text', 'note', 'message', 'notice', 'statement', 'letter', 'post', 'tweet', 'email', 'label'];

/**
 * Nouns a business story uses for a company it has already named ("Boeing said ... The planemaker
 * said"): organisations, and back-references to the last company named. English business usage.
 */
export const BUSINESS_NOUNS = [
  'company', 'firm', 'planemaker', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'retailer',
  'airline', 'manufacturer', 'lender', 'supplier', 'conglomerate', 'startup', 'start-up', 'giant', 'operator',
  // The head of two-word forms ("the drug maker", "the toy maker") and other trades a company is named by.
  'maker', 'insurer', 'utility', 'chain', 'distributor', 'exporter', 'refiner', 'brokerage',
];

/** A party member on second mention ("Sen. Warren ... The Democrat said"): a back-reference to a person. */
export const PARTY_MEMBERS = ['democrat', 'republican', 'tory', 'socialist', 'libertarian'];

/**
 * Words that end company names ("Whole Foods", "General Motors", "Westmere Homes"), so that "the
 * company" can stand for them. English business usage and the trades the helper-written news names
 * companies for.
 */
export const COMPANY_NAME_ENDINGS = [
  'foods', 'motors', 'airlines', 'airways', 'energy', 'partners', 'capital', 'holdings', 'systems',
  'technologies', 'pharmaceuticals', 'labs', 'communications', 'electric', 'petroleum', 'oil', 'steel',
  'mining', 'metals', 'minerals', 'resources', 'railway', 'railroad', 'telecom', 'entertainment', 'studios', 'publishing', 'insurance',
  'brands', 'industries', 'enterprises', 'ventures', 'solutions', 'utilities', 'software',
  'therapeutics', 'biosciences', 'events', 'productions', 'promotions',
  'chemical', 'biologics', 'analytics',
  // Carriers and utilities named for what they carry ("Network Rail", "Ford Motor"; not "water", whose
  // plural is a surname) and health providers ("Kaiser Health").
  'rail', 'gas', 'motor', 'health', 'healthcare', 'logistics', 'chemicals', 'pictures', 'films', 'farms', 'brewery', 'breweries', 'bakery', 'bakeries', 'distillery', 'winery', 'vineyards', 'cellars', 'bodega', 'freight', 'renewables',
  // Housebuilders and landlords named for what they build or let ("Westmere Homes").
  'homes', 'properties', 'developments', 'construction', 'builders',
  // Trades a company is named for ("Brask Defence", "Drewmark Maritime", "Dorin Textiles", "Halberd Pharma", "Brightwing Air").
  'defence', 'defense', 'maritime', 'shipping', 'textiles', 'pharma', 'aerospace', 'air', 'apparel', 'cosmetics', 'robotics',
  // Publishers named for their editions ("Marwood Editions"; "Books" and "Records" are read in classify.ts),
  // brokers and offshore builders ("Marbury Securities", "Greyseal Offshore").
  'editions', 'securities', 'offshore',
  // Makers of chips, devices and tests ("Aldercrest Semiconductor", "Halden Diagnostics").
  'semiconductor', 'semiconductors', 'electronics', 'devices', 'instruments', 'microsystems', 'diagnostics', 'genomics', 'biotech',
];

/**
 * Trades of people and of firms alike, which say a company only before its name ("The developer,
 * Greyseal Offshore", "The tour's promoter, Northgate Live"); "Angelique Brunner, a developer" is a person, and
 * so is "Its regional organiser, Danny Mulgrew". By hand.
 */
export const FIRM_OR_PERSON_TRADES = ['developer', 'promoter', 'contractor', 'administrator', 'liquidator', 'receiver', 'auditor'];

/** Bodies that speak as one (named-organization when a name or "the" + one of these stands alone). */
export const ORGANIZATION_NOUNS = [
  'government', 'administration', 'ministry', 'department', 'agency', 'office', 'committee', 'council',
  'commission', 'court', 'police', 'military', 'army', 'navy', 'force', 'campaign',
  'group', 'party', 'union', 'association', 'organization', 'organisation', 'institute', 'foundation',
  'university', 'college', 'school', 'bank', 'board', 'authority', 'service', 'bureau', 'center',
  'centre', 'team', 'parliament', 'congress', 'senate', 'house', 'cabinet', 'regime', 'corporation',
  'inc', 'corp', 'ltd', 'llc', 'network', 'coalition', 'alliance', 'federation', 'league', 'club',
  'church', 'embassy', 'consulate', 'secretariat', 'state', 'city', 'county', 'district', 'province',
  'hospital', 'tribunal', 'panel', 'caucus', 'movement', 'leadership', 'establishment', 'industry',
  'nation', 'country', 'kremlin', 'pentagon', 'white house', 'downing street', 'wall street', 'fund', 'trust', 'guard',
  'directorate', 'secretary', 'ministry', 'chamber', 'assembly', 'legislature', 'municipality', 'faction',
  // Armed groups, observer and diplomatic missions, and a country's opposition as a bloc ("the Red Ridge
  // Brigade militia said", "the SLC mission said", "the opposition rejected ...").
  'militia', 'mission', 'opposition',
  // Research bodies ("the Instrumentation Laboratory said").
  'laboratory', 'lab',
  // Places that stand for the body that sits there, as "Downing Street" does.
  'scotland yard', 'capitol hill', 'foggy bottom', 'number 10', 'élysée', 'elysee',
  // A royal household by its residence ("Buckingham Palace said", "the palace announced").
  'palace',
  // Bodies of general news that PolNeAR's US politics seldom quotes.
  'charity', 'nonprofit', 'watchdog', 'regulator', 'think tank', 'management',
  // What business news calls a company on second mention ("the planemaker said").
  ...BUSINESS_NOUNS,
  ...COMPANY_NAME_ENDINGS, 'airport', 'constabulary',
  // A body's local part ("The Pellham branch of the Nurses' Guild").
  'branch', 'chapter',
  // Words that end the names of sports clubs and unions ("Manchester United", "Bristol Rovers").
  'united', 'rovers', 'wanderers', 'ladies',
  'institution', 'museum', 'gallery', 'library', 'society', 'academy', 'initiative', 'project', 'clinic', 'zoo', 'aquarium',
  // Church bodies ("the archdiocese said", "the Synod voted") and fronts ("the Ulm People's Front").
  'archdiocese', 'diocese', 'synod', 'front',
  // A country's envoys ("Ostrelia's delegation said") and houses of worship.
  'delegation', 'mosque', 'temple', 'synagogue', 'parish', 'cathedral',
  // A land trust and an office's part ("the conservancy said", "the Consumer Division").
  'conservancy', 'division',
  // Bodies that speak as one in courts, arts and science news ("the jury said", "the estate claims").
  'jury', 'estate', 'consortium', 'collaborative', 'cooperative', 'partnership', 'festival',
  // Shops and businesses named for what they are ("Fernhill Pharmacy").
  'pharmacy', 'supermarket', 'hotel', 'restaurant',
  // Words that end the names of advocacy groups ("Human Rights Watch", "Amnesty International").
  'watch', 'international',
  // Trade bodies of the old kind ("the Rail Conductors' Guild").
  'guild',
];

/** Social platforms where words are posted: "wrote ... on Instagram" says where, never who. By hand. */
export const SOCIAL_PLATFORMS = ['twitter', 'x', 'facebook', 'instagram', 'tiktok', 'youtube', 'telegram', 'linkedin', 'threads', 'reddit', 'snapchat', 'weibo', 'wechat', 'bluesky', 'substack', 'mastodon'];

/** News outlets and wire services (media), lower case. */
export const MEDIA_OUTLETS = [
  'reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'bloomberg', 'cnn', 'bbc', 'nbc',
  'abc', 'cbs', 'msnbc', 'fox news', 'fox', 'npr', 'pbs', 'new york times', 'times', 'washington post',
  'post', 'wall street journal', 'journal', 'usa today', 'los angeles times', 'guardian', 'telegraph',
  'independent', 'financial times', 'economist', 'politico', 'axios', 'the hill', 'breitbart',
  'huffington post', 'huffpost', 'buzzfeed', 'buzzfeed news', 'vox', 'slate', 'daily beast',
  'daily mail', 'mail', 'sun', 'mirror', 'al jazeera', 'al-jazeera', 'tass', 'xinhua', 'irna', 'isna',
  'tasnim', 'fars', 'press tv', 'sky news', 'itv', 'channel 4', 'le monde', 'der spiegel', 'spiegel',
  'haaretz', 'jerusalem post', 'times of israel', 'yonhap', 'kyodo', 'nikkei', 'the atlantic',
  'new yorker', 'time', 'newsweek', 'national review', 'mother jones', 'the nation', 'salon',
  'washington times', 'new york post', 'daily caller', 'the intercept', 'propublica', 'drudge report',
  'cnbc', 'univision', 'telemundo', 'des moines register', 'boston globe', 'chicago tribune',
  'miami herald', 'herald', 'herald sun', 'the age', 'abc news', 'nbc news', 'cbs news', 'sky',
  'yahoo news', 'the daily telegraph', 'the sunday times', 'the observer', 'el pais', 'wikileaks',
  // Broadcasters and sites of sport, business and world news.
  'espn', 'the athletic', 'sports illustrated', 'sky sports', 'bbc sport', 'marca', 'cnn business',
  'business insider', 'the verge', 'techcrunch', 'wired', 'ars technica',
  'deutsche welle', 'dw', 'france 24', 'euronews', 'rte', 'cbc', 'abc australia', 'nhk', 'al arabiya',
  'middle east eye', 'semafor',
];

/**
 * Last words of newspaper names ("The Harbour Gazette", "Chicago Tribune"): the mastheads in the
 * outlet list above generalised to titles not listed, lower case.
 */
export const MASTHEAD_WORDS = [
  'gazette', 'times', 'post', 'journal', 'herald', 'tribune', 'chronicle', 'ledger', 'courier',
  'observer', 'telegraph', 'guardian', 'register', 'inquirer', 'examiner', 'bulletin', 'sentinel',
  'dispatch', 'mirror', 'express', 'star', 'globe', 'independent', 'gazette-journal', 'newsletter',
  'echo', 'clarion', 'advertiser', 'recorder', 'messenger', 'argus', 'beacon', 'review', 'standard', 'lantern',
  // Magazines named for how often they come out ("Us Weekly", "Publishers Weekly").
  'weekly', 'monthly',
  // Mastheads of the kind of "The Hollywood Reporter", "Ottawa Citizen", "The Sacramento Bee", "The Baltimore Sun".
  'reporter', 'citizen', 'enquirer', 'bee', 'statesman', 'sun',
];

/** Nouns that make an outlet's reporting, not a document ("local news reports", "a Reuters report"). */
export const MEDIA_NOUNS = ['news', 'media', 'newspaper', 'outlet', 'press', 'broadcaster', 'network', 'tabloid', 'channel', 'magazine', 'wire', 'daily', 'television', 'tv', 'radio', 'journal', 'publication', 'podcast'];

/** Titles before a person's name ("Supreme Leader", "Sen.", "chief inspector"), lower case, no dot. */
export const PERSON_TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov',
  'governor', 'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'ayatollah', 'supreme', 'leader', 'pope', 'rev', 'reverend', 'judge',
  'justice', 'gen', 'general', 'col', 'colonel', 'lt', 'capt', 'captain', 'sgt', 'adm', 'admiral', 'mayor',
  'chief', 'inspector', 'detective', 'officer', 'sir', 'dame', 'lord', 'lady', 'speaker', 'ambassador',
  'commissioner', 'director', 'chairman', 'chairwoman', 'ceo', 'founder', 'candidate', 'nominee',
  'attorney', 'sheriff', 'coach', 'father', 'rabbi', 'imam', 'cardinal', 'bishop', 'archbishop', 'emir', 'sultan', 'lama', 'patriarch',
  'crown', 'deputy', 'foreign', 'defense', 'defence', 'interior', 'finance', 'opposition', 'press', 'premier',
  'state', 'house', 'senate', 'majority', 'minority', 'whip', 'spokesman', 'spokeswoman', 'analyst',
  'editor', 'host', 'anchor', 'columnist', 'writer', 'economist', 'strategist', 'adviser', 'advisor',
  'aide', 'manager', 'chair', 'co-founder', 'author', 'pollster', 'lawyer', 'professor',
  // Local and legislative offices ("City Councilwoman Rita Chavez", "Assemblyman Tom Hale").
  'councilman', 'councilwoman', 'councilmember', 'alderman', 'alderwoman', 'assemblyman', 'assemblywoman',
  // British and Commonwealth spellings and offices ("Cllr Derek Famuyiwa", "coroner Laura Beckett").
  'councillor', 'cllr', 'coroner',
  // British police ranks as written before a name ("DS Kieran Moss", "Det Supt Alison Reid", "PC Tom Lyle").
  'ds', 'dc', 'di', 'dci', 'dcs', 'det', 'supt', 'insp', 'pc', 'pcso',
  'congressman', 'congresswoman', 'supervisor', 'selectman', 'delegate', 'trustee', 'comptroller', 'treasurer',
  // Offices of schools and universities ("Dean of Graduate Studies Helen Park", "Superintendent Karen Holloway").
  'dean', 'provost', 'superintendent',
  // "Council member Ruiz", "Board member Smith": an office written as two words.
  'member',
];

/** Plurals of party members that neither test in classify.ts reads as a group ("Senior Tories"). British usage, by hand. */
export const PARTY_PLURALS = ['tories', 'whigs', 'greens', 'blairites', 'corbynites', 'brexiteers', 'remainers'];

/**
 * Peoples whose plural ends in "-is" ("Israelis"): the plural test in classify.ts cannot tell these
 * from surnames such as "Davis" or "Harris", so they are listed. From the demonyms of the countries
 * in PLACES and their neighbours.
 */
export const PEOPLES_IN_IS = [
  'israelis', 'pakistanis', 'iraqis', 'saudis', 'somalis', 'kuwaitis', 'yemenis', 'omanis', 'qataris',
  'emiratis', 'bahrainis', 'bangladeshis', 'afghanis', 'nepalis', 'kashmiris', 'punjabis', 'azerbaijanis',
];

/**
 * Peoples and faiths whose plural the suffix test in classify.ts misses ("Latinos", "Muslims"):
 * capitalised, they would pass for names. From the US Census's and Pew's group labels, by hand.
 */
export const PEOPLES_OTHER = [
  'latinos', 'latinas', 'hispanics', 'chicanos', 'filipinos', 'arabs', 'kurds', 'jews', 'muslims',
  'catholics', 'protestants', 'evangelicals', 'mormons', 'hindus', 'sikhs', 'sunnis', 'shiites',
];

/** Nouns for a person's role beyond ANONYMOUS_NOUNS: "Hemsley, the co-author of ..." is a person. */
export const PERSON_ROLE_NOUNS = [
  'author', 'co-author', 'professor', 'economist', 'analyst', 'historian', 'scientist', 'researcher',
  'expert', 'scholar', 'candidate', 'nominee', 'writer', 'columnist', 'lecturer', 'fellow', 'host',
  'anchor', 'singer', 'actor', 'actress', 'owner', 'voter', 'supporter', 'critic', 'mom', 'dad', 'grandmother',
  'grandfather', 'retiree', 'physician', 'pastor', 'priest', 'coach', 'player', 'artist', 'professor',
  // Kin, business and everyday roles of people quoted in crime, court and local news. By hand.
  'partner', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'girlfriend', 'boyfriend', 'fiancé', 'fiancée',
  'tenant', 'landlord', 'patient', 'customer', 'client', 'passenger', 'driver', 'shopkeeper', 'farmer',
  // Clerks and keepers of local offices ("council clerk Maria Esposito", "town clerk").
  'clerk', 'registrar', 'librarian', 'caretaker',
  // Trades of the workers quoted in business and local news ("An engineer in the company's Dublin office ... she said").
  'engineer', 'programmer', 'technician', 'mechanic', 'electrician', 'plumber', 'accountant', 'pharmacist', 'dentist',
  'architect', 'designer', 'chef', 'cook', 'waiter', 'waitress', 'bartender', 'cashier', 'janitor', 'welder',
  'builder', 'carpenter', 'roofer', 'bricklayer', 'labourer', 'laborer', 'tradesman', 'tradie', 'baker', 'painter',
  // Courtroom roles of British and Commonwealth reports ("barrister Owen Tate").
  'barrister', 'solicitor', 'advocate',
  // Sport, on second mention ("Tobias Kiprono ... the runner said").
  'runner', 'athlete', 'swimmer', 'cyclist', 'rider', 'jockey', 'boxer', 'goalkeeper', 'midfielder', 'defender', 'forward', 'batsman', 'bowler', 'sprinter', 'skier',
];

/**
 * Capitalised collectives that no one speaks for ("reviled in the West as", GUIDELINES §1's
 * "unspecific, unidentifiable group"): vague, though they look like places. Lower case.
 */
export const VAGUE_COLLECTIVES = ['the west', 'the east', 'the world', 'the international community', 'the arab world', 'the muslim world'];

/** Countries, capitals and seats of power that speak for their governments ("Tehran says"). */
export const PLACES = [
  'iran', 'israel', 'russia', 'china', 'ukraine', 'syria', 'iraq', 'egypt', 'turkey', 'france',
  'germany', 'britain', 'england', 'japan', 'india', 'pakistan', 'afghanistan', 'saudi arabia',
  'qatar', 'lebanon', 'jordan', 'sudan', 'libya', 'tunisia', 'yemen', 'mexico', 'canada', 'brazil',
  'venezuela', 'cuba', 'north korea', 'south korea', 'south africa', 'zimbabwe', 'kenya', 'nigeria',
  'ethiopia', 'australia', 'spain', 'italy', 'poland', 'greece', 'washington', 'moscow', 'beijing',
  'tehran', 'jerusalem', 'ankara', 'cairo', 'riyadh', 'damascus', 'baghdad', 'kyiv', 'kiev', 'london',
  'paris', 'berlin', 'brussels', 'tokyo', 'seoul', 'pyongyang', 'delhi', 'new delhi', 'islamabad',
  'kabul', 'havana', 'caracas', 'ottawa', 'canberra', 'harare', 'nairobi', 'pretoria', 'tunis',
  'the united states', 'united states', 'u.s', 'us', 'uk', 'u.k', 'united kingdom', 'europe', 'eu',
  'nato', 'un', 'u.n', 'beirut', 'gaza', 'taiwan', 'hong kong', 'vatican', 'asia', 'africa',
];

/**
 * Words a body goes by on second mention that its name does not hold: "Marrington Police said ...
 * The force said", "The Western Basketball Association ... the league said". British, American and sports usage, by hand.
 */
export const BODY_SYNONYMS: Record<string, readonly string[]> = {
  force: ['police', 'constabulary'],
  league: ['association'],
  // American usage: a union local ("United Food Workers Local 9 ... The union said") and a hospital
  // named as a medical center.
  union: ['local', 'workers', 'teamsters', 'guild', 'brotherhood'],
  hospital: ['medical center', 'medical centre', 'infirmary'],
};

/** Words a text goes by on second mention that its first did not use: "a poll ... The survey found", "a study ... the paper". By hand. */
export const DOCUMENT_SYNONYMS: Record<string, readonly string[]> = {
  survey: ['poll'],
  poll: ['survey'],
  paper: ['study'],
  study: ['paper'],
  memo: ['memorandum'],
  memorandum: ['memo'],
};
