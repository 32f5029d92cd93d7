'use client';

import Link from 'next/link';
import type { ComponentProps } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { localePath } from '@/lib/i18n/locale-path';

/** A link to one of our pages in the locale of the page it is on (`/c/x` on a /ko page: `/ko/c/x`). */
export function LocaleLink({ href, ...props }: Omit<ComponentProps<typeof Link>, 'href'> & { href: string }) {
  const { locale } = useI18n();
  return <Link {...props} href={localePath(locale, href)} />;
}
