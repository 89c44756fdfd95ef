import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightTexts } from '../support/chromium';
import { ROOT, useExtension } from '../support/e2e';

// Runs only beside ../shared: the saved news pages are not ours to copy into the repo.
const pagesDir = resolve(ROOT, '..', 'shared', 'corpus', 'pages');
const shared = existsSync(pagesDir);
const pages = shared ? readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort() : [];
const workerErrors: string[] = [];

describe.skipIf(!shared)('the corpus pages in real Chromium', () => {
  const s = useExtension(pages.map((p) => join(pagesDir, p)));

  beforeAll(async () => {
    const worker = await s.chromium.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(s.chromium.extensionId));
    const session = await worker.createCDPSession();
    session.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string } }) => workerErrors.push(e.exceptionDetails.text));
    session.on('Runtime.consoleAPICalled', (e: { type: string; args: { value?: unknown }[] }) => {
      if (e.type === 'error') workerErrors.push(e.args.map((a) => String(a.value)).join(' '));
    });
    await session.send('Runtime.enable');
  });

  it('seed article: the anonymous and vague sources and the explicit contradiction are lit and listed', async () => {
    const page = await s.chromium.open(s.server.urlOf(join(pagesDir, 'seed-iran-hamas.html')));
    const t0 = performance.now();
    await s.chromium.clickToolbar(page);
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000, polling: 5 });
    console.log(`seed: click to painted highlights ${Math.round(performance.now() - t0)} ms`);
    const popup = await s.chromium.popup();
    expect(await popup.waitForOutcome()).toBe('report');
    const h = await highlightTexts(page);
    const anonymous = h['sourcelight-anonymous'].map((t) => t.toLowerCase());
    expect(anonymous).toContain('three iranian officials');
    expect(anonymous).toContain('iranian and hamas sources who spoke to reuters');
    expect(h['sourcelight-vague']).toContain('Experts');
    expect(h['sourcelight-contradiction'].some((t) => t.includes('appears to be at odds with'))).toBe(true);
    const listed = await popup.page.$eval('[data-testid=section-unnamed]', (e) => e.textContent ?? '');
    expect(listed).toContain('Three Iranian officials');
    expect(listed).toContain('Iranian and Hamas sources who spoke to Reuters');
    expect(listed).toContain('Experts');
    const contradictions = await popup.page.$eval('[data-testid=section-contradictions]', (e) => e.textContent ?? '');
    expect(contradictions).toContain('appears to be at odds with');
    await popup.close();
    await page.close();
  });

  it.each(pages)('%s: the click ends in a report or the empty state, never an error', async (name) => {
    const page = await s.chromium.open(s.server.urlOf(join(pagesDir, name)));
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const t0 = performance.now();
    await s.chromium.clickToolbar(page);
    const popup = await s.chromium.popup();
    const outcome = await popup.waitForOutcome();
    if (outcome === 'report') {
      await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000, polling: 5 });
      console.log(`${name}: click to painted highlights ${Math.round(performance.now() - t0)} ms`);
    }
    const error = outcome === 'error' ? await popup.page.$eval('[data-testid=state-error]', (e) => e.textContent) : null;
    expect(error).toBeNull();
    expect(['report', 'empty']).toContain(outcome);
    expect(pageErrors.filter((e) => /sourcelight|content-scripts/i.test(e))).toEqual([]);
    expect(workerErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('made no network request from the extension', () => {
    expect(s.chromium.extensionRequests).toEqual([]);
  });
});
