import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ON } from '../../lib/messages';
import { highlightTexts, serveFiles, type PageServer } from '../support/chromium';
import { DEMO, ROOT } from '../support/e2e';
import { FIREFOX, launchFirefox, type FirefoxWithExtension } from '../support/firefox';

const build = join(ROOT, '.output', 'firefox-mv2-e2e');

describe.skipIf(!existsSync(FIREFOX))('Firefox: the same worker, content script and highlights', () => {
  let server: PageServer;
  let firefox: FirefoxWithExtension;
  let page: Page;
  let popup: Page;
  let url: string;
  let bodyBefore: string;

  beforeAll(async () => {
    server = await serveFiles([DEMO]);
    firefox = await launchFirefox(build);
    url = server.urlOf(DEMO);
    page = await firefox.open(url);
    bodyBefore = await page.evaluate(() => document.body.innerHTML);
    popup = await firefox.popupPage();
  });

  afterAll(async () => {
    await firefox?.close();
    server?.close();
  });

  it('asks for nothing beyond the Chrome build but the test server and saved pages, and carries a fixed add-on id', () => {
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'file:///*', 'http://127.0.0.1/*', 'scripting', 'storage']);
    expect(manifest.browser_specific_settings.gecko.id).toBe('sourcelight@sourcelight.invalid');
  });

  it('analyses the article and paints its highlights in the page', async () => {
    const res = await firefox.request(popup, url, { type: 'analyze' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.report.attributions.length).toBeGreaterThan(5);
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
    const h = await highlightTexts(page);
    expect(h['sourcelight-anonymous']).toContain('A council spokeswoman');
    expect(Object.keys(h).every((name) => name.startsWith('sourcelight-'))).toBe(true);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
  });

  it('turns a category off and on again', async () => {
    await firefox.request(popup, url, { type: 'set-toggles', toggles: { ...ALL_ON, anonymous: false } });
    await page.waitForFunction(() => !CSS.highlights.has('sourcelight-anonymous'), { timeout: 5_000 });
    await firefox.request(popup, url, { type: 'set-toggles', toggles: ALL_ON });
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-anonymous'), { timeout: 5_000 });
    expect((await highlightTexts(page))['sourcelight-anonymous']).toContain('A council spokeswoman');
  });

  it('answers a second request from the kept report', async () => {
    const res = await firefox.request(popup, url, { type: 'analyze' });
    expect(res.ok && res.cached).toBe(true);
  });

  it('reads a saved page, or from Firefox 153, where local files are off by default, asks the reader to allow them', async () => {
    const fileUrl = `file://${DEMO}`;
    const saved = await firefox.open(fileUrl);
    const res = await firefox.request(popup, fileUrl, { type: 'analyze' });
    const major = Number(/(\d+)\./.exec(await firefox.browser.version())?.[1]);
    if (major >= 153) {
      expect(res).toMatchObject({ ok: false, error: 'firefox-file-access' });
      expect(await saved.evaluate(() => CSS.highlights.size)).toBe(0);
    } else {
      expect(res.ok).toBe(true);
      await saved.waitForFunction(() => CSS.highlights.has('sourcelight-anonymous'), { timeout: 10_000 });
    }
  });

  it('tells the reader that an extension page cannot be read', async () => {
    // The popup in a tab of its own is the active tab, and Firefox closes its pages to extensions.
    expect(await popup.evaluate(() => document.body.innerText)).toMatch(/cannot read this page/i);
  });
});
