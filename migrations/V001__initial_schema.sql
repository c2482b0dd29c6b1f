-- V001__initial_schema.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: types shared by the shop's tables.
-- Rollback: migrations/rollback/V001__rollback.sql
--
-- No CREATE EXTENSION: gen_random_uuid() is built into PostgreSQL 13 and later, so pgcrypto is not needed
-- (and PGlite does not ship it).

BEGIN;

CREATE DOMAIN email_address AS text
    CHECK (VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+$');

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');

COMMIT;
