import type { Toggles } from '../messages';
import { ALL_ON, parseToggles } from '../messages';
import { hashText } from '../report/hash';
import type { Report } from '../report/types';
import { REPORT_VERSION } from '../report/types';

/** The part of browser.storage.StorageArea the store uses, so tests can pass a fake. */
export interface KeyValueArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StoreLimits {
  /** Total size of kept reports in storage.local (its quota is 10 MB; leave room). */
  maxBytes: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: StoreLimits = { maxBytes: 4_000_000, maxEntries: 50 };

interface IndexEntry {
  key: string;
  bytes: number;
  usedAt: number;
}

/** What a tab last showed: enough to find its report again after the worker restarts. */
export interface TabEntry {
  url: string;
  hash: string;
}

const INDEX_KEY = 'reports:index';
const tabKey = (tabId: number) => `tab:${tabId}`;
const togglesKey = (tabId: number) => `toggles:${tabId}`;
const reportKey = (url: string, hash: string) => `report:${hashText(url)}:${hash}`;

/** A stored tab entry, if it still has the shape this version writes. */
function asTabEntry(raw: unknown): TabEntry | null {
  const found = raw as TabEntry | undefined;
  return found && typeof found.url === 'string' && typeof found.hash === 'string' ? found : null;
}

/** Stored toggles, or all on when none (or none valid) were kept. */
const togglesOf = (raw: unknown): Toggles => parseToggles(raw) ?? { ...ALL_ON };

/**
 * Keeps reports so a reopened popup shows them at once and a restarted service worker loses
 * nothing: per tab in storage.session (which page, which toggles), per URL + content hash in
 * storage.local, least recently used evicted first when over the caps.
 */
export class ReportStore {
  constructor(
    private readonly local: KeyValueArea,
    private readonly session: KeyValueArea,
    private readonly limits: StoreLimits = DEFAULT_LIMITS,
    private readonly clock: () => number = Date.now,
  ) {}

  async save(report: Report): Promise<void> {
    const key = reportKey(report.article.url, report.article.hash);
    const bytes = JSON.stringify(report).length * 2;
    if (bytes > this.limits.maxBytes) return;
    const index = (await this.index()).filter((e) => e.key !== key);
    index.push({ key, bytes, usedAt: this.clock() });
    const evicted: string[] = [];
    let total = index.reduce((n, e) => n + e.bytes, 0);
    index.sort((a, b) => a.usedAt - b.usedAt);
    while (index.length > this.limits.maxEntries || total > this.limits.maxBytes) {
      const old = index.shift()!;
      total -= old.bytes;
      evicted.push(old.key);
    }
    if (evicted.length) await this.local.remove(evicted);
    await this.local.set({ [key]: report, [INDEX_KEY]: index });
  }

  async load(url: string, hash: string): Promise<Report | null> {
    const found = await this.peek(url, hash);
    if (!found) return null;
    const key = reportKey(url, hash);
    const index = await this.index();
    const entry = index.find((e) => e.key === key);
    if (entry) {
      entry.usedAt = this.clock();
      await this.local.set({ [INDEX_KEY]: index });
    }
    return found;
  }

  /** The report kept for this URL and content, without marking it used: one read, for the popup. */
  async peek(url: string, hash: string): Promise<Report | null> {
    const key = reportKey(url, hash);
    const found = (await this.local.get(key))[key] as Report | undefined;
    return found && found.version === REPORT_VERSION ? found : null;
  }

  async storedBytes(): Promise<number> {
    return (await this.index()).reduce((n, e) => n + e.bytes, 0);
  }

  async rememberTab(tabId: number, entry: TabEntry): Promise<void> {
    await this.session.set({ [tabKey(tabId)]: entry });
  }

  async tab(tabId: number): Promise<TabEntry | null> {
    return asTabEntry((await this.session.get(tabKey(tabId)))[tabKey(tabId)]);
  }

  /** What the tab last showed and its toggles, in one read. */
  async tabState(tabId: number): Promise<{ entry: TabEntry | null; toggles: Toggles }> {
    const got = await this.session.get([tabKey(tabId), togglesKey(tabId)]);
    return { entry: asTabEntry(got[tabKey(tabId)]), toggles: togglesOf(got[togglesKey(tabId)]) };
  }

  async toggles(tabId: number): Promise<Toggles> {
    return togglesOf((await this.session.get(togglesKey(tabId)))[togglesKey(tabId)]);
  }

  async setToggles(tabId: number, toggles: Toggles): Promise<void> {
    await this.session.set({ [togglesKey(tabId)]: toggles });
  }

  async forgetTab(tabId: number): Promise<void> {
    await this.session.remove([tabKey(tabId), togglesKey(tabId)]);
  }

  private async index(): Promise<IndexEntry[]> {
    const raw = (await this.local.get(INDEX_KEY))[INDEX_KEY];
    return Array.isArray(raw) ? (raw as IndexEntry[]) : [];
  }
}
