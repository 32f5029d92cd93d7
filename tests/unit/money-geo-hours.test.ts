import { describe, expect, it } from 'vitest';
import { distanceMeters } from '@/lib/geo/distance';
import { fractionDigits, formatMoney, majorUnits } from '@/lib/money';
import { MARKETS } from '@/lib/markets/markets';
import { isOpenAt } from '@/lib/stores/hours';

describe('money', () => {
  it('knows each market currency’s minor units as Intl does (without asking it), and asks Intl for others', () => {
    for (const { currency } of Object.values(MARKETS)) {
      const intl = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions();
      expect(fractionDigits(currency), currency).toBe(intl.maximumFractionDigits);
    }
    expect(fractionDigits('BHD')).toBe(3);
    expect(fractionDigits('EUR')).toBe(2);
  });

  it('formats integer minor units per currency and locale', () => {
    expect(formatMoney({ amount: 59000, currency: 'KRW' }, 'ko-KR')).toBe('₩59,000');
    expect(formatMoney({ amount: 1250, currency: 'USD' }, 'en-US')).toBe('$12.50');
    expect(majorUnits({ amount: 59000, currency: 'KRW' })).toBe('59000');
    expect(majorUnits({ amount: 1999, currency: 'EUR' })).toBe('19.99');
  });
});

describe('distance', () => {
  it('measures great-circle distance in metres', () => {
    expect(distanceMeters({ lat: 37.5445, lng: 127.0557 }, { lat: 37.5445, lng: 127.0557 })).toBe(0);
    // Seoul City Hall to Busan station: about 325 km.
    const d = distanceMeters({ lat: 37.5663, lng: 126.9779 }, { lat: 35.1151, lng: 129.0422 });
    expect(d).toBeGreaterThan(320_000);
    expect(d).toBeLessThan(330_000);
    // 0.001° of latitude is about 111 m.
    expect(distanceMeters({ lat: 37, lng: 127 }, { lat: 37.001, lng: 127 })).toBe(111);
  });
});

describe('opening hours', () => {
  const weekday = { open: '10:30', close: '21:00' };
  const hours = [weekday, weekday, weekday, weekday, weekday, { open: '10:30', close: '22:00' }, null];
  it('judges open-now in the store’s time zone', () => {
    // Monday 01:29 UTC is 10:29 in Seoul: closed; 01:30 UTC is 10:30: open.
    expect(isOpenAt(hours, 'Asia/Seoul', new Date('2026-11-23T01:29:00Z'))).toBe(false);
    expect(isOpenAt(hours, 'Asia/Seoul', new Date('2026-11-23T01:30:00Z'))).toBe(true);
    // Closing time is exclusive: Monday 21:00 Seoul.
    expect(isOpenAt(hours, 'Asia/Seoul', new Date('2026-11-23T12:00:00Z'))).toBe(false);
    // Sunday is closed all day.
    expect(isOpenAt(hours, 'Asia/Seoul', new Date('2026-11-29T05:00:00Z'))).toBe(false);
    // Saturday 21:30 Seoul: open late.
    expect(isOpenAt(hours, 'Asia/Seoul', new Date('2026-11-28T12:30:00Z'))).toBe(true);
  });
});
