/**
 * Firefox ESR with the Firefox build of the extension, for the e2e suite. No driver can click
 * Firefox's toolbar, so the test build (`wxt build -b firefox --mode e2e`) may reach 127.0.0.1 and
 * saved (file://) pages, and the popup page, opened in a tab, sends the worker the same requests
 * the toolbar popup does.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { AnalyzeResponse, PopupRequest } from '../../lib/messages';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const ADDON_ID = 'sourcelight@sourcelight.invalid';
// Firefox gives each add-on a random internal host unless told one, and the test must know it.
const INTERNAL_UUID = '3f0c9a52-7d1e-4b8a-9c55-0a1b2c3d4e5f';

/** A popup request without its tab: the helper finds the tab by URL. */
type ForTab<T> = T extends unknown ? Omit<T, 'tabId'> : never;

export interface FirefoxWithExtension {
  browser: Browser;
  open(url: string): Promise<Page>;
  /** The popup's page in a tab of its own, as the extension's messages come from it. */
  popupPage(): Promise<Page>;
  /** Sends a popup request to the worker for the tab showing `url`. */
  request(from: Page, url: string, request: ForTab<PopupRequest>): Promise<AnalyzeResponse>;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir: string): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: INTERNAL_UUID }) },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    async popupPage() {
      const page = await browser.newPage();
      // Firefox 153's driver refuses to navigate to an extension page, so the blank tab goes there
      // itself (the e2e build makes the popup page web-accessible). Firefox never reports the load of
      // an extension page to the driver: wait for the app instead.
      await page.evaluate((popup: string) => {
        location.href = popup;
      }, `moz-extension://${INTERNAL_UUID}/popup.html`);
      // waitForFunction compiles its predicate with Function(), which the extension page's CSP forbids.
      for (let i = 0; i < 100; i++) {
        if (await page.evaluate(() => (document.body?.innerText ?? '').trim().length > 0).catch(() => false)) return page;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the popup page never rendered');
    },
    request(from, url, request) {
      return from.evaluate(
        async (pageUrl: string, req: ForTab<PopupRequest>) => {
          const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
          const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
          if (tab?.id === undefined) throw new Error(`no tab shows ${pageUrl}`);
          return (await api.runtime.sendMessage({ ...req, tabId: tab.id })) as AnalyzeResponse;
        },
        url,
        request,
      );
    },
    close: () => browser.close(),
  };
}
