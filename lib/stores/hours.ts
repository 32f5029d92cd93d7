import type { WeeklyHours } from '@/lib/db/schema';
import { dateTimeFormat } from '@/lib/i18n/formatters';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Weekday (0 = Monday) and minutes since midnight at `now` in a store's time zone. */
export function localTime(now: Date, timeZone: string): { day: number; minutes: number } {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: WEEKDAYS.indexOf(get('weekday')),
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Whether a store is open at `now`, judged in the store's own time zone. */
export function isOpenAt(hours: WeeklyHours, timeZone: string, now: Date): boolean {
  const { day, minutes } = localTime(now, timeZone);
  const today = hours[day];
  if (!today) return false;
  return minutes >= toMinutes(today.open) && minutes < toMinutes(today.close);
}
