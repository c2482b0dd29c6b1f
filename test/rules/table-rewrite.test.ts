import { describe, expect, it } from 'vitest';
import rule from '../../rules/table-rewrite.js';
import { lintSpec, ruleTester, type ProjectSpec } from '../helpers/rule-tester.js';

const ORDERS = 'BEGIN;\nCREATE TABLE orders (id bigint PRIMARY KEY, status text);\nCREATE INDEX idx_orders_status ON orders (status);\nCOMMIT;\n';

/** The safe alternative inside a migration: a plain VACUUM (ANALYZE), which takes no blocking lock. */
const PLAIN_VACUUM: ProjectSpec & { name: string } = {
  name: 'plain VACUUM (ANALYZE) in a migration of its own',
  files: { 'V1__orders.sql': ORDERS, 'V2__vacuum_orders.sql': 'VACUUM (ANALYZE) orders;\n' },
};
/** A table for bulk loading created UNLOGGED, then made durable, in the migration that creates it. */
const UNLOGGED_STAGING: ProjectSpec & { name: string } = {
  name: 'a new table loaded UNLOGGED, then SET LOGGED',
  files: {
    'V2__import_prices.sql': [
      'BEGIN;',
      '',
      'CREATE UNLOGGED TABLE price_import (sku text PRIMARY KEY, price numeric(12,4) NOT NULL) TABLESPACE pg_default;',
      "INSERT INTO price_import VALUES ('A-1', 9.99), ('A-2', 19.99);",
      'ALTER TABLE price_import SET LOGGED;',
      '',
      'COMMIT;',
      '',
    ].join('\n'),
  },
};

