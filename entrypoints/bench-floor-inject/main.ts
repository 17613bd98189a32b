import { browser } from 'wxt/browser';

// The floor the popup is measured against (`npm run bench`): an extension page that finds its tab and runs a
// trivial function in it with scripting.executeScript, then shows the answer. Test builds only.
async function run(): Promise<void> {
  performance.mark('news-lens:start');
  const tabId = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = await browser.tabs.get(tabId);
  performance.mark('news-lens:tab');
  const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id! }, func: () => document.title });
  performance.mark('news-lens:captured');
  document.getElementById('out')!.textContent = String(result?.result ?? '');
  document.documentElement.dataset.state = 'ready';
}
void run().catch((error: unknown) => {
  document.getElementById('out')!.textContent = String(error);
  document.documentElement.dataset.state = 'error';
});
