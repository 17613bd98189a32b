import { startFirstClick } from '@/browser-api/first-click';
// The style sheet is linked from popup.html itself, so it loads with the page, not after the view's chunk.
import './style.css';

// The popup's entry does one thing before anything else loads: it asks the tab for its copy and starts
// loading the pipeline (startFirstClick). The view (Preact, the components) is loaded meanwhile, in
// parallel with the page's work.
startFirstClick();
void import('./render');
