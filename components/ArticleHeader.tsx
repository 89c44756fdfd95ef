import { siteLabel } from '../lib/popup/format';
import type { ArticleMeta, Summary } from '../lib/report/types';
import { summaryLine } from '../lib/popup/format';

/** Which article this is about, and its sourcing in one line. */
export function ArticleHeader({ article, summary }: { article: ArticleMeta; summary: Summary }) {
  return (
    <header class="article">
      <h1 class="title" data-testid="article-title">
        {article.title || 'Untitled article'}
      </h1>
      <p class="site" data-testid="article-site">
        {siteLabel(article.siteName, article.url)}
      </p>
      <p class="summary" data-testid="summary">
        {summaryLine(summary)}
      </p>
    </header>
  );
}
