import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_CATEGORIES, highlightName } from '../../lib/report/types';
import { anchoringBundle } from '../support/anchor-bundle';
import { highlightTexts, type PopupHandle } from '../support/chromium';
import { DEMO as demo, ROOT, useExtension } from '../support/e2e';

const screenshots = process.env.SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : null;

const s = useExtension([demo]);
let page: Page;
let popup: PopupHandle;
let bodyBefore: string;
let downloads: string;

/**
 * The downloaded file once Chromium has finished writing it: the name can appear before the bytes
 * do, so wait for a non-empty size that holds across two polls and no partial download left.
 */
async function waitForFile(dir: string, ext: string): Promise<string> {
  let lastSize = -1;
  for (let i = 0; i < 100; i++) {
    const names = readdirSync(dir);
    const found = names.find((f) => f.endsWith(ext));
    if (found && !names.some((f) => f.endsWith('.crdownload'))) {
      const size = statSync(join(dir, found)).size;
      if (size > 0 && size === lastSize) return readFileSync(join(dir, found), 'utf8');
      lastSize = size;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no complete ${ext} file was downloaded`);
}

const registered = (p: Page) => p.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')).sort());

beforeAll(async () => {
  downloads = mkdtempSync(join(tmpdir(), 'sourcelight-downloads-'));
  const session = await s.chromium.browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  page = await s.chromium.open(s.server.urlOf(demo));
  await page.setViewport({ width: 1000, height: 500 });
  bodyBefore = await page.evaluate(() => document.body.innerHTML);
  await s.chromium.clickToolbar(page);
  popup = await s.chromium.popup();
  expect(await popup.waitForOutcome()).toBe('report');
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
});

describe('demo article, after the real toolbar click', () => {
  it('lists the sources in the popup', async () => {
    const summary = await popup.page.$eval('[data-testid=summary]', (e) => e.textContent ?? '');
    expect(summary).toMatch(/\d+ attributions/);
    expect(summary).toMatch(/anonymous/);
    const unnamed = await popup.page.$eval('[data-testid=section-unnamed]', (e) => e.textContent ?? '');
    expect(unnamed).toContain('A council spokeswoman');
    expect(unnamed).toContain('Critics');
    const all = await popup.page.$eval('[data-testid=section-all]', (e) => e.textContent ?? '');
    expect(all).toContain('Vasquez');
    const contradictions = await popup.page.$eval('[data-testid=section-contradictions]', (e) => e.textContent ?? '');
    expect(contradictions).toContain('at odds with');
  });

  it('paints every category over the right text', async () => {
    const h = await highlightTexts(page);
    expect(Object.keys(h).sort()).toEqual(HIGHLIGHT_CATEGORIES.map(highlightName).sort());
    expect(h['sourcelight-anonymous']).toContain('A council spokeswoman');
    expect(h['sourcelight-anonymous'].some((t) => t.startsWith('Two city engineers'))).toBe(true);
    expect(h['sourcelight-vague']).toContain('Critics');
    expect(h['sourcelight-named'].some((t) => t.includes('Vasquez'))).toBe(true);
    expect(h['sourcelight-media'].some((t) => /Harbour Gazette|memo/.test(t))).toBe(true);
    expect(h['sourcelight-quote'].some((t) => t.includes('We cannot keep patching a structure'))).toBe(true);
    expect(h['sourcelight-contradiction'].some((t) => t.includes('appears to be at odds with'))).toBe(true);
  });

  it('leaves the page DOM as it was', async () => {
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
  });

  it('toggles a category off and on, and all of them', async () => {
    await popup.page.click('[data-testid=toggle-anonymous]');
    await page.waitForFunction(() => !CSS.highlights.has('sourcelight-anonymous'), { timeout: 5_000 });
    expect(await registered(page)).not.toContain('sourcelight-anonymous');
    expect(await registered(page)).toContain('sourcelight-vague');
    await popup.page.click('[data-testid=toggle-anonymous]');
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-anonymous'), { timeout: 5_000 });
    expect((await highlightTexts(page))['sourcelight-anonymous']).toContain('A council spokeswoman');

    await popup.page.click('[data-testid=toggle-all]');
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('sourcelight-') && k !== 'sourcelight-flash'), { timeout: 5_000 });
    await popup.page.click('[data-testid=toggle-all]');
    await page.waitForFunction((n) => [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')).length >= n, { timeout: 5_000 }, HIGHLIGHT_CATEGORIES.length);
    expect(await registered(page)).toEqual(expect.arrayContaining(HIGHLIGHT_CATEGORIES.map(highlightName)));
  });

  it('scrolls the page to an item clicked in the popup', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const items = await popup.page.$$('[data-testid^=item-a]');
    expect(items.length).toBeGreaterThan(3);
    await items[items.length - 1].click();
    await page.waitForFunction(() => window.scrollY > 100, { timeout: 5_000 });
  });

  it('exports a Markdown report and a CSV with one row per attribution', async () => {
    await popup.page.click('[data-testid=export-markdown]');
    const md = await waitForFile(downloads, '.md');
    expect(md).toMatch(/Anonymous and vague sources/);
    expect(md).toMatch(/Contradictions/);
    expect(md).toMatch(/All quotes/);
    await popup.page.click('[data-testid=export-csv]');
    const csv = Papa.parse<Record<string, string>>(await waitForFile(downloads, '.csv'), { header: true, skipEmptyLines: true });
    const listed = (await popup.page.$$('[data-testid^=item-a]')).length;
    expect(csv.data.length).toBe(listed);
    expect(csv.data.some((row) => row.sourceType === 'anonymous' && row.source.includes('spokeswoman'))).toBe(true);
  });

  it('exports Web Annotation JSON-LD that re-anchors in a fresh copy of the page', async () => {
    await popup.page.click('[data-testid=export-jsonld]');
    const collection = JSON.parse(await waitForFile(downloads, '.jsonld'));
    expect(collection.type).toBe('AnnotationCollection');
    const items = collection.first.items as { target: unknown }[];
    expect(items.length).toBeGreaterThan(5);
    const selectors = items.flatMap((item) => [item.target].flat() as { selector: { type: string }[] }[]).map((t) => t.selector);
    for (const s of selectors) {
      expect(s.map((x) => x.type)).toEqual(expect.arrayContaining(['TextQuoteSelector', 'TextPositionSelector']));
    }
    const anchors = selectors.map((s) => {
      const quote = s.find((x) => x.type === 'TextQuoteSelector') as unknown as { exact: string; prefix: string; suffix: string };
      const position = s.find((x) => x.type === 'TextPositionSelector') as unknown as { start: number; end: number };
      return { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '', start: position.start, end: position.end };
    });
    const fresh = await s.chromium.open(s.server.urlOf(demo));
    await fresh.addScriptTag({ content: await anchoringBundle() });
    const found = await fresh.evaluate((a) => (globalThis as never as { __sourcelightAnchor: (x: unknown) => (string | null)[] }).__sourcelightAnchor(a), anchors);
    const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    expect(found.map(squash)).toEqual(anchors.map((a) => squash(a.exact)));
    await fresh.close();
  });

  it('shows the kept report again when the popup is reopened', async () => {
    // Opening the fresh tab above closed the popup, as any focus change does.
    await popup.close();
    const t0 = performance.now();
    await s.chromium.clickToolbar(page);
    popup = await s.chromium.popup();
    expect(await popup.waitForOutcome()).toBe('report');
    console.log(`reopen to list: ${Math.round(performance.now() - t0)} ms`);
    expect((await popup.page.$$('[data-testid^=item-a]')).length).toBeGreaterThan(3);
  });

  it('remembers the toggles of the tab when the popup is reopened', async () => {
    await popup.page.click('[data-testid=toggle-quote]');
    await page.waitForFunction(() => !CSS.highlights.has('sourcelight-quote'), { timeout: 5_000 });
    await popup.close();
    await s.chromium.clickToolbar(page);
    popup = await s.chromium.popup();
    expect(await popup.waitForOutcome()).toBe('report');
    expect(await popup.page.$eval('[data-testid=toggle-quote]', (e) => (e as HTMLInputElement).checked)).toBe(false);
    expect(await popup.page.$eval('[data-testid=toggle-vague]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    expect(await registered(page)).not.toContain('sourcelight-quote');
    await popup.page.click('[data-testid=toggle-quote]');
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-quote'), { timeout: 5_000 });
  });

  it('made no network request from the extension', async () => {
    expect(s.chromium.extensionRequests).toEqual([]);
    // The recorder itself must be able to see one, or the assertion above proves nothing.
    await popup.page.evaluate(() => fetch('http://127.0.0.1:9/probe').catch(() => null));
    for (let i = 0; i < 50 && !s.chromium.extensionRequests.length; i++) await new Promise((r) => setTimeout(r, 20));
    const workerTarget = await s.chromium.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(s.chromium.extensionId));
    await (await workerTarget.worker())!.evaluate(() => fetch('http://127.0.0.1:9/worker-probe').catch(() => null));
    for (let i = 0; i < 50 && s.chromium.extensionRequests.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(s.chromium.extensionRequests).toEqual(['http://127.0.0.1:9/probe', 'http://127.0.0.1:9/worker-probe']);
    s.chromium.extensionRequests.length = 0;
  });

  it.runIf(screenshots)('writes the README screenshots', async () => {
    mkdirSync(screenshots!, { recursive: true });
    await page.setViewport({ width: 1100, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 250));
    await page.screenshot({ path: join(screenshots!, 'page.png') });
    await popup.page.screenshot({ path: join(screenshots!, 'popup.png'), fullPage: true });
    expect(existsSync(join(screenshots!, 'popup.png'))).toBe(true);
  });
});
