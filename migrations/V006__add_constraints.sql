-- V006__add_constraints.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: sanity checks on prices, stock, quantities and shipping dates.
-- Rollback: migrations/rollback/V006__rollback.sql
--
-- NOT VALID: the constraints apply to new and updated rows at once, and adding them needs only a brief lock
-- because existing rows are not scanned. V009 validates the existing rows without blocking writes.

BEGIN;

SET LOCAL lock_timeout = '5s';

-- migration-guard-ignore dangerous-lock: NOT VALID constraints need no scan, so the ALTERs that follow are instant; lock_timeout bounds any wait
ALTER TABLE products
    ADD CONSTRAINT products_price_cents_nonnegative CHECK (price_cents >= 0) NOT VALID;

ALTER TABLE products
    ADD CONSTRAINT products_stock_nonnegative CHECK (stock >= 0) NOT VALID;

-- migration-guard-ignore dangerous-lock: NOT VALID, instant (see above)
ALTER TABLE order_items
    ADD CONSTRAINT order_items_quantity_positive CHECK (quantity > 0) NOT VALID;

ALTER TABLE orders
    ADD CONSTRAINT orders_shipped_after_placed CHECK (shipped_at IS NULL OR shipped_at >= placed_at) NOT VALID;

COMMIT;
