import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { articleOf } from './test-helpers';
import { cueFeatures, describeFeature, scoreCue, strongestFeatures, type CueContext } from './cue-model';

const run = (paragraph: string) => analyze(articleOf([paragraph])).attributions;

const belief: CueContext = {
  lemma: 'think',
  ratio: 0.11,
  form: 'thinks',
  before: 'senator',
  after: 'Trump',
  sourceKind: 'name',
  sourceWords: 2,
  explicit: false,
  infinitive: false,
  clause: true,
  nounLike: false,
  namedSpeaker: true,
  contentWords: 9,
  quoted: false,
};

describe('cue model', () => {
  it('names every feature it weighs, so a reason can cite them', () => {
    const f = cueFeatures(belief);
    expect(f).toContain('lemma:think');
    expect(f).toContain('after:cap');
    expect(f).toContain('clause');
    expect(f).not.toContain('explicit');
  });

  it('scores a named believer with a clause above a pronoun with no clause', () => {
    const strong = scoreCue(cueFeatures(belief));
    const weak = scoreCue(cueFeatures({ ...belief, sourceKind: 'relative', after: 'the', clause: false, namedSpeaker: false, contentWords: 2 }));
    expect(strong).toBeGreaterThan(weak);
    expect(strong).toBeGreaterThan(0);
    expect(strong).toBeLessThan(1);
  });

  it('puts features in words for the reason line', () => {
    expect(describeFeature('lemma:think|after:cap')).toBe('"think" followed by a name');
    expect(describeFeature('lemma:believe|source:name')).toBe('"believe" with a named speaker');
    expect(describeFeature('clause')).toBe('a clause after it');
  });

  it('cites only features that raised the score', () => {
    for (const f of strongestFeatures(cueFeatures(belief), 5)) expect(scoreCue([f])).toBeGreaterThan(scoreCue([]));
  });
});

describe('analyze: weak cues decided by the cue model', () => {
  it('reports a belief whose verb is rarely a cue ("thinks")', () => {
    const [a] = run('Analyst Mara Quinn thinks the council will lose its majority next spring.');
    expect(a).toMatchObject({ content: 'the council will lose its majority next spring', source: 'Analyst Mara Quinn', cue: 'thinks', kind: 'indirect' });
    expect(a.reason).toMatch(/learned cue score 0\.\d\d: /);
    expect(a.reason).not.toMatch(/lemma:|after:/);
  });

  it('reports a belief with "that" even after a semicolon', () => {
    const [a] = run('Who else? He thinks that cutting the deficit matters more than defending the coast; that is a losing ticket.');
    expect(a).toMatchObject({ content: 'cutting the deficit matters more than defending the coast', source: 'He', cue: 'thinks' });
  });

  it('does not take an action on an object for reported speech', () => {
    expect(run('The leader of the party, Rachid Amari, condemned Wednesday’s attack on the museum.')).toEqual([]);
    expect(run('The minister imposed punitive measures on the port authority in March.')).toEqual([]);
  });

  it('does not take a plan for reported speech', () => {
    expect(run('President Okafor plans to sign the order on Friday, days before leaving office.')).toEqual([]);
  });
});
