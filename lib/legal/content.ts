import type { Locale } from '@/lib/i18n/translate';
import { helpEn } from './content-en';
import { helpJa } from './content-ja';
import { helpKo } from './content-ko';

/* The footer's customer-service pages: their slugs, and their text per locale. */

export const HELP_PAGES = ['shipping', 'returns', 'privacy', 'terms', 'contact', 'business'] as const;
export type HelpPage = (typeof HELP_PAGES)[number];

export type HelpSection = { heading: string; items: string[] };
export type HelpText = { title: string; intro: string; sections: HelpSection[] };
/** The business page is built from BUSINESS alone. */
export type HelpPages = Record<Exclude<HelpPage, 'business'>, HelpText>;

/** When the policies were last changed. */
export const POLICIES_UPDATED = '2026-11-20';

export function isHelpPage(value: string): value is HelpPage {
  return (HELP_PAGES as readonly string[]).includes(value);
}

const HELP: Record<Locale, HelpPages> = { en: helpEn, ko: helpKo, ja: helpJa };

export function helpText(locale: Locale, page: Exclude<HelpPage, 'business'>): HelpText {
  return HELP[locale][page];
}
