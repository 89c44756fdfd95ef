import { PALETTE } from '../report/palette';
import { HIGHLIGHT_CATEGORIES, highlightName } from '../report/types';

/** The temporary highlight over the item the reader asked to see. */
export const FLASH_NAME = 'sourcelight-flash';
/** Okabe–Ito yellow: stands out against every category colour. */
const FLASH_BACKGROUND = 'rgba(240, 228, 66, 0.85)';

/**
 * The page-side styles, injected by the worker with scripting.insertCSS: `::highlight()` rules
 * style the CSS Custom Highlights without touching the page's DOM.
 */
export function highlightCss(): string {
  const rules = HIGHLIGHT_CATEGORIES.map((c) => {
    const s = PALETTE[c];
    return `::highlight(${highlightName(c)}) { background-color: ${s.background}; text-decoration: ${s.decoration ?? 'none'}; }`;
  });
  rules.push(`::highlight(${FLASH_NAME}) { background-color: ${FLASH_BACKGROUND}; color: #000; }`);
  return rules.join('\n');
}
