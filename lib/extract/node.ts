/** Node-side extraction for the CLI, the benchmark and tests: the same Readability step on linkedom. */
import { parseHTML } from 'linkedom';
import { extractArticle, type Extraction } from './article';

export function extractFromHtml(html: string, url: string): Extraction {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, url);
}
