import { describe, expect, it } from 'vitest';
import { appositiveName } from './appositive-name';

describe('appositiveName', () => {
  it('finds the name beside a description, on either side', () => {
    expect(appositiveName('Eric Reeves, one of the leading American academic voices on Sudan')).toBe('Eric Reeves');
    expect(appositiveName("Britain's largest energy supplier, Centrica")).toBe('Centrica');
    expect(appositiveName('A spokesman for the utility, Mark Olsen')).toBe('Mark Olsen');
  });

  it('takes the first name when a description between ends in another name', () => {
    expect(appositiveName("Robert McDonough, a senior executive at Carrier's parent company, United Technologies")).toBe('Robert McDonough');
    expect(appositiveName('Alan Berger, 60, of New Jersey')).toBe('Alan Berger');
  });

  it('takes no party label or age for a name, and keeps a phrase with no name whole', () => {
    expect(appositiveName('Sen. John Thune, R-S.D.')).toBe('Sen. John Thune');
    expect(appositiveName('Sen. Gregory Pallister, R-Mont.')).toBe('Sen. Gregory Pallister');
    expect(appositiveName('Rep. Ana Ruiz, D-Calif.')).toBe('Rep. Ana Ruiz');
    expect(appositiveName('Maria Gonzalez, 45')).toBe('Maria Gonzalez');
    expect(appositiveName('a senior official, speaking on condition of anonymity')).toBe('a senior official, speaking on condition of anonymity');
    expect(appositiveName('Ali Khamenei')).toBe('Ali Khamenei');
  });
});
