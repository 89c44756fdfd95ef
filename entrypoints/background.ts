import { browser } from 'wxt/browser';
import { analyze } from '@/lib/analysis';
import { highlightTargets } from '@/lib/anchoring/describe';
import { highlightCss } from '@/lib/highlight/css';
import type { ExtractResult } from '@/lib/messages';
import { ReportStore } from '@/lib/storage/report-store';
import { createTabAnalyzer } from '@/lib/worker/analyze-tab';
import { routePopupMessage } from '@/lib/worker/router';

export default defineBackground(() => {
  const store = new ReportStore(browser.storage.local, browser.storage.session);
  const analyzer = createTabAnalyzer({
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

  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) => routePopupMessage(message, sender, self, analyzer));
  browser.tabs.onRemoved.addListener((tabId) => void store.forgetTab(tabId));
});
