import { vi } from 'vitest';
import type { AnalyzeResponse } from '../../lib/messages';
import type { PopupClient } from '../../lib/popup/client';

/** A PopupClient whose answers the test decides, and whose calls it can inspect. */
export function fakeClient(answer: AnalyzeResponse | (() => Promise<AnalyzeResponse>), tabId: number | null = 9) {
  return {
    activeTabId: vi.fn(async () => tabId),
    analyze: vi.fn(typeof answer === 'function' ? answer : async () => answer),
    setToggles: vi.fn(async () => {}),
    locate: vi.fn(async () => ({ ok: true })),
  } satisfies PopupClient;
}
