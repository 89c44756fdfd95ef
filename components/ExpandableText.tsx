import { useState } from 'preact/hooks';
import { truncate } from '../lib/popup/format';

interface Props {
  text: string;
  max?: number;
  /** Wrap in typographic quotes (direct quotes). */
  quoted?: boolean;
  /** Clicking the text itself: shows it in the page. */
  onActivate(e: Event): void;
}

/**
 * Long text is cut to keep the list scannable; "More" shows the rest in place. The text and the
 * "More" control are sibling buttons, since a button may not contain another.
 */
export function ExpandableText({ text, max = 180, quoted = false, onActivate }: Props) {
  const [open, setOpen] = useState(false);
  const short = truncate(text, max);
  const shown = open || !short.cut ? text : short.text;
  return (
    <div class="expandable">
      <button type="button" class="content" onClick={onActivate} title="Show this in the page">
        {quoted ? `“${shown}”` : shown}
      </button>
      {short.cut && (
        <button
          type="button"
          class="link more"
          aria-expanded={open}
          onClick={(e) => {
            e.stopPropagation();
            setOpen(!open);
          }}
        >
          {open ? 'Show less' : 'Show all'}
        </button>
      )}
    </div>
  );
}
