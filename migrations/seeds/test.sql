-- seeds/test.sql
-- Fixed rows the integration tests rely on. Not a migration: the test setup runs it after migrating.

BEGIN;

INSERT INTO users (id, email, full_name) VALUES
    ('0b9e4d21-7a3c-4f5e-9d2b-000000000101', 'buyer@test.invalid', 'Test Buyer');

INSERT INTO products (id, sku, name, price_cents, stock) VALUES
    ('3f6a8b2c-9e1d-4a7b-8c5f-000000000101', 'TEST-IN-STOCK', 'Product in stock', 1000, 5),
    ('3f6a8b2c-9e1d-4a7b-8c5f-000000000102', 'TEST-SOLD-OUT', 'Product sold out', 1000, 0);

INSERT INTO orders (id, user_id, status, item_count) VALUES
    ('a4c1e6f8-2d5b-4e9a-b3f7-000000000101', '0b9e4d21-7a3c-4f5e-9d2b-000000000101', 'pending', 2);

INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES
    ('a4c1e6f8-2d5b-4e9a-b3f7-000000000101', '3f6a8b2c-9e1d-4a7b-8c5f-000000000101', 2, 1000);

COMMIT;
