CREATE TABLE "variant_prices" (
	"variant_id" text NOT NULL,
	"market" char(2) NOT NULL,
	"amount" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"explicit" boolean DEFAULT false NOT NULL,
	CONSTRAINT "variant_prices_variant_id_market_pk" PRIMARY KEY("variant_id","market"),
	CONSTRAINT "variant_prices_amount_nonnegative" CHECK ("variant_prices"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "inventory_locations" ADD COLUMN "market" char(2);--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "market" char(2);--> statement-breakpoint
ALTER TABLE "carts" ADD COLUMN "market" char(2) DEFAULT 'KR' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tax_amount" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "variant_prices" ADD CONSTRAINT "variant_prices_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "variant_prices_market_amount_idx" ON "variant_prices" USING btree ("market","amount");--> statement-breakpoint
CREATE UNIQUE INDEX "inventory_locations_market_idx" ON "inventory_locations" USING btree ("market");--> statement-breakpoint
ALTER TABLE "inventory_locations" ADD CONSTRAINT "inventory_locations_market_warehouse" CHECK ("inventory_locations"."market" IS NULL OR "inventory_locations"."kind" = 'warehouse');--> statement-breakpoint
-- A base (KRW) price in a market, exactly as lib/markets/rounding.ts convertPrice works it out:
-- integer rate, half-up division, then the market's rounding (KRW as set, JPY to 10, SGD to
-- .90 endings, USD to .99 endings). tests/integration/market-prices-sql.test.ts holds the two equal.
CREATE FUNCTION aisle_market_price(base integer, market text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE market
    WHEN 'KR' THEN base::bigint
    WHEN 'JP' THEN (SELECT greatest(10, ((2 * c + 10) / 20) * 10) FROM (SELECT (2 * base::bigint * 11 + 100) / 200 AS c) x)
    WHEN 'SG' THEN (SELECT greatest(90, CASE WHEN c - b < b + 100 - c THEN b ELSE b + 100 END)
      FROM (SELECT c, floor((c - 90)::numeric / 100)::bigint * 100 + 90 AS b
        FROM (SELECT (2 * base::bigint * 94 + 1000) / 2000 AS c) y) x)
    WHEN 'US' THEN (SELECT greatest(99, CASE WHEN c - b < b + 100 - c THEN b ELSE b + 100 END)
      FROM (SELECT c, floor((c - 99)::numeric / 100)::bigint * 100 + 99 AS b
        FROM (SELECT (2 * base::bigint * 72 + 1000) / 2000 AS c) y) x)
  END)::integer
$$;
--> statement-breakpoint
-- Every variant is priced in every market the moment it is written, whoever writes it (the seed,
-- the integration API, a test): derived rows follow the base price; explicit ones are the retailer's
-- and stay (lib/markets/price-list.ts writes and clears them). KR's row is the base price itself.
CREATE FUNCTION variants_derive_prices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO variant_prices (variant_id, market, amount, currency, explicit)
  SELECT NEW.id, m.code, aisle_market_price(NEW.price_amount, m.code), m.currency, false
  FROM (VALUES ('KR', 'KRW'), ('JP', 'JPY'), ('SG', 'SGD'), ('US', 'USD')) AS m(code, currency)
  ON CONFLICT (variant_id, market) DO UPDATE SET amount = EXCLUDED.amount, currency = EXCLUDED.currency
    WHERE NOT variant_prices.explicit OR variant_prices.market = 'KR';
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER variants_derive_prices AFTER INSERT OR UPDATE OF price_amount ON "variants" FOR EACH ROW EXECUTE FUNCTION variants_derive_prices();
--> statement-breakpoint
INSERT INTO variant_prices (variant_id, market, amount, currency, explicit)
SELECT v.id, m.code, aisle_market_price(v.price_amount, m.code), m.currency, false
FROM variants v, (VALUES ('KR', 'KRW'), ('JP', 'JPY'), ('SG', 'SGD'), ('US', 'USD')) AS m(code, currency)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The online warehouse ships Korea's orders (and the US's, from Korea); warehouses added later say their market.
UPDATE inventory_locations SET market = 'KR' WHERE id = 'loc_online';
