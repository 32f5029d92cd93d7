import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '@/lib/db/schema';
import { directionsLinks } from '@/lib/stores/directions';
import { isOpenAt } from '@/lib/stores/hours';
import { hoursSummary } from '@/lib/stores/hours-summary';
import { holdDeadline, openingPeriods, readyBy } from '@/lib/stores/opening-hours';

const SEOUL = 'Asia/Seoul';
const kst = (local: string) => new Date(`${local}+09:00`);
const WEEKDAY = { open: '10:30', close: '21:00' };
const LATE = { open: '10:30', close: '22:00' };
/** Aisle Chungjangno: closed on Mondays, late on Fridays and Saturdays. */
const closedMondays: WeeklyHours = [null, WEEKDAY, WEEKDAY, WEEKDAY, LATE, LATE, { open: '11:00', close: '20:00' }];
const everyDay: WeeklyHours = Array.from({ length: 7 }, () => WEEKDAY);

describe('store opening hours in the store’s time zone', () => {
  it('lists the opening periods as instants, Monday first', () => {
    // 2026-12-07 is a Monday: closed; Tuesday opens 10:30 KST = 01:30 UTC.
    const [first] = openingPeriods(closedMondays, SEOUL, kst('2026-12-07T08:00:00')).filter(
      (p) => p.closes > kst('2026-12-07T08:00:00'),
    );
    expect(first).toEqual({ opens: new Date('2026-12-08T01:30:00Z'), closes: new Date('2026-12-08T12:00:00Z') });
  });

  it('keeps a hold that ends while the store is open', () => {
    const promised = kst('2026-12-02T14:00:00');
    expect(holdDeadline(promised, everyDay, SEOUL)).toEqual(promised);
  });

  it('runs a hold that would end at 06:40 on to that day’s closing time', () => {
    const end = holdDeadline(kst('2026-12-02T06:40:00'), everyDay, SEOUL);
    expect(end).toEqual(kst('2026-12-02T21:00:00'));
    expect(isOpenAt(everyDay, SEOUL, new Date(end.getTime() - 60_000))).toBe(true);
  });

  it('runs a hold that would end after closing, or on a closed day, on to the next opening day’s close', () => {
    expect(holdDeadline(kst('2026-12-01T22:30:00'), everyDay, SEOUL)).toEqual(kst('2026-12-02T21:00:00'));
    // Monday 20:30 at a store closed on Mondays: held until Tuesday's close.
    expect(holdDeadline(kst('2026-12-07T20:30:00'), closedMondays, SEOUL)).toEqual(kst('2026-12-08T21:00:00'));
  });

  it('is in the store’s zone, not the server’s: the same instant in Tokyo hours is another local time', () => {
    // 06:40 KST is 06:40 in Tokyo too (both UTC+9), but 22:40 the day before in London.
    const promised = kst('2026-12-02T06:40:00');
    expect(holdDeadline(promised, everyDay, 'Europe/London')).toEqual(new Date('2026-12-02T21:00:00Z'));
  });

  it('is ready two opening hours after the order, never at night', () => {
    expect(readyBy(kst('2026-12-01T14:00:00'), everyDay, SEOUL)).toEqual(kst('2026-12-01T16:00:00'));
    // Placed at 06:40 before opening: ready at 12:30.
    expect(readyBy(kst('2026-12-01T06:40:00'), everyDay, SEOUL)).toEqual(kst('2026-12-01T12:30:00'));
    // Placed Friday 20:30 at a store open until 22:00: 90 minutes on Friday, 30 on Saturday.
    expect(readyBy(kst('2026-12-04T20:30:00'), closedMondays, SEOUL)).toEqual(kst('2026-12-05T11:00:00'));
    // Placed Sunday 19:30 at a store closed on Mondays: 30 minutes on Sunday, 90 on Tuesday.
    expect(readyBy(kst('2026-12-06T19:30:00'), closedMondays, SEOUL)).toEqual(kst('2026-12-08T12:00:00'));
  });

  it('sums up a week in a few lines', () => {
    const days = 'Mon,Tue,Wed,Thu,Fri,Sat,Sun'.split(',');
    expect(hoursSummary(closedMondays, days, 'Closed')).toEqual([
      'Mon Closed',
      'Tue–Thu 10:30–21:00',
      'Fri–Sat 10:30–22:00',
      'Sun 11:00–20:00',
    ]);
  });
});

describe('directions links', () => {
  it('opens Kakao Map, Naver Map and Google Maps with the store as destination', () => {
    const links = directionsLinks({ name: 'Aisle Jamsil, Lotte', lat: 37.5133, lng: 127.1001 });
    expect(links.map((l) => l.app)).toEqual(['kakao', 'naver', 'google']);
    const [kakao, naver, google] = links.map((l) => new URL(l.url));
    // Kakao: /link/to/{name},{lat},{lng}; a comma in the name would shift the fields.
    expect(kakao!.origin).toBe('https://map.kakao.com');
    expect(decodeURIComponent(kakao!.pathname)).toBe('/link/to/Aisle Jamsil  Lotte,37.513300,127.100100');
    // Naver: longitude first.
    expect(naver!.origin).toBe('https://map.naver.com');
    expect(decodeURIComponent(naver!.pathname)).toBe(
      '/p/directions/-/127.100100,37.513300,Aisle Jamsil  Lotte,,PLACE_POI/-/transit',
    );
    expect(google!.origin + google!.pathname).toBe('https://www.google.com/maps/dir/');
    expect(google!.searchParams.get('api')).toBe('1');
    expect(google!.searchParams.get('destination')).toBe('37.513300,127.100100');
  });
});
