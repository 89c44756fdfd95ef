import { describe, expect, it } from 'vitest';
import { nameBeforeDescription } from './source-description';

describe('nameBeforeDescription', () => {
  it('parts a name from the description after it', () => {
    expect(nameBeforeDescription('Lotfi Azzouz, Tunisia country director for Amnesty International, a London-based rights group')).toEqual({
      name: 'Lotfi Azzouz',
      description: 'Tunisia country director for Amnesty International, a London-based rights group',
    });
    expect(nameBeforeDescription('the source, who spoke on condition of anonymity')).toEqual({ name: 'the source', description: 'who spoke on condition of anonymity' });
    expect(nameBeforeDescription('Senator Tim Scott, Republican of South Carolina')).toEqual({ name: 'Senator Tim Scott', description: 'Republican of South Carolina' });
    expect(nameBeforeDescription('Johnnie Wilson, of Springfield')).toEqual({ name: 'Johnnie Wilson', description: 'of Springfield' });
  });

  it('parts a name from a description between dashes, but not a list between them', () => {
    expect(nameBeforeDescription('Kall -- co-editor of Debating The Donald, a book on the debates')).toEqual({ name: 'Kall', description: 'co-editor of Debating The Donald, a book on the debates' });
    expect(nameBeforeDescription('John Dickey — the chief executive of Ora Media')).toEqual({ name: 'John Dickey', description: 'the chief executive of Ora Media' });
    expect(nameBeforeDescription('Three in five insiders — and two-thirds of the board')).toBeNull();
  });

  it('keeps a role with the name it is given, and parts off what follows the name', () => {
    for (const p of ['her mother, Fiona', 'His opponent, state Attorney General Simone Achterberg', 'Another pollster, David Woodard of Clemson University', 'the other candidate, former Secretary of State Hillary Clinton']) {
      expect(nameBeforeDescription(p), p).toBeNull();
    }
    expect(nameBeforeDescription('The woman who recorded the video, Naomi Pruitt, 27')).toEqual({ name: 'The woman who recorded the video, Naomi Pruitt', description: '27' });
    expect(nameBeforeDescription('The other man, his cousin James York, 40')).toEqual({ name: 'The other man, his cousin James York', description: '40' });
  });

  it('keeps a list, a relative pronoun shown with its word and a time whole', () => {
    for (const p of ['Robert Mugabe, his wife Grace and two key figures from her faction', 'Trump, who', 'Just this week, the trade group for the plans']) {
      expect(nameBeforeDescription(p), p).toBeNull();
    }
    expect(nameBeforeDescription('Renata Szabo, who lives on Mill Pond Lane with her husband and two children')?.name).toBe('Renata Szabo');
    expect(nameBeforeDescription('Jane Roe')).toBeNull();
  });
});
