/**
 * The message contract between popup, background worker and content script. Every message that
 * crosses a boundary is checked with `parse*` before use: senders are not trusted to be well formed.
 */
import type { Article, HighlightCategory, HighlightTarget, Report } from './report/types';
import { HIGHLIGHT_CATEGORIES } from './report/types';

/** Which highlight categories are shown; a missing key counts as shown. */
export type Toggles = Record<HighlightCategory, boolean>;

export const ALL_ON: Toggles = Object.fromEntries(HIGHLIGHT_CATEGORIES.map((c) => [c, true])) as Toggles;

/** Why a tab could not be analysed; the popup turns each into a sentence. */
export type ErrorCode =
  | 'restricted-page' // chrome://, the Web Store, the PDF viewer, other extensions
  | 'file-access' // file:// without "Allow access to file URLs"
  | 'firefox-file-access' // file:// without Firefox's "Access local files on your computer" (off by default since 153)
  | 'no-article' // Readability found nothing that reads like an article
  | 'too-large' // over the size budget: declined rather than freeze the page
  | 'no-tab'
  | 'injection-failed'
  | 'internal';

export interface Failure {
  ok: false;
  error: ErrorCode;
  message: string;
}

// ---- popup → worker -------------------------------------------------------------------------

export type PopupRequest =
  /** Analyse the tab, or return the kept report when the page has not changed (unless `force`). */
  | { type: 'analyze'; tabId: number; force?: boolean }
  | { type: 'set-toggles'; tabId: number; toggles: Toggles }
  /** Scroll the page to one highlighted item and flash it. */
  | { type: 'locate'; tabId: number; id: string };

export interface AnalyzeSuccess {
  ok: true;
  report: Report;
  toggles: Toggles;
  /** True when the report came from storage rather than a new analysis. */
  cached: boolean;
  /** Items the page no longer contains (it changed since the analysis). */
  missing: string[];
  /** True when the page's text changed since the report was made: offer re-analysis. */
  stale: boolean;
  /** Where the worker's time went, in ms, for the benchmark's profile. */
  timings?: Partial<Record<'extract' | 'inject' | 'analyze' | 'paint' | 'total', number>>;
}
export type AnalyzeResponse = AnalyzeSuccess | Failure;

export interface LocateResponse {
  ok: boolean;
}

// ---- worker → content script -----------------------------------------------------------------

export type ContentRequest =
  | { type: 'paint'; targets: HighlightTarget[]; toggles: Toggles }
  | { type: 'set-toggles'; toggles: Toggles }
  | { type: 'locate'; id: string }
  /** Is the script alive in this page, and is the page text still what was analysed? */
  | { type: 'status' };

export interface PaintResponse {
  /** Ranges registered per category. */
  painted: Partial<Record<HighlightCategory, number>>;
  /** Target ids that could not be anchored in the live page. */
  missing: string[];
}

export interface StatusResponse {
  alive: true;
  /** Whether highlights were painted in this page's life. */
  painted: boolean;
  /** Target ids that no longer anchor (the page changed since painting). */
  missing: string[];
  /** The DOM changed since painting. */
  changed: boolean;
}

/** What the extraction content script's main() returns to executeScript. */
export type ExtractResult = { ok: true; article: Article; extractMs: number } | Failure;

// ---- validation ------------------------------------------------------------------------------

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isTabId = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

export function parseToggles(x: unknown): Toggles | null {
  if (!isObject(x)) return null;
  const out = { ...ALL_ON };
  for (const c of HIGHLIGHT_CATEGORIES) {
    if (c in x) {
      if (typeof x[c] !== 'boolean') return null;
      out[c] = x[c] as boolean;
    }
  }
  return out;
}

export function parsePopupRequest(x: unknown): PopupRequest | null {
  if (!isObject(x) || !isTabId(x.tabId)) return null;
  switch (x.type) {
    case 'analyze':
      return { type: 'analyze', tabId: x.tabId, force: x.force === true };
    case 'set-toggles': {
      const toggles = parseToggles(x.toggles);
      return toggles ? { type: 'set-toggles', tabId: x.tabId, toggles } : null;
    }
    case 'locate':
      return typeof x.id === 'string' && x.id.length < 64 ? { type: 'locate', tabId: x.tabId, id: x.id } : null;
    default:
      return null;
  }
}

const isAnchor = (x: unknown): boolean =>
  isObject(x) &&
  typeof x.exact === 'string' &&
  typeof x.prefix === 'string' &&
  typeof x.suffix === 'string' &&
  Number.isInteger(x.start) &&
  Number.isInteger(x.end);

export function parseContentRequest(x: unknown): ContentRequest | null {
  if (!isObject(x)) return null;
  switch (x.type) {
    case 'paint': {
      const toggles = parseToggles(x.toggles);
      if (!toggles || !Array.isArray(x.targets)) return null;
      const ok = x.targets.every(
        (t: unknown) =>
          isObject(t) &&
          typeof t.id === 'string' &&
          (HIGHLIGHT_CATEGORIES as readonly unknown[]).includes(t.category) &&
          isAnchor(t.anchor),
      );
      return ok ? { type: 'paint', targets: x.targets as HighlightTarget[], toggles } : null;
    }
    case 'set-toggles': {
      const toggles = parseToggles(x.toggles);
      return toggles ? { type: 'set-toggles', toggles } : null;
    }
    case 'locate':
      return typeof x.id === 'string' ? { type: 'locate', id: x.id } : null;
    case 'status':
      return { type: 'status' };
    default:
      return null;
  }
}
