-- R__views.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: read-only views the application queries (active products, order summaries), replaced whenever they change.
-- Repeatable: Flyway runs it again whenever its content changes, after the versioned migrations.
-- CREATE OR REPLACE VIEW keeps grants and dependent objects; it can add columns at the end but not drop or
-- rename them (that needs DROP VIEW first).

-- Replacing a view takes ACCESS EXCLUSIVE on it: give up rather than queue reads behind the wait.
SET lock_timeout = '5s';

CREATE OR REPLACE VIEW active_products AS
SELECT id,
       sku,
       name,
       price_cents,
       stock
  FROM products
 WHERE archived_at IS NULL;

CREATE OR REPLACE VIEW order_summaries AS
SELECT o.id AS order_id,
       o.user_id,
       u.email,
       o.status,
       o.placed_at,
       count(i.id) AS line_count,
       coalesce(sum(i.quantity::bigint * i.unit_price_cents), 0) AS total_cents
  FROM orders o
  JOIN users u ON u.id = o.user_id
  LEFT JOIN order_items i ON i.order_id = o.id
 GROUP BY o.id, u.email;
