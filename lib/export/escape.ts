/**
 * Page text is data: these turn it into Markdown or plain text that shows the same characters and
 * nothing else — no HTML, no links, no emphasis, no block structure, no formulas.
 */

/**
 * Bidi embeddings and overrides (U+202A–U+202E) can reverse the rest of a line ("Trojan Source"
 * spoofing); shown as visible code points instead. Marks and isolates, which right-to-left text
 * needs and which cannot leak past their run, are kept.
 */
const BIDI_OVERRIDES = /[\u202A-\u202E]/g;

/** C0 and C1 controls: a terminal showing the file would obey them (ANSI colours, cursor moves). */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

const codePoint = (c: string) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`;

export function revealBidiOverrides(s: string): string {
  return s.replace(BIDI_OVERRIDES, codePoint);
}

/**
 * Characters that act instead of showing, as visible code points: bidi overrides, and control
 * characters left after whitespace is collapsed (`cat report.md` must not colour the terminal).
 */
export function revealInvisible(s: string): string {
  return revealBidiOverrides(s).replace(CONTROLS, codePoint);
}

/** All whitespace, including line and paragraph separators, as single spaces, trimmed. */
export function oneLine(s: string): string {
  return s.replace(/[\s\u2028\u2029\u0085]+/g, ' ').trim();
}

/** Characters with a meaning anywhere inline in CommonMark/GFM (emphasis, links, code, tables, math). */
const INLINE_SPECIAL = /[\\`*_[\]{}|~$#@!]/g;

/**
 * What GFM and linkify-style renderers turn into links without brackets: `scheme://` and
 * protocol-relative `//`, `www.` whatever follows, bare domains and e-mail addresses (`@` is
 * escaped above). Escaping the dot or slashes splits the text the autolinker sees.
 */
const LINKABLE_DOT = /(?<=\bwww)\.|\.(?=\p{L}{2,})/giu;
const DOUBLE_SLASH = /\/\//g;

/** Line starts that open a block (heading, quote, list, setext underline, ordered list). */
const BLOCK_START = /^([-+=>])|^(\d+)([.)])/;

/**
 * One line of page text as inline Markdown that renders as exactly that text. "<" becomes an
 * entity, so no renderer sees a tag or an <autolink>, and so does "&" where it would start an
 * entity reference; a bare "&" or ">" stays as written (a leading ">" is escaped with the other
 * block starts). Markdown punctuation is backslash-escaped.
 */
export function escapeMarkdownInline(s: string): string {
  const escaped = revealInvisible(oneLine(s))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(DOUBLE_SLASH, '\\/\\/')
    .replace(LINKABLE_DOT, '\\.');
  return escaped.replace(BLOCK_START, (_m, sign: string | undefined, num: string, dot: string) =>
    sign !== undefined ? `\\${sign}` : `${num}\\${dot}`,
  );
}

/**
 * Page text as a Markdown block quote, paragraph by paragraph. Every line starts with "> ", so
 * nothing the page wrote can start a line of the file.
 */
export function markdownBlockquote(s: string): string {
  const paras = s
    .split(/\n\s*\n/)
    .map(escapeMarkdownInline)
    .filter((p) => p.length > 0);
  return (paras.length ? paras : ['']).map((p) => `> ${p}`.trimEnd()).join('\n>\n');
}

/**
 * A code span: shown verbatim, never linked or parsed as HTML. The fence is one backtick longer
 * than the longest run inside, padded when the text starts or ends with a backtick.
 */
export function markdownCode(s: string): string {
  const text = revealInvisible(oneLine(s));
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Page text for the terminal or a .txt file: one line, control characters (ANSI escapes that could
 * rewrite the terminal) shown as code points, bidi overrides revealed, and a formula-looking start
 * defused with an apostrophe, as in the CSV.
 */
export function plainLine(s: string): string {
  const text = revealInvisible(oneLine(s));
  return /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
}
