-- rollback/V008__rollback.sql
-- Rollback for: V008__backfill_orders_item_count.sql
--
-- Clears the counts again, in the same batches as the backfill; the DO block COMMITs per batch, so there is
-- no BEGIN/COMMIT around it.

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

        UPDATE orders
           SET item_count = NULL
         WHERE id BETWEEN ids[1] AND ids[cardinality(ids)]
           AND item_count IS NOT NULL;

        last_id := ids[cardinality(ids)];
        COMMIT;
    END LOOP;
END $$;
