-- V005__add_indexes.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: indexes for the order history page, the product search and the pending-orders queue.
-- Rollback: migrations/rollback/V005__rollback.sql
--
-- The tables already exist (and, in production, hold data), so every index is built CONCURRENTLY: reads and
-- writes go on during the build. CREATE INDEX CONCURRENTLY cannot run inside a transaction block, so this
-- migration has no BEGIN/COMMIT and holds nothing else. If a build fails it leaves an invalid index: drop it
-- with DROP INDEX CONCURRENTLY and run the migration again.

CREATE INDEX CONCURRENTLY idx_orders_user_id_placed_at
    ON orders (user_id, placed_at DESC);

CREATE INDEX CONCURRENTLY idx_orders_pending_placed_at
    ON orders (placed_at)
    WHERE status = 'pending';

CREATE INDEX CONCURRENTLY idx_order_items_product_id
    ON order_items (product_id);

CREATE INDEX CONCURRENTLY idx_products_active_name
    ON products (lower(name))
    WHERE archived_at IS NULL;
