-- V004__create_orders.sql
-- Author: migration-guard maintainers
-- Date: 2026-11-24
-- Description: orders and their lines.
-- Rollback: migrations/rollback/V004__rollback.sql

BEGIN;

-- The foreign keys below take SHARE ROW EXCLUSIVE on users and products (writes wait) until COMMIT.
SET LOCAL lock_timeout = '5s';

-- migration-guard-ignore dangerous-lock: both tables are new and created together; the lock on users is held for milliseconds and lock_timeout bounds any wait
CREATE TABLE orders (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (id),
    status      order_status NOT NULL DEFAULT 'pending',
    placed_at   timestamptz NOT NULL DEFAULT now(),
    shipped_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE order_items (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id          uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id        uuid NOT NULL REFERENCES products (id),
    quantity          integer NOT NULL,
    unit_price_cents  integer NOT NULL,
    -- Also serves lookups by order_id.
    CONSTRAINT order_items_order_product_key UNIQUE (order_id, product_id)
);

COMMIT;
