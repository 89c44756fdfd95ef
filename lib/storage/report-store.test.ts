import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_ON } from '../messages';
import { REPORT_VERSION, type Report } from '../report/types';
import { ReportStore } from './report-store';

function report(url: string, hash: string, padding = 0): Report {
  return {
    version: REPORT_VERSION,
    article: { title: 't', byline: null, siteName: null, lang: 'en', url, publishedTime: null, text: 'x'.repeat(padding), length: padding, hash },
    attributions: [],
    contradictions: [],
    summary: {
      attributions: 0,
      byType: { 'named-person': 0, 'named-organization': 0, anonymous: 0, vague: 0, media: 0, document: 0 },
      byKind: { direct: 0, indirect: 0, mixed: 0 },
      unnamedShare: 0,
      contradictions: 0,
    },
    analysisMs: 1,
  };
}

describe('ReportStore', () => {
  let now = 0;
  const clock = () => ++now;
  beforeEach(() => {
    fakeBrowser.reset();
    now = 0;
  });
  const store = (maxBytes = 1_000_000, maxEntries = 3) =>
    new ReportStore(fakeBrowser.storage.local, fakeBrowser.storage.session, { maxBytes, maxEntries }, clock);

  it('finds a report again by URL and content hash, and not for other content', async () => {
    const s = store();
    await s.save(report('https://news.example/a', 'aaaa0001'));
    expect((await s.load('https://news.example/a', 'aaaa0001'))?.article.hash).toBe('aaaa0001');
    expect(await s.load('https://news.example/a', 'bbbb0002')).toBeNull();
    expect(await s.load('https://news.example/b', 'aaaa0001')).toBeNull();
  });

  it('survives a new store instance, as after a service worker restart', async () => {
    await store().save(report('https://news.example/a', 'h1'));
    await store().rememberTab(7, { url: 'https://news.example/a', hash: 'h1' });
    const again = store();
    expect(await again.tab(7)).toEqual({ url: 'https://news.example/a', hash: 'h1' });
    expect(await again.load('https://news.example/a', 'h1')).not.toBeNull();
  });

  it('peeks at a report without making it the most recently used', async () => {
    const s = store(1_000_000, 2);
    await s.save(report('https://news.example/a', 'h1'));
    await s.save(report('https://news.example/b', 'h2'));
    expect((await s.peek('https://news.example/a', 'h1'))?.article.hash).toBe('h1');
    expect(await s.peek('https://news.example/a', 'h9')).toBeNull();
    await s.save(report('https://news.example/c', 'h3'));
    // a was read only by peek, so it stayed the least recently used and went first.
    expect(await s.peek('https://news.example/a', 'h1')).toBeNull();
    expect(await s.peek('https://news.example/b', 'h2')).not.toBeNull();
  });

  it('reads what a tab showed and its toggles in one go', async () => {
    const s = store();
    expect(await s.tabState(4)).toEqual({ entry: null, toggles: ALL_ON });
    await s.rememberTab(4, { url: 'https://news.example/a', hash: 'h1' });
    await s.setToggles(4, { ...ALL_ON, vague: false });
    expect(await s.tabState(4)).toEqual({ entry: { url: 'https://news.example/a', hash: 'h1' }, toggles: { ...ALL_ON, vague: false } });
  });

  it('evicts the least recently used report beyond the entry cap', async () => {
    const s = store(1_000_000, 2);
    await s.save(report('https://n.example/1', 'h'));
    await s.save(report('https://n.example/2', 'h'));
    await s.load('https://n.example/1', 'h');
    await s.save(report('https://n.example/3', 'h'));
    expect(await s.load('https://n.example/2', 'h')).toBeNull();
    expect(await s.load('https://n.example/1', 'h')).not.toBeNull();
    expect(await s.load('https://n.example/3', 'h')).not.toBeNull();
  });

  it('keeps the stored total within the byte cap', async () => {
    const s = store(30_000, 50);
    for (let i = 0; i < 10; i++) await s.save(report(`https://n.example/${i}`, 'h', 4_000));
    expect(await s.storedBytes()).toBeLessThanOrEqual(30_000);
    expect(await s.load('https://n.example/9', 'h')).not.toBeNull();
    expect(await s.load('https://n.example/0', 'h')).toBeNull();
  });

  it('does not keep a report larger than the whole cap', async () => {
    const s = store(10_000, 50);
    await s.save(report('https://n.example/big', 'h', 20_000));
    expect(await s.load('https://n.example/big', 'h')).toBeNull();
  });

  it('remembers toggles per tab and forgets them with the tab', async () => {
    const s = store();
    expect(await s.toggles(3)).toEqual(ALL_ON);
    await s.setToggles(3, { ...ALL_ON, quote: false });
    expect((await s.toggles(3)).quote).toBe(false);
    expect((await s.toggles(4)).quote).toBe(true);
    await s.forgetTab(3);
    expect((await s.toggles(3)).quote).toBe(true);
  });
});
