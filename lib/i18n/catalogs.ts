import 'server-only';
import { en, type Messages } from './messages/en';
import { ja } from './messages/ja';
import { ko } from './messages/ko';
import type { Locale } from './translate';

/** Every locale's whole catalog: on the server only; a client provider gets `clientMessages`. */
const catalogs: Record<Locale, Messages> = { en, ko, ja };

export function getMessages(locale: Locale): Messages {
  return catalogs[locale];
}

/**
 * What a page hands its client components: the page's locale only, and only the namespaces they
 * translate with (lib/i18n/client-namespaces.ts); the rest of the catalog stays out of the HTML.
 */
export function clientMessages<N extends keyof Messages>(locale: Locale, namespaces: readonly N[]): Pick<Messages, N> {
  const all = catalogs[locale];
  return Object.fromEntries(namespaces.map((n) => [n, all[n]])) as Pick<Messages, N>;
}
