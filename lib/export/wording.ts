/**
 * The words every export uses for the same things, so the Markdown, the plain text and the
 * annotation bodies tell a reader the same story.
 */
import type {
  Attribution,
  AttributionKind,
  Contradiction,
  ContradictionKind,
  SourceType,
  Summary,
} from '../report/types';
import { confidenceWords } from '../report/wording';

export { confidenceWords, shownContradictions, unnamedFirst } from '../report/wording';

export const SOURCE_TYPE_LABEL: Record<SourceType, string> = {
  'named-person': 'named person',
  'named-organization': 'named organization',
  anonymous: 'anonymous source',
  vague: 'vague source',
  media: 'media',
  document: 'document',
};

export const KIND_LABEL: Record<AttributionKind, string> = {
  direct: 'direct quote',
  indirect: 'reported speech',
  mixed: 'partial quote',
};

export const CONTRADICTION_KIND_LABEL: Record<ContradictionKind, string> = {
  explicit: 'the article itself notes the conflict',
  'cross-source': 'two sources disagree',
  self: 'a source contradicts itself',
};

/** "14 attributions · 6 anonymous · 2 vague · 5 named · 1 media · 43% unnamed" */
export function summaryLine(s: Summary, contradictions: number): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts = [
    n(s.attributions, 'attribution', 'attributions'),
    `${s.byType.anonymous} anonymous`,
    `${s.byType.vague} vague`,
    n(s.byType['named-person'], 'named person', 'named people'),
    n(s.byType['named-organization'], 'named organization', 'named organizations'),
    `${s.byType.media} media`,
    n(s.byType.document, 'document', 'documents'),
    `${Math.round(s.unnamedShare * 100)}% unnamed`,
    n(contradictions, 'contradiction', 'contradictions'),
  ];
  return parts.join(' · ');
}

/** Who speaks, as the article puts it, with the antecedent and the go-between when known. */
export function speaker(a: Attribution): string {
  if (!a.source) return '(no source given)';
  let s = `"${a.source}"`;
  if (a.description) s += `, ${a.description}`;
  if (a.resolved && a.resolved !== a.source) s += ` (= "${a.resolved}")`;
  if (a.via) s += ` via ${a.via}`;
  return s;
}

/** 'anonymous source "three officials" — cue "said" — reported speech. Why: …' */
export function attributionLine(a: Attribution): string {
  const cue = a.cue ? `cue "${a.cue}"` : 'no cue';
  return `${SOURCE_TYPE_LABEL[a.sourceType]} ${speaker(a)} — ${cue} — ${KIND_LABEL[a.kind]}. Why: ${a.reason}`;
}

export function contradictionLine(c: Contradiction): string {
  const side = (text: string, source: string | null) =>
    `"${text}"${source ? ` (${source})` : ''}`;
  const b = c.bStatement ? ` vs ${side(c.bStatement.text, c.bStatement.source)}` : '';
  return (
    `Contradiction, ${c.kind} (${CONTRADICTION_KIND_LABEL[c.kind]}), ${confidenceWords(c.confidence)} ` +
    `(${c.confidence.toFixed(2)}): ${side(c.aStatement.text, c.aStatement.source)}${b}. Why: ${c.reason}`
  );
}
