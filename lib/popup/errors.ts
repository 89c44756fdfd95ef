import type { ErrorCode } from '../messages';

export interface ErrorText {
  /** What happened, in one sentence. */
  title: string;
  /** What the reader can do about it. */
  advice: string;
  /** Whether trying again might help, so the popup offers a button only when it can. */
  retry: boolean;
}

export const ERROR_TEXT: Record<ErrorCode, ErrorText> = {
  'restricted-page': {
    title: 'Sourcelight cannot read this page.',
    advice:
      'Browser pages, extension stores and the PDF viewer are closed to extensions. Open a news article on a website and click Sourcelight again.',
    retry: false,
  },
  'file-access': {
    title: 'Sourcelight is not allowed to read files on this computer.',
    advice:
      'To analyse a saved page, open chrome://extensions, choose Details under Sourcelight, turn on "Allow access to file URLs", then reload the page.',
    retry: false,
  },
  'firefox-file-access': {
    title: 'Sourcelight is not allowed to read files on this computer.',
    advice:
      'To analyse a saved page, open about:addons, choose Sourcelight, turn on "Access local files on your computer" under Permissions, then reload the page.',
    retry: false,
  },
  'no-article': {
    title: 'No article found on this page',
    advice: 'Sourcelight looks for the main text of a news story. Open an article page and click Sourcelight again.',
    retry: false,
  },
  'too-large': {
    title: 'This page is too large to analyse.',
    advice:
      'Sourcelight stops rather than slow the page down. Try the article on its own page, or its printable version.',
    retry: false,
  },
  'no-tab': {
    title: 'There is no page to analyse.',
    advice: 'Click into the tab with the article, then open Sourcelight again.',
    retry: true,
  },
  'injection-failed': {
    title: 'Sourcelight could not reach this page.',
    advice: 'Reload the page and try again. Some pages are still loading or block extensions.',
    retry: true,
  },
  internal: {
    title: 'Something went wrong while analysing this page.',
    advice: 'Try again. If it keeps happening, reload the page first.',
    retry: true,
  },
};

/** Unknown codes (an older or newer worker) read as an internal error rather than a blank popup. */
export function errorText(code: string): ErrorText {
  return Object.hasOwn(ERROR_TEXT, code) ? ERROR_TEXT[code as ErrorCode] : ERROR_TEXT.internal;
}
