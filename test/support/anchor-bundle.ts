/**
 * Bundles lib/anchoring for a page, so the e2e suite anchors exported selectors in a freshly
 * loaded page with the same code the content script uses.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

export async function anchoringBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { anchorQuote, buildPageText } from './lib/anchoring/anchor';
        globalThis.__sourcelightAnchor = (anchors) => {
          const page = buildPageText(document.body);
          return anchors.map((a) => anchorQuote(page, a)?.toString() ?? null);
        };`,
      resolveDir: resolve(import.meta.dirname, '..', '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
  });
  return result.outputFiles[0].text;
}
