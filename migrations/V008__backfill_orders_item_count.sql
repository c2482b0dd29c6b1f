-- V008__backfill_orders_item_count.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: fill orders.item_count for existing orders, 1000 orders per transaction.
-- Rollback: migrations/rollback/V008__rollback.sql
--
-- The DO block walks orders by primary key and COMMITs after each batch, so rows stay locked only for the
-- length of one batch. A block that COMMITs cannot run inside a transaction block, so this migration has no
-- BEGIN/COMMIT and holds nothing else. It can be rerun: it only fills orders that have no count yet.

DO $$
DECLARE
    ids      uuid[];
    last_id  uuid := '00000000-0000-0000-0000-000000000000';
BEGIN
    LOOP
        -- The next 1000 orders by primary key.
        SELECT array_agg(id ORDER BY id) INTO ids
          FROM (SELECT id FROM orders WHERE id > last_id ORDER BY id LIMIT 1000) AS next_batch;
        EXIT WHEN ids IS NULL;

        UPDATE orders o
           SET item_count = (SELECT coalesce(sum(i.quantity), 0)
                               FROM order_items i
                              WHERE i.order_id = o.id)
         WHERE o.id BETWEEN ids[1] AND ids[cardinality(ids)]
           AND o.item_count IS NULL;

        last_id := ids[cardinality(ids)];
        COMMIT;
    END LOOP;
END $$;
