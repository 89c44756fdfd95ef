import { parsePopupRequest } from '../messages';
import type { TabAnalyzer } from './analyze-tab';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Answers the popup. Only this extension's own pages are heard, told by the sender's URL: a content
 * script runs beside page code and could be made to relay anything, and its URL is the page's;
 * other extensions have no say. The popup may also stand in a tab (Firefox's end-to-end test opens it
 * so), which is still this extension's page: no page can frame it, as nothing is web-accessible.
 * Returns undefined for messages it ignores, so other listeners (none today) could answer.
 */
export function routePopupMessage(
  message: unknown,
  sender: SenderInfo,
  self: { id: string; origin: string },
  analyzer: TabAnalyzer,
): Promise<unknown> | undefined {
  if (sender.id !== self.id || !sender.url?.startsWith(self.origin)) return undefined;
  const request = parsePopupRequest(message);
  if (!request) return undefined;
  switch (request.type) {
    case 'analyze':
      return analyzer.analyzeTab(request.tabId, request.force);
    case 'set-toggles':
      return analyzer.setToggles(request.tabId, request.toggles);
    case 'locate':
      return analyzer.locate(request.tabId, request.id);
  }
}
