/**
 * Intl formatters are slow to build (locale data is looked up each time) and cheap to reuse:
 * a product page formats dozens of prices. One instance per locale and options, in the
 * browser and on the server.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The shop's clock: order numbers, hold deadlines and order dates are told in Seoul time. */
export const SHOP_TIME_ZONE = 'Asia/Seoul';

/**
 * Some ICU builds (Debian's Node among them) lack Korean day periods and print "AM 11:40" where
 * Chromium prints "오전 11:40": the same options must read the same on the server and in the browser.
 */
const DAY_PERIODS: Record<string, Record<string, string>> = { ko: { AM: '오전', PM: '오후' } };

/** Formats a date with cached Intl options, day periods in the locale's own words. */
export function formatDateTime(locale: string, options: Intl.DateTimeFormatOptions, date: Date): string {
  const periods = DAY_PERIODS[locale.split('-')[0] ?? ''];
  const format = dateTimeFormat(locale, options);
  if (!periods || (options.timeStyle === undefined && options.hour === undefined)) return format.format(date);
  return format
    .formatToParts(date)
    .map((p) => (p.type === 'dayPeriod' ? (periods[p.value.toUpperCase()] ?? p.value) : p.value))
    .join('');
}
