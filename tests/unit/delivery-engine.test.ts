import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  chooseDelivery,
  dispatchDay,
  estimateDelivery,
  quoteDelivery,
  type DeliveryRule,
} from '@/lib/delivery/engine';
import { deliveryPromise } from '@/lib/delivery/promise';
import { estimateText } from '@/lib/delivery/format';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator } from '@/lib/i18n/translate';

const standard: DeliveryRule = {
  code: 'standard',
  currency: 'KRW',
  fee: 3_000,
  freeFrom: 50_000,
  minDays: 1,
  maxDays: 2,
  cutoffHour: 14,
  timeZone: 'Asia/Seoul',
};
const express: DeliveryRule = { ...standard, code: 'express', fee: 6_000, freeFrom: null, minDays: 1, maxDays: 1 };
/** Seoul is UTC+9: 05:00Z is 2 pm there. */
const seoul = (isoLocal: string) => new Date(`${isoLocal}+09:00`);
const day = (d: Date) => d.toISOString().slice(0, 10);

describe('delivery fees', () => {
  it('charges the fee below the threshold, with what more makes it free, and nothing from the threshold on', () => {
    const now = seoul('2026-12-02T10:00:00');
    expect(quoteDelivery([standard], 49_999, now)[0]).toMatchObject({ fee: 3_000, baseFee: 3_000, spendMore: 1 });
    expect(quoteDelivery([standard], 50_000, now)[0]).toMatchObject({ fee: 0, spendMore: null });
    expect(quoteDelivery([standard], 39_000, now)[0]?.spendMore).toBe(11_000);
  });

  it('never waives an option with no threshold, and quotes nothing when nothing is delivered', () => {
    const now = seoul('2026-12-02T10:00:00');
    expect(quoteDelivery([express], 500_000, now)[0]).toMatchObject({ fee: 6_000, spendMore: null, freeFrom: null });
    expect(quoteDelivery([standard, express], 0, now)).toEqual([]);
  });

  it('takes the option chosen, else the first; an unknown one is none', () => {
    const quotes = quoteDelivery([standard, express], 10_000, seoul('2026-12-02T10:00:00'));
    expect(chooseDelivery(quotes, undefined)?.code).toBe('standard');
    expect(chooseDelivery(quotes, 'express')?.fee).toBe(6_000);
    expect(chooseDelivery(quotes, 'drone')).toBeUndefined();
  });
});

describe('delivery dates, in business days in the shop’s time zone', () => {
  it('leaves today before the cut-off and the next business day from it', () => {
    // Wednesday 2 December 2026.
    expect(day(dispatchDay(seoul('2026-12-02T13:59:00'), standard))).toBe('2026-12-02');
    expect(day(dispatchDay(seoul('2026-12-02T14:00:00'), standard))).toBe('2026-12-03');
  });

  it('reads the day in Seoul, not in UTC: 23:30Z on Tuesday is Wednesday morning there', () => {
    expect(day(dispatchDay(new Date('2026-12-01T23:30:00Z'), standard))).toBe('2026-12-02');
  });

  it('skips the weekend: a Friday evening or Saturday order leaves on Monday and arrives Tuesday–Wednesday', () => {
    expect(day(dispatchDay(seoul('2026-12-04T18:00:00'), standard))).toBe('2026-12-07');
    expect(estimateDelivery(standard, seoul('2026-12-05T09:00:00'))).toEqual({
      earliest: '2026-12-08',
      latest: '2026-12-09',
    });
    // Thursday before the cut-off: Friday, else Monday.
    expect(estimateDelivery(standard, seoul('2026-12-03T09:00:00'))).toEqual({
      earliest: '2026-12-04',
      latest: '2026-12-07',
    });
    expect(estimateDelivery(express, seoul('2026-12-04T09:00:00'))).toEqual({
      earliest: '2026-12-07',
      latest: '2026-12-07',
    });
  });

  it('counts business days over a weekend', () => {
    expect(day(addBusinessDays(new Date(Date.UTC(2026, 11, 4)), 1))).toBe('2026-12-07');
    expect(day(addBusinessDays(new Date(Date.UTC(2026, 11, 4)), 0))).toBe('2026-12-04');
  });

  it('words the dates in the shopper’s language', () => {
    const en = createTranslator(getMessages('en'));
    const ko = createTranslator(getMessages('ko'));
    const range = { earliest: '2026-12-03', latest: '2026-12-04' };
    expect(estimateText(range, en, 'en-US')).toBe('Arrives Thu, Dec 3 – Fri, Dec 4');
    expect(estimateText({ earliest: '2026-12-03', latest: '2026-12-03' }, en, 'en-US')).toBe('Arrives Thu, Dec 3');
    expect(estimateText(range, ko, 'ko-KR')).toBe('12월 3일 (목)~12월 4일 (금) 도착 예정');
  });
});

describe('the home page promise', () => {
  it('comes from the first rule: its threshold, fee and days', () => {
    const en = createTranslator(getMessages('en'));
    expect(deliveryPromise([standard, express], en, 'en-US')).toEqual([
      ['Free delivery from ₩50,000', 'Standard delivery ₩3,000, in 1–2 business days.'],
    ]);
    expect(deliveryPromise([{ ...standard, freeFrom: 70_000, fee: 2_500 }], en, 'en-US')[0]?.[0]).toBe(
      'Free delivery from ₩70,000',
    );
    expect(deliveryPromise([express], en, 'en-US')[0]?.[0]).toBe('Delivery from ₩6,000');
    expect(deliveryPromise([], en, 'en-US')).toEqual([]);
  });
});
