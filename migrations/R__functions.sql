-- R__functions.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: functions the application calls (order totals, product availability), replaced whenever they change.
-- Repeatable: Flyway runs it again whenever its content changes, after the versioned migrations.
-- CREATE OR REPLACE FUNCTION can change the body but not the argument or result types (that needs DROP
-- FUNCTION first).

CREATE OR REPLACE FUNCTION order_total_cents(p_order_id uuid)
RETURNS bigint
LANGUAGE sql
STABLE
AS $$
    SELECT coalesce(sum(quantity::bigint * unit_price_cents), 0)
      FROM order_items
     WHERE order_id = p_order_id
$$;

CREATE OR REPLACE FUNCTION product_available(p_product_id uuid, p_quantity integer)
RETURNS boolean
LANGUAGE sql
STABLE
AS $$
    SELECT EXISTS (
        SELECT 1
          FROM products
         WHERE id = p_product_id
           AND archived_at IS NULL
           AND stock >= p_quantity
    )
$$;
