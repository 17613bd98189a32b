import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { preloadLazyChunks } from './scripts/build/preload-lazy-chunks';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  vite: ({ mode }) => ({
    plugins: [
      preact({ devToolsEnabled: mode === 'development', prefreshEnabled: false }),
      // The popup's view and pipeline are imported lazily by its entry: their fetch and compile start with the page.
      preloadLazyChunks(['popup/index.html']),
    ],
    // NL_NOMINIFY=1 keeps function names (npm run profile:popup reads a CPU profile of the popup).
    build: { target: 'es2022', ...(process.env.NL_NOMINIFY ? { minify: false } : {}) },
  }),
  outDir: '.output',
  hooks: {
    // The benchmark's floor pages (bench-floor-*) exist in test builds only.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      for (let i = entrypoints.length - 1; i >= 0; i--)
        if (entrypoints[i]!.name.startsWith('bench-floor')) entrypoints.splice(i, 1);
    },
  },
  // The e2e build writes to its own folder so it never overwrites the shipped build.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Test builds only: automation cannot click the toolbar button that grants activeTab.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandDescription__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'news-lens@news-lens.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142+.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
