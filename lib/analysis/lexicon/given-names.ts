/**
 * Given names that in English-language news almost always name a woman or a man, so that "she"
 * does not reach back to "Bernard Ortiz" and "he" not to "Helen Marsh". From the most common names
 * of the US Social Security Administration's lists of the last century, and common names of
 * Europe, Latin America, South Asia and the Arab world, by hand; names used for both (Kelly, Jordan,
 * Terry, Jean, Sasha) are left out.
 */
export const FEMALE_GIVEN_NAMES = [
  'abigail', 'aisha', 'alice', 'alison', 'amanda', 'amber', 'amina', 'amy', 'ana',
  'andrea', 'angela', 'anjali', 'ann', 'anna', 'ashley', 'astrid', 'barbara', 'beatriz', 'betty',
  'beverly', 'brenda', 'brittany', 'carly', 'carmen', 'carol', 'carolyn', 'catherine', 'charlotte',
  'chelsea', 'cheryl', 'christina', 'christine', 'claire', 'cynthia', 'danielle', 'deborah', 'debra',
  'denise', 'diana', 'diane', 'dianne', 'donna', 'doris', 'elena', 'elizabeth', 'ellen', 'emily',
  'emma', 'evelyn', 'fatima', 'fiona', 'frances', 'gloria', 'grace', 'greta', 'hannah', 'heather',
  'helen', 'hilary', 'hillary', 'ines', 'ingrid', 'irene', 'isabella', 'jacqueline', 'jane', 'janet',
  'janice', 'jeanne', 'jennifer', 'jessica', 'joan', 'joyce', 'judith', 'judy', 'julia', 'julie',
  'karen', 'katherine', 'kathleen', 'kathryn', 'kayla', 'keiko', 'kimberly', 'kirsten', 'laura',
  'lauren', 'layla', 'leila', 'linda', 'lisa', 'lori', 'lucia', 'lucy', 'madeleine', 'madison',
  'margaret', 'maria', 'marie', 'marilyn', 'marsha', 'martha', 'mary', 'megan', 'meghan', 'melissa',
  'meredith', 'michele', 'michelle', 'nancy', 'natalie', 'nicole', 'nikki', 'olivia', 'pamela',
  'patricia', 'priya', 'rachel', 'rebecca', 'rosa', 'ruth', 'samantha', 'sandra', 'sara', 'sarah',
  'sharon', 'sheila', 'shirley', 'sofia', 'sonia', 'sophia', 'sophie', 'stephanie', 'susan',
  'susana', 'teresa', 'theresa', 'valerie', 'victoria', 'virginia', 'yvonne',
];

export const MALE_GIVEN_NAMES = [
  'aaron', 'abdul', 'adam', 'ahmed', 'al', 'alan', 'albert', 'alexander', 'ali', 'andrew', 'anthony',
  'arthur', 'austin', 'barack', 'bashar', 'ben', 'benjamin', 'bernard', 'bernie', 'bill', 'billy',
  'bob', 'bobby', 'boris', 'brandon', 'brian', 'bruce', 'bryan', 'carl', 'carlos', 'charles',
  'christian', 'christopher', 'colin', 'dan', 'daniel', 'david', 'dennis', 'diego', 'donald',
  'douglas', 'ed', 'edward', 'elijah', 'emmanuel', 'eric', 'ethan', 'eugene', 'francois', 'frank',
  'fred', 'gabriel', 'gary', 'george', 'gerald', 'greg', 'gregory', 'hank', 'hans', 'harold',
  'harry', 'hassan', 'henry', 'hussein', 'ibrahim', 'jack', 'jacob', 'jacques', 'james', 'jared',
  'jason', 'javier', 'jean-claude', 'jeff', 'jeffrey', 'jeremy', 'jerry', 'jesse', 'jim', 'joe',
  'john', 'johnny', 'jonathan', 'jorge', 'jose', 'joseph', 'joshua', 'juan', 'jurgen', 'justin',
  'keith', 'ken', 'kenneth', 'kevin', 'khalid', 'klaus', 'kyle', 'larry', 'lawrence', 'logan', 'lou',
  'louis', 'luis', 'mahmoud', 'manuel', 'marco', 'mark', 'matthew', 'michael', 'miguel', 'mike',
  'mitch', 'mitchell', 'mohammed', 'muhammad', 'narendra', 'nathan', 'nicholas', 'noah', 'omar',
  'patrick', 'paul', 'pedro', 'peter', 'philip', 'pierre', 'rafael', 'rahul', 'ralph', 'randy',
  'raymond', 'recep', 'richard', 'rick', 'robert', 'roger', 'ron', 'ronald', 'roy', 'rudolph',
  'russell', 'ryan', 'samuel', 'scott', 'sean', 'shinzo', 'stephen', 'steve', 'steven', 'tariq',
  'ted', 'thomas', 'tim', 'timothy', 'tom', 'tyler', 'vincent', 'vladimir', 'walter', 'wayne',
  'william', 'willie', 'yusuf', 'zachary',
];
