import { z } from 'zod';
import { storeSchema } from './schema';

/** A store code as it appears in a path: the store's slug. */
export const storeCodeParamsSchema = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/, 'Lower-case letters, digits and inner hyphens, at most 60')
    .describe("The store's code (its slug), as the retailer's systems name it"),
});

/** Region codes CLDR knows that are not ISO 3166-1 alpha-2 countries (unions, user-assigned, unknown). */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'TA', 'UN', 'XA', 'XB', 'XK', 'ZZ']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Whether `code` is an assigned ISO 3166-1 alpha-2 country code ("KR", "JP"). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== undefined;
}

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));

/** Whether `zone` is an IANA time zone name ("Asia/Seoul"; an alias such as "Asia/Calcutta" too; "UTC"). */
export function isTimeZoneName(zone: string): boolean {
  if (timeZones.has(zone) || zone === 'UTC') return true;
  // Aliases are not in the canonical list; a name (never an offset such as "+09:00") the runtime accepts is one.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){1,2}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const text = (max: number) => z.string().trim().min(1).max(max);
const clock = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 00:00 to 23:59');
const localized = (max: number) =>
  z
    .object({ en: text(max), ko: text(max).optional(), ja: text(max).optional() })
    .strict()
    .describe('English, and where given Korean and Japanese');

export const storeUpsertBodySchema = z
  .object({
    name: localized(120),
    address: z
      .object({
        street: localized(200),
        city: localized(100),
        region: text(10).describe('ISO 3166-2 subdivision, e.g. KR-11'),
        postalCode: z.string().trim().max(20),
      })
      .strict(),
    country: z
      .string()
      .refine(isCountryCode, 'An ISO 3166-1 alpha-2 country code, upper case (KR, JP)')
      .describe('ISO 3166-1 alpha-2'),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    phone: z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, 'E.164, e.g. +82234991820')
      .optional()
      .describe('E.164; absent when the store takes no calls'),
    timezone: z.string().max(64).refine(isTimeZoneName, 'An IANA time zone name, e.g. Asia/Seoul').describe('IANA'),
    hours: z
      .array(
        z
          .object({ open: clock, close: clock })
          .strict()
          .nullable()
          .describe('A close at or before the opening runs past midnight; null: closed that day'),
      )
      .length(7)
      .describe("Monday first, in the store's own time zone"),
    pickup: z
      .boolean()
      .describe('Whether shoppers may choose it for pickup; its existing holds keep working either way'),
    climate: z.enum(['cold', 'mild', 'warm']).optional().describe('Mild when absent'),
  })
  .strict()
  .meta({ id: 'StoreUpsert' });

export type StoreUpsertBody = z.infer<typeof storeUpsertBodySchema>;

export const storeUpsertResultSchema = z.object({
  status: z.enum(['created', 'updated', 'unchanged']),
  store: storeSchema,
});
