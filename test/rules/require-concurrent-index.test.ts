import rule from '../../rules/require-concurrent-index.js';
import { ruleTester } from '../helpers/rule-tester.js';

const accounts = 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);';

ruleTester(rule, {
  valid: [
    'CREATE INDEX CONCURRENTLY idx_users_email ON users (email);',
    'CREATE UNIQUE INDEX CONCURRENTLY idx_users_email ON users (email);',
    'DROP INDEX CONCURRENTLY idx_users_email;',
    'REINDEX INDEX CONCURRENTLY idx_users_email;',
    'REINDEX TABLE CONCURRENTLY users;',
    'REINDEX (VERBOSE) SCHEMA CONCURRENTLY billing;',
    // created earlier in the same file
    'CREATE TABLE t (id int);\nCREATE INDEX idx_t ON t (id);',
    'BEGIN;\nCREATE TABLE t (id int);\nCREATE UNIQUE INDEX idx_t ON t (id);\nREINDEX TABLE t;\nCOMMIT;',
    'CREATE TABLE billing.invoices (id int);\nCREATE INDEX idx_invoices ON billing.invoices (id);',
    'CREATE TABLE public.t (id int);\nCREATE INDEX idx_t ON t (id);',
    'CREATE TABLE copy_of AS SELECT * FROM accounts;\nCREATE INDEX idx_copy ON copy_of (id);',
    'SELECT * INTO snapshot FROM accounts;\nCREATE INDEX idx_snapshot ON snapshot (id);',
    'CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x;\nCREATE INDEX idx_mv ON mv (x);',
    // created inside a DO block earlier in the file
    "DO $$\nBEGIN\n  CREATE TABLE t (id int);\nEND $$;\nCREATE INDEX idx_t ON t (id);",
    // an index created in the same file, then dropped or rebuilt
    'CREATE TABLE t (id int);\nCREATE INDEX idx_t ON t (id);\nDROP INDEX idx_t;',
    'CREATE INDEX CONCURRENTLY idx_users_email ON users (email);\nDROP INDEX idx_users_email;',
    'CREATE INDEX CONCURRENTLY idx_b ON billing.accounts (id);\nREINDEX INDEX billing.idx_b;',
    // a table renamed in the same file keeps being new under its new name
    'CREATE TABLE t_new (id int);\nALTER TABLE t_new RENAME TO t;\nCREATE INDEX idx_t ON t (id);',
    'CREATE TABLE t (id int);\nALTER TABLE t SET SCHEMA archive;\nCREATE INDEX idx_t ON archive.t (id);',
    // dropped and created again: a new, empty table
    'DROP TABLE IF EXISTS t;\nCREATE TABLE t (id int);\nCREATE INDEX idx_t ON t (id);',
    // CREATE TABLE IF NOT EXISTS of a table no migration created: created here
    'CREATE TABLE IF NOT EXISTS audit_log (id int);\nCREATE INDEX idx_audit ON audit_log (id);',
    // ON ONLY on a partitioned table only creates the (invalid) parent index: no data is read
    {
      name: 'ON ONLY on a pre-existing partitioned table',
      files: {
        'V1__events.sql': 'CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);',
        'V2__index.sql': 'CREATE INDEX idx_events_at ON ONLY events (at);',
      },
    },
    // another migration that is new against the base created the table
    {
      name: 'table created by another migration new in the change set',
      base: { 'V1__init.sql': accounts },
      files: {
        'V1__init.sql': accounts,
        'V2__orders.sql': 'CREATE TABLE orders (id int, account_id bigint);',
        'V3__orders_idx.sql': 'CREATE INDEX idx_orders_account ON orders (account_id);\nDROP INDEX idx_orders_account;',
      },
    },
    {
      name: 'index created by another new migration, dropped by a third',
      base: { 'V1__init.sql': accounts },
      files: {
        'V1__init.sql': accounts,
        'V2__idx.sql': 'CREATE INDEX CONCURRENTLY idx_accounts_email ON accounts (email);',
        'V3__drop.sql': 'DROP INDEX idx_accounts_email;',
      },
    },
    {
      name: 'with --base, a table a new migration created and renamed is new under its new name',
      base: { 'V1__init.sql': accounts },
      files: {
        'V1__init.sql': accounts,
        'V2__create.sql': 'CREATE TABLE tmp_orders (id int);\nALTER TABLE tmp_orders RENAME TO orders;',
        'V3__idx.sql': 'CREATE INDEX idx_orders_id ON orders (id);',
      },
    },
    // rollbacks and seeds are not replayed or checked by this rule
    { files: { 'V2__ok.sql': 'SELECT 1;', 'rollback/V2__rollback.sql': 'DROP INDEX idx_a;', 'seeds/dev.sql': 'CREATE INDEX idx_b ON t (b);' } },
  ],
  invalid: [
    {
      code: 'BEGIN;\nCREATE INDEX idx_users_email\n  ON users (email);\nCOMMIT;',
      errors: [{ line: 3, column: 6, message: 'CREATE INDEX on existing table users takes a SHARE lock' }],
    },
    {
      code: 'CREATE UNIQUE INDEX idx_users_email ON public.users (email);',
      errors: [{ line: 1, column: 40, message: 'CREATE UNIQUE INDEX on existing table users' }],
    },
    {
      code: 'CREATE INDEX idx_invoices ON billing.invoices (id);',
      errors: [{ line: 1, column: 30, message: 'existing table billing.invoices' }],
    },
    { code: 'DROP INDEX IF EXISTS idx_orders_created_at;', errors: [{ line: 1, column: 1, message: 'DROP INDEX idx_orders_created_at takes an ACCESS EXCLUSIVE' }] },
    { code: 'SELECT 1;\n  DROP INDEX billing.idx_a, idx_b;', errors: [{ line: 2, column: 3, message: 'DROP INDEX billing.idx_a, idx_b' }] },
    {
      name: 'only the pre-existing index of a DROP INDEX list is named',
      code: 'CREATE TABLE t (id int);\nCREATE INDEX idx_t ON t (id);\nDROP INDEX idx_t, idx_old;',
      errors: [{ line: 3, column: 1, message: /^DROP INDEX idx_old takes/ }],
    },
    { code: 'REINDEX TABLE orders;', errors: [{ line: 1, column: 15, message: 'REINDEX table orders' }] },
    { code: 'REINDEX INDEX billing.idx_a;', errors: [{ line: 1, column: 15, message: 'REINDEX index billing.idx_a' }] },
    { code: 'REINDEX SCHEMA billing;', errors: [{ line: 1, column: 1, message: 'REINDEX schema billing' }] },
    { code: 'REINDEX SYSTEM;', errors: [{ line: 1, column: 1, message: 'REINDEX system' }] },
    {
      name: 'inside a DO block',
      code: 'DO $$\nBEGIN\n  CREATE INDEX idx_a ON accounts (email);\nEND $$;',
      errors: [{ line: 3, column: 25 }],
    },
    {
      name: 'without --base, a table created by an earlier migration existed before (history replay)',
      files: {
        'V1__init.sql': accounts,
        'V2__idx.sql': 'CREATE INDEX idx_accounts_email ON accounts (email);',
      },
      errors: [{ file: 'V2__idx.sql', line: 1, column: 36, message: 'existing table accounts' }],
    },
    {
      name: 'with --base, a table created by a migration present at the base existed before',
      base: { 'V1__init.sql': accounts },
      files: {
        'V1__init.sql': accounts,
        'V2__idx.sql': 'CREATE INDEX idx_accounts_email ON accounts (email);',
      },
      errors: [{ file: 'V2__idx.sql', line: 1, column: 36 }],
    },
    {
      name: 'CREATE TABLE IF NOT EXISTS of a table an earlier migration created does not make it new',
      files: {
        'V1__init.sql': accounts,
        'V2__idx.sql': 'CREATE TABLE IF NOT EXISTS accounts (id bigint);\nCREATE INDEX idx_accounts_email ON accounts (email);',
      },
      errors: [{ file: 'V2__idx.sql', line: 2, column: 36 }],
    },
    {
      name: 'a pre-existing table renamed in the same file is still pre-existing',
      code: 'ALTER TABLE accounts RENAME TO customers;\nCREATE INDEX idx_customers_email ON customers (email);',
      errors: [{ line: 2, column: 37, message: 'existing table customers' }],
    },
    {
      name: 'a table renamed by an earlier migration is followed',
      files: {
        'V1__init.sql': accounts,
        'V2__rename.sql': 'ALTER TABLE accounts RENAME TO customers;',
        'V3__idx.sql': 'CREATE INDEX idx_customers_email ON customers (email);',
      },
      errors: [{ file: 'V3__idx.sql', line: 1, column: 37 }],
    },
    {
      name: 'a new table renamed onto the old name is new; the old table under its new name is not',
      code: [
        'CREATE TABLE accounts_new (id bigint);',
        'ALTER TABLE accounts RENAME TO accounts_old;',
        'ALTER TABLE accounts_new RENAME TO accounts;',
        'CREATE INDEX idx_accounts_id ON accounts (id);',
        'CREATE INDEX idx_accounts_old_id ON accounts_old (id);',
      ].join('\n'),
      errors: [{ line: 5, column: 37, message: 'existing table accounts_old' }],
    },
    {
      name: 'with --base, a base table renamed by a new migration is still pre-existing',
      base: { 'V1__init.sql': accounts },
      files: {
        'V1__init.sql': accounts,
        'V2__rename.sql': 'ALTER TABLE accounts RENAME TO customers;',
        'V3__idx.sql': 'SELECT 1;\nCREATE INDEX idx_customers_email ON customers (email);',
      },
      errors: [{ file: 'V3__idx.sql', line: 2, column: 37 }],
    },
    {
      name: 'partitioned table: help says ON ONLY',
      files: {
        'V1__events.sql': 'CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);',
        'V2__index.sql': 'CREATE INDEX idx_events_at ON events (at);',
      },
      errors: [{ file: 'V2__index.sql', line: 1, column: 31 }],
    },
    {
      name: 'ON ONLY does not help a table that is not partitioned',
      code: 'CREATE INDEX idx_a ON ONLY accounts (email);',
      errors: [{ line: 1, column: 28 }],
    },
    {
      name: 'CONCURRENTLY on a partitioned table is rejected by PostgreSQL',
      code: 'CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);\nCREATE INDEX CONCURRENTLY idx_events_at ON events (at);',
      errors: [{ line: 2, column: 44, message: 'cannot create index on partitioned table' }],
    },
    {
      name: 'DROP INDEX CONCURRENTLY of an index on a partitioned table is rejected by PostgreSQL',
      files: {
        'V1__events.sql': 'CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);\nCREATE INDEX idx_events_at ON events (at);',
        'V2__drop.sql': '\nDROP INDEX CONCURRENTLY idx_events_at;',
      },
      errors: [{ file: 'V2__drop.sql', line: 2, column: 1, message: 'cannot drop partitioned index concurrently' }],
    },
    {
      name: 'DROP INDEX of an index on a pre-existing partitioned table names the table',
      files: {
        'V1__events.sql': 'CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);\nCREATE INDEX idx_events_at ON events (at);',
        'V2__drop.sql': 'DROP INDEX idx_events_at;',
      },
      errors: [{ file: 'V2__drop.sql', line: 1, column: 1, message: 'ACCESS EXCLUSIVE lock on table events' }],
    },
    {
      name: 'index on an existing materialized view',
      files: {
        'V1__mv.sql': 'CREATE MATERIALIZED VIEW totals AS SELECT 1 AS x;',
        'V2__idx.sql': 'CREATE INDEX idx_totals ON totals (x);',
      },
      errors: [{ file: 'V2__idx.sql', line: 1, column: 28, message: 'existing materialized view totals' }],
    },
    {
      name: 'a repeatable migration runs against existing tables too',
      files: { 'R__indexes.sql': 'CREATE INDEX IF NOT EXISTS idx_a ON accounts (email);' },
      errors: [{ file: 'R__indexes.sql', line: 1, column: 37 }],
    },
  ],
});

