import { defineContentScript } from 'wxt/utils/define-content-script';
import { summarizeCurrentPage } from '@/utils/summarize-current-page';

// Injected by the popup with scripting.executeScript (activeTab): never declared in the manifest.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: () => summarizeCurrentPage(document, globalThis as { __newsLensRequest?: unknown }),
});
