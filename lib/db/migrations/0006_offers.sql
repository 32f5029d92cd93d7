CREATE TABLE "offer_redemptions" (
	"id" text PRIMARY KEY NOT NULL,
	"offer_id" text NOT NULL,
	"channel" text NOT NULL,
	"order_id" text,
	"store_id" text,
	"external_id" text,
	"customer_key" text,
	"amount" integer NOT NULL,
	"request_hash" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"code" text,
	"discount_type" text NOT NULL,
	"discount_value" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"channels" text NOT NULL,
	"audience" text NOT NULL,
	"min_subtotal" integer DEFAULT 0 NOT NULL,
	"category_ids" jsonb,
	"usage_limit" integer,
	"per_customer_limit" integer,
	"redeemed_count" integer DEFAULT 0 NOT NULL,
	"target_kind" text NOT NULL,
	"target_store_id" text,
	"target_radius_m" integer,
	"target_region" text,
	"listed" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_code_unique" UNIQUE("code"),
	CONSTRAINT "offers_value_positive" CHECK ("offers"."discount_value" > 0),
	CONSTRAINT "offers_percent_max" CHECK ("offers"."discount_type" <> 'percent' OR "offers"."discount_value" <= 100),
	CONSTRAINT "offers_redeemed_in_limit" CHECK ("offers"."redeemed_count" >= 0 AND ("offers"."usage_limit" IS NULL OR "offers"."redeemed_count" <= "offers"."usage_limit")),
	CONSTRAINT "offers_target" CHECK (("offers"."target_kind" <> 'store' OR ("offers"."target_store_id" IS NOT NULL AND "offers"."target_radius_m" > 0)) AND ("offers"."target_kind" <> 'region' OR "offers"."target_region" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "carts" ADD COLUMN "offer_code" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "discount_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "discounts" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "offer_redemptions" ADD CONSTRAINT "offer_redemptions_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_redemptions" ADD CONSTRAINT "offer_redemptions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_redemptions" ADD CONSTRAINT "offer_redemptions_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_target_store_id_stores_id_fk" FOREIGN KEY ("target_store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offer_redemptions_order_idx" ON "offer_redemptions" USING btree ("offer_id","order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offer_redemptions_till_idx" ON "offer_redemptions" USING btree ("offer_id","store_id","external_id");--> statement-breakpoint
CREATE INDEX "offer_redemptions_customer_idx" ON "offer_redemptions" USING btree ("offer_id","customer_key");