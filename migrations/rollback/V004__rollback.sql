-- rollback/V004__rollback.sql
-- Rollback for: V004__create_orders.sql
--
-- R__views.sql and R__functions.sql define objects that read orders; they go first, so that nothing is left
-- pointing at a table that no longer exists. Flyway creates them again when it next applies the repeatable
-- migrations.

BEGIN;

DROP VIEW IF EXISTS order_summaries;

DROP FUNCTION IF EXISTS order_total_cents(uuid);

DROP TABLE IF EXISTS order_items;

DROP TABLE IF EXISTS orders;

COMMIT;
