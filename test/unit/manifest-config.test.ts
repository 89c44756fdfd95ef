import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; mode: string; manifestVersion: 2 | 3; command: 'build' | 'serve' }) => { permissions?: string[] };
const manifestFor = (browser: string, mode: string) => (config.manifest as ManifestFn)({ browser, mode, manifestVersion: browser === 'firefox' ? 2 : 3, command: 'build' });

describe('wxt.config manifest', () => {
  it.each([
    ['chrome', 'production'],
    ['firefox', 'production'],
    ['chrome', 'e2e'],
  ])('asks %s (%s build) for activeTab, scripting and storage only', (browser, mode) => {
    expect(manifestFor(browser, mode).permissions).toEqual(['activeTab', 'scripting', 'storage']);
  });

  it('lets only the Firefox end-to-end build reach the local test server and saved pages', () => {
    expect(manifestFor('firefox', 'e2e').permissions).toEqual(['activeTab', 'scripting', 'storage', 'http://127.0.0.1/*', 'file:///*']);
  });
});
