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
