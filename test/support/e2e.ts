/** One browser with the extension and one page server per e2e file, torn down after it. */
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, serveFiles, type ExtensionBrowser, type PageServer } from './chromium';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DEMO = join(ROOT, 'assets', 'demo', 'harbour-bridge.html');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'pages');

export interface Session {
  server: PageServer;
  chromium: ExtensionBrowser;
}

/** Registers the hooks; the returned object is filled in before the first test runs. */
export function useExtension(files: string[] | (() => string[])): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await serveFiles(typeof files === 'function' ? files() : files);
    session.chromium = await launchWithExtension(join(ROOT, '.output', 'chrome-mv3'));
  });
  afterAll(async () => {
    await session.chromium?.close();
    session.server?.close();
  });
  return session;
}
