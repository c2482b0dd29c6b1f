-- rollback/V009__rollback.sql
-- Rollback for: V009__validate_constraints.sql
--
-- A validated constraint cannot be marked NOT VALID again; dropping it and adding it back NOT VALID restores
-- the state V006 left (adding a NOT VALID constraint does not scan the table).

BEGIN;

SET LOCAL lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_shipped_after_placed;
ALTER TABLE orders
    ADD CONSTRAINT orders_shipped_after_placed CHECK (shipped_at IS NULL OR shipped_at >= placed_at) NOT VALID;

ALTER TABLE order_items DROP CONSTRAINT IF EXISTS order_items_quantity_positive;
ALTER TABLE order_items
    ADD CONSTRAINT order_items_quantity_positive CHECK (quantity > 0) NOT VALID;

ALTER TABLE products DROP CONSTRAINT IF EXISTS products_stock_nonnegative;
ALTER TABLE products
    ADD CONSTRAINT products_stock_nonnegative CHECK (stock >= 0) NOT VALID;

ALTER TABLE products DROP CONSTRAINT IF EXISTS products_price_cents_nonnegative;
ALTER TABLE products
    ADD CONSTRAINT products_price_cents_nonnegative CHECK (price_cents >= 0) NOT VALID;

COMMIT;
