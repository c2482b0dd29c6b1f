import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/lock-timeout-missing.js';
import { lintSpec, ruleTester, type ProjectSpec } from '../helpers/rule-tester.js';

const USERS = 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\nCOMMIT;\n';

/** The safe pattern: a lock_timeout before the first statement that takes a strong lock. */
const SAFE_IN_TRANSACTION: ProjectSpec & { name: string } = {
  name: 'SET LOCAL lock_timeout right after BEGIN',
  files: {
    'V1__users.sql': USERS,
    'V2__nickname.sql': "BEGIN;\n\nSET LOCAL lock_timeout = '5s';\n\nALTER TABLE users ADD COLUMN nickname text;\n\nCOMMIT;\n",
  },
};
// With mixed: false (Flyway's default) the runner refuses a SET next to a CONCURRENTLY statement
// (transaction-wrapping reports it); with mixed: true the file runs statement by statement.
const SAFE_WITHOUT_TRANSACTION: ProjectSpec & { name: string } = {
  name: 'SET lock_timeout in a migration without a transaction block, mixed: true',
  settings: { mixed: true },
  files: {
    'V1__users.sql': USERS,
    'V2__email_index.sql': "SET lock_timeout = '5s';\n\nDROP INDEX CONCURRENTLY IF EXISTS idx_users_email;\n",
  },
};

