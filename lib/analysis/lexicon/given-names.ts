/**
 * Given names that in English-language news almost always name a woman or a man, so that "she"
 * does not reach back to "Bernard Ortiz" and "he" not to "Helen Marsh". From the most common names
 * of the US Social Security Administration's lists of the last century, and common names of
 * Europe, Russia, Latin America, South Asia, Africa, East Asia and the Arab world, by hand. Names
 * used for both (Kelly, Jordan, Terry, Jean, Sasha) are left out, and so are names as often
 * surnames (Graham, Owen, Oliver, Lester), since every word of a name is read.
 */
export const FEMALE_GIVEN_NAMES = [
  'aaliyah', 'abigail', 'aisha', 'alice', 'alison', 'amanda', 'amber', 'amelia', 'amina', 'amira',
  'amy', 'ana', 'andrea', 'angela', 'anjali', 'ann', 'anna', 'annabel', 'ashley', 'astrid', 'ava',
  'barbara', 'beatriz', 'betty', 'beverly', 'brenda', 'brittany', 'carly', 'carmen', 'carol',
  'carolyn', 'catherine', 'charlotte', 'chelsea', 'cheryl', 'chiara', 'chloe', 'christina',
  'christine', 'claire', 'claudette', 'colleen', 'cynthia', 'danielle', 'deborah', 'debra',
  'denise', 'diana', 'diane', 'dianne', 'donna', 'doris', 'elena', 'elise', 'elizabeth', 'ella',
  'ellen', 'emily', 'emma', 'eva', 'evelyn', 'fatima', 'fiona', 'frances', 'francesca', 'giulia',
  'gloria', 'grace', 'greta', 'hana', 'hannah', 'harriet', 'heather', 'helen', 'helena', 'hilary',
  'hillary', 'imogen', 'ines', 'ingrid', 'irene', 'irina', 'isabel', 'isabella', 'jacqueline',
  'jane', 'janet', 'janice', 'jeanne', 'jennifer', 'jessica', 'joan', 'joyce', 'judith', 'judy',
  'julia', 'julie', 'karen', 'katherine', 'kathleen', 'kathryn', 'katrin', 'kayla', 'keiko',
  'kimberly', 'kirsten', 'lakshmi', 'laura', 'lauren', 'layla', 'leah', 'leila', 'lina', 'linda',
  'lisa', 'lori', 'lucia', 'lucy', 'madeleine', 'madison', 'margaret', 'marguerite', 'maria',
  'mariam', 'marie', 'marilyn', 'marsha', 'martha', 'mary', 'maya', 'meera', 'megan', 'meghan',
  'melissa', 'meredith', 'mia', 'michele', 'michelle', 'miriam', 'nadia', 'naledi', 'nancy',
  'natalie', 'natasha', 'nicole', 'nikki', 'nora', 'olga', 'olivia', 'pamela', 'patricia', 'priya',
  'rachel', 'rania', 'rebecca', 'rosa', 'ruby', 'ruth', 'samantha', 'sandra', 'sara', 'sarah',
  'sharon', 'sheila', 'shirley', 'sian', 'sofia', 'sonia', 'sophia', 'sophie', 'stephanie',
  'sunita', 'susan', 'susana', 'svetlana', 'tatiana', 'teresa', 'tessa', 'theresa', 'valentina',
  'valerie', 'victoria', 'virginia', 'yasmin', 'yvonne', 'zainab', 'zoe',
];

export const MALE_GIVEN_NAMES = [
  'aaron', 'abdul', 'adam', 'ahmed', 'al', 'alan', 'albert', 'aldo', 'alexander', 'ali', 'andrei',
  'andrew', 'anthony', 'arjun', 'arthur', 'austin', 'barack', 'bashar', 'ben', 'benjamin',
  'bernard', 'bernie', 'bill', 'billy', 'bob', 'bobby', 'boris', 'brandon', 'brian', 'bruce',
  'bryan', 'carl', 'carlos', 'charles', 'christian', 'christopher', 'colin', 'dan', 'daniel',
  'darnell', 'david', 'dennis', 'diego', 'dmitri', 'dominic', 'donald', 'douglas', 'ed', 'edward',
  'elijah', 'emmanuel', 'eric', 'erik', 'ethan', 'eugene', 'felipe', 'felix', 'francois', 'frank',
  'fred', 'gabriel', 'gareth', 'gary', 'george', 'gerald', 'giovanni', 'greg', 'gregory',
  'hank', 'hans', 'harold', 'harry', 'hassan', 'henry', 'hiroshi', 'hugo', 'hussein', 'ibrahim',
  'idris', 'igor', 'ivan', 'jack', 'jacob', 'jacques', 'james', 'jared', 'jason', 'javier',
  'jean-claude', 'jeff', 'jeffrey', 'jeremy', 'jerry', 'jesse', 'jim', 'joe', 'john', 'johnny',
  'jonathan', 'jorge', 'jose', 'joseph', 'joshua', 'juan', 'jurgen', 'justin', 'keith', 'ken',
  'kenji', 'kenneth', 'kevin', 'khalid', 'klaus', 'kofi', 'kwame', 'kyle', 'larry', 'lars',
  'lawrence', 'leo', 'liam', 'logan', 'lou', 'louis', 'luca', 'luis', 'mahmoud',
  'manuel', 'marco', 'marcus', 'mark', 'matteo', 'matthew', 'michael', 'miguel', 'mike', 'mikhail',
  'mirko', 'mitch', 'mitchell', 'mohammed', 'muhammad', 'mustafa', 'narendra', 'nathan',
  'nicholas', 'nils', 'noah', 'oleg', 'omar', 'oscar', 'pablo', 'paolo',
  'patrick', 'paul', 'pedro', 'peter', 'philip', 'pierre', 'rafael', 'rahul', 'rajesh', 'ralph',
  'randy', 'raymond', 'recep', 'rhys', 'richard', 'rick', 'robert', 'roger', 'ron', 'ronald',
  'ronan', 'roy', 'rudolph', 'russell', 'ryan', 'samuel', 'scott', 'sean', 'sergei', 'shinzo',
  'stefan', 'stephen', 'steve', 'steven', 'sven', 'tariq', 'ted', 'thomas', 'tim', 'timothy',
  'tom', 'tomas', 'tomás', 'tyler', 'vincent', 'vladimir', 'walter', 'wayne', 'william', 'willie',
  'yusuf', 'zachary',
];
