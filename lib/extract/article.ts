import { Readability } from '@mozilla/readability';
import type { Article } from '../report/types';
import { blocksOf } from './blocks';
import { renderedClone } from '../dom/rendered';

/**
 * Readability runs on the page's main thread and cannot yield, so pages beyond these sizes are
 * declined rather than freeze the tab. Real article pages stay far below (the corpus peaks near
 * 2,100 elements and 100,000 characters).
 */
export const MAX_ELEMENTS = 30_000;
export const MAX_PAGE_CHARS = 2_000_000;
/** Below this many characters of text, what Readability found is not an article. */
export const MIN_ARTICLE_CHARS = 200;

export type Extraction =
  | { ok: true; article: Article }
  | { ok: false; error: 'no-article' | 'too-large'; message: string };

function hasOpenShadowRoot(elements: NodeListOf<Element>): boolean {
  for (let i = 0; i < elements.length; i++) if (elements[i].shadowRoot) return true;
  return false;
}

/** A copy of the document as rendered, for pages whose article lives in open shadow roots. */
function renderedDocument(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  if (doc.documentElement) copy.appendChild(renderedClone(doc.documentElement));
  return copy;
}

/**
 * Runs Readability on a clone of the document (Readability mutates what it parses, and the live
 * page must stay untouched) and flattens its result into the analyser's Article. Open shadow roots
 * are read as rendered, as the anchoring reads them when it paints.
 */
export function extractArticle(doc: Document, url: string): Extraction {
  const all = doc.querySelectorAll('*');
  const elements = all.length;
  if (elements > MAX_ELEMENTS) {
    return {
      ok: false,
      error: 'too-large',
      message: `This page has ${elements.toLocaleString('en')} elements, more than Sourcelight reads (${MAX_ELEMENTS.toLocaleString('en')}).`,
    };
  }
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > MAX_PAGE_CHARS) {
    return {
      ok: false,
      error: 'too-large',
      message: `This page has ${chars.toLocaleString('en')} characters of text, more than Sourcelight reads (${MAX_PAGE_CHARS.toLocaleString('en')}).`,
    };
  }
  const clone = hasOpenShadowRoot(all) ? renderedDocument(doc) : (doc.cloneNode(true) as Document);
  const parsed = new Readability(clone, { serializer: (el: Node) => el }).parse();
  const root = parsed?.content as unknown as Node | undefined;
  const flat = root ? blocksOf(root) : { text: '', blocks: [] };
  if (!parsed || flat.text.length < MIN_ARTICLE_CHARS) {
    return { ok: false, error: 'no-article', message: 'No article was found on this page.' };
  }
  const clean = (s: string | null | undefined) => (s ? s.replace(/\s+/g, ' ').trim() || null : null);
  return {
    ok: true,
    article: {
      title: clean(parsed.title) ?? clean(doc.title) ?? '',
      byline: clean(parsed.byline),
      siteName: clean(parsed.siteName),
      lang: clean(parsed.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
      url,
      publishedTime: clean(parsed.publishedTime),
      text: flat.text,
      blocks: flat.blocks,
    },
  };
}
