import { describe, expect, it } from 'vitest';
import { injectionFailure, restrictionOf } from './restricted';

describe('restrictionOf', () => {
  it.each([
    'chrome://extensions/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'about:blank',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/some-extension/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://example.com/files/annual-report.PDF',
    undefined,
  ])('refuses %s', (url) => {
    expect(restrictionOf(url, true)).toMatchObject({ ok: false, error: 'restricted-page' });
  });

  it('asks for file access only when it is off', () => {
    expect(restrictionOf('file:///home/me/story.html', false)).toMatchObject({ error: 'file-access' });
    expect(restrictionOf('file:///home/me/story.html', true)).toBeNull();
  });

  it('lets news pages through', () => {
    expect(restrictionOf('https://news.example.org/2024/05/city-budget', false)).toBeNull();
    expect(restrictionOf('http://127.0.0.1:8080/seed.html', false)).toBeNull();
  });
});

describe('injectionFailure', () => {
  it('recognises the browser refusing access', () => {
    expect(injectionFailure(new Error('Cannot access contents of the page.'))).toMatchObject({ error: 'restricted-page' });
    expect(injectionFailure(new Error('The extensions gallery cannot be scripted.'))).toMatchObject({ error: 'restricted-page' });
  });
  it("tells a saved page Firefox refused (local files are opt-in since Firefox 153) from other refusals", () => {
    expect(injectionFailure(new Error('Missing host permission for the tab'), 'file:///home/me/story.html')).toMatchObject({ error: 'firefox-file-access' });
    expect(injectionFailure(new Error('Missing host permission for the tab'), 'https://example.com/')).toMatchObject({ error: 'restricted-page' });
  });
  it('keeps other failures distinct', () => {
    expect(injectionFailure(new Error('Frame with ID 0 was removed.'))).toMatchObject({ error: 'injection-failed' });
  });
});
