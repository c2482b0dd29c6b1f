-- rollback/V006__rollback.sql
-- Rollback for: V006__add_constraints.sql

BEGIN;

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_shipped_after_placed;

ALTER TABLE order_items DROP CONSTRAINT IF EXISTS order_items_quantity_positive;

ALTER TABLE products DROP CONSTRAINT IF EXISTS products_stock_nonnegative;

ALTER TABLE products DROP CONSTRAINT IF EXISTS products_price_cents_nonnegative;

COMMIT;
