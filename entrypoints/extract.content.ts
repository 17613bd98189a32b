import { defineContentScript } from 'wxt/utils/define-content-script';
import { summarizeCurrentPage } from '@/utils/summarize-current-page';

// Injected by the popup with scripting.executeScript (activeTab): never declared in the manifest.
// Runs in the top frame only (no allFrames); same-origin frames are read from there when the top page has
// no article (see utils/guards/find-frame-document.ts). main() never throws: it returns a SummarizeResult.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: () => summarizeCurrentPage(document, globalThis as { __newsLensRequest?: unknown }),
});
