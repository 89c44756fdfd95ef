import { browser } from 'wxt/browser';
import type { AnalyzeResponse, AnalyzeSuccess, Failure, LocateResponse, PopupRequest, Toggles } from '../messages';
import { ReportStore } from '../storage/report-store';
import type { TabAnalyzer } from '../worker/analyze-tab';

/**
 * Everything the popup asks of the outside world. Components get this interface, never `browser`,
 * so tests drive them with a fake.
 */
export interface PopupClient {
  activeTabId(): Promise<number | null>;
  analyze(tabId: number, force?: boolean): Promise<AnalyzeResponse>;
  setToggles(tabId: number, toggles: Toggles): Promise<void>;
  locate(tabId: number, id: string): Promise<LocateResponse>;
  /** The report the worker kept for this tab and URL, read straight from storage, or null. */
  keptReport?(tabId: number): Promise<AnalyzeSuccess | null>;
}

const send = (request: PopupRequest): Promise<unknown> => browser.runtime.sendMessage(request);

const failure = (message: string): Failure => ({ ok: false, error: 'internal', message });

/** The tab found by the last activeTabId(), whose URL keptReport() needs (activeTab grants it). */
let activeTab: { id: number; url?: string } | null = null;

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  activeTab = typeof tab?.id === 'number' && tab.id >= 0 ? { id: tab.id, url: tab.url } : null;
  return activeTab?.id ?? null;
}

/** An analysis takes well under a second on real articles; past this the worker is presumed gone. */
export const ANSWER_TIMEOUT_MS = 6_000;

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The background worker did not answer in time.')), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });

/** How a restarted worker is asked again: it may take a moment to stop before a new one can start. */
export interface RetryPolicy {
  attempts: number;
  timeoutMs: number;
  /** The wait before the next try grows by this much with each failed one. */
  pauseMs: number;
  /** The analyser the popup runs itself when no try reached the worker; null shows the failure instead. */
  standIn: (() => Promise<TabAnalyzer>) | null;
}

/**
 * The popup's own copy of the worker's analyser, loaded on first need only: the popup opens without
 * the analyser's code, and once the worker has proved unreachable, toggles and locate go here too.
 */
let ownAnalyzer: Promise<TabAnalyzer> | null = null;
const standInAnalyzer = (): Promise<TabAnalyzer> =>
  (ownAnalyzer ??= import('../worker/browser-analyzer').then((m) => m.createBrowserTabAnalyzer()));

// (Six tries wait 4.5 s in all: a worker restarting on a busy machine refused messages for longer than
// the 1.8 s that four tries gave, "Could not establish connection. Receiving end does not exist.")
const RETRY: RetryPolicy = { attempts: 6, timeoutMs: ANSWER_TIMEOUT_MS, pauseMs: 300, standIn: standInAnalyzer };

/** Failures a worker restarted mid-analysis may give once, which the next try can clear. */
const PASSING_FAILURES = new Set(['internal', 'injection-failed']);

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A worker stopped mid-analysis (the browser stops service workers, or one crashed) may close the
 * channel, leave the request unanswered, or fail inside (its script injection cut short). The next
 * message starts a fresh worker, which finds the tab's report in storage or analyses again, so the
 * popup asks again before it shows a failure; a page's own answer (no article, too large,
 * restricted) is final at once. A worker still stopping refuses messages at once, so the popup waits
 * a little between tries rather than spending them all in the same few milliseconds.
 *
 * Chromium can also leave a worker stopped from outside mid-analysis for good: every message is
 * refused ("Receiving end does not exist") and none starts it again. When not one try reached the
 * worker, the popup analyses the tab itself rather than leave the reader with a report never made.
 */
export async function analyzeTab(tabId: number, force = false, retry: Partial<RetryPolicy> = {}): Promise<AnalyzeResponse> {
  const { attempts, timeoutMs, pauseMs, standIn } = { ...RETRY, ...retry };
  let problem = 'The background worker gave no answer.';
  let reached = false;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await pause(pauseMs * attempt);
    try {
      const res = await withTimeout(send({ type: 'analyze', tabId, force }), timeoutMs);
      reached = true;
      if (typeof res === 'object' && res !== null && typeof (res as { ok?: unknown }).ok === 'boolean') {
        const answer = res as AnalyzeResponse;
        if (answer.ok || !PASSING_FAILURES.has(answer.error) || attempt === attempts - 1) return answer;
        problem = answer.message;
        continue;
      }
      problem = 'The background worker gave no answer.';
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
  }
  if (!reached && standIn) return (await standIn()).analyzeTab(tabId, force);
  return failure(problem);
}

export async function setToggles(tabId: number, toggles: Toggles): Promise<void> {
  if (ownAnalyzer) await (await ownAnalyzer).setToggles(tabId, toggles);
  else await send({ type: 'set-toggles', tabId, toggles });
}

export async function locate(tabId: number, id: string): Promise<LocateResponse> {
  if (ownAnalyzer) return (await ownAnalyzer).locate(tabId, id);
  const res = await send({ type: 'locate', tabId, id });
  return { ok: typeof res === 'object' && res !== null && (res as { ok?: unknown }).ok === true };
}

/**
 * A reopened popup can show the kept report before the worker has checked the page: two storage
 * reads (which page the tab showed, then its report) take a few milliseconds, a round trip through
 * the worker to the page several times that.
 */
export async function keptReport(tabId: number): Promise<AnalyzeSuccess | null> {
  const store = new ReportStore(browser.storage.local, browser.storage.session);
  const urlNow = activeTab?.id === tabId ? activeTab.url : (await browser.tabs.get(tabId).catch(() => null))?.url;
  const { entry, toggles } = await store.tabState(tabId);
  if (!entry || !urlNow || urlNow !== entry.url) return null;
  const report = await store.peek(entry.url, entry.hash);
  return report ? { ok: true, report, toggles, cached: true, missing: [], stale: false } : null;
}

export const browserClient: PopupClient = { activeTabId, analyze: analyzeTab, setToggles, locate, keptReport };
