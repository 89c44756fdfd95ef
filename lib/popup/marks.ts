/**
 * User Timing marks of the popup's start-up, so the benchmark can read from inside the popup how
 * long each step took (the browser's own DevTools show them too). Marks cost microseconds.
 */
export type PopupMark = 'script' | 'tab' | 'kept' | 'answer' | 'report-shown';

export const MARK_PREFIX = 'sourcelight:';

export function markPopup(name: PopupMark): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(MARK_PREFIX + name);
}
