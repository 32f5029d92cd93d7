import type { WeeklyHours } from '@/lib/db/schema';

/**
 * A week's hours in a few lines: days in a row with the same hours share one
 * ("Mon–Thu 10:30–21:00"). `days` are the locale's weekday names, Monday first.
 */
export function hoursSummary(hours: WeeklyHours, days: string[], closed: string): string[] {
  const text = (i: number) => {
    const h = hours[i];
    return h ? `${h.open}–${h.close}` : closed;
  };
  const lines: string[] = [];
  for (let start = 0; start < 7;) {
    let end = start;
    while (end + 1 < 7 && text(end + 1) === text(start)) end++;
    const span = start === end ? days[start] : `${days[start]}–${days[end]}`;
    lines.push(`${span} ${text(start)}`);
    start = end + 1;
  }
  return lines;
}
