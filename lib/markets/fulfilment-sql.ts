import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { marketOf, type MarketCode } from './markets';

/*
 * Where a market's bag is fulfilled from: deliveries from the warehouse of the market it ships
 * from (KR's for the US), pickups only at stores in the market's countries. Every stock read and
 * reservation for a bag filters its locations with these, so a JP bag never draws on KR stock.
 */

/** `loc` (an inventory_locations alias) is the warehouse that ships this market's deliveries. */
export function shippingWarehouseSql(loc: string, market: MarketCode): SQL {
  const l = sql.raw(loc);
  return sql`(${l}.kind = 'warehouse' AND ${l}.market = ${marketOf(market).shipsFrom})`;
}

/** `store` (a stores alias) is in this market: its country is one the market serves. */
export function marketStoreSql(store: string, market: MarketCode): SQL {
  return sql`${sql.raw(store)}.country = ANY(${sql.param([...marketOf(market).countries])}::text[])`;
}
