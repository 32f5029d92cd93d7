import 'server-only';
import type { OfferRow } from '@/lib/db/schema';
import { MARKETS } from '@/lib/markets/markets';
import type { AdminOffer, OfferInput, OfferStatus } from './admin-schema';

/*
 * Between the console's shape and the offers table: the one mapping both ways, so what the
 * console writes is exactly the row the engine reads (repository.ts `toRule`).
 */

export type OfferUsage = AdminOffer['usage'];
export type OfferValues = Omit<OfferRow, 'id' | 'redeemedCount' | 'createdAt'>;

export function toOfferValues(input: OfferInput): OfferValues {
  const { discount, target } = input;
  return {
    market: input.market,
    // The market's, so a percent offer without a minimum has one too (the schema holds money to it).
    currency: MARKETS[input.market].currency,
    title: input.title,
    description: input.description,
    code: input.code,
    discountType: discount.type,
    discountValue: discount.type === 'percent' ? discount.percent : discount.amount.amount,
    startsAt: new Date(input.startsAt),
    endsAt: input.endsAt === null ? null : new Date(input.endsAt),
    channels: input.channels,
    audience: input.audience,
    minSubtotal: input.minSubtotal?.amount ?? 0,
    categoryIds: input.categoryIds,
    usageLimit: input.usageLimit,
    perCustomerLimit: input.perCustomerLimit,
    targetKind: target.kind,
    targetStoreId: target.kind === 'store' ? target.storeId : null,
    targetRadiusMeters: target.kind === 'store' ? target.radiusMeters : null,
    targetRegion: target.kind === 'region' ? target.region : null,
    listed: input.listed,
  };
}

export function toOfferInput(row: OfferRow): OfferInput {
  const money = (amount: number) => ({ amount, currency: row.currency });
  return {
    market: row.market,
    title: row.title,
    description: row.description,
    code: row.code,
    discount:
      row.discountType === 'percent'
        ? { type: 'percent', percent: row.discountValue }
        : { type: 'fixed', amount: money(row.discountValue) },
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    channels: row.channels,
    audience: row.audience,
    minSubtotal: row.minSubtotal > 0 ? money(row.minSubtotal) : null,
    categoryIds: row.categoryIds,
    usageLimit: row.usageLimit,
    perCustomerLimit: row.perCustomerLimit,
    target:
      row.targetKind === 'store'
        ? { kind: 'store', storeId: row.targetStoreId!, radiusMeters: row.targetRadiusMeters! }
        : row.targetKind === 'region'
          ? { kind: 'region', region: row.targetRegion! }
          : { kind: 'everywhere' },
    listed: row.listed,
  };
}

/** As the engine sees it: past its end (a scheduled offer ended early too), not started yet, or running. */
export function offerStatus(row: Pick<OfferRow, 'startsAt' | 'endsAt'>, now: Date): OfferStatus {
  if (row.endsAt && now >= row.endsAt) return 'ended';
  return now < row.startsAt ? 'scheduled' : 'active';
}

export function toAdminOffer(row: OfferRow, usage: OfferUsage, now: Date): AdminOffer {
  return {
    id: row.id,
    ...toOfferInput(row),
    status: offerStatus(row, now),
    usage,
    createdAt: row.createdAt.toISOString(),
  };
}
