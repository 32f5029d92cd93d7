import { numberFormat } from './formatters';
import { particleFor } from './josa';
import type { Messages } from './messages/en';

export const LOCALES = ['en', 'ko', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_COOKIE = 'aisle-locale';

/** BCP 47 tags for Intl formatting. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR', ja: 'ja-JP' };

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
export type MessageKey = { [K in keyof Messages]: Join<K, keyof Messages[K]> }[keyof Messages];
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;
/** A catalog's namespaces, or some of them: what a client provider is handed (lib/i18n/catalogs.ts). */
export type PartialMessages = { [K in keyof Messages]?: Messages[K] };

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

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/**
 * The `#` of a plural: a whole number under 1,000 is its digits in every locale we serve (Latin
 * digits, no grouping yet), so it needs no Intl.NumberFormat, whose first use on a page costs
 * ~20 ms of main thread (~80 ms on Lighthouse's phone) to load ICU's number data: the bag's count
 * in the header would pay it in every page's hydration.
 */
function pluralNumber(intlLocale: string, n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : numberFormat(intlLocale, {}).format(n);
}

// {count, plural, =0 {none} one {# item} other {# items}}: the ICU plural subset the catalogs use.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const PLURAL_OPTION = /(=\d+|\w+)\s*\{((?:[^{}]|\{\w+\})*)\}/g;
// {q|와/과}: the Korean particle that follows the value of q.
const PARTICLE = /\{(\w+)\|([^{}/]+\/[^{}]+)\}/g;

/** Fills a catalog message: plural choices by the locale's rules, Korean particles, then placeholders. */
export function formatMessage(template: string, vars: Vars, intlLocale: string): string {
  return template
    .replace(PLURAL, (m, name: string, body: string) => {
      const n = Number(vars[name]);
      if (!(name in vars) || Number.isNaN(n)) return m;
      const options = new Map([...body.matchAll(PLURAL_OPTION)].map((o) => [o[1]!, o[2]!]));
      const chosen = options.get(`=${n}`) ?? options.get(pluralCategory(intlLocale, n)) ?? options.get('other') ?? '';
      return chosen.includes('#') ? chosen.replace(/#/g, pluralNumber(intlLocale, n)) : chosen;
    })
    .replace(PARTICLE, (m, name: string, particle: string) =>
      name in vars ? particleFor(String(vars[name]), particle) : m,
    )
    .replace(/\{(\w+)\}/g, (m, v: string) => (v in vars ? String(vars[v]) : m));
}

export function createTranslator(messages: PartialMessages, intlLocale = INTL_LOCALE.en): Translate {
  return (key, vars) => {
    const [group, name] = key.split('.') as [keyof Messages, string];
    // A namespace the page was not handed reads as its key (tests/unit/client-messages.test.ts keeps the lists whole).
    const template = (messages[group] as Record<string, string> | undefined)?.[name] ?? key;
    return vars ? formatMessage(template, vars, intlLocale) : template;
  };
}
