import type { Attribution, AttributionKind, Contradiction, SourceType, Summary } from './types';
import { CONTRADICTION_THRESHOLD, SOURCE_TYPES, UNNAMED_TYPES } from './types';

export function summarize(attributions: Attribution[], contradictions: Contradiction[]): Summary {
  const byType = Object.fromEntries(SOURCE_TYPES.map((t) => [t, 0])) as Record<SourceType, number>;
  const byKind: Record<AttributionKind, number> = { direct: 0, indirect: 0, mixed: 0 };
  let unnamed = 0;
  for (const a of attributions) {
    byType[a.sourceType]++;
    byKind[a.kind]++;
    if (UNNAMED_TYPES.has(a.sourceType)) unnamed++;
  }
  return {
    attributions: attributions.length,
    byType,
    byKind,
    unnamedShare: attributions.length ? unnamed / attributions.length : 0,
    contradictions: contradictions.filter((c) => c.confidence >= CONTRADICTION_THRESHOLD).length,
  };
}
