-- An offer's use count is not catalog: every checkout or till sale that uses an offer updates its
-- row, and the statement trigger of 0027 moved the shop-wide epoch on each time. So every sale
-- with an offer waited on the epoch's one row until it committed, two sales with two offers could
-- deadlock through it, and every bag's poll lost its 304. The offers trigger now fires for the
-- columns a bag shows and not for `redeemed_count`; a use that takes an offer's last one moves the
-- epoch itself (lib/offers/claim-use.ts), as that is when bags stop showing it. A column added to
-- offers later must be added here.
DROP TRIGGER "offers_cart_view_epoch" ON "offers";
--> statement-breakpoint
CREATE TRIGGER "offers_cart_view_epoch"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "id", "title", "description", "translations", "code",
    "discount_type", "discount_value", "market", "currency", "starts_at", "ends_at", "channels", "audience",
    "min_subtotal", "category_ids", "usage_limit", "per_customer_limit", "target_kind", "target_store_id",
    "target_radius_m", "target_region", "listed", "created_at"
  ON "offers" FOR EACH STATEMENT EXECUTE FUNCTION cart_view_epoch_bump();
