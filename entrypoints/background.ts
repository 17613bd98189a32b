import { defineBackground } from 'wxt/utils/define-background';

// News Lens does its work in the popup and a content script injected on click;
// the service worker only exists so the extension has a stable background context.
export default defineBackground(() => {});
