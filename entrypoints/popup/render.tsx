import { render } from 'preact';
import { I18nContext } from '@/components/i18n';
import { getMessage, getUiDirection, getUiLanguage } from '@/browser-api/i18n';
import { App } from './App';
import { mark } from '@/utils/timing';

mark('view');

const locale = getUiLanguage();
document.documentElement.lang = locale;
document.documentElement.dir = getUiDirection();
document.documentElement.dataset.state = 'loading';

render(
  <I18nContext.Provider value={{ t: getMessage, locale }}>
    <App />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