ruleTester(rule, {
  valid: [
    SAFE_IN_TRANSACTION,
    SAFE_WITHOUT_TRANSACTION,
    "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;",
    "BEGIN;\nSET lock_timeout TO '2s';\nDROP TABLE legacy_audit;\nCOMMIT;",
    "BEGIN;\nSET LOCAL lock_timeout = 3000;\nTRUNCATE staging_import;\nCOMMIT;",
    "BEGIN;\nSELECT set_config('lock_timeout', '3s', true);\nALTER TABLE users ALTER COLUMN email SET DEFAULT '';\nCOMMIT;",
    "SELECT pg_catalog.set_config('lock_timeout', '3s', false);\nALTER TABLE users DROP COLUMN legacy;",
    // a session SET lasts across transactions
    "SET lock_timeout = '5s';\nBEGIN;\nALTER TABLE users ADD COLUMN a int;\nCOMMIT;\nBEGIN;\nALTER TABLE users ADD COLUMN b int;\nCOMMIT;",
    // weaker locks: SHARE UPDATE EXCLUSIVE or SHARE
    'ALTER TABLE users ALTER COLUMN email SET STATISTICS 500;',
    'ALTER TABLE users ALTER COLUMN email SET (n_distinct = 100);',
    'ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user;',
    'ALTER TABLE users SET (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.01, toast.autovacuum_enabled = true);',
    'ALTER TABLE users RESET (fillfactor);',
    'ALTER TABLE users CLUSTER ON users_pkey;',
    'ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;',
    'ALTER INDEX idx_users_email RENAME TO idx_users_email_old;',
    'ALTER INDEX idx_users_email SET (fillfactor = 80);',
    'CREATE INDEX CONCURRENTLY idx_users_email ON users (email);',
    'DROP INDEX CONCURRENTLY idx_users_email;',
    'REINDEX TABLE CONCURRENTLY users;',
    'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals;',
    'LOCK TABLE users IN SHARE MODE;',
    "COMMENT ON TABLE users IS 'people';",
    'GRANT SELECT ON users TO reporting;',
    'VACUUM (ANALYZE) users;',
    'CREATE TABLE audit_copy (LIKE users INCLUDING ALL);',
    // a new partition attached to an existing parent: SHARE UPDATE EXCLUSIVE on the parent only
    "BEGIN;\nCREATE TABLE events_2026 (LIKE events INCLUDING DEFAULTS);\nALTER TABLE events ATTACH PARTITION events_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\nCOMMIT;",
    // tables created in the same migration: nobody else is waiting for them
    'BEGIN;\nCREATE TABLE t (id int PRIMARY KEY);\nALTER TABLE t ADD COLUMN x int NOT NULL;\nCREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();\nDROP TABLE t;\nCOMMIT;',
    'BEGIN;\nCREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));\nALTER TABLE b ADD CONSTRAINT b_a_fk2 FOREIGN KEY (a_id) REFERENCES a (id);\nCOMMIT;',
    "BEGIN;\nCREATE TABLE events (id int, at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\nCOMMIT;",
    // CREATE OR REPLACE VIEW of a view no migration created: a new view
    'CREATE OR REPLACE VIEW active_users AS SELECT 1 AS id;',
    // SET LOCAL inside a DO block lasts for the block
    "DO $$\nBEGIN\n  SET LOCAL lock_timeout = '5s';\n  ALTER TABLE users ADD COLUMN x int;\nEND $$;",
    // dynamic SQL: the linter cannot know what it locks
    "DO $$\nBEGIN\n  EXECUTE 'ALTER TABLE users ADD COLUMN x int';\nEND $$;",
    // the runner sets a lock_timeout before each migration
    { files: { 'V2__a.sql': 'BEGIN;\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;' }, settings: { runnerLockTimeout: '5s' } },
    // the runner wraps the migration in its transaction: SET LOCAL without BEGIN lasts
    { files: { 'V2__a.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN x int;" }, settings: { transactions: 'runner' } },
    // COMMIT AND CHAIN starts a new transaction block at once: SET LOCAL there lasts (issue #12; measured in test/model/transactions.test.ts)
    { name: 'SET LOCAL after COMMIT AND CHAIN, inside the chained transaction', files: { 'V2__change.sql': "BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nSET LOCAL lock_timeout = '3s';\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;" } },
    { name: 'SET LOCAL after ROLLBACK AND CHAIN', files: { 'V2__change.sql': "BEGIN;\nSELECT 1;\nROLLBACK AND CHAIN;\nSET LOCAL lock_timeout = '3s';\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;" } },
    { name: 'SET LOCAL lasts across SAVEPOINT and RELEASE', files: { 'V2__change.sql': "START TRANSACTION;\nSET LOCAL lock_timeout = '3s';\nSAVEPOINT a;\nALTER TABLE users ADD COLUMN x int;\nRELEASE SAVEPOINT a;\nEND;" } },
    // rollbacks and seeds are not migrations
    { files: { 'V2__ok.sql': 'SELECT 1;', 'rollback/V2__rollback.sql': 'DROP TABLE users;', 'seeds/dev.sql': 'TRUNCATE users;' } },
  ],
  invalid: [
    {
      code: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;',
      errors: [{ line: 2, column: 13, message: /^ALTER TABLE takes an ACCESS EXCLUSIVE lock on existing table users and no lock_timeout is set: .*every later query on users, SELECT included, queues behind it/ }],
    },
    {
      name: 'once per migration, at the first statement',
      code: 'BEGIN;\nALTER TABLE users ADD COLUMN a int;\nALTER TABLE orders ADD COLUMN b int;\nDROP TABLE legacy;\nCOMMIT;',
      errors: [{ line: 2, column: 13, message: '(2 later statements in this migration take such locks too)' }],
    },
    {
      name: 'statements on new tables before the first one that counts',
      code: 'BEGIN;\nCREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN x int;\n  TRUNCATE users;\nCOMMIT;',
      errors: [{ line: 4, column: 12, message: 'TRUNCATE takes an ACCESS EXCLUSIVE lock on existing table users' }],
    },
    { name: 'lock_timeout = 0 is no timeout', code: 'SET lock_timeout = 0;\nALTER TABLE users DROP COLUMN legacy;', errors: [{ line: 2, column: 13 }] },
    { name: "lock_timeout = '0s' is no timeout", code: "SET lock_timeout = '0s';\nALTER TABLE users DROP COLUMN legacy;", errors: [{ line: 2, column: 13 }] },
    { name: 'RESET undoes the SET', code: "SET lock_timeout = '5s';\nRESET lock_timeout;\nTRUNCATE users;", errors: [{ line: 3, column: 10 }] },
    { name: 'SET … TO DEFAULT undoes it', code: "SET lock_timeout = '5s';\nSET lock_timeout TO DEFAULT;\nTRUNCATE users;", errors: [{ line: 3, column: 10 }] },
    { name: 'RESET ALL undoes it', code: "SET lock_timeout = '5s';\nRESET ALL;\nTRUNCATE users;", errors: [{ line: 3, column: 10 }] },
    {
      name: 'SET LOCAL outside a transaction block does not last',
      code: "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN x int;",
      errors: [{ line: 2, column: 13, message: 'ALTER TABLE takes an ACCESS EXCLUSIVE lock' }],
    },
    {
      name: 'SET LOCAL ends with its transaction',
      code: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN a int;\nCOMMIT;\nBEGIN;\nALTER TABLE users ADD COLUMN b int;\nCOMMIT;",
      errors: [{ line: 6, column: 13 }],
    },
    {
      name: 'SET LOCAL before COMMIT AND CHAIN ends with the first transaction',
      code: "BEGIN;\nSET LOCAL lock_timeout = '3s';\nCOMMIT AND CHAIN;\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;",
      errors: [{ line: 4, column: 13 }],
    },
    {
      name: 'SET LOCAL after a plain COMMIT, outside any block, does not last',
      code: "BEGIN;\nSELECT 1;\nCOMMIT;\nSET LOCAL lock_timeout = '3s';\nALTER TABLE users ADD COLUMN x int;",
      errors: [{ line: 5, column: 13 }],
    },
    {
      name: 'PREPARE TRANSACTION ends the transaction SET LOCAL was in',
      code: "BEGIN;\nSET LOCAL lock_timeout = '3s';\nPREPARE TRANSACTION 'a';\nALTER TABLE users ADD COLUMN x int;",
      errors: [{ line: 4, column: 13 }],
    },
    {
      name: 'runner: a file with CONCURRENTLY is not wrapped (plan.ts), so SET LOCAL without BEGIN does not last',
      files: { 'V2__a.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN x int;\nCREATE INDEX CONCURRENTLY i ON orders (id);" },
      settings: { transactions: 'runner' },
      errors: [{ file: 'V2__a.sql', line: 2, column: 13 }],
    },
    {
      name: 'a plain SET after SET LOCAL replaces it',
      code: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nSET lock_timeout = 0;\nALTER TABLE users ADD COLUMN a int;\nCOMMIT;",
      errors: [{ line: 4, column: 13 }],
    },
    {
      name: 'the timeout set after the statement comes too late',
      code: "BEGIN;\nALTER TABLE users ADD COLUMN a int;\nSET LOCAL lock_timeout = '5s';\nCOMMIT;",
      errors: [{ line: 2, column: 13 }],
    },
    { name: 'statement_timeout is not lock_timeout', code: "SET statement_timeout = '5s';\nALTER TABLE users ADD COLUMN a int;", errors: [{ line: 2, column: 13 }] },
    {
      name: 'a foreign key from a new table locks the referenced table (SHARE ROW EXCLUSIVE)',
      code: 'BEGIN;\nCREATE TABLE user_profiles (\n  id bigint PRIMARY KEY,\n  user_id bigint NOT NULL REFERENCES users (id)\n);\nCOMMIT;',
      errors: [{ line: 4, column: 38, message: /^CREATE TABLE … REFERENCES takes a SHARE ROW EXCLUSIVE lock on existing table users .*every later INSERT, UPDATE and DELETE on users queues behind it \(reads go on\)/ }],
    },
    {
      name: 'ADD FOREIGN KEY … NOT VALID still takes SHARE ROW EXCLUSIVE on both tables',
      code: 'ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
      errors: [{ line: 1, column: 13, message: 'SHARE ROW EXCLUSIVE lock on existing table orders' }],
    },
    {
      name: 'a foreign key from a new table added by ALTER TABLE',
      code: 'BEGIN;\nCREATE TABLE notes (id int, user_id bigint);\nALTER TABLE notes ADD FOREIGN KEY (user_id) REFERENCES public.users (id);\nCOMMIT;',
      errors: [{ line: 3, column: 56, message: 'SHARE ROW EXCLUSIVE lock on existing table users' }],
    },
    {
      name: 'ADD COLUMN … REFERENCES: ACCESS EXCLUSIVE on the table wins',
      code: 'ALTER TABLE orders ADD COLUMN coupon_id int REFERENCES coupons (id);',
      errors: [{ line: 1, column: 13, message: 'ACCESS EXCLUSIVE lock on existing table orders' }],
    },
    { code: 'CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();', errors: [{ line: 1, column: 45, message: 'CREATE TRIGGER takes a SHARE ROW EXCLUSIVE lock on existing table users' }] },
    { code: 'ALTER TABLE users DISABLE TRIGGER users_touch;', errors: [{ line: 1, column: 13, message: 'SHARE ROW EXCLUSIVE' }] },
    { code: 'ALTER TABLE users SET (user_catalog_table = true);', errors: [{ line: 1, column: 13, message: 'ACCESS EXCLUSIVE' }] },
    { code: 'ALTER TABLE users ALTER COLUMN email SET STATISTICS 100, ALTER COLUMN email SET DEFAULT \'\';', errors: [{ line: 1, column: 13, message: 'ACCESS EXCLUSIVE' }] },
    { code: 'LOCK TABLE users;', errors: [{ line: 1, column: 12, message: 'LOCK TABLE takes an ACCESS EXCLUSIVE lock' }] },
    { code: 'LOCK TABLE users IN EXCLUSIVE MODE;', errors: [{ line: 1, column: 12, message: 'LOCK TABLE takes an EXCLUSIVE lock' }] },
    { code: 'ALTER TABLE users RENAME COLUMN email TO email_address;', errors: [{ line: 1, column: 13, message: 'ALTER … RENAME takes an ACCESS EXCLUSIVE lock' }] },
    { code: 'ALTER TABLE users SET SCHEMA archive;', errors: [{ line: 1, column: 13 }] },
    { code: 'DROP INDEX idx_users_email;', errors: [{ line: 1, column: 1, message: 'lock on index idx_users_email of an existing table' }] },
    {
      name: 'DROP INDEX of an index the catalog knows names its table',
      files: { 'V1__users.sql': USERS + 'CREATE INDEX idx_users_email ON users (email);\n', 'V2__drop.sql': 'DROP INDEX idx_users_email;' },
      errors: [{ file: 'V2__drop.sql', line: 1, column: 1, message: 'lock on index idx_users_email of existing table users and no lock_timeout is set: while it waits for the lock behind any open transaction that used users' }],
    },
    // REINDEX: SHARE on the table, ACCESS EXCLUSIVE on the indexes rebuilt (test/db/reindex-locks.test.ts)
    {
      code: 'REINDEX INDEX idx_users_email;',
      errors: [{ line: 1, column: 15, message: 'REINDEX INDEX takes an ACCESS EXCLUSIVE lock on index idx_users_email of an existing table and a SHARE lock on the table and no lock_timeout is set' }],
    },
    {
      name: 'REINDEX INDEX of an index the catalog knows names its table',
      files: { 'V1__users.sql': USERS + 'CREATE INDEX idx_users_email ON users (email);\n', 'V2__reindex.sql': 'REINDEX INDEX idx_users_email;' },
      errors: [
        {
          file: 'V2__reindex.sql',
          line: 1,
          column: 15,
          message:
            'REINDEX INDEX takes an ACCESS EXCLUSIVE lock on index idx_users_email of existing table users and a SHARE lock on the table and no lock_timeout is set: while it waits for these locks behind any open transaction that used users, every later INSERT, UPDATE and DELETE on users queues behind it, and so does every SELECT (the planner opens each index of the table, even for a sequential scan)',
        },
      ],
    },
    {
      code: 'REINDEX TABLE users;',
      errors: [{ line: 1, column: 15, message: 'REINDEX TABLE takes a SHARE lock on existing table users and an ACCESS EXCLUSIVE lock on each of its indexes and no lock_timeout is set: while it waits for these locks behind any open transaction that used users, every later INSERT, UPDATE and DELETE on users queues behind it, and so does every SELECT (the planner opens each index of the table, even for a sequential scan)' }],
    },
    {
      name: 'REINDEX SCHEMA: table by table',
      code: 'REINDEX SCHEMA app;',
      errors: [{ line: 1, column: 1, message: 'REINDEX SCHEMA takes a SHARE lock on every table in schema app and an ACCESS EXCLUSIVE lock on each of their indexes (one table at a time)' }],
    },
    { code: 'REINDEX DATABASE shop;', errors: [{ line: 1, column: 1, message: 'REINDEX DATABASE takes a SHARE lock on every table in database shop and an ACCESS EXCLUSIVE lock on each of their indexes' }] },
    { code: 'ALTER INDEX idx_users_email SET TABLESPACE fast_ssd;', errors: [{ line: 1, column: 13, message: 'ALTER INDEX takes an ACCESS EXCLUSIVE lock on index idx_users_email' }] },
    { code: 'DROP TRIGGER users_touch ON users;', errors: [{ line: 1, column: 1, message: 'DROP TRIGGER takes an ACCESS EXCLUSIVE lock on existing table users' }] },
    { code: 'CREATE POLICY own_rows ON users USING (id = 1);', errors: [{ line: 1, column: 27, message: 'CREATE POLICY' }] },
    { code: 'REFRESH MATERIALIZED VIEW daily_totals;', errors: [{ line: 1, column: 27, message: 'REFRESH MATERIALIZED VIEW takes an ACCESS EXCLUSIVE lock on existing materialized view daily_totals' }] },
    { code: 'ALTER TABLE events DETACH PARTITION events_2020;', errors: [{ line: 1, column: 13, message: 'existing table events' }] },
    {
      name: 'ATTACH PARTITION of an existing table locks the partition',
      code: "ALTER TABLE events ATTACH PARTITION events_2020 FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');",
      errors: [{ line: 1, column: 37, message: 'existing table events_2020' }],
    },
    {
      name: 'CREATE TABLE … PARTITION OF an existing parent',
      code: "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
      errors: [{ line: 1, column: 39, message: 'CREATE TABLE … PARTITION OF takes an ACCESS EXCLUSIVE lock on existing table events' }],
    },
    {
      name: 'VACUUM FULL runs outside a transaction: the help says SET, not SET LOCAL',
      code: 'VACUUM FULL users;',
      errors: [{ line: 1, column: 13, message: 'VACUUM FULL takes an ACCESS EXCLUSIVE lock' }],
    },
    { name: 'VACUUM FULL of the whole database', code: 'VACUUM FULL;', errors: [{ line: 1, column: 1, message: 'every table in the database' }] },
    {
      name: 'inside a DO block',
      code: 'DO $$\nBEGIN\n  ALTER TABLE users ADD COLUMN x int;\nEND $$;',
      errors: [{ line: 3, column: 15 }],
    },
    {
      name: 'without --base, a table created by an earlier migration existed before',
      files: { 'V1__users.sql': USERS, 'V2__nickname.sql': 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;' },
      errors: [{ file: 'V2__nickname.sql', line: 2, column: 13 }],
    },
    {
      name: 'each migration is reported on its own',
      files: { 'V2__a.sql': 'TRUNCATE a;', 'V3__b.sql': "SET lock_timeout = '5s';\nTRUNCATE b;", 'V4__c.sql': '\nTRUNCATE c;' },
      errors: [
        { file: 'V2__a.sql', line: 1, column: 10 },
        { file: 'V4__c.sql', line: 2, column: 10 },
      ],
    },
    {
      name: 'CREATE OR REPLACE VIEW of a view an earlier migration created',
      files: { 'V1__view.sql': 'CREATE VIEW active_users AS SELECT 1 AS id;', 'V2__view.sql': 'CREATE OR REPLACE VIEW active_users AS SELECT 2 AS id;' },
      errors: [{ file: 'V2__view.sql', line: 1, column: 24, message: 'existing view active_users' }],
    },
    {
      name: 'CREATE OR REPLACE VIEW in a repeatable migration replaces the view of its previous run',
      files: { 'R__views.sql': 'CREATE OR REPLACE VIEW active_users AS SELECT 2 AS id;' },
      errors: [{ file: 'R__views.sql', line: 1, column: 24, message: 'lock on existing view active_users' }],
    },
    { name: "a runner lock_timeout of '0' is none", code: 'TRUNCATE users;', settings: { runnerLockTimeout: '0' }, errors: [{ line: 1, column: 10 }] },
  ],
});

describe('lock-timeout-missing', () => {
  it('help: SET LOCAL inside a transaction block, SET without one', () => {
    const [inTx] = lintSpec({ files: { 'V2__a.sql': 'BEGIN;\nTRUNCATE users;\nCOMMIT;' } }, [rule]);
    expect(inTx!.help).toContain("SET LOCAL lock_timeout = '5s'");
    const [noTx] = lintSpec({ files: { 'V2__a.sql': 'VACUUM FULL users;' } }, [rule]);
    expect(noTx!.help).toMatch(/^Put SET lock_timeout = '5s';/);
  });

  for (const spec of [SAFE_IN_TRANSACTION, SAFE_WITHOUT_TRANSACTION]) {
    it(`${spec.name}: no rule has anything to say (but rollback-missing and migration-documented)`, () => {
      expect(lintSpec(spec).filter((f) => f.rule !== 'rollback-missing' && f.rule !== 'migration-documented')).toEqual([]);
    });
  }

  it('the same file with mixed: false is one that migrate refuses, and only transaction-wrapping says so', () => {
    const found = lintSpec({ ...SAFE_WITHOUT_TRANSACTION, settings: {} }).filter((f) => f.rule !== 'rollback-missing' && f.rule !== 'migration-documented');
    expect(found.map((f) => `${f.rule}:${f.line}`)).toEqual(['transaction-wrapping:3']);
  });

  it('the seed examples: the first strong lock on an existing table of each migration', () => {
    const dir = new URL('../fixtures/seed/', import.meta.url);
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir)) if (name.startsWith('V')) files[name] = readFileSync(new URL(name, dir), 'utf8');
    const found = lintSpec({ files }, [rule]).map((f) => `${f.file.replace('migrations/', '')}:${f.line}:${f.column}`);
    expect(found).toEqual([
      'V007__add_user_preferences.sql:5:13', // ADD COLUMN, then SET NOT NULL
      'V008__rename_product_title.sql:5:13',
      'V010__change_price_precision.sql:5:13', // ADD COLUMN, then two RENAME COLUMNs
      'V011__partition_order_history.sql:23:13', // the RENAME of the old table
      'V012__split_user_profile.sql:7:38', // REFERENCES users(id): SHARE ROW EXCLUSIVE on users
      'V013__optimize_indexes.sql:4:1', // DROP INDEX without CONCURRENTLY
      'V100__template.sql:26:13', // ADD CONSTRAINT … CHECK
    ]);
  });
});

describe('lock-timeout-missing help in a file the runner wraps', () => {
  it('says to put SET LOCAL at the top of the migration, not after a BEGIN the file does not have', () => {
    const [f] = lintSpec({ settings: { transactions: 'runner' }, files: { 'V1__users.sql': USERS.replace(/BEGIN;\n|COMMIT;\n/g, ''), 'V2__drop.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' } }, [rule]);
    expect(f!.help).toBe("Put SET LOCAL lock_timeout = '5s'; at the top of the migration (the runner's transaction wraps the file), and retry the migration when it times out.");
  });
});
