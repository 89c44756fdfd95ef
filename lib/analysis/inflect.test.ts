import { describe, expect, it } from 'vitest';
import { formIndex, nounForms, verbForms } from './inflect';

describe('verbForms', () => {
  it('inflects regular verbs', () => {
    expect(verbForms('warn')).toEqual(expect.arrayContaining(['warn', 'warns', 'warned', 'warning']));
    expect(verbForms('note')).toEqual(expect.arrayContaining(['notes', 'noted', 'noting']));
    expect(verbForms('deny')).toEqual(expect.arrayContaining(['denies', 'denied', 'denying']));
    expect(verbForms('admit')).toEqual(expect.arrayContaining(['admits', 'admitted', 'admitting']));
    expect(verbForms('quip')).toEqual(expect.arrayContaining(['quipped', 'quipping']));
  });

  it('knows irregular pasts', () => {
    expect(verbForms('say')).toEqual(expect.arrayContaining(['says', 'said', 'saying']));
    expect(verbForms('tell')).toContain('told');
    expect(verbForms('think')).toContain('thought');
    expect(verbForms('say')).not.toContain('sayed');
  });
});

describe('nounForms', () => {
  it('makes plurals', () => {
    expect(nounForms('official')).toEqual(['official', 'officials']);
    expect(nounForms('spokesman')).toEqual(['spokesman', 'spokesmen']);
    expect(nounForms('analysis')).toEqual(['analysis', 'analyses']);
    expect(nounForms('city')).toEqual(['city', 'cities']);
  });

  it('indexes forms back to lemmas', () => {
    const index = formIndex(['say', 'warn']);
    expect(index.get('said')).toBe('say');
    expect(index.get('warning')).toBe('warn');
  });
});

describe('the mined reporting verbs', () => {
  it('hold the lemma the corpus writes, so "filed" is "file" and "filled" no cue', async () => {
    const { verbCue } = await import('./cue-lexicon');
    expect(verbCue('filed')?.lemma).toBe('file');
    expect(verbCue('filled')).toBeUndefined();
  });
});
