-- seeds/development.sql
-- Sample data for a developer's database. Not a migration: run it by hand after migrating.

BEGIN;

INSERT INTO users (id, email, full_name) VALUES
    ('8a1f0c52-1d2e-4c7a-9b1e-000000000001', 'ada@example.com',   'Ada Byron'),
    ('8a1f0c52-1d2e-4c7a-9b1e-000000000002', 'grace@example.com', 'Grace Brewster'),
    ('8a1f0c52-1d2e-4c7a-9b1e-000000000003', 'alan@example.com',  'Alan Mathison');

INSERT INTO products (id, sku, name, description, price_cents, stock) VALUES
    ('5c3b7e10-6f4d-4b2a-8e3c-000000000001', 'MUG-001',  'Enamel mug',        'Blue, 350 ml',      1450, 40),
    ('5c3b7e10-6f4d-4b2a-8e3c-000000000002', 'TEE-042',  'Cotton T-shirt',    'Grey, size M',      2200, 15),
    ('5c3b7e10-6f4d-4b2a-8e3c-000000000003', 'NOTE-007', 'Dotted notebook',   'A5, 120 pages',      890, 120),
    ('5c3b7e10-6f4d-4b2a-8e3c-000000000004', 'LAMP-100', 'Desk lamp',         'Discontinued',      3900, 0);

UPDATE products SET archived_at = now() WHERE sku = 'LAMP-100';

INSERT INTO orders (id, user_id, status, placed_at, shipped_at, item_count) VALUES
    ('e7d2a9c4-3b1f-4d6e-a5c8-000000000001', '8a1f0c52-1d2e-4c7a-9b1e-000000000001', 'shipped',
     now() - interval '3 days', now() - interval '1 day', 3),
    ('e7d2a9c4-3b1f-4d6e-a5c8-000000000002', '8a1f0c52-1d2e-4c7a-9b1e-000000000002', 'pending',
     now() - interval '2 hours', NULL, 1);

INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES
    ('e7d2a9c4-3b1f-4d6e-a5c8-000000000001', '5c3b7e10-6f4d-4b2a-8e3c-000000000001', 2, 1450),
    ('e7d2a9c4-3b1f-4d6e-a5c8-000000000001', '5c3b7e10-6f4d-4b2a-8e3c-000000000003', 1,  890),
    ('e7d2a9c4-3b1f-4d6e-a5c8-000000000002', '5c3b7e10-6f4d-4b2a-8e3c-000000000002', 1, 2200);

COMMIT;
