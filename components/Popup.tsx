import type { PopupClient } from '../lib/popup/client';
import { errorText } from '../lib/popup/errors';
import { ReportView } from './ReportView';
import { EmptyState, ErrorState, LoadingState } from './StatusMessage';
import { useAnalysis } from './useAnalysis';

interface Props {
  client: PopupClient;
  download?: (fileName: string, text: string, mime: string) => void;
}

/** The whole popup: loading, then the report, an empty note, or an error the reader can act on. */
export function Popup({ client, download }: Props) {
  const { state, analyse, setToggles, locate } = useAnalysis(client);
  return (
    <main class="popup">
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'failed' &&
        (state.error === 'no-article' ? (
          <EmptyState title={errorText('no-article').title} advice={errorText('no-article').advice} />
        ) : (
          <ErrorState code={state.error} detail={state.message} onRetry={() => analyse(true)} />
        ))}
      {state.status === 'ready' && (
        <ReportView
          result={state.result}
          missing={state.missing}
          toggles={state.toggles}
          onToggles={setToggles}
          onLocate={locate}
          onReanalyse={() => analyse(true)}
          download={download}
        />
      )}
    </main>
  );
}
