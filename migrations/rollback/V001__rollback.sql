-- rollback/V001__rollback.sql
-- Rollback for: V001__initial_schema.sql

BEGIN;

DROP TYPE IF EXISTS order_status;

DROP DOMAIN IF EXISTS email_address;

COMMIT;
