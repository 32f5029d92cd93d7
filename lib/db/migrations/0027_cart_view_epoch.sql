CREATE TABLE "cart_view_epoch" (
	"id" integer PRIMARY KEY NOT NULL,
	"n" bigint NOT NULL
);
--> statement-breakpoint
-- A sequence, not n + 1: a bump rolled back is never handed out again, so no reader can tie what
-- it read inside a transaction that rolled back to a number a later change commits.
CREATE SEQUENCE "cart_view_epoch_seq";
--> statement-breakpoint
INSERT INTO "cart_view_epoch" ("id", "n") VALUES (1, nextval('cart_view_epoch_seq'));
--> statement-breakpoint
CREATE FUNCTION cart_view_epoch_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cart_view_epoch SET n = nextval('cart_view_epoch_seq') WHERE id = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Once per statement, whatever the rows: an import of a hundred thousand variants bumps it once a batch.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['categories', 'products', 'product_translations', 'product_images', 'variants',
    'variant_prices', 'option_value_translations', 'offers', 'stores', 'delivery_options']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION cart_view_epoch_bump()', t || '_cart_view_epoch', t);
  END LOOP;
END $$;
