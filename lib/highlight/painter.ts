import { anchorTargets, buildPageText, stillAnchored, type Anchored, type PageText } from '../anchoring/anchor';
import type { PaintResponse, StatusResponse, Toggles } from '../messages';
import type { HighlightCategory, HighlightTarget } from '../report/types';
import { HIGHLIGHT_CATEGORIES, highlightName } from '../report/types';
import { FLASH_NAME } from './css';

export interface PainterOptions {
  /** Quiet time after the last page mutation before ranges are checked (ms). */
  debounceMs?: number;
  /** How long `locate` flashes its item (ms). */
  flashMs?: number;
  /** Time after which approximate matching gives up for the rest of a paint (ms). */
  fuzzyBudgetMs?: number;
}

export interface Painter {
  /** Anchors and paints `targets`, replacing what an earlier paint showed. */
  paint(targets: HighlightTarget[], toggles: Toggles): PaintResponse;
  /** Shows or hides whole categories; hidden ones leave CSS.highlights until shown again. */
  setToggles(toggles: Toggles): void;
  /** Scrolls one item into view and flashes it; false when it is not on the page. */
  locate(id: string): boolean;
  status(): StatusResponse;
  /** Removes every highlight and stops watching the page. */
  dispose(): void;
}

// Sources paint over the quote they introduce and contradictions over both; the flash over all.
const PRIORITY: Record<HighlightCategory, number> = {
  quote: 0,
  contradiction: 1,
  anonymous: 2,
  vague: 2,
  named: 2,
  media: 2,
};
const FLASH_PRIORITY = 10;

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

function registryOf(win: Window & typeof globalThis): { registry: HighlightRegistry; Ctor: HighlightCtor } | null {
  const registry = win.CSS?.highlights;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return registry && typeof Ctor === 'function' ? { registry, Ctor } : null;
}

interface Entry {
  target: HighlightTarget;
  anchored: Anchored | null;
}

/**
 * Paints report targets as CSS Custom Highlights, one per category, and keeps them true to the
 * page: after the page mutates, ranges that no longer cover their text are re-anchored, and those
 * that cannot be are dropped and reported missing.
 */
export function createPainter(doc: Document = document, options: PainterOptions = {}): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const debounceMs = options.debounceMs ?? 300;
  const flashMs = options.flashMs ?? 1500;
  const entries = new Map<string, Entry>();
  const highlights = new Map<HighlightCategory, Highlight>();
  let toggles: Partial<Toggles> = {};
  let painted = false;
  let changed = false;
  let observer: MutationObserver | null = null;
  let recheckTimer: ReturnType<typeof setTimeout> | undefined;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const api = () => (win ? registryOf(win) : null);
  const missing = () => [...entries.values()].filter((e) => !e.anchored).map((e) => e.target.id);

  const unregister = () => {
    const r = api();
    if (!r) return;
    for (const c of HIGHLIGHT_CATEGORIES) {
      if (r.registry.get(highlightName(c)) === highlights.get(c)) r.registry.delete(highlightName(c));
    }
  };

  const applyToggles = () => {
    const r = api();
    if (!r) return;
    for (const [c, hl] of highlights) {
      const name = highlightName(c);
      if (toggles[c] === false) {
        if (r.registry.get(name) === hl) r.registry.delete(name);
      } else {
        r.registry.set(name, hl);
      }
    }
  };

  const anchorInto = (page: PageText, list: Entry[], fuzzy: boolean) => {
    if (!list.length) return;
    const found = anchorTargets(
      page,
      list.map((e) => e.target),
      { fuzzy, fuzzyBudgetMs: options.fuzzyBudgetMs ?? 200 },
    );
    for (const e of list) {
      const a = found.get(e.target.id) ?? null;
      if (e.anchored) highlights.get(e.target.category)?.delete(e.anchored.range);
      e.anchored = a;
      if (a) highlights.get(e.target.category)?.add(a.range);
    }
  };

  const recheck = () => {
    recheckTimer = undefined;
    const broken = [...entries.values()].filter((e) => e.anchored && !stillAnchored(e.anchored));
    if (!broken.length) return;
    changed = true;
    // A re-render can also bring back what was missing; those get the cheap exact search only.
    const lost = [...entries.values()].filter((e) => !e.anchored);
    if (!doc.body) return;
    const page = buildPageText(doc.body);
    anchorInto(page, broken, true);
    anchorInto(page, lost, false);
  };

  const watch = () => {
    observer?.disconnect();
    if (!win || typeof win.MutationObserver !== 'function' || !doc.body) return;
    observer = new win.MutationObserver(() => {
      clearTimeout(recheckTimer);
      recheckTimer = setTimeout(recheck, debounceMs);
    });
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };

  const clear = () => {
    clearTimeout(recheckTimer);
    observer?.disconnect();
    observer = null;
    unregister();
    highlights.clear();
    entries.clear();
  };

  return {
    paint(targets, next) {
      clear();
      toggles = { ...next };
      painted = true;
      changed = false;
      for (const t of targets) entries.set(t.id, { target: t, anchored: null });
      const r = api();
      if (!r) return { painted: {}, missing: targets.map((t) => t.id) };
      for (const c of HIGHLIGHT_CATEGORIES) {
        const hl = new r.Ctor();
        hl.priority = PRIORITY[c];
        highlights.set(c, hl);
      }
      if (doc.body) anchorInto(buildPageText(doc.body), [...entries.values()], true);
      applyToggles();
      watch();
      const counts: PaintResponse['painted'] = {};
      for (const [c, hl] of highlights) if (hl.size) counts[c] = hl.size;
      return { painted: counts, missing: missing() };
    },

    setToggles(next) {
      toggles = { ...next };
      applyToggles();
    },

    locate(id) {
      const e = entries.get(id);
      // The reader may click before the debounced check has run on a page that just re-rendered.
      if (e?.anchored && !stillAnchored(e.anchored)) {
        clearTimeout(recheckTimer);
        recheck();
      }
      if (!e?.anchored) return false;
      const range = e.anchored.range;
      const start = range.startContainer;
      const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
      // A paragraph taller than the window can be centred with the quote still off screen.
      const rect = range.getBoundingClientRect();
      if (win && rect.height > 0 && (rect.top < 0 || rect.bottom > win.innerHeight)) {
        win.scrollBy({ top: rect.top - win.innerHeight / 2 + rect.height / 2 });
      }
      const r = api();
      if (r) {
        const flash = new r.Ctor(range);
        flash.priority = FLASH_PRIORITY;
        r.registry.set(FLASH_NAME, flash);
        clearTimeout(flashTimer);
        flashTimer = setTimeout(() => {
          if (r.registry.get(FLASH_NAME) === flash) r.registry.delete(FLASH_NAME);
        }, flashMs);
      }
      return true;
    },

    status() {
      // A popup opened right after the page changed must not be told all is well because the
      // debounced check has not run yet.
      if (recheckTimer !== undefined) {
        clearTimeout(recheckTimer);
        recheck();
      }
      return { alive: true, painted, missing: missing(), changed };
    },

    dispose() {
      clear();
      clearTimeout(flashTimer);
      api()?.registry.delete(FLASH_NAME);
    },
  };
}
