import { en, type Messages } from './messages/en';
import { ko } from './messages/ko';

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_COOKIE = 'aisle-locale';

/** BCP 47 tags for Intl formatting. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' };

const catalogs: Record<Locale, Messages> = { en, ko };

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
export type MessageKey = { [K in keyof Messages]: Join<K, keyof Messages[K]> }[keyof Messages];
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The shopper's choice (cookie) wins; otherwise the browser's preferred languages, in order. */
export function resolveLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.split('=')[1]) : 1 };
    })
    .filter((x) => x.lang && !Number.isNaN(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((x) => x.lang).find(isLocale) ?? DEFAULT_LOCALE;
}

export function getMessages(locale: Locale): Messages {
  return catalogs[locale];
}

export function createTranslator(messages: Messages): Translate {
  return (key, vars) => {
    const [group, name] = key.split('.') as [keyof Messages, string];
    const template = (messages[group] as Record<string, string>)[name] ?? key;
    return vars ? template.replace(/\{(\w+)\}/g, (m, v: string) => (v in vars ? String(vars[v]) : m)) : template;
  };
}
