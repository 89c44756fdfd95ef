import { describe, expect, it } from 'vitest';
import { highlightTexts } from '../support/chromium';
import { DEMO, useExtension } from '../support/e2e';

const s = useExtension([DEMO]);
const count = (h: Record<string, string[]>) => Object.values(h).reduce((n, v) => n + v.length, 0);

describe('a page that changes after the analysis', () => {
  it('re-anchors the highlights when a script re-renders the same article', async () => {
    const { page, popup, outcome } = await s.chromium.analyse(s.server.urlOf(DEMO));
    expect(outcome).toBe('report');
    const before = await highlightTexts(page);
    await popup.close();

    // An SPA re-render: the same markup, brand-new nodes; the old ranges now point at detached nodes.
    await page.evaluate(() => {
      const story = document.querySelector('.story')!;
      story.innerHTML = story.innerHTML;
    });
    await page.waitForFunction(
      () => [...CSS.highlights.values()].every((h) => [...h].every((r) => r.toString().length > 0)),
      { timeout: 5_000 },
    );
    const after = await highlightTexts(page);
    expect(count(after)).toBe(count(before));
    expect(after['sourcelight-anonymous']).toEqual(before['sourcelight-anonymous']);
    await page.close();
  });

  it('drops stale ranges and offers re-analysis when text is removed', async () => {
    const { page, popup, outcome } = await s.chromium.analyse(s.server.urlOf(DEMO));
    expect(outcome).toBe('report');
    await popup.close();

    await page.evaluate(() => {
      for (const p of document.querySelectorAll('.story p')) if (p.textContent!.includes('spokeswoman')) p.remove();
    });
    await s.chromium.clickToolbar(page);
    const again = await s.chromium.popup();
    expect(await again.waitForOutcome()).toBe('report');
    await again.page.waitForSelector('[data-testid=state-stale]', { timeout: 5_000 });
    expect((await highlightTexts(page))['sourcelight-anonymous'].some((t) => t.includes('spokeswoman'))).toBe(false);
    await again.page.click('[data-testid=reanalyse]');
    await again.page.waitForFunction(() => !document.querySelector('[data-testid=state-stale]') && document.querySelector('[data-testid=summary]'), { timeout: 10_000 });
    expect(await again.page.$eval('[data-testid=section-all]', (e) => e.textContent)).not.toContain('spokeswoman');
    await page.close();
  });
});
