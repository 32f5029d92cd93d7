'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Messages } from './messages/en';
import { createTranslator, INTL_LOCALE, type Locale, type Translate } from './translate';

type I18n = { locale: Locale; intlLocale: string; t: Translate };
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ locale, intlLocale: INTL_LOCALE[locale], t: createTranslator(messages, INTL_LOCALE[locale]) }),
    [locale, messages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider above it');
  return value;
}
