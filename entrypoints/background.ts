import { browser } from 'wxt/browser';
import { ReportStore } from '@/lib/storage/report-store';
import { createBrowserTabAnalyzer } from '@/lib/worker/browser-analyzer';
import { routePopupMessage } from '@/lib/worker/router';

export default defineBackground(() => {
  const store = new ReportStore(browser.storage.local, browser.storage.session);
  const analyzer = createBrowserTabAnalyzer(store);
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) => routePopupMessage(message, sender, self, analyzer));
  browser.tabs.onRemoved.addListener((tabId) => void store.forgetTab(tabId));
});
