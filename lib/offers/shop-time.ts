/*
 * The console's dates are Korea time (the shop's zone, which keeps +09:00 all year): a
 * `datetime-local` value in, an instant with its offset out, and back.
 */
const OFFSET = '+09:00';
const OFFSET_MS = 9 * 60 * 60 * 1000;

/** "2026-12-01T09:00" (Korea time) → "2026-12-01T09:00:00+09:00"; empty stays empty. */
export function fromShopLocal(value: string): string {
  if (!value) return '';
  return `${value.length === 16 ? `${value}:00` : value}${OFFSET}`;
}

/** An instant → the `datetime-local` value of it in Korea time, to the minute. */
export function toShopLocal(iso: string | null): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + OFFSET_MS).toISOString().slice(0, 16);
}
