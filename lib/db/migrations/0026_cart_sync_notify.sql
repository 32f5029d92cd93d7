-- Cross-device sync: every change to a bag (the cart row or its lines) is announced on the
-- channel `aisle_cart`, which each app instance LISTENs on once (lib/db/listen.ts) to tell the
-- bag's open pages (GET /api/cart/events). The payload routes it: the cart's id, and its account
-- when it has one (a signed-in shopper's pages follow the account, a guest's the bag). PostgreSQL
-- delivers one notification per distinct payload per transaction, so a write that bumps the
-- cart's version and changes three lines announces the bag once, at commit; a rolled-back write
-- announces nothing.
CREATE FUNCTION aisle_cart_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cart_id text;
  user_id text;
BEGIN
  IF TG_TABLE_NAME = 'carts' THEN
    IF TG_OP = 'DELETE' THEN
      cart_id := OLD.id;
      user_id := OLD.user_id;
    ELSE
      cart_id := NEW.id;
      user_id := NEW.user_id;
      -- A bag handed to another account (never today) tells the account it left, too.
      IF TG_OP = 'UPDATE' AND OLD.user_id IS DISTINCT FROM NEW.user_id AND OLD.user_id IS NOT NULL THEN
        PERFORM pg_notify('aisle_cart', json_build_object('cart', OLD.id, 'user', OLD.user_id)::text);
      END IF;
    END IF;
  ELSE
    cart_id := CASE WHEN TG_OP = 'DELETE' THEN OLD.cart_id ELSE NEW.cart_id END;
    -- One primary-key read; null when the cart itself is being deleted (its own trigger tells).
    SELECT c.user_id INTO user_id FROM carts c WHERE c.id = cart_id;
  END IF;
  PERFORM pg_notify('aisle_cart', json_build_object('cart', cart_id, 'user', user_id)::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER carts_notify AFTER INSERT OR UPDATE OR DELETE ON "carts"
  FOR EACH ROW EXECUTE FUNCTION aisle_cart_notify();
--> statement-breakpoint
CREATE TRIGGER cart_lines_notify AFTER INSERT OR UPDATE OR DELETE ON "cart_lines"
  FOR EACH ROW EXECUTE FUNCTION aisle_cart_notify();