ruleTester(rule, {
  valid: [
    PLAIN_VACUUM,
    UNLOGGED_STAGING,
    'VACUUM orders;',
    'VACUUM (FULL false, ANALYZE) orders;',
    'ANALYZE orders;',
    'VACUUM (ANALYZE);',
    // new tables are empty
    'BEGIN;\nCREATE TABLE t (id int PRIMARY KEY);\nCLUSTER t USING t_pkey;\nALTER TABLE t SET TABLESPACE fast_ssd;\nALTER TABLE t SET UNLOGGED;\nCOMMIT;',
    'CREATE TABLE t (id int);\nVACUUM FULL t;',
    'CREATE TABLE t (id int);\nCREATE INDEX idx_t ON t (id);\nALTER INDEX idx_t SET TABLESPACE fast_ssd;',
    // only marks the table for a later CLUSTER
    'ALTER TABLE orders CLUSTER ON orders_pkey;',
    // a partitioned table has no storage: SET TABLESPACE only sets the partitions' default
    { files: { 'V1__e.sql': 'CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);', 'V2__ts.sql': 'ALTER TABLE events SET TABLESPACE archive;' } },
    // already so: PostgreSQL does nothing (test/db/storage-noop.test.ts)
    { name: 'SET LOGGED on a logged table', files: { 'V1__orders.sql': ORDERS, 'V2__l.sql': 'ALTER TABLE orders SET LOGGED;' } },
    { name: 'SET UNLOGGED on an UNLOGGED table', files: { 'V1__s.sql': 'CREATE UNLOGGED TABLE s (id int);', 'V2__u.sql': 'ALTER TABLE s SET UNLOGGED;' } },
    { name: 'SET TABLESPACE pg_default, none written', files: { 'V1__orders.sql': ORDERS, 'V2__ts.sql': 'ALTER TABLE orders SET TABLESPACE pg_default;' } },
    { name: 'SET TABLESPACE to the one written', files: { 'V1__a.sql': 'CREATE TABLE a (id int) TABLESPACE archive;', 'V2__ts.sql': 'ALTER TABLE a SET TABLESPACE archive;' } },
    { name: 'SET ACCESS METHOD heap, none written', files: { 'V1__orders.sql': ORDERS, 'V2__am.sql': 'ALTER TABLE orders SET ACCESS METHOD heap;' } },
    { name: 'SET ACCESS METHOD DEFAULT, none written', files: { 'V1__orders.sql': ORDERS, 'V2__am.sql': 'ALTER TABLE orders SET ACCESS METHOD DEFAULT;' } },
    { name: 'SET ACCESS METHOD to the one written', files: { 'V1__a.sql': 'CREATE TABLE a (id int) USING heap2;', 'V2__am.sql': 'ALTER TABLE a SET ACCESS METHOD heap2;' } },
    {
      name: 'the state follows ALTER TABLE and a rename',
      files: {
        'V1__s.sql': 'CREATE TABLE s (id int);\nALTER TABLE s SET UNLOGGED, SET TABLESPACE archive;\nALTER TABLE s RENAME TO s2;',
        'V2__again.sql': 'ALTER TABLE s2 SET UNLOGGED;\nALTER TABLE s2 SET TABLESPACE archive;',
      },
    },
    { name: 'CREATE UNLOGGED TABLE … AS', files: { 'V1__s.sql': 'CREATE UNLOGGED TABLE s AS SELECT 1 AS id;', 'V2__u.sql': 'ALTER TABLE s SET UNLOGGED, SET ACCESS METHOD heap;' } },
    // dynamic SQL
    "DO $$\nBEGIN\n  EXECUTE 'VACUUM FULL orders';\nEND $$;",
  ],
  invalid: [
    { code: 'VACUUM FULL orders;', errors: [{ line: 1, column: 13, message: /^VACUUM FULL of existing table orders rewrites it under an ACCESS EXCLUSIVE lock: every query on orders, SELECT included, waits until the rewrite is done/ }] },
    { code: 'VACUUM (FULL, ANALYZE) orders, users;', errors: [{ line: 1, column: 24, message: 'VACUUM FULL of existing tables orders, users rewrites each' }] },
    { code: 'VACUUM FULL;', errors: [{ line: 1, column: 1, message: 'VACUUM FULL without a table rewrites every table' }] },
    { name: 'only the pre-existing tables of the list', code: 'CREATE TABLE t (id int);\nVACUUM FULL t, orders;', errors: [{ line: 2, column: 16, message: 'VACUUM FULL of existing table orders rewrites it' }] },
    { code: 'BEGIN;\nCLUSTER orders USING idx_orders_status;\nCOMMIT;', errors: [{ line: 2, column: 9, message: 'CLUSTER of existing table orders rewrites it in index order under an ACCESS EXCLUSIVE lock' }] },
    { code: 'CLUSTER;', errors: [{ line: 1, column: 1, message: 'CLUSTER without a table' }] },
    { code: 'ALTER TABLE orders SET TABLESPACE archive;', errors: [{ line: 1, column: 13, message: /^SET TABLESPACE on existing table orders copies all of it under an ACCESS EXCLUSIVE lock: every query on orders, SELECT included, waits/ }] },
    { code: 'ALTER TABLE orders SET LOGGED;', errors: [{ line: 1, column: 13, message: 'SET LOGGED on existing table orders copies all of it, writing all of it to the WAL' }] },
    { code: 'ALTER TABLE orders SET UNLOGGED;', errors: [{ line: 1, column: 13, message: 'emptied after a crash and not replicated' }] },
    { code: 'ALTER TABLE orders SET ACCESS METHOD heap2;', errors: [{ line: 1, column: 13, message: 'SET ACCESS METHOD' }] },
    { name: 'one finding per statement', code: 'ALTER TABLE orders SET TABLESPACE archive, SET UNLOGGED;', errors: [{ line: 1, column: 13, message: 'SET TABLESPACE' }] },
    { code: 'ALTER MATERIALIZED VIEW daily_totals SET TABLESPACE archive;', errors: [{ line: 1, column: 25, message: 'existing materialized view daily_totals' }] },
    { code: 'ALTER INDEX idx_orders_status SET TABLESPACE fast_ssd;', errors: [{ line: 1, column: 13, message: 'SET TABLESPACE on existing index idx_orders_status copies all of it under an ACCESS EXCLUSIVE lock: every query on its table waits' }] },
    {
      name: 'an index the catalog knows names its table',
      files: { 'V1__orders.sql': ORDERS, 'V2__ts.sql': 'ALTER INDEX idx_orders_status SET TABLESPACE fast_ssd;' },
      errors: [{ file: 'V2__ts.sql', line: 1, column: 13, message: 'every query on orders waits' }],
    },
    { code: 'ALTER TABLE ALL IN TABLESPACE old_disk SET TABLESPACE new_disk;', errors: [{ line: 1, column: 1, message: 'ALTER … ALL IN TABLESPACE old_disk' }] },
    { name: 'inside a DO block', code: 'DO $$\nBEGIN\n  ALTER TABLE orders SET LOGGED;\nEND $$;', errors: [{ line: 3, column: 15 }] },
    {
      name: 'SET LOGGED on a table created UNLOGGED',
      files: { 'V1__s.sql': 'CREATE UNLOGGED TABLE s (id int);', 'V2__l.sql': 'ALTER TABLE s SET LOGGED;' },
      errors: [{ file: 'V2__l.sql', line: 1, column: 13, message: 'SET LOGGED on existing table s copies all of it, writing all of it to the WAL' }],
    },
    {
      name: 'SET UNLOGGED on a table a migration made logged again',
      files: { 'V1__s.sql': 'CREATE UNLOGGED TABLE s (id int);\nALTER TABLE s SET LOGGED;', 'V2__u.sql': 'ALTER TABLE s SET UNLOGGED;' },
      errors: [{ file: 'V2__u.sql', line: 1, column: 13, message: 'SET UNLOGGED on existing table s copies all of it' }],
    },
    {
      name: 'SET TABLESPACE pg_default on a table created in another',
      files: { 'V1__a.sql': 'CREATE TABLE a (id int) TABLESPACE archive;', 'V2__ts.sql': 'ALTER TABLE a SET TABLESPACE pg_default;' },
      errors: [{ file: 'V2__ts.sql', line: 1, column: 13, message: 'SET TABLESPACE on existing table a copies all of it' }],
    },
    {
      name: 'SET TABLESPACE pg_default after default_tablespace was set: not known, flagged as before',
      files: { 'V1__a.sql': "SET default_tablespace = 'archive';\nCREATE TABLE a (id int);", 'V2__ts.sql': 'ALTER TABLE a SET TABLESPACE pg_default;' },
      errors: [{ file: 'V2__ts.sql', line: 1, column: 13, message: 'SET TABLESPACE on existing table a copies all of it' }],
    },
    {
      name: 'SET TABLESPACE pg_default on a partition: it takes its parent\'s, not known',
      files: { 'V1__p.sql': 'CREATE TABLE p (id int) PARTITION BY LIST (id) TABLESPACE archive;\nCREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);', 'V2__ts.sql': 'ALTER TABLE p1 SET TABLESPACE pg_default;' },
      errors: [{ file: 'V2__ts.sql', line: 1, column: 13, message: 'SET TABLESPACE on existing table p1' }],
    },
    {
      name: 'SET ACCESS METHOD heap on a table created with another',
      files: { 'V1__a.sql': 'CREATE TABLE a (id int) USING heap2;', 'V2__am.sql': 'ALTER TABLE a SET ACCESS METHOD heap;' },
      errors: [{ file: 'V2__am.sql', line: 1, column: 13, message: 'SET ACCESS METHOD on existing table a copies all of it' }],
    },
    {
      name: 'a no-op subcommand does not hide the one that copies',
      files: { 'V1__orders.sql': ORDERS, 'V2__ts.sql': 'ALTER TABLE orders SET LOGGED, SET TABLESPACE archive;', 'V3__ts.sql': 'ALTER TABLE orders SET TABLESPACE archive;' },
      errors: [{ file: 'V2__ts.sql', line: 1, column: 13, message: 'SET TABLESPACE on existing table orders copies all of it' }],
    },
    {
      name: 'without --base, a table created by an earlier migration existed before',
      files: { 'V1__orders.sql': ORDERS, 'V2__vacuum.sql': 'VACUUM FULL orders;' },
      errors: [{ file: 'V2__vacuum.sql', line: 1, column: 13 }],
    },
  ],
});

describe('table-rewrite', () => {
  for (const spec of [PLAIN_VACUUM, UNLOGGED_STAGING]) {
    it(`${spec.name}: no rule has anything to say (but rollback-missing and migration-documented)`, () => {
      expect(lintSpec(spec).filter((f) => f.rule !== 'rollback-missing' && f.rule !== 'migration-documented')).toEqual([]);
    });
  }
  it('help: pg_repack for VACUUM FULL and CLUSTER', () => {
    const [f] = lintSpec({ files: { 'V2__v.sql': 'VACUUM FULL orders;' } }, [rule]);
    expect(f!.help).toContain('pg_repack');
  });
});
