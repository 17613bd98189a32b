import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** What components need from the localisation: a message lookup and the UI locale (for dates). */
export type I18n = {
  t: (key: string, substitutions?: string[]) => string;
  locale: string;
};

export const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en' });

export const useI18n = (): I18n => useContext(I18nContext);
