/**
 * Real Chromium with the built extension, for the e2e suite, the benchmark and `npm start`.
 * The toolbar click goes through puppeteer's triggerExtensionAction, which grants activeTab as a
 * reader's click does (opening popup.html in a tab would not).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import puppeteer, { type Browser, type Extension, type Page, type Target } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without these Chromium keeps trying to reach Google's services and stalls on a closed network.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export interface PageServer {
  origin: string;
  urlOf(file: string): string;
  close(): void;
}

/** Serves the given files on 127.0.0.1 under their base names, and nothing else. */
export async function serveFiles(files: string[]): Promise<PageServer> {
  const byName = new Map(files.map((f) => [`/${basename(f)}`, f]));
  const server: Server = createServer((req, res) => {
    const file = byName.get(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    urlOf: (file) => `${origin}/${encodeURIComponent(basename(file))}`,
    close: () => server.close(),
  };
}

export type Outcome = 'report' | 'empty' | 'error';

export interface PopupHandle {
  page: Page;
  /** Waits until the popup shows a report, the empty state or an error, and says which. */
  waitForOutcome(timeout?: number): Promise<Outcome>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  browser: Browser;
  extension: Extension;
  extensionId: string;
  /** A new tab on `url`; requests off 127.0.0.1 are refused, as saved pages point at the web. */
  open(url: string): Promise<Page>;
  clickToolbar(page: Page): Promise<void>;
  /** The popup opened by the latest click. */
  popup(): Promise<PopupHandle>;
  /** Opens `url`, clicks the toolbar, waits for the popup's outcome and, for a report, the paint. */
  analyse(url: string): Promise<{ page: Page; popup: PopupHandle; outcome: Outcome }>;
  /** URLs the extension's own pages and worker requested (extension-internal ones excluded). */
  extensionRequests: string[];
  close(): Promise<void>;
}

async function findExtension(browser: Browser): Promise<Extension> {
  for (let i = 0; i < 100; i++) {
    const found = [...(await browser.extensions()).values()];
    if (found.length) return found[0];
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the extension did not load');
}

export async function launchWithExtension(extensionDir: string, options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [extensionDir],
    args: ARGS,
    defaultViewport: { width: 1200, height: 900 },
  });
  const extension = await findExtension(browser);
  const extensionId = extension.id;
  const extensionRequests: string[] = [];
  const seenPopups = new Set<Target>();

  // Every target of the extension (worker, popup) gets a network recorder: the extension must
  // never talk to the network. A popup's target is created before its URL is known, so targets
  // are looked at again when they change.
  const watched = new Set<Target>();
  const record = (url: string) => {
    if (!/^(chrome-extension|data|blob):/.test(url)) extensionRequests.push(url);
  };
  const watch = async (target: Target) => {
    if (watched.has(target) || !target.url().startsWith(`chrome-extension://${extensionId}/`)) return;
    watched.add(target);
    try {
      const page = await target.asPage().catch(() => null);
      if (page && target.type() === 'page') {
        page.on('request', (request) => record(request.url()));
        return;
      }
      const session = await target.createCDPSession();
      session.on('Network.requestWillBeSent', (e: { request: { url: string } }) => record(e.request.url));
      await session.send('Network.enable');
    } catch {
      // A popup can close before the recorder attaches; it made no request worth recording then.
    }
  };
  browser.on('targetcreated', (t: Target) => void watch(t));
  browser.on('targetchanged', (t: Target) => void watch(t));
  for (const t of browser.targets()) await watch(t);

  const self: ExtensionBrowser = {
    browser,
    extension,
    extensionId,
    extensionRequests,
    async open(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const u = request.url();
        if (u.startsWith('http://127.0.0.1') || u.startsWith('data:') || u.startsWith('blob:')) void request.continue();
        else void request.abort();
      });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async clickToolbar(page) {
      await page.bringToFront();
      await page.triggerExtensionAction(extension);
    },
    async popup() {
      const target = await browser.waitForTarget((t) => t.url().endsWith('/popup.html') && !seenPopups.has(t), { timeout: 15_000 });
      seenPopups.add(target);
      const page = (await target.asPage())!;
      return {
        page,
        async waitForOutcome(timeout = 30_000) {
          const el = await page.waitForSelector('[data-testid=summary], [data-testid=state-empty], [data-testid=state-error]', { timeout });
          const id = await el!.evaluate((e) => e.getAttribute('data-testid'));
          return id === 'summary' ? 'report' : id === 'state-empty' ? 'empty' : 'error';
        },
        close: () => page.close().catch(() => {}),
      };
    },
    async analyse(url) {
      const page = await self.open(url);
      await self.clickToolbar(page);
      const popup = await self.popup();
      const outcome = await popup.waitForOutcome();
      if (outcome === 'report') await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000, polling: 5 });
      return { page, popup, outcome };
    },
    close: () => browser.close(),
  };
  return self;
}

/** Every registered Sourcelight highlight with the text of its ranges. */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('sourcelight-'))
        .map(([name, h]) => [name, [...h].map((r) => r.toString())]),
    ),
  );
}
