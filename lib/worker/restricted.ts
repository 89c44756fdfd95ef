import type { Failure } from '../messages';

// Chrome refuses script injection on its own pages, other extensions and the Web Store; the PDF
// viewer is an extension page inside the tab. Saying so up front beats a cryptic injection error.
const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|view-source|moz-extension|resource|data|blob|javascript):/i;
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org']);

/** Why Sourcelight cannot read this URL, or null when it may try. */
export function restrictionOf(url: string | undefined, fileAccess: boolean): Failure | null {
  if (!url) return { ok: false, error: 'restricted-page', message: 'This tab has no page Sourcelight can read.' };
  if (BROWSER_SCHEMES.test(url)) {
    return { ok: false, error: 'restricted-page', message: 'Browser pages and extension pages cannot be analysed.' };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: 'restricted-page', message: 'This tab has no page Sourcelight can read.' };
  }
  if (STORE_HOSTS.has(parsed.hostname) || (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))) {
    return { ok: false, error: 'restricted-page', message: 'The browser does not let extensions read extension store pages.' };
  }
  if (/\.pdf$/i.test(parsed.pathname)) {
    return { ok: false, error: 'restricted-page', message: 'PDF documents open in the browser’s PDF viewer, which extensions cannot read.' };
  }
  if (parsed.protocol === 'file:' && !fileAccess) {
    return {
      ok: false,
      error: 'file-access',
      message: 'To analyse local files, turn on “Allow access to file URLs” for Sourcelight in chrome://extensions.',
    };
  }
  return null;
}

/** Turns a scripting.executeScript rejection into something a reader can act on. */
export function injectionFailure(error: unknown, url?: string): Failure {
  const text = error instanceof Error ? error.message : String(error);
  // Chrome's file switch is asked about before injecting, so a saved page refused here is Firefox's:
  // since Firefox 153 an add-on reads local files only once the reader allows it.
  if (url?.startsWith('file:') && /permission/i.test(text)) {
    return {
      ok: false,
      error: 'firefox-file-access',
      message: 'To analyse local files, turn on “Access local files on your computer” for Sourcelight in about:addons.',
    };
  }
  if (/cannot (access|be scripted)|extensions gallery|chrome:\/\/|permission/i.test(text)) {
    return { ok: false, error: 'restricted-page', message: 'The browser does not let extensions read this page.' };
  }
  return { ok: false, error: 'injection-failed', message: `Sourcelight could not read this page (${text}).` };
}
