import { parsePopupRequest } from '../messages';
import type { TabAnalyzer } from './analyze-tab';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Answers the popup. Only this extension's own pages are heard: a content script (sender.tab set)
 * runs beside page code and could be made to relay anything, and other extensions have no say.
 * Returns undefined for messages it ignores, so other listeners (none today) could answer.
 */
export function routePopupMessage(
  message: unknown,
  sender: SenderInfo,
  self: { id: string; origin: string },
  analyzer: TabAnalyzer,
): Promise<unknown> | undefined {
  if (sender.id !== self.id || sender.tab || !sender.url?.startsWith(self.origin)) return undefined;
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
