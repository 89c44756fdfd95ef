import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: the popup's click grants activeTab, scripting injects the content script into
// that one tab, storage keeps reports. No host permissions, no content script on every site.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, mode }) => ({
    name: 'Sourcelight',
    description: 'See who is speaking in a news article, who is not named, and what contradicts what.',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      // Only the Firefox end-to-end build (`--mode e2e`): no test driver can click Firefox's toolbar,
      // so that build may reach the local test server and saved pages instead, as the click would
      // let it. Shipped builds never ask for either.
      ...(browser === 'firefox' && mode === 'e2e' ? ['http://127.0.0.1/*', 'file:///*'] : []),
    ],
    // The same build only: Firefox 153's driver may no longer navigate a tab to an extension page, so
    // the tests open the popup page from a blank tab, which a web-accessible page allows.
    ...(browser === 'firefox' && mode === 'e2e' && { web_accessible_resources: ['popup.html'] }),
    ...(browser === 'firefox' && {
      // A fixed id keeps stored reports across reinstalls; 140 is the first Firefox with the CSS
      // Custom Highlight API the highlights are painted with.
      browser_specific_settings: { gecko: { id: 'sourcelight@sourcelight.invalid', strict_min_version: '140.0' } },
    }),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
});