import { describe, expect, it } from 'vitest';
import { lintSpec } from '../helpers/rule-tester.js';

describe('require-concurrent-index help', () => {
  const run = (files: Record<string, string>) => lintSpec({ files }, [rule]);
  it('suggests the CONCURRENTLY form of the same statement', () => {
    const [f] = run({ 'V2__a.sql': 'CREATE UNIQUE INDEX idx_a ON accounts (email);' });
    expect(f!.help).toContain('CREATE UNIQUE INDEX CONCURRENTLY');
  });
  it('suggests ON ONLY plus per-partition CONCURRENTLY for a partitioned table', () => {
    const found = run({
      'V1__events.sql': 'CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);',
      'V2__index.sql': 'CREATE INDEX idx_events_at ON events (at);',
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.help).toContain('ON ONLY events');
    expect(found[0]!.help).toContain('ATTACH PARTITION');
  });
  it('does not suggest DROP INDEX CONCURRENTLY for an index on a partitioned table', () => {
    const found = run({
      'V1__events.sql': 'CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);\nCREATE INDEX idx_events_at ON events (at);',
      'V2__drop.sql': 'DROP INDEX idx_events_at;',
    }).filter((f) => f.file.endsWith('V2__drop.sql'));
    expect(found).toHaveLength(1);
    expect(found[0]!.help).toContain('lock_timeout');
  });
  it('does not suggest CONCURRENTLY for REINDEX SYSTEM, which cannot run concurrently', () => {
    const [f] = run({ 'V2__a.sql': 'REINDEX SYSTEM;' });
    expect(f!.help).not.toContain('CONCURRENTLY');
  });
});
