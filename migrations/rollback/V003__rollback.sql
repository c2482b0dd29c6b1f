-- rollback/V003__rollback.sql
-- Rollback for: V003__create_products.sql
--
-- R__views.sql and R__functions.sql define objects that read products; they go first, so that nothing is
-- left pointing at a table that no longer exists. Flyway creates them again when it next applies the
-- repeatable migrations.

BEGIN;

DROP VIEW IF EXISTS active_products;

DROP FUNCTION IF EXISTS product_available(uuid, integer);

DROP TABLE IF EXISTS products;

COMMIT;
