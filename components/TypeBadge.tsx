import { PALETTE } from '../lib/report/palette';
import type { SourceType } from '../lib/report/types';
import { TYPE_LABELS, typeCategory } from '../lib/popup/format';

/** The source type as a labelled chip in its legend colour: the label, not the colour, carries it. */
export function TypeBadge({ type }: { type: SourceType }) {
  return (
    <span class={`badge badge-${typeCategory(type)}`} style={{ borderColor: PALETTE[typeCategory(type)].color }}>
      <span class="swatch" style={{ background: PALETTE[typeCategory(type)].color }} aria-hidden="true" />
      {TYPE_LABELS[type]}
    </span>
  );
}
