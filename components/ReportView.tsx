import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { markPopup } from '../lib/popup/marks';
import type { AnalyzeSuccess, Toggles } from '../lib/messages';
import { shownContradictions, unnamedFirst } from '../lib/popup/format';
import { ArticleHeader } from './ArticleHeader';
import { AttributionItem } from './AttributionItem';
import { ContradictionItem } from './ContradictionItem';
import { ExportBar } from './ExportBar';
import { StaleBanner } from './StaleBanner';
import { EmptyState } from './StatusMessage';
import { ToggleLegend } from './ToggleLegend';

interface Props {
  result: AnalyzeSuccess;
  /** Item ids ("a3:content", "c1:b") the page no longer shows. */
  missing: ReadonlySet<string>;
  toggles: Toggles;
  onToggles(toggles: Toggles): void;
  onLocate(id: string): void;
  onReanalyse(): void;
  download?: (fileName: string, text: string, mime: string) => void;
}

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={`${id}-h`} data-testid={`section-${id}`}>
      <h2 id={`${id}-h`}>
        {title} <span class="count">{count}</span>
      </h2>
      <ul class="items">{children}</ul>
    </section>
  );
}

/**
 * A finished analysis, in the order a critical reader needs it: who is not named, what conflicts,
 * then everything quoted.
 */
export function ReportView({ result, missing, toggles, onToggles, onLocate, onReanalyse, download }: Props) {
  // After the first paint of a report: what the benchmark's reopen figure waits for.
  useEffect(() => markPopup('report-shown'), []);
  const { report } = result;
  const unnamed = unnamedFirst(report.attributions);
  const contradictions = shownContradictions(report.contradictions);
  const stale = result.stale || missing.size > 0;
  return (
    <div class="report">
      {stale && <StaleBanner missing={missing.size} onReanalyse={onReanalyse} />}
      <ArticleHeader article={report.article} summary={report.summary} />
      <ToggleLegend toggles={toggles} onChange={onToggles} />
      {report.attributions.length === 0 && contradictions.length === 0 ? (
        <EmptyState
          title="No quotes or attributions found"
          advice="Sourcelight read the article but found no one quoted or cited in it."
        />
      ) : (
        <>
          {report.attributions.length > 0 && (
            <Section id="unnamed" title="Not named" count={unnamed.length}>
              {unnamed.length === 0 && <li class="none-note">Every source in this article is named.</li>}
              {unnamed.map((a) => (
                <AttributionItem
                  key={a.id}
                  attribution={a}
                  onLocate={onLocate}
                  missing={missing.has(`${a.id}:content`)}
                  testIdPrefix="unnamed"
                />
              ))}
            </Section>
          )}
          {contradictions.length > 0 && (
            <Section id="contradictions" title="Contradictions" count={contradictions.length}>
              {contradictions.map((c) => (
                <ContradictionItem key={c.id} contradiction={c} onLocate={onLocate} missing={missing} />
              ))}
            </Section>
          )}
          {report.attributions.length > 0 && (
            <Section id="all" title="All quotes" count={report.attributions.length}>
              {report.attributions.map((a) => (
                <AttributionItem key={a.id} attribution={a} onLocate={onLocate} missing={missing.has(`${a.id}:content`)} />
              ))}
            </Section>
          )}
        </>
      )}
      <ExportBar report={report} download={download} />
      <footer class="footer">
        Analysed in {Math.round(report.analysisMs)} ms{result.cached ? ' · kept from earlier' : ''} · all on this device
      </footer>
    </div>
  );
}
