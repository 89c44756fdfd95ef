import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PopupClient } from '../lib/popup/client';
import type { AnalyzeSuccess, ErrorCode, Toggles } from '../lib/messages';
import { markPopup } from '../lib/popup/marks';

export type AnalysisState =
  | { status: 'loading' }
  | { status: 'failed'; error: ErrorCode; message: string }
  | {
      status: 'ready';
      tabId: number;
      result: AnalyzeSuccess;
      toggles: Toggles;
      /** Item ids the page could not show when asked: the worker's `missing` plus failed locates. */
      missing: ReadonlySet<string>;
    };

export interface Analysis {
  state: AnalysisState;
  /** Analyse again; `force` skips the worker's kept report. */
  analyse(force: boolean): void;
  setToggles(toggles: Toggles): void;
  locate(id: string): void;
}

/**
 * The popup's one piece of state: find the active tab and analyse it as soon as the popup opens,
 * then keep the toggles in step with the worker, which remembers them per tab.
 */
export function useAnalysis(client: PopupClient): Analysis {
  const [state, setState] = useState<AnalysisState>({ status: 'loading' });
  // A re-analysis started before an earlier one answered wins; the late answer is dropped.
  const run = useRef(0);

  const analyse = useCallback(
    (force: boolean) => {
      const mine = ++run.current;
      setState({ status: 'loading' });
      (async (): Promise<AnalysisState> => {
        const tabId = await client.activeTabId();
        markPopup('tab');
        if (tabId === null) return { status: 'failed', error: 'no-tab', message: '' };
        const answer = client.analyze(tabId, force);
        if (!force && client.keptReport) {
          // Show what was kept at once; the worker's answer (stale or not) replaces it.
          client
            .keptReport(tabId)
            .then((kept) => {
              markPopup('kept');
              if (kept && mine === run.current) {
                setState((s) => (s.status === 'loading' ? { status: 'ready', tabId, result: kept, toggles: kept.toggles, missing: new Set() } : s));
              }
            })
            .catch(() => undefined);
        }
        const res = await answer;
        markPopup('answer');
        return res.ok
          ? { status: 'ready', tabId, result: res, toggles: res.toggles, missing: new Set(res.missing) }
          : { status: 'failed', error: res.error, message: res.message };
      })()
        .catch((e: unknown): AnalysisState => ({
          status: 'failed',
          error: 'internal',
          message: e instanceof Error ? e.message : String(e),
        }))
        .then((next) => {
          if (mine === run.current) setState(next);
        });
    },
    [client],
  );

  // A layout effect runs right after the first render, not a frame later: the reopened popup's
  // storage reads start about 15 ms sooner.
  useLayoutEffect(() => analyse(false), [analyse]);

  const setToggles = useCallback(
    (toggles: Toggles) => {
      setState((s) => (s.status === 'ready' ? { ...s, toggles } : s));
      if (state.status === 'ready') client.setToggles(state.tabId, toggles).catch(() => {});
    },
    [client, state],
  );

  const locate = useCallback(
    (id: string) => {
      if (state.status !== 'ready') return;
      const mine = run.current;
      const lost = () =>
        setState((s) =>
          s.status === 'ready' && run.current === mine && !s.missing.has(id)
            ? { ...s, missing: new Set([...s.missing, id]) }
            : s,
        );
      // A passage the page no longer has is how a reader finds out the page changed: mark it.
      client
        .locate(state.tabId, id)
        .then((res) => res.ok || lost())
        .catch(lost);
    },
    [client, state],
  );

  return { state, analyse, setToggles, locate };
}
