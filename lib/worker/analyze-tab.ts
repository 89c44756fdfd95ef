import type {
  AnalyzeResponse,
  ContentRequest,
  ExtractResult,
  Failure,
  PaintResponse,
  StatusResponse,
  Toggles,
} from '../messages';
import { hashText } from '../report/hash';
import type { Article, HighlightTarget, Report } from '../report/types';
import type { ReportStore } from '../storage/report-store';
import { injectionFailure, restrictionOf } from './restricted';

/** Beyond this many characters of article text the worker declines rather than stall. */
export const MAX_ANALYSIS_CHARS = 2_000_000;

/** What the worker needs from the browser, so the flow can be tested without one. */
export interface TabPort {
  url(tabId: number): Promise<string | undefined>;
  fileAccess(): Promise<boolean>;
  /** Injects the content script; resolves with what its main() returned. */
  extract(tabId: number): Promise<ExtractResult>;
  insertCss(tabId: number): Promise<void>;
  send(tabId: number, request: ContentRequest): Promise<unknown>;
}

export interface AnalyzerDeps {
  port: TabPort;
  store: ReportStore;
  analyze: (article: Article) => Report;
  targetsOf: (report: Report) => HighlightTarget[];
  now?: () => number;
}

const internal = (error: unknown): Failure => ({
  ok: false,
  error: 'internal',
  message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
});

/**
 * The worker's part of a toolbar click: reuse the kept report when the page still shows it,
 * otherwise extract, analyse (or find the report by content hash), keep, and paint.
 */
export function createTabAnalyzer({ port, store, analyze, targetsOf, now = () => performance.now() }: AnalyzerDeps) {
  const inFlight = new Map<number, Promise<AnalyzeResponse>>();

  async function status(tabId: number): Promise<StatusResponse | null> {
    try {
      const s = (await port.send(tabId, { type: 'status' })) as StatusResponse | undefined;
      return s?.alive ? s : null;
    } catch {
      return null;
    }
  }

  async function reuse(tabId: number, url: string): Promise<AnalyzeResponse | null> {
    const entry = await store.tab(tabId);
    if (!entry || entry.url !== url) return null;
    const [live, report] = await Promise.all([status(tabId), store.load(entry.url, entry.hash)]);
    if (!live?.painted || !report) return null;
    return { ok: true, report, toggles: await store.toggles(tabId), cached: true, missing: live.missing, stale: live.missing.length > 0 };
  }

  async function run(tabId: number, force: boolean): Promise<AnalyzeResponse> {
    const url = await port.url(tabId);
    const refused = restrictionOf(url, await port.fileAccess());
    if (refused) return refused;
    if (!force) {
      const kept = await reuse(tabId, url!);
      if (kept) return kept;
    }
    const t0 = now();
    let extracted: ExtractResult;
    try {
      extracted = await port.extract(tabId);
    } catch (error) {
      return injectionFailure(error, url);
    }
    if (!extracted || typeof extracted !== 'object') {
      return { ok: false, error: 'injection-failed', message: 'Sourcelight could not read this page.' };
    }
    if (!extracted.ok) return extracted;
    const { article } = extracted;
    if (article.text.length > MAX_ANALYSIS_CHARS) {
      return {
        ok: false,
        error: 'too-large',
        message: `This article has ${article.text.length.toLocaleString('en')} characters, more than Sourcelight analyses (${MAX_ANALYSIS_CHARS.toLocaleString('en')}).`,
      };
    }
    const t1 = now();
    const hash = hashText(article.text);
    const [found, toggles] = await Promise.all([force ? null : store.load(article.url, hash), store.toggles(tabId)]);
    const report = found ?? analyze(article);
    const t2 = now();
    // Keeping the report and painting it do not depend on each other: the reader waits for neither.
    const [painted] = await Promise.all([
      port.insertCss(tabId).then(() => port.send(tabId, { type: 'paint', targets: targetsOf(report), toggles })) as Promise<PaintResponse | undefined>,
      found ? undefined : store.save(report),
      store.rememberTab(tabId, { url: article.url, hash }),
    ]);
    const t3 = now();
    const timings = {
      extract: extracted.extractMs,
      inject: t1 - t0 - extracted.extractMs,
      analyze: t2 - t1,
      paint: t3 - t2,
      total: t3 - t0,
    };
    return { ok: true, report, toggles, cached: Boolean(found), missing: painted?.missing ?? [], stale: false, timings };
  }

  return {
    analyzeTab(tabId: number, force = false): Promise<AnalyzeResponse> {
      const pending = inFlight.get(tabId);
      if (pending && !force) return pending;
      const job = run(tabId, force)
        .catch(internal)
        .finally(() => inFlight.delete(tabId));
      inFlight.set(tabId, job);
      return job;
    },

    async setToggles(tabId: number, toggles: Toggles): Promise<{ ok: boolean }> {
      await store.setToggles(tabId, toggles);
      try {
        await port.send(tabId, { type: 'set-toggles', toggles });
        return { ok: true };
      } catch {
        return { ok: false };
      }
    },

    async locate(tabId: number, id: string): Promise<{ ok: boolean }> {
      try {
        const answer = (await port.send(tabId, { type: 'locate', id })) as { ok?: boolean } | undefined;
        return { ok: answer?.ok === true };
      } catch {
        return { ok: false };
      }
    },
  };
}

export type TabAnalyzer = ReturnType<typeof createTabAnalyzer>;
