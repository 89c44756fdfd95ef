interface Props {
  missing: number;
  onReanalyse(): void;
}

/** The page no longer matches the report: say so, and offer a fresh analysis. */
export function StaleBanner({ missing, onReanalyse }: Props) {
  return (
    <div class="banner" role="status" data-testid="state-stale">
      <p>
        The page changed since the analysis.
        {missing > 0 && ` ${missing} ${missing === 1 ? 'item is' : 'items are'} no longer in the page.`}
      </p>
      <button type="button" data-testid="reanalyse" onClick={onReanalyse}>
        Re-analyse
      </button>
    </div>
  );
}
