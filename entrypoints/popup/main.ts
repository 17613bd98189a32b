import { startFirstClick } from '@/browser-api/first-click';

// The popup's entry does one thing before anything else loads: it asks the tab for its copy and starts
// loading the pipeline (startFirstClick). The view (Preact, the components) is loaded meanwhile, in
// parallel with the page's work.
startFirstClick();
void import('./render');
