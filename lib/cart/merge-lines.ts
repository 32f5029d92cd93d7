import { MAX_LINE_QUANTITY } from './schema';

export type MergeLine = { variantId: string; fulfillment: 'ship' | 'pickup'; storeId: string | null; quantity: number };

export const lineIdentity = (l: Pick<MergeLine, 'variantId' | 'fulfillment' | 'storeId'>) =>
  `${l.variantId}|${l.fulfillment}|${l.storeId ?? ''}`;

/**
 * The account's lines after a guest cart joins them. The rule (also in the README):
 * the same variant with the same fulfilment adds up; a sum is capped at the per-line
 * limit and at the stock available there, but never below what the account already had
 * and never below 1, so no line is ever lost; every cap is reported.
 */
export function mergeLines(
  account: MergeLine[],
  guest: MergeLine[],
  availableFor: (line: MergeLine) => number,
): { lines: MergeLine[]; capped: { variantId: string; requested: number; kept: number }[]; added: number } {
  const merged = new Map(account.map((l) => [lineIdentity(l), { ...l }]));
  const capped: { variantId: string; requested: number; kept: number }[] = [];
  let added = 0;
  for (const g of guest) {
    const key = lineIdentity(g);
    const existing = merged.get(key);
    const had = existing?.quantity ?? 0;
    const requested = had + g.quantity;
    const cap = Math.min(MAX_LINE_QUANTITY, availableFor(g));
    const kept = Math.max(had, 1, Math.min(requested, cap));
    if (kept < requested) capped.push({ variantId: g.variantId, requested, kept });
    merged.set(key, { ...g, quantity: kept });
    added++;
  }
  return { lines: [...merged.values()], capped, added };
}
