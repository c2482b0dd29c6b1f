-- rollback/V005__rollback.sql
-- Rollback for: V005__add_indexes.sql
--
-- DROP INDEX CONCURRENTLY does not block reads and writes, takes one index per statement and cannot run
-- inside a transaction block: no BEGIN/COMMIT here.

DROP INDEX CONCURRENTLY IF EXISTS idx_products_active_name;

DROP INDEX CONCURRENTLY IF EXISTS idx_order_items_product_id;

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_pending_placed_at;

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_user_id_placed_at;
