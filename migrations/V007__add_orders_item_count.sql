-- V007__add_orders_item_count.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: number of items per order, kept on the order for the order list.
-- Rollback: migrations/rollback/V007__rollback.sql
--
-- A nullable column without a default is added without rewriting the table. V008 fills it in batches.

BEGIN;

SET LOCAL lock_timeout = '5s';

ALTER TABLE orders ADD COLUMN item_count integer;

COMMIT;
