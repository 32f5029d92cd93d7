CREATE TABLE "store_pos_secrets" (
	"store_id" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"previous_secret" text,
	"previous_until" timestamp with time zone,
	"rotated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "pickup" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "feed_xid" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "store_pos_secrets" ADD CONSTRAINT "store_pos_secrets_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "orders_feed_idx" ON "orders" USING btree ("feed_xid","id");--> statement-breakpoint
-- The integration feed's position: every write of an order, or of one of its pickups, moves the
-- order to the writing transaction's id, so the ERP's feed sees it again after each change.
CREATE FUNCTION orders_feed_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.feed_xid := pg_current_xact_id()::text::bigint;
  NEW.updated_at := now();
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_feed_touch BEFORE INSERT OR UPDATE ON "orders" FOR EACH ROW EXECUTE FUNCTION orders_feed_touch();
--> statement-breakpoint
CREATE FUNCTION pickups_feed_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orders SET feed_xid = 0 WHERE id = NEW.order_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER pickups_feed_touch AFTER INSERT OR UPDATE ON "pickups" FOR EACH ROW EXECUTE FUNCTION pickups_feed_touch();
