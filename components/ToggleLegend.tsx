import type { Toggles } from '../lib/messages';
import { PALETTE } from '../lib/report/palette';
import { HIGHLIGHT_CATEGORIES } from '../lib/report/types';
import type { HighlightCategory } from '../lib/report/types';

interface Props {
  toggles: Toggles;
  onChange(toggles: Toggles): void;
}

/** One checkbox per highlight category with its colour: the switches and the legend in one. */
export function ToggleLegend({ toggles, onChange }: Props) {
  const on = HIGHLIGHT_CATEGORIES.filter((c) => toggles[c]).length;
  const all = on === HIGHLIGHT_CATEGORIES.length;

  const setOne = (c: HighlightCategory, value: boolean) => onChange({ ...toggles, [c]: value });
  const setAll = (value: boolean) =>
    onChange(Object.fromEntries(HIGHLIGHT_CATEGORIES.map((c) => [c, value])) as Toggles);

  return (
    <fieldset class="toggles">
      <legend>Highlight in the page</legend>
      <label class="toggle toggle-all">
        <input
          type="checkbox"
          data-testid="toggle-all"
          checked={all}
          // Some on, some off: the "all" box shows a dash rather than claiming either.
          indeterminate={on > 0 && !all}
          onChange={(e) => setAll(e.currentTarget.checked)} />
        All
      </label>
      <ul class="legend">
        {HIGHLIGHT_CATEGORIES.map((c) => (
          <li key={c}>
            <label class="toggle" title={PALETTE[c].description}>
              <input type="checkbox" data-testid={`toggle-${c}`} checked={toggles[c]} onChange={(e) => setOne(c, e.currentTarget.checked)} />
              <span
                class="swatch"
                aria-hidden="true"
                style={{ background: PALETTE[c].background, borderColor: PALETTE[c].color, borderBottomStyle: c === 'contradiction' ? 'dashed' : 'solid' }}
              />
              {PALETTE[c].label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
