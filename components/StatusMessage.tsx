import { errorText } from '../lib/popup/errors';
import type { ErrorCode } from '../lib/messages';

export function LoadingState() {
  return (
    <div class="state loading" role="status" aria-live="polite" data-testid="state-loading">
      <span class="spinner" aria-hidden="true" />
      <p>Reading the article…</p>
    </div>
  );
}

interface EmptyProps {
  title: string;
  advice: string;
}

/** Nothing to show is not a fault: a calm note rather than an error. */
export function EmptyState({ title, advice }: EmptyProps) {
  return (
    <div class="state empty" role="status" data-testid="state-empty">
      <h2>{title}</h2>
      <p>{advice}</p>
    </div>
  );
}

interface ErrorProps {
  code: ErrorCode;
  /** The worker's own words, for a bug report; shown folded. */
  detail: string;
  onRetry(): void;
}

export function ErrorState({ code, detail, onRetry }: ErrorProps) {
  const text = errorText(code);
  return (
    <div class="state error" role="alert" data-testid="state-error" data-error={code}>
      <h2>{text.title}</h2>
      <p>{text.advice}</p>
      {text.retry && (
        <button type="button" data-testid="retry" onClick={onRetry}>
          Try again
        </button>
      )}
      {detail && (
        <details>
          <summary>Details</summary>
          <p class="detail">{detail}</p>
        </details>
      )}
    </div>
  );
}
