import type { HighlightCategory } from './types';

/**
 * One colour per highlight category, from the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies). Painted as translucent backgrounds so page text stays readable on
 * light and dark pages, and two categories also carry a line style so colour is never the only cue.
 */
export interface CategoryStyle {
  label: string;
  /** What the category marks, for the legend. */
  description: string;
  /** Opaque colour, for the legend swatch. */
  color: string;
  /** Background painted over page text. */
  background: string;
  /** CSS text-decoration, or null. */
  decoration: string | null;
}

export const PALETTE: Record<HighlightCategory, CategoryStyle> = {
  anonymous: {
    label: 'Anonymous',
    description: 'unnamed specific people: officials, sources, a spokeswoman',
    color: '#D55E00',
    background: 'rgba(213, 94, 0, 0.35)',
    decoration: null,
  },
  vague: {
    label: 'Vague',
    description: 'no identifiable source: experts, critics, "reportedly"',
    color: '#E69F00',
    background: 'rgba(230, 159, 0, 0.35)',
    decoration: null,
  },
  named: {
    label: 'Named',
    description: 'people and organisations named in the article',
    color: '#009E73',
    background: 'rgba(0, 158, 115, 0.30)',
    decoration: null,
  },
  media: {
    label: 'Media & documents',
    description: 'other outlets, reports, filings, studies',
    color: '#56B4E9',
    background: 'rgba(86, 180, 233, 0.35)',
    decoration: null,
  },
  quote: {
    label: 'Quoted or reported content',
    description: 'what the source is said to have said',
    color: '#0072B2',
    background: 'rgba(0, 114, 178, 0.12)',
    decoration: 'underline dotted #0072B2',
  },
  contradiction: {
    label: 'Contradiction',
    description: 'statements that cannot both be true',
    color: '#CC79A7',
    background: 'rgba(204, 121, 167, 0.25)',
    decoration: 'underline wavy #CC79A7',
  },
};
