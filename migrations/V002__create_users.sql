-- V002__create_users.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: customer accounts.
-- Rollback: migrations/rollback/V002__rollback.sql

BEGIN;

CREATE TABLE users (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email       email_address NOT NULL,
    full_name   text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- The table is new and empty, so a plain (non-concurrent) index is fine here.
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

COMMIT;
