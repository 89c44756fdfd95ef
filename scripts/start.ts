/**
 * npm start: Chromium with the built extension on the demo article. With a display the reader
 * clicks the icon (we open the popup once to show it); without one it runs headless, clicks the
 * toolbar itself and writes screenshots of the highlighted page and the popup to out/demo/.
 */
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchWithExtension, serveFiles } from '../test/support/chromium';

const root = resolve(import.meta.dirname, '..');
const demo = join(root, 'assets', 'demo', 'harbour-bridge.html');
const outDir = join(root, 'out', 'demo');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const server = await serveFiles([demo]);
const chromium = await launchWithExtension(join(root, '.output', 'chrome-mv3'), { headless });
const page = await chromium.open(server.urlOf(demo));
console.log(`Demo article: ${server.urlOf(demo)}`);

await chromium.clickToolbar(page);
const popup = await chromium.popup();
const outcome = await popup.waitForOutcome();
const summary = await popup.page.$eval('[data-testid=summary], [data-testid=state-empty], [data-testid=state-error]', (e) => e.textContent);
console.log(`Sourcelight: ${summary}`);

if (headless) {
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 }).catch(() => undefined);
  mkdirSync(outDir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 250));
  await page.screenshot({ path: join(outDir, 'page.png') });
  await popup.page.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
  console.log(`No display: ran headless. Screenshots of the highlighted page and the popup are in ${relative(process.cwd(), outDir) || '.'}/ (page.png, popup.png).`);
  await chromium.close();
  server.close();
  process.exit(outcome === 'report' ? 0 : 1);
} else {
  console.log('Chromium is open with Sourcelight loaded. Click the Sourcelight icon in the toolbar to analyse the page again; Ctrl-C to quit.');
  const stop = async () => {
    await chromium.close().catch(() => undefined);
    server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  chromium.browser.on('disconnected', stop);
}
