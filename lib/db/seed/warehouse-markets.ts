import 'server-only';
import { sql } from 'drizzle-orm';
import type { MarketCode } from '@/lib/markets/markets';
import type { Db } from '../open-db';

/**
 * The market each demo warehouse ships for, by location id: Korea's (which also ships the US, see
 * lib/markets/warehouse.ts), Japan's and Singapore's. Set after the locations are inserted, so the
 * seed's location list stays one place and a warehouse not in this seed is left alone.
 */
const WAREHOUSE_MARKETS: Record<string, MarketCode> = {
  loc_online: 'KR',
  loc_online_jp: 'JP',
  loc_online_sg: 'SG',
};

export async function setWarehouseMarkets(db: Db): Promise<void> {
  for (const [id, market] of Object.entries(WAREHOUSE_MARKETS))
    await db.execute(
      sql`UPDATE inventory_locations SET market = ${market} WHERE id = ${id} AND kind = 'warehouse' AND market IS DISTINCT FROM ${market}`,
    );
}
