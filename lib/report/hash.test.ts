import { describe, expect, it } from 'vitest';
import { hashText } from './hash';

describe('hashText', () => {
  it('is stable and tells different texts apart', () => {
    expect(hashText('Three officials said.')).toBe(hashText('Three officials said.'));
    expect(hashText('Three officials said.')).not.toBe(hashText('Two officials said.'));
    expect(hashText('')).toMatch(/^[0-9a-f]{8}$/);
  });
});
