import { browser } from 'wxt/browser';
import { analyze } from '../analysis';
import { highlightTargets } from '../anchoring/describe';
import { highlightCss } from '../highlight/css';
import type { ExtractResult } from '../messages';
import { ReportStore } from '../storage/report-store';
import { createTabAnalyzer, type TabAnalyzer } from './analyze-tab';

/**
 * The tab analyser wired to the real browser. The service worker runs it; the popup runs it only when
 * the worker cannot be reached at all, which needs nothing the popup lacks: the click that opened it
 * granted activeTab, and storage is shared.
 */
export function createBrowserTabAnalyzer(store = new ReportStore(browser.storage.local, browser.storage.session)): TabAnalyzer {
  return createTabAnalyzer({
    store,
    analyze,
    targetsOf: highlightTargets,
    port: {
      url: async (tabId) => (await browser.tabs.get(tabId)).url,
      // Firefox always answers false here (MDN), so it gets no up-front refusal: the injection tries,
      // and a refusal becomes injectionFailure()'s sentence instead of Chrome's settings advice.
      fileAccess: async () => import.meta.env.FIREFOX || (await browser.extension.isAllowedFileSchemeAccess()),
      async extract(tabId) {
        const [frame] = await browser.scripting.executeScript({
          target: { tabId },
          files: ['/content-scripts/sourcelight.js'],
        });
        return frame?.result as ExtractResult;
      },
      insertCss: (tabId) => browser.scripting.insertCSS({ target: { tabId }, css: highlightCss() }),
      send: (tabId, request) => browser.tabs.sendMessage(tabId, request),
    },
  });
}
