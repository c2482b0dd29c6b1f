-- V009__validate_constraints.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: check the existing rows against the constraints V006 added as NOT VALID.
-- Rollback: migrations/rollback/V009__rollback.sql
--
-- VALIDATE CONSTRAINT scans the table under a SHARE UPDATE EXCLUSIVE lock: reads and writes go on.

BEGIN;

SET LOCAL lock_timeout = '5s';

ALTER TABLE products VALIDATE CONSTRAINT products_price_cents_nonnegative;

ALTER TABLE products VALIDATE CONSTRAINT products_stock_nonnegative;

ALTER TABLE order_items VALIDATE CONSTRAINT order_items_quantity_positive;

ALTER TABLE orders VALIDATE CONSTRAINT orders_shipped_after_placed;

COMMIT;
