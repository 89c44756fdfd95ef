import { describe, expect, it } from 'vitest';
import { scanWords, stem, wordsIn } from './words';

describe('wordsIn', () => {
  it('splits "n\'t" off as "not" and folds case, curly apostrophes and inflections', () => {
    const words = wordsIn('Officials didn’t lift the Sanctions');
    expect(words.map((w) => w.lower)).toEqual(['officials', 'did', 'not', 'lift', 'the', 'sanctions']);
    expect(words.map((w) => w.stem)).toEqual(['official', 'did', 'not', 'lift', 'the', 'sanction']);
    expect(words[2]).toMatchObject({ text: 'n’t', start: 13, end: 16 });
  });

  it('reads only the words wholly inside the span', () => {
    const text = 'The ministry said no troops crossed.';
    expect(wordsIn(text, 4, 19).map((w) => w.text)).toEqual(['ministry', 'said']);
  });

  it('folds a spelling the same the second time it is read', () => {
    expect(wordsIn('Raises raised raising').map((w) => w.stem)).toEqual(['rais', 'rais', 'rais']);
    expect(wordsIn('Raises raised raising').map((w) => w.stem)).toEqual([stem('raise'), stem('raise'), stem('raise')]);
  });
});

describe('stem', () => {
  it('folds the words of a synonym group to one stem, and leaves others apart', () => {
    expect(stem('soldiers')).toBe(stem('troops'));
    expect(stem('soldier')).toBe(stem('troop'));
    expect(stem('physicians')).toBe(stem('doctors'));
    expect(stem('officers')).not.toBe(stem('troops'));
  });
});

describe('scanWords', () => {
  it('keeps its place when the visitor reads words itself', () => {
    const seen: string[] = [];
    const text = 'no troops crossed at dawn';
    scanWords(text, 0, text.length, (raw) => {
      wordsIn('an unrelated statement read in between');
      seen.push(raw);
    });
    expect(seen).toEqual(['no', 'troops', 'crossed', 'at', 'dawn']);
  });
});
