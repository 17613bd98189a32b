import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nContext, type I18n } from '@/components/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const loadMessages = (locale: string): Messages =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/_locales', locale, 'messages.json'), 'utf8'),
  ) as Messages;

/** browser.i18n.getMessage semantics over a messages.json: named placeholders, then $1..$9. */
export function messageLookup(messages: Messages): I18n['t'] {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key}`);
    let text = entry.message.replace(
      /\$(\w+)\$/g,
      (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
    );
    text = text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    return text;
  };
}

export function renderWithI18n(ui: ComponentChildren, locale = 'en') {
  const value: I18n = { t: messageLookup(loadMessages(locale)), locale: locale.replace('_', '-') };
  return render(<I18nContext.Provider value={value}>{ui}</I18nContext.Provider>);
}
