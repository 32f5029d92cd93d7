'use client';

import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { localePath } from './locale-path';
import {
  createTranslator,
  DEFAULT_LOCALE,
  INTL_LOCALE,
  isLocale,
  type Locale,
  type PartialMessages,
  type Translate,
} from './translate';

type I18n = { locale: Locale; intlLocale: string; t: Translate };
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  /** The page's locale's namespaces its client components use (lib/i18n/catalogs.ts `clientMessages`). */
  messages: PartialMessages;
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

/** Our path as it reads in the page's locale, for `router.push` and `location.assign`. */
export function useLocalePath(): (path: string) => string {
  const { locale } = useI18n();
  return useCallback((path: string) => localePath(locale, path), [locale]);
}

/** Outside React (a sign-in's last step): the locale of the page, which its `<html lang>` names. */
export function documentLocale(): Locale {
  const lang = typeof document === 'undefined' ? null : document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
