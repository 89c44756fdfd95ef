/**
 * FNV-1a over UTF-16 code units, as 8 hex digits: enough to tell a changed article from the one
 * analysed (not a security boundary), fast, and the same in the worker, the page and Node.
 */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
