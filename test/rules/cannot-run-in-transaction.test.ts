import rule from '../../rules/cannot-run-in-transaction.js';
import { ruleTester } from '../helpers/rule-tester.js';

const inBlock = (sql: string) => `BEGIN;\n${sql}\nCOMMIT;\n`;

// The seed's migration template, with its {placeholders} filled in.
const SEED_TEMPLATE = `-- V15__accounts.sql
-- Rollback: migrations/rollback/V15__rollback.sql

BEGIN;

-- Create tables
CREATE TABLE IF NOT EXISTS accounts (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email text,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

-- Add indexes
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_accounts_email
ON accounts(email);

-- Add constraints
ALTER TABLE accounts
ADD CONSTRAINT accounts_email_present
CHECK (email <> '');

COMMIT;
`;

// The seed's V008: the index is created CONCURRENTLY inside BEGIN … COMMIT.
const SEED_V008 = `BEGIN;

ALTER TABLE products
ADD COLUMN IF NOT EXISTS name VARCHAR(255);

UPDATE products SET name = title WHERE name IS NULL;

ALTER TABLE products
ALTER COLUMN name SET NOT NULL;

-- Create indexes on new column
CREATE INDEX CONCURRENTLY idx_products_name
ON products(name);

COMMIT;
`;

const COMMITTING_PROC = `CREATE PROCEDURE purge_sessions() LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expired LIMIT 1000);
  COMMIT;
END
$$;`;

const QUIET_PROC = `CREATE PROCEDURE touch_users() LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET touched = now() WHERE id = 1;
END
$$;`;

