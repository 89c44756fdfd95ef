import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useExtension } from '../support/e2e';

const noArticle = join(FIXTURES, 'no-article.html');
const restyled = join(FIXTURES, 'restyled-story.html');
const s = useExtension([noArticle, restyled]);

describe('what the popup says when there is nothing to analyse', () => {
  it('shows the empty state on a page with no article', async () => {
    const { page, popup, outcome } = await s.chromium.analyse(s.server.urlOf(noArticle));
    expect(outcome).toBe('empty');
    expect(await popup.page.$eval('[data-testid=state-empty]', (e) => e.textContent)).toMatch(/no article/i);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await popup.close();
    await page.close();
  });

  it('explains that a browser page cannot be analysed', async () => {
    const page = await s.chromium.browser.newPage();
    await page.goto('chrome://version');
    await s.chromium.clickToolbar(page);
    const popup = await s.chromium.popup();
    expect(await popup.waitForOutcome()).toBe('error');
    expect(await popup.page.$eval('[data-testid=state-error]', (e) => e.getAttribute('data-error'))).toBe('restricted-page');
    expect(await popup.page.$eval('[data-testid=state-error]', (e) => e.textContent)).toMatch(/cannot|can’t|can't/i);
    await popup.close();
    await page.close();
  });
});

describe('a page whose DOM differs from the extracted article', () => {
  it('still lights up the quote split by inline markup and the unnamed official', async () => {
    const { page, popup, outcome } = await s.chromium.analyse(s.server.urlOf(restyled));
    expect(outcome).toBe('report');
    const h = await page.evaluate(() =>
      Object.fromEntries([...CSS.highlights.entries()].map(([k, v]) => [k, [...v].map((r) => r.toString().replace(/\s+/g, ' '))])),
    );
    // The quote runs across an <em>, and the promo line repeats its first words: the range must
    // cover the whole quote inside the story.
    const quote = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('sourcelight-quote') ?? [])].find((r) => r.toString().includes('lifeline for the island'));
      return range ? { text: range.toString(), inStory: range.startContainer.parentElement?.closest('article') !== null } : null;
    });
    expect(quote).toEqual({ text: 'The ferry is a lifeline for the island farms,', inStory: true });
    expect(h['sourcelight-anonymous']?.some((t) => t.includes('harbour official'))).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('messages from the page itself', () => {
  it('are ignored: look-alike messages change no highlight', async () => {
    const page = await s.chromium.open(s.server.urlOf(restyled));
    const fake = {
      type: 'paint',
      toggles: { anonymous: true, vague: true, named: true, media: true, quote: true, contradiction: true },
      targets: [{ id: 'x', category: 'anonymous', anchor: { exact: 'ORCHARD BAY', prefix: '', suffix: '', start: 0, end: 11 } }],
    };
    const before = await page.evaluate(async (message) => {
      window.postMessage(message, '*');
      window.postMessage({ type: 'analyze', tabId: 1, force: true }, '*');
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      await new Promise((r) => setTimeout(r, 200));
      return { size: CSS.highlights.size, canMessage: typeof runtime?.sendMessage === 'function' };
    }, fake);
    expect(before).toEqual({ size: 0, canMessage: false });

    await s.chromium.clickToolbar(page);
    const popup = await s.chromium.popup();
    expect(await popup.waitForOutcome()).toBe('report');
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
    const painted = await page.evaluate(() => [...CSS.highlights.keys()].sort());
    const after = await page.evaluate(async () => {
      window.postMessage({ type: 'set-toggles', toggles: { anonymous: false, vague: false, named: false, media: false, quote: false, contradiction: false } }, '*');
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'locate', id: 'a1:content' } }));
      await new Promise((r) => setTimeout(r, 300));
      return [...CSS.highlights.keys()].sort();
    });
    expect(after).toEqual(painted);
    expect((await page.evaluate(() => [...(CSS.highlights.get('sourcelight-anonymous') ?? [])].map((r) => r.toString())))).not.toContain('ORCHARD BAY');
    await popup.close();
    await page.close();
  });
});
