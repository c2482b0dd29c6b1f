-- rollback/V007__rollback.sql
-- Rollback for: V007__add_orders_item_count.sql

BEGIN;

ALTER TABLE orders DROP COLUMN IF EXISTS item_count;

COMMIT;
