-- rollback/V002__rollback.sql
-- Rollback for: V002__create_users.sql (the index goes with the table)

BEGIN;

DROP TABLE IF EXISTS users;

COMMIT;
