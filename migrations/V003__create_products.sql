-- V003__create_products.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: the catalogue.
-- Rollback: migrations/rollback/V003__rollback.sql

BEGIN;

CREATE TABLE products (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sku          text NOT NULL UNIQUE,
    name         text NOT NULL,
    description  text,
    price_cents  integer NOT NULL,
    stock        integer NOT NULL DEFAULT 0,
    archived_at  timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

COMMIT;
