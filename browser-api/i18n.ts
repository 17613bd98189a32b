import { browser } from 'wxt/browser';

/** UI text from _locales (the browser picks the language). Falls back to the key, never blank. */
export function getMessage(key: string, substitutions?: string[]): string {
  try {
    const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
    return getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function getUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

export function getUiDirection(): 'ltr' | 'rtl' {
  return getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
