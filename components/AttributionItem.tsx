import type { Attribution } from '../lib/report/types';
import { ExpandableText } from './ExpandableText';
import { TypeBadge } from './TypeBadge';

interface Props {
  attribution: Attribution;
  onLocate(id: string): void;
  /** The page no longer has this content. */
  missing?: boolean;
  /** Test id prefix: the same attribution can be listed in two sections. */
  testIdPrefix?: string;
}

/**
 * One attribution: who (source phrase, who it resolves to, who it came through), what (the content),
 * how (the cue) and why the analyser typed it so. Clicking the row shows the content in the page;
 * the source phrase has its own button to show where the source is named.
 */
export function AttributionItem({ attribution: a, onLocate, missing = false, testIdPrefix = 'item' }: Props) {
  const locate = (part: 'source' | 'content') => (e: Event) => {
    e.stopPropagation();
    onLocate(`${a.id}:${part}`);
  };
  return (
    <li class={`item attribution type-${a.sourceType}`} data-testid={`${testIdPrefix}-${a.id}`} onClick={locate('content')}>
      <div class="item-head">
        <TypeBadge type={a.sourceType} />
        {a.source !== null && a.sourceSpan ? (
          <button type="button" class="link source" onClick={locate('source')} title="Show the source in the page">
            {a.source}
          </button>
        ) : (
          <span class="source none">{a.source ?? 'No source given'}</span>
        )}
        {a.description && <span class="description">, {a.description}</span>}
        {a.resolved && <span class="resolved"> → {a.resolved}</span>}
        {a.via && <span class="via"> via {a.via}</span>}
        {missing && <span class="gone">not found in the page</span>}
      </div>
      <ExpandableText text={a.content} quoted={a.kind === 'direct'} onActivate={locate('content')} />
      <div class="meta">
        {a.cue && (
          <span class="cue">
            Cue: <q>{a.cue}</q>
          </span>
        )}
        <span class="kind">{a.kind}</span>
      </div>
      <p class="why">Why: {a.reason}</p>
    </li>
  );
}
