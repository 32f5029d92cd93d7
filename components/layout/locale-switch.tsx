'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { localePath } from '@/lib/i18n/locale-path';
import { isLocale, LOCALE_COOKIE, LOCALES, type Locale } from '@/lib/i18n/translate';
import { CommitSelect } from '@/components/ui/commit-select';

// Each language named in itself (and marked with its lang), so a shopper finds their own.
const NAMES: Record<Locale, string> = { en: 'English', ko: '한국어', ja: '日本語' };

/**
 * The language list. A choice is remembered (the cookie, which first visits to unprefixed addresses
 * follow) and opens this same page, query and all, at the chosen locale's address.
 */
export function LocaleSwitch() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t('nav.language')}</span>
      <svg aria-hidden viewBox="0 0 20 20" className="size-4 fill-muted">
        <path d="M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm2.9 9H7.1c.2 2.4 1.2 4.4 2.9 5.4 1.7-1 2.7-3 2.9-5.4ZM5.6 11H3.6a6.5 6.5 0 0 0 4.3 5.2A10 10 0 0 1 5.6 11Zm10.8 0h-2a10 10 0 0 1-2.3 5.2 6.5 6.5 0 0 0 4.3-5.2ZM7.9 3.8A6.5 6.5 0 0 0 3.6 9.5h2a10 10 0 0 1 2.3-5.7Zm2.1.2C8.3 5 7.3 7.1 7.1 9.5h5.8C12.7 7.1 11.7 5 10 4Zm2.1-.2a10 10 0 0 1 2.3 5.7h2a6.5 6.5 0 0 0-4.3-5.7Z" />
      </svg>
      <CommitSelect
        value={locale}
        onCommit={(next) => {
          if (!isLocale(next)) return;
          document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
          // The address as the browser shows it: a product page's chosen colour is only there.
          const target = localePath(next, `${window.location.pathname}${window.location.search}`);
          // The layouts hold the locale too (<html lang>, the catalogs): refresh renders them anew.
          startTransition(() => {
            router.push(target, { scroll: false });
            router.refresh();
          });
        }}
        className="rounded border border-line bg-white py-1 pr-1 pl-1 text-sm"
      >
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value}>
            {NAMES[value]}
          </option>
        ))}
      </CommitSelect>
    </label>
  );
}
