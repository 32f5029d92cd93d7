'use client';

import Link from 'next/link';
import type { ComponentProps } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { localePath } from '@/lib/i18n/locale-path';

type Props = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string };

/**
 * A link to one of our pages in the locale of the page it is on (`/c/x` on a /ko page: `/ko/c/x`).
 * Never prefetched: pages are dynamic, and a viewport prefetch would render each one.
 */
export function LocaleLink({ href, ...props }: Props) {
  const { locale } = useI18n();
  return <Link {...props} prefetch={false} href={localePath(locale, href)} />;
}
