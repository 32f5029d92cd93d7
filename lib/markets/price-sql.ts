import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { MarketCode } from './markets';

/**
 * A variant's price in a market, as an SQL expression over the variant alias given: every price
 * the shop shows, filters on, sorts by or charges is read from the market's price list this way.
 */
export function marketPriceSql(variantAlias: string, market: MarketCode): SQL {
  return sql`(SELECT vp.amount FROM variant_prices vp WHERE vp.variant_id = ${sql.raw(variantAlias)}.id AND vp.market = ${market})`;
}

/** A product's lowest price in a market (alias `p` products; yields `pr.price`, `pr.currency`), its card's price. */
export function productPriceLateral(market: MarketCode): SQL {
  return sql`JOIN LATERAL (
      SELECT min(vp.amount) AS price, min(vp.currency) AS currency
      FROM variants pv JOIN variant_prices vp ON vp.variant_id = pv.id AND vp.market = ${market}
      WHERE pv.product_id = p.id AND pv.archived_at IS NULL
    ) pr ON true`;
}
