import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: the popup's click grants activeTab, scripting injects the content script into
// that one tab, storage keeps reports. No host permissions, no content script on every site.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Sourcelight',
    description: 'See who is speaking in a news article, who is not named, and what contradicts what.',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Sourcelight: analyse this article' },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
