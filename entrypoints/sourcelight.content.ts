import { browser } from 'wxt/browser';
import { extractArticle } from '@/lib/extract/article';
import { createPainter, type Painter } from '@/lib/highlight/painter';
import type { ContentRequest, ExtractResult, PaintResponse, StatusResponse } from '@/lib/messages';
import { parseContentRequest } from '@/lib/messages';

// The worker injects this file each time it analyses the tab; the isolated world (and this
// symbol's slot on its globalThis) outlives each injection, so the listener is installed once.
// The slot holds a liveness check: a listener orphaned by an extension reload is replaced.
const LISTENER = Symbol.for('sourcelight.content.listener');

type Reply = PaintResponse | StatusResponse | { ok: boolean };

function handle(painter: Painter, request: ContentRequest): Reply {
  switch (request.type) {
    case 'paint':
      return painter.paint(request.targets, request.toggles);
    case 'set-toggles':
      painter.setToggles(request.toggles);
      return { ok: true };
    case 'locate':
      return { ok: painter.locate(request.id) };
    case 'status':
      return painter.status();
  }
}

function installListener(): void {
  const world = globalThis as { [LISTENER]?: () => boolean };
  if (world[LISTENER]?.()) return;
  world[LISTENER] = () => {
    try {
      return Boolean(browser.runtime?.id);
    } catch {
      return false;
    }
  };
  const painter = createPainter(document);
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own worker talks to this script; pages cannot reach runtime.onMessage, but other
    // extensions' ids are refused all the same.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    try {
      return Promise.resolve(handle(painter, request));
    } catch (err) {
      return Promise.resolve({ ok: false, error: 'internal', message: String(err) });
    }
  });
}

function extract(): ExtractResult {
  const t0 = performance.now();
  const result = extractArticle(document, location.href);
  const extractMs = performance.now() - t0;
  return result.ok ? { ok: true, article: result.article, extractMs } : result;
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(): ExtractResult {
    const internal = (err: unknown): ExtractResult => ({
      ok: false,
      error: 'internal',
      message: err instanceof Error ? err.message : String(err),
    });
    try {
      installListener();
    } catch (err) {
      // Without the listener the page cannot be painted, and the extraction would be wasted.
      return internal(err);
    }
    try {
      return extract();
    } catch (err) {
      return internal(err);
    }
  },
});
