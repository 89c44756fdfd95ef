import { browser } from 'wxt/browser';
import type { AnalyzeResponse, Failure, LocateResponse, PopupRequest, Toggles } from '../messages';

/**
 * Everything the popup asks of the outside world. Components get this interface, never `browser`,
 * so tests drive them with a fake.
 */
export interface PopupClient {
  activeTabId(): Promise<number | null>;
  analyze(tabId: number, force?: boolean): Promise<AnalyzeResponse>;
  setToggles(tabId: number, toggles: Toggles): Promise<void>;
  locate(tabId: number, id: string): Promise<LocateResponse>;
}

const send = (request: PopupRequest): Promise<unknown> => browser.runtime.sendMessage(request);

const failure = (message: string): Failure => ({ ok: false, error: 'internal', message });

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
}

/** A worker that is restarting or throws answers with nothing or rejects: both become a Failure. */
export async function analyzeTab(tabId: number, force = false): Promise<AnalyzeResponse> {
  try {
    const res = await send({ type: 'analyze', tabId, force });
    if (typeof res === 'object' && res !== null && typeof (res as { ok?: unknown }).ok === 'boolean') {
      return res as AnalyzeResponse;
    }
    return failure('The background worker gave no answer.');
  } catch (e) {
    return failure(e instanceof Error ? e.message : String(e));
  }
}

export async function setToggles(tabId: number, toggles: Toggles): Promise<void> {
  await send({ type: 'set-toggles', tabId, toggles });
}

export async function locate(tabId: number, id: string): Promise<LocateResponse> {
  const res = await send({ type: 'locate', tabId, id });
  return { ok: typeof res === 'object' && res !== null && (res as { ok?: unknown }).ok === true };
}

export const browserClient: PopupClient = { activeTabId, analyze: analyzeTab, setToggles, locate };
