/** The last pass of attribute.ts: one attribution per stretch of words, nested weak cues dropped. */
import type { Draft } from './attribute';
import { STRONG } from './attribute-words';
import { firstAtOrAfter } from './attribute-sentence';

/**
 * Two drafts over (nearly) the same content: keep the first found (quotes come first). A weak or
 * sourceless cue inside another attribution's content is part of that content, not a new one.
 */
export function dedupe(drafts: Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.content.start - b.content.start);
  // Content spans stay within a few sentences, so only the nearest earlier drafts can hold a cue.
  const LOOK_BACK = 40;
  const nestedWeak = (d: Draft) => {
    if (d.cue === null || d.keepNested || !(d.strength < STRONG || !d.source || d.pronounSource)) return false;
    const last = firstAtOrAfter(sorted, (o) => o.content.start, d.cue.start + 1) - 1;
    for (let k = last; k >= 0 && last - k < LOOK_BACK; k--) {
      const o = sorted[k];
      // "Investigators believe the fire was set, a police source said": a belief that opens the
      // reported words with its own holder and cue is a nested attribution of its own.
      // Only when the outer cue comes after: "said he believes ..." is one attribution.
      const opens = !!d.belief && !!d.source && !d.pronounSource && d.source.start === o.content.start && d.content.end <= o.content.end && !!o.cue && o.cue.start >= o.content.end;
      // "The mayor said an investigation found that ...": what a document found, told by someone
      // else, is annotated twice, as a nested quote is (GUIDELINES §1).
      const cites = !!d.finding && d.source!.start === o.content.start && d.content.end <= o.content.end && o.kind === 'indirect';
      if (o !== d && o.content.start <= d.cue.start && d.cue.start < o.content.end && o.strength >= STRONG && !opens && !cites) return true;
    }
    return false;
  };
  const out: Draft[] = [];
  for (const d of sorted) {
    if (nestedWeak(d)) continue;
    let dup = false;
    if (d.echo) {
      out.push(d);
      continue;
    }
    for (let k = out.length - 1; k >= 0 && out.length - k <= LOOK_BACK; k--) {
      const o = out[k];
      const overlap = Math.min(o.content.end, d.content.end) - Math.max(o.content.start, d.content.start);
      const shorter = Math.min(o.content.end - o.content.start, d.content.end - d.content.start);
      const longer = Math.max(o.content.end - o.content.start, d.content.end - d.content.start);
      // The same words found twice ("Exxon's accusation that X" by its verb and by its noun) are
      // one attribution; a short inner quote inside a longer report is a nested one and stays.
      if ((overlap > 0.8 * shorter && o.cue?.start === d.cue?.start) || overlap > 0.85 * longer) {
        dup = true;
        // "Weiner allegedly sent ..., the Post reported": the hedge found first names no one; the
        // same words given to a source are that source's.
        if (!o.source && d.source && o.cue?.start !== d.cue?.start) out[k] = d;
        break;
      }
    }
    if (!dup) out.push(d);
  }
  return out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}