ruleTester(rule, {
  valid: [
    inBlock('ANALYZE orders;'),
    inBlock('ANALYZE;'),
    inBlock('REINDEX TABLE orders;'),
    inBlock('REINDEX INDEX idx_orders_user;'),
    inBlock('CLUSTER orders USING idx_orders_user;'),
    inBlock('REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;'),
    inBlock('ALTER TABLE events DETACH PARTITION events_2020;'),
    inBlock('CREATE INDEX idx_orders_user ON orders (user_id);'),
    inBlock('DROP INDEX idx_orders_user;'),
    inBlock('DISCARD PLANS;'),
    inBlock("ALTER DATABASE app SET statement_timeout = '1min';"),
    'CREATE INDEX CONCURRENTLY idx_orders_user ON orders (user_id);',
    'VACUUM (ANALYZE) orders;',
    'DROP INDEX CONCURRENTLY IF EXISTS idx_orders_user;\nREINDEX INDEX CONCURRENTLY idx_orders_created;',
    { name: 'CONCURRENTLY after the block is outside it', files: { 'V2__change.sql': 'BEGIN;\nALTER TABLE orders ADD COLUMN x int;\nEND;\nCREATE INDEX CONCURRENTLY i ON orders (x);\n' } },
    { name: 'a DO block without COMMIT inside a block', files: { 'V2__change.sql': inBlock("DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'users') THEN\n    RAISE EXCEPTION 'users missing';\n  END IF;\nEND\n$$;") } },
    { name: 'a DO block that COMMITs, outside any block', files: { 'V2__change.sql': "DO $$\nBEGIN\n  UPDATE users SET x = 0 WHERE id BETWEEN 1 AND 100;\n  COMMIT;\nEND\n$$;" } },
    { name: 'CALL of a committing procedure outside any block', files: { 'V1__proc.sql': inBlock(COMMITTING_PROC), 'V2__change.sql': 'CALL purge_sessions();\n' } },
    { name: 'CALL of a procedure that does not COMMIT, inside a block', files: { 'V2__change.sql': inBlock(`${QUIET_PROC}\nCALL touch_users();`) } },
    { name: 'CALL of an unknown procedure inside a block', files: { 'V2__change.sql': inBlock('CALL defined_elsewhere();') } },
    { name: 'a procedure may COMMIT', files: { 'V2__change.sql': COMMITTING_PROC } },
    { name: 'after a plain COMMIT, outside any block', files: { 'V2__change.sql': 'BEGIN;\nSELECT 1;\nCOMMIT;\nCREATE INDEX CONCURRENTLY idx_users_email ON users (email);\n' } },
    { name: 'after PREPARE TRANSACTION, which ends the block', files: { 'V2__change.sql': "BEGIN;\nSELECT 1;\nPREPARE TRANSACTION 'a';\nVACUUM users;\n" } },
  ],
  invalid: [
    {
      name: 'after COMMIT AND CHAIN: the chained transaction is a transaction block',
      code: 'BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nCREATE INDEX CONCURRENTLY idx_users_email ON users (email);\nCOMMIT;\n',
      errors: [{ line: 4, column: 1, message: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block' }],
    },
    {
      name: 'after ROLLBACK AND CHAIN',
      code: 'BEGIN;\nROLLBACK AND CHAIN;\nVACUUM users;\nCOMMIT;\n',
      errors: [{ line: 3, column: 1, message: 'VACUUM cannot run inside a transaction block' }],
    },
    {
      name: 'a committing DO block after COMMIT AND CHAIN',
      code: 'BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nDO $$\nBEGIN\n  UPDATE users SET x = 0 WHERE id < 100;\n  COMMIT;\nEND\n$$;\nCOMMIT;\n',
      errors: [{ line: 4, column: 1, message: 'invalid transaction termination' }],
    },
    {
      name: "the seed's template: CREATE INDEX CONCURRENTLY inside BEGIN … COMMIT",
      files: { 'V15__accounts.sql': SEED_TEMPLATE },
      errors: [{ line: 14, column: 1, message: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block: PostgreSQL rejects it at run time (SQLSTATE 25001)' }],
    },
    {
      name: "the seed's V008",
      files: { 'V8__rename_product_title.sql': SEED_V008 },
      errors: [{ line: 12, column: 1, message: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block' }],
    },
    { code: inBlock('  DROP INDEX CONCURRENTLY IF EXISTS idx_orders_user;'), errors: [{ line: 2, column: 3, message: 'DROP INDEX CONCURRENTLY cannot run inside' }] },
    { code: inBlock('REINDEX INDEX CONCURRENTLY idx_orders_user;'), errors: [{ line: 2, column: 1, message: 'REINDEX CONCURRENTLY cannot run inside' }] },
    { code: inBlock('REINDEX (CONCURRENTLY) TABLE orders;'), errors: [{ line: 2, column: 1, message: 'REINDEX CONCURRENTLY cannot run inside' }] },
    { code: inBlock('REINDEX SCHEMA public;'), errors: [{ line: 2, column: 1, message: 'REINDEX SCHEMA cannot run inside' }] },
    {
      code: inBlock('ALTER TABLE events\n  DETACH PARTITION events_2020 CONCURRENTLY;'),
      errors: [{ line: 2, column: 1, message: 'DETACH PARTITION … CONCURRENTLY cannot run inside' }],
    },
    { code: inBlock('VACUUM orders;'), errors: [{ line: 2, column: 1, message: 'VACUUM cannot run inside' }] },
    { code: inBlock('VACUUM ANALYZE orders;'), errors: [{ line: 2, column: 1, message: 'VACUUM cannot run inside' }] },
    { code: inBlock('CREATE DATABASE reporting;'), errors: [{ line: 2, column: 1, message: 'CREATE DATABASE cannot run inside' }] },
    { code: inBlock('DROP DATABASE IF EXISTS reporting;'), errors: [{ line: 2, column: 1, message: 'DROP DATABASE cannot run inside' }] },
    { code: inBlock("ALTER SYSTEM SET work_mem = '64MB';"), errors: [{ line: 2, column: 1, message: 'ALTER SYSTEM cannot run inside' }] },
    { code: inBlock('CLUSTER;'), errors: [{ line: 2, column: 1, message: 'CLUSTER (of every table) cannot run inside' }] },
    { code: inBlock('DISCARD ALL;'), errors: [{ line: 2, column: 1, message: 'DISCARD ALL cannot run inside' }] },
    { code: inBlock('ALTER DATABASE app SET TABLESPACE fast;'), errors: [{ line: 2, column: 1, message: 'ALTER DATABASE … SET TABLESPACE cannot run inside' }] },
    { code: inBlock("COMMIT PREPARED 'm1';"), errors: [{ line: 2, column: 1, message: 'COMMIT PREPARED cannot run inside' }] },
    {
      name: 'START TRANSACTION … END is a block too',
      code: 'START TRANSACTION;\nCREATE INDEX CONCURRENTLY i ON orders (x);\nEND;\n',
      errors: [{ line: 2, column: 1, message: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block' }],
    },
    {
      name: 'every offending statement is reported',
      code: inBlock('CREATE INDEX CONCURRENTLY a ON orders (x);\nANALYZE orders;\nCREATE INDEX CONCURRENTLY b ON orders (y);'),
      errors: [
        { line: 2, column: 1, message: 'CREATE INDEX CONCURRENTLY' },
        { line: 4, column: 1, message: 'CREATE INDEX CONCURRENTLY' },
      ],
    },
    {
      name: 'CONCURRENTLY in a DO block fails even outside a transaction block',
      code: 'DO $$\nBEGIN\n  CREATE INDEX CONCURRENTLY idx_orders_user ON orders (user_id);\nEND\n$$;\n',
      errors: [{ line: 3, column: 3, message: 'CREATE INDEX CONCURRENTLY inside a DO block: PostgreSQL never runs it from a function or DO block ("… cannot be executed from a function"' }],
    },
    {
      name: 'VACUUM in a DO block nested in a DO block',
      code: "DO $outer$\nBEGIN\n  DO $inner$\n  BEGIN\n    VACUUM orders;\n  END\n  $inner$;\nEND\n$outer$;\n",
      errors: [{ line: 5, column: 5, message: 'VACUUM inside a DO block' }],
    },
    {
      name: 'CONCURRENTLY in a function body, reported where it is defined',
      code: 'CREATE FUNCTION add_index() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n    DROP INDEX CONCURRENTLY IF EXISTS idx_orders_user;\nEND\n$$;\n',
      errors: [{ line: 3, column: 5, message: 'DROP INDEX CONCURRENTLY inside a function' }],
    },
    {
      name: 'ALTER SYSTEM in a procedure',
      code: "CREATE PROCEDURE tune() LANGUAGE plpgsql AS $$\nBEGIN\n  ALTER SYSTEM SET work_mem = '64MB';\nEND\n$$;\n",
      errors: [{ line: 3, column: 3, message: 'ALTER SYSTEM inside a procedure' }],
    },
    {
      name: 'a function (not a procedure) that COMMITs',
      code: 'CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  DELETE FROM sessions WHERE id = 1;\n  COMMIT;\nEND\n$$;\n',
      errors: [{ line: 1, column: 1, message: 'a function can never end the transaction it runs in' }],
    },
    {
      name: 'a DO block that COMMITs, inside BEGIN … COMMIT',
      code: inBlock('DO $$\nBEGIN\n  UPDATE users SET x = 0 WHERE id BETWEEN 1 AND 100;\n  COMMIT;\nEND\n$$;'),
      errors: [{ line: 2, column: 1, message: 'a DO block that COMMITs or ROLLBACKs inside a transaction block fails with "invalid transaction termination" (SQLSTATE 2D000)' }],
    },
    {
      name: 'CALL, inside a block, of a procedure an earlier migration defined and that COMMITs',
      files: { 'V1__proc.sql': inBlock(COMMITTING_PROC), 'V2__change.sql': inBlock('ALTER TABLE sessions ADD COLUMN note text;\n  CALL purge_sessions();') },
      errors: [{ file: 'V2__change.sql', line: 3, column: 3, message: 'CALL purge_sessions(), a procedure that COMMITs or ROLLBACKs inside a transaction block fails with "invalid transaction termination"' }],
    },
    {
      name: 'CALL of a procedure defined earlier in the same file',
      code: inBlock(`${COMMITTING_PROC}\nCALL purge_sessions();`),
      errors: [{ line: 8, column: 1, message: 'CALL purge_sessions()' }],
    },
    {
      name: 'CALL of a procedure that calls a committing procedure',
      code: inBlock(`${COMMITTING_PROC}\nCREATE PROCEDURE nightly() LANGUAGE plpgsql AS $$\nBEGIN\n  CALL purge_sessions();\nEND\n$$;\nCALL nightly();`),
      errors: [{ line: 13, column: 1, message: 'CALL nightly(), which runs CALL purge_sessions(), a procedure that COMMITs' }],
    },
    {
      name: 'a DO block that CALLs a committing procedure, inside a block',
      files: { 'V1__proc.sql': inBlock(COMMITTING_PROC), 'V2__change.sql': inBlock('DO $$\nBEGIN\n  CALL purge_sessions();\nEND\n$$;') },
      errors: [{ file: 'V2__change.sql', line: 2, column: 1, message: 'a DO block that runs CALL purge_sessions()' }],
    },
    {
      name: 'rollback files are checked',
      files: {
        'V1__a.sql': 'CREATE INDEX CONCURRENTLY idx_orders_user ON orders (user_id);\n',
        'rollback/V1__rollback.sql': '-- undo V1\nBEGIN;\nDROP INDEX CONCURRENTLY idx_orders_user;\nCOMMIT;\n',
      },
      errors: [{ file: 'rollback/V1__rollback.sql', line: 3, column: 1, message: 'DROP INDEX CONCURRENTLY cannot run inside a transaction block' }],
    },
    {
      name: 'repeatable migrations are checked',
      files: { 'R__maintenance.sql': 'BEGIN;\nREFRESH MATERIALIZED VIEW order_totals;\nVACUUM order_totals;\nCOMMIT;\n' },
      errors: [{ file: 'R__maintenance.sql', line: 3, column: 1, message: 'VACUUM cannot run inside a transaction block' }],
    },
  ],
});
