import { afterAll, beforeAll, expect, it } from 'vitest';
import rule from '../../rules/unbatched-data-change.js';
import { asDbError, connect, type Scratch } from '../../src/db/engine.js';
import { withDatabase } from '../../src/db/url.js';
import { describeEachEngine } from '../helpers/db.js';
import { ruleTester } from '../helpers/rule-tester.js';

const USERS = 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, email text, active boolean);\nCOMMIT;\n';

// The seed's V011: the copy reads the whole old table, even though it writes to a new one.
const SEED_V011 = `BEGIN;

CREATE TABLE order_status_history_new (
    LIKE order_status_history INCLUDING ALL
) PARTITION BY RANGE (created_at);

CREATE TABLE order_status_history_2024_01
PARTITION OF order_status_history_new
FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');

-- Migrate data
INSERT INTO order_status_history_new
SELECT * FROM order_status_history;

ALTER TABLE order_status_history RENAME TO order_status_history_old;
ALTER TABLE order_status_history_new RENAME TO order_status_history;

COMMIT;
`;

// The seed's V012: two copies out of users into tables created in the same file.
const SEED_V012 = `BEGIN;

CREATE TABLE user_profiles (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users(id),
    bio TEXT
);

CREATE TABLE user_settings (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users(id),
    preferences JSONB DEFAULT '{}'
);

INSERT INTO user_profiles (user_id, bio)
SELECT id, bio
FROM users;

INSERT INTO user_settings (user_id, preferences)
SELECT id, preferences
FROM users;

COMMIT;
`;

const FIX_USERS = `CREATE FUNCTION fix_users() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET active = true;
END
$$;`;

// The statement: price_import is a whole existing table, joined to price on its key.
const MERGE_PRICES = `MERGE INTO price p
USING price_import i ON p.id = i.id
WHEN MATCHED THEN UPDATE SET amount = i.amount`;

const MERGE_FN = `CREATE FUNCTION sync_prices() RETURNS void LANGUAGE sql AS $$
  MERGE INTO price p USING price_import i ON p.id = i.id
  WHEN MATCHED THEN DELETE;
$$;`;

ruleTester(rule, {
  valid: [
    { name: 'DML on a table created in the same file', files: { 'V2__change.sql': 'CREATE TABLE t (id int, x int);\nUPDATE t SET x = 1;\nDELETE FROM t;\nINSERT INTO t SELECT * FROM t;\n' } },
    'UPDATE users SET active = true WHERE id IN (SELECT id FROM users WHERE active IS NULL LIMIT 5000);',
    "DELETE FROM events WHERE ctid = ANY(ARRAY(SELECT ctid FROM events WHERE created_at < now() - interval '90 days' LIMIT 5000));",
    'UPDATE users SET active = true WHERE id BETWEEN 1 AND 10000;',
    'UPDATE users SET active = true WHERE id >= 1 AND id < 10000;',
    'UPDATE users SET active = true WHERE 10000 > id AND 1 <= id;',
    'UPDATE users SET active = true WHERE id = 42;',
    'UPDATE users SET active = true WHERE 42 = id;',
    'DELETE FROM users WHERE id IN (1, 2, 3);',
    'UPDATE users SET active = true WHERE id = ANY(ARRAY[1, 2, 3]);',
    'UPDATE users SET active = true WHERE id = 1 OR id = 2;',
    'UPDATE users SET active = true WHERE active IS NULL AND id BETWEEN 1 AND 1000;',
    'UPDATE users u SET active = true WHERE u.id = 7;',
    'UPDATE users SET active = true WHERE id = (SELECT max(id) FROM users);',
    {
      name: 'an equality on a column with a single-column UNIQUE constraint picks one row',
      files: {
        'V1__needs.sql': 'BEGIN;\nCREATE TABLE need (id serial PRIMARY KEY, need_key text NOT NULL, name text);\nALTER TABLE need ADD CONSTRAINT need_key_unique UNIQUE (need_key);\nCOMMIT;\n',
        'V2__rename_need.sql': "BEGIN;\nUPDATE need SET name = 'Recruit participants' WHERE need_key = 'ADVERTISE_MODEL';\nCOMMIT;\n",
      },
    },
    {
      name: 'the key of a table created in an earlier migration is its primary key',
      files: { 'V1__a.sql': 'BEGIN;\nCREATE TABLE accounts (account_no int PRIMARY KEY, note text);\nCOMMIT;\n', 'V2__change.sql': 'UPDATE accounts SET note = NULL WHERE account_no = 12;\n' },
    },
    {
      name: 'a DO block that loops over key ranges and COMMITs per batch',
      files: {
        'V2__change.sql': `DO $$
DECLARE
  lo bigint := 0;
  top bigint;
BEGIN
  SELECT max(id) INTO top FROM users;
  WHILE lo <= top LOOP
    UPDATE users SET active = true WHERE id >= lo AND id < lo + 5000;
    lo := lo + 5000;
    COMMIT;
  END LOOP;
END
$$;`,
      },
    },
    {
      name: 'a DO block that loops over rows and COMMITs per batch',
      files: {
        'V2__change.sql': `DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT id FROM users WHERE active IS NULL LOOP
    UPDATE users SET active = true WHERE id = r.id;
    COMMIT;
  END LOOP;
END
$$;`,
      },
    },
    {
      name: 'a loop that COMMITs after each tenant: the WHERE uses the loop variable',
      files: {
        'V2__change.sql': `DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT id FROM tenants ORDER BY id LOOP
    UPDATE invoices SET currency = 'EUR' WHERE tenant_id = t.id AND currency IS NULL;
    COMMIT;
  END LOOP;
END
$$;`,
      },
    },
    {
      name: 'a procedure that copies one day per iteration, by a parameter-driven loop',
      files: {
        'V2__change.sql': `CREATE PROCEDURE copy_events(first_day date) LANGUAGE plpgsql AS $$
DECLARE
  d date := first_day;
BEGIN
  WHILE d < current_date LOOP
    INSERT INTO events_new SELECT * FROM events WHERE created_on = d;
    d := d + 1;
    COMMIT;
  END LOOP;
END
$$;
CALL copy_events('2024-01-01');`,
      },
    },
    {
      name: 'a lookup by a PL/pgSQL variable',
      files: { 'V2__change.sql': 'DO $$\nDECLARE\n  v_id bigint := 42;\nBEGIN\n  DELETE FROM users WHERE id = v_id;\nEND\n$$;' },
    },
    {
      name: 'a table created by a migration that is new against the base',
      files: { 'V1__a.sql': USERS, 'V2__change.sql': 'UPDATE users SET active = true;\n' },
      base: {},
    },
    "INSERT INTO users (id, email) VALUES (1, 'a@example.com'), (2, 'b@example.com');",
    'INSERT INTO users_archive SELECT * FROM users ORDER BY id LIMIT 1000;',
    'INSERT INTO users_archive SELECT * FROM users WHERE id BETWEEN 1 AND 1000;',
    'INSERT INTO users_archive SELECT * FROM users WHERE id > 1000 AND id <= 2000;',
    'INSERT INTO counters (n) SELECT generate_series(1, 10);',
    'INSERT INTO counters (n) SELECT g FROM generate_series(1, 10) AS g;',
    'INSERT INTO users_archive SELECT * FROM (SELECT * FROM users ORDER BY id LIMIT 100) AS first_users;',
    { name: 'INSERT … SELECT from a table created in the same file', files: { 'V2__change.sql': 'CREATE TABLE staging (id int);\nINSERT INTO users (id) SELECT id FROM staging;\n' } },
    { name: 'a CTE name is not a table, even when it shadows one', files: { 'V2__change.sql': 'WITH users AS (SELECT 1 AS id)\nINSERT INTO audit (user_id) SELECT id FROM users;\n' } },
    { name: 'a function defined but never called', files: { 'V2__change.sql': FIX_USERS } },
    { name: 'a plain SELECT reads but copies nothing', files: { 'V2__change.sql': 'SELECT count(*) FROM users;\n' } },
    { name: 'CREATE TABLE … AS … WITH NO DATA copies nothing', files: { 'V2__change.sql': 'CREATE TABLE users_copy AS SELECT * FROM users WITH NO DATA;\n' } },
    {
      name: 'MERGE from a source bounded by a key range, joined on the target key',
      files: { 'V2__change.sql': 'MERGE INTO price p\nUSING (SELECT id, amount FROM price_import WHERE id >= 1 AND id < 5001) i ON p.id = i.id\nWHEN MATCHED THEN UPDATE SET amount = i.amount\nWHEN NOT MATCHED THEN INSERT (id, amount) VALUES (i.id, i.amount);' },
    },
    'MERGE INTO price p USING (SELECT id FROM price_import ORDER BY id LIMIT 5000) i ON p.id = i.id WHEN MATCHED THEN DELETE;',
    'MERGE INTO price p USING (VALUES (1, 9.5), (2, 3.0)) AS i (id, amount) ON i.id = p.id WHEN MATCHED THEN UPDATE SET amount = i.amount;',
    { name: 'MERGE looking up one key in ON', files: { 'V2__change.sql': 'MERGE INTO price p USING price_import i ON p.id = 42 AND i.id = 42 WHEN MATCHED THEN UPDATE SET amount = i.amount;' } },
    { name: 'MERGE whose only action is DO NOTHING writes no row', files: { 'V2__change.sql': 'MERGE INTO price p USING price_import i ON p.id = i.id WHEN MATCHED THEN DO NOTHING;' } },
    {
      name: 'MERGE … NOT MATCHED BY SOURCE bounded by its own condition',
      files: { 'V2__change.sql': 'MERGE INTO price p USING (VALUES (1)) AS i (id) ON p.id = i.id\nWHEN NOT MATCHED BY SOURCE AND p.id BETWEEN 1 AND 5000 THEN DELETE;' },
    },
    { name: 'MERGE into a table created in the same file', files: { 'V2__change.sql': 'CREATE TABLE price_new (id int PRIMARY KEY, amount numeric);\nMERGE INTO price_new p USING (SELECT 1 AS id) i ON p.id = i.id WHEN MATCHED THEN DELETE;\n' } },
    {
      name: 'MERGE in a DO loop that COMMITs, its source moving with a variable',
      files: {
        'V2__change.sql': `DO $$
DECLARE
  lo bigint := 0;
BEGIN
  WHILE lo < 1000000 LOOP
    MERGE INTO price p USING (SELECT id, amount FROM price_import WHERE id > lo AND id <= lo + 5000) i ON p.id = i.id
    WHEN MATCHED THEN UPDATE SET amount = i.amount
    WHEN NOT MATCHED THEN INSERT (id, amount) VALUES (i.id, i.amount);
    lo := lo + 5000;
    COMMIT;
  END LOOP;
END
$$;`,
      },
    },
    { name: 'EXPLAIN without ANALYZE does not run the statement', files: { 'V2__change.sql': 'EXPLAIN UPDATE users SET active = true;' } },
    { name: 'a bounded data-modifying CTE in a MERGE', files: { 'V2__change.sql': 'WITH gone AS (DELETE FROM sessions WHERE id = 7 RETURNING id)\nMERGE INTO price p USING gone g ON p.id = g.id WHEN MATCHED THEN DELETE;' } },
    {
      name: 'rollback files are not checked',
      files: { 'V1__a.sql': 'BEGIN;\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;\n', 'rollback/V1__rollback.sql': 'BEGIN;\nUPDATE users SET x = NULL;\nCOMMIT;\n' },
    },
  ],
  invalid: [
    {
      name: 'an equality on a column without a unique constraint may match many rows',
      files: {
        'V1__needs.sql': 'BEGIN;\nCREATE TABLE need (id serial PRIMARY KEY, need_key text NOT NULL, name text);\nALTER TABLE need ADD CONSTRAINT need_key_check CHECK (need_key <> \'\');\nCOMMIT;\n',
        'V2__rename_need.sql': "BEGIN;\nUPDATE need SET name = 'Recruit participants' WHERE need_key = 'ADVERTISE_MODEL';\nCOMMIT;\n",
      },
      errors: [{ file: 'V2__rename_need.sql', line: 2, column: 8, message: 'UPDATE on existing table need without a batch bound' }],
    },
    { code: 'UPDATE users SET active = true;', errors: [{ line: 1, column: 8, message: 'UPDATE on existing table users without a batch bound: one transaction rewrites every matching row and holds their row locks until COMMIT' }] },
    { code: 'BEGIN;\n  DELETE FROM users;\nCOMMIT;', errors: [{ line: 2, column: 15, message: 'DELETE on existing table users without a batch bound: one transaction deletes every matching row' }] },
    { code: 'UPDATE public.users SET active = true WHERE active IS NULL;', errors: [{ line: 1, column: 8, message: 'existing table users' }] },
    { code: 'UPDATE app.users SET active = true WHERE active IS NULL;', errors: [{ line: 1, column: 8, message: 'existing table app.users' }] },
    { name: 'a half-open range is no bound', code: "DELETE FROM events\nWHERE created_at < now() - interval '90 days';", errors: [{ line: 1, column: 13 }] },
    { code: 'UPDATE users SET active = true WHERE id > 100;', errors: [{ line: 1, column: 8 }] },
    { name: 'a range must be on one column', code: 'UPDATE users SET active = true WHERE id >= 1 AND score < 10;', errors: [{ line: 1, column: 8 }] },
    { name: 'an IN list on a non-key column', code: "UPDATE orders SET archived = true WHERE status IN ('done', 'cancelled');", errors: [{ line: 1, column: 8 }] },
    { name: 'an equality on a non-key column', code: "UPDATE orders SET archived = true WHERE status = 'done';", errors: [{ line: 1, column: 8 }] },
    {
      name: 'EXISTS (… LIMIT 1) does not bound the rows changed',
      code: 'UPDATE users SET active = false\nWHERE EXISTS (SELECT 1 FROM bans b WHERE b.user_id = users.id LIMIT 1);',
      errors: [{ line: 1, column: 8 }],
    },
    { name: 'IN (SELECT …) without LIMIT', code: 'DELETE FROM users WHERE id IN (SELECT user_id FROM bans);', errors: [{ line: 1, column: 13 }] },
    {
      name: 'only the sub-select’s own LIMIT counts',
      code: 'DELETE FROM users WHERE id IN (SELECT user_id FROM bans WHERE reason IN (SELECT reason FROM reasons LIMIT 1));',
      errors: [{ line: 1, column: 13 }],
    },
    { name: 'one unbounded side of OR', code: 'UPDATE users SET active = true WHERE id = 1 OR active IS NULL;', errors: [{ line: 1, column: 8 }] },
    {
      name: 'UPDATE … FROM: a join on the key is no lookup',
      code: 'UPDATE orders SET email = u.email\n  FROM users u\n WHERE orders.user_id = u.id;',
      errors: [{ line: 1, column: 8, message: 'existing table orders' }],
    },
    { name: 'a key compared with another column', code: 'UPDATE users SET active = true WHERE id = legacy_id;', errors: [{ line: 1, column: 8 }] },
    {
      name: 'a table created by an earlier migration is pre-existing without a base',
      files: { 'V1__a.sql': USERS, 'V2__change.sql': 'BEGIN;\nUPDATE users SET active = true;\nCOMMIT;\n' },
      errors: [{ file: 'V2__change.sql', line: 2, column: 8 }],
    },
    {
      name: 'a table created by a migration that is already at the base',
      files: { 'V1__a.sql': USERS, 'V2__change.sql': 'BEGIN;\nUPDATE users SET active = true;\nCOMMIT;\n' },
      base: { 'V1__a.sql': USERS },
      errors: [{ file: 'V2__change.sql', line: 2, column: 8 }],
    },
    {
      name: "the seed's V007 backfill",
      code: "BEGIN;\nALTER TABLE users ADD COLUMN IF NOT EXISTS preferences JSONB DEFAULT '{}';\n\nUPDATE users\nSET preferences = '{\"theme\": \"light\"}'::jsonb\nWHERE preferences = '{}'::jsonb;\nCOMMIT;\n",
      errors: [{ line: 4, column: 8, message: 'UPDATE on existing table users' }],
    },
    {
      name: "the seed's V011: INSERT … SELECT into a new table",
      files: { 'V11__partition_order_history.sql': SEED_V011 },
      errors: [{ line: 13, column: 15, message: 'INSERT … SELECT reads all of existing table order_status_history in one statement' }],
    },
    {
      name: "the seed's V012: two copies out of users",
      files: { 'V12__split_user_profile.sql': SEED_V012 },
      errors: [
        { line: 17, column: 6, message: 'reads all of existing table users' },
        { line: 21, column: 6, message: 'reads all of existing table users' },
      ],
    },
    {
      name: 'INSERT … SELECT through a CTE',
      code: 'WITH src AS (SELECT id, email FROM users)\nINSERT INTO contacts (user_id, email) SELECT id, email FROM src;',
      errors: [{ line: 1, column: 36, message: 'existing table users' }],
    },
    {
      name: 'INSERT … SELECT with a join reads the first table whole',
      code: 'INSERT INTO report (user_id, total)\nSELECT u.id, o.total FROM users u JOIN orders o ON o.user_id = u.id;',
      errors: [{ line: 2, column: 27, message: 'existing table users' }],
    },
    {
      name: 'INSERT … SELECT from a sub-select without LIMIT',
      code: 'INSERT INTO report SELECT * FROM (SELECT id FROM users WHERE active) AS s;',
      errors: [{ line: 1, column: 50 }],
    },
    {
      name: 'INSERT … SELECT … UNION',
      code: 'INSERT INTO everyone (id)\n(SELECT id FROM admins LIMIT 10)\nUNION ALL\nSELECT id FROM users;',
      errors: [{ line: 4, column: 16, message: 'existing table users' }],
    },
    {
      name: 'CREATE TABLE … AS SELECT',
      code: 'CREATE TABLE users_backup AS SELECT * FROM users;',
      errors: [{ line: 1, column: 44, message: 'CREATE TABLE … AS SELECT reads all of existing table users' }],
    },
    {
      name: 'SELECT … INTO',
      code: 'SELECT * INTO users_backup FROM users;',
      errors: [{ line: 1, column: 33, message: 'SELECT … INTO reads all of existing table users' }],
    },
    {
      name: 'a data-modifying CTE',
      code: 'WITH gone AS (\n  DELETE FROM sessions WHERE expires_at < now() RETURNING *\n)\nINSERT INTO sessions_archive SELECT * FROM gone;',
      errors: [{ line: 2, column: 15, message: 'DELETE on existing table sessions' }],
    },
    {
      name: 'DML inside a DO block, at its exact place in the file',
      code: 'BEGIN;\nDO $$\nBEGIN\n  IF true THEN\n      UPDATE users SET active = true WHERE active IS NULL;\n  END IF;\nEND\n$$;\nCOMMIT;',
      errors: [{ line: 5, column: 14, message: 'UPDATE on existing table users without a batch bound' }],
    },
    {
      name: 'a loop that COMMITs does not bound a statement that changes every row',
      code: `DO $$
DECLARE
  n bigint;
BEGIN
  LOOP
    DELETE FROM events WHERE created_at < now() - interval '1 year';
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
    COMMIT;
  END LOOP;
END
$$;`,
      errors: [{ line: 6, column: 17, message: 'DELETE on existing table events in a loop that COMMITs, but the statement is the same in every iteration' }],
    },
    {
      name: 'a per-tenant UPDATE in a loop that does not COMMIT is one transaction',
      code: `DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT id FROM tenants LOOP
    UPDATE invoices SET currency = 'EUR' WHERE tenant_id = t.id;
  END LOOP;
END
$$;`,
      errors: [{ line: 6, column: 12, message: 'UPDATE on existing table invoices without a batch bound' }],
    },
    {
      name: 'a bounded UPDATE repeated by a loop that does not COMMIT',
      code: `DO $$
DECLARE
  n int;
BEGIN
  LOOP
    UPDATE users SET active = true WHERE id IN (SELECT id FROM users WHERE active IS NULL LIMIT 1000);
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
  END LOOP;
END
$$;`,
      errors: [{ line: 6, column: 12, message: 'UPDATE on existing table users in a loop that does not COMMIT: each iteration is bounded, but they all run in one transaction' }],
    },
    {
      name: 'row-by-row UPDATE in a loop that does not COMMIT',
      code: 'DO $$\nDECLARE\n  r record;\nBEGIN\n  FOR r IN SELECT id FROM users LOOP\n    UPDATE users SET active = true WHERE id = r.id;\n  END LOOP;\nEND\n$$;',
      errors: [{ line: 6, column: 12, message: 'in a loop that does not COMMIT' }],
    },
    {
      name: 'a bounded copy repeated by a loop that does not COMMIT',
      code: 'DO $$\nDECLARE\n  lo bigint := 0;\nBEGIN\n  WHILE lo < 1000000 LOOP\n    INSERT INTO users_new SELECT * FROM users WHERE id >= lo AND id < lo + 5000;\n    lo := lo + 5000;\n  END LOOP;\nEND\n$$;',
      errors: [{ line: 6, column: 41, message: 'INSERT … SELECT from existing table users in a loop that does not COMMIT' }],
    },
    {
      name: 'a function called by SELECT, reported at the call',
      code: `BEGIN;\n${FIX_USERS}\nSELECT fix_users();\nCOMMIT;`,
      errors: [{ line: 7, column: 1, message: /UPDATE on existing table users .* \(in function fix_users at migrations\/V2__change\.sql:4, called here\)$/ }],
    },
    {
      name: 'a function called by PERFORM in a DO block',
      code: `BEGIN;\n${FIX_USERS}\nDO $$\nBEGIN\n  PERFORM fix_users();\nEND\n$$;\nCOMMIT;`,
      errors: [{ line: 9, column: 3, message: '(in function fix_users at migrations/V2__change.sql:4, called here)' }],
    },
    {
      name: 'a procedure called by CALL, defined by an earlier migration',
      files: {
        'V1__proc.sql': 'BEGIN;\nCREATE PROCEDURE purge_sessions() LANGUAGE sql AS $$\n  DELETE FROM sessions;\n$$;\nCOMMIT;\n',
        'V2__change.sql': 'BEGIN;\nCALL purge_sessions();\nCOMMIT;\n',
      },
      errors: [{ file: 'V2__change.sql', line: 2, column: 1, message: 'DELETE on existing table sessions without a batch bound: one transaction deletes every matching row and holds their row locks until COMMIT (concurrent writes to them wait), with a burst of WAL, bloat and replication lag (in procedure purge_sessions at migrations/V1__proc.sql:3, called here)' }],
    },
    {
      name: 'a procedure called by CALL inside a DO block',
      files: {
        'V1__proc.sql': 'BEGIN;\nCREATE PROCEDURE purge_sessions() LANGUAGE plpgsql AS $$\nBEGIN\n  DELETE FROM sessions;\nEND\n$$;\nCOMMIT;\n',
        'V2__change.sql': 'DO $$\nBEGIN\n    CALL purge_sessions();\nEND\n$$;\n',
      },
      errors: [{ file: 'V2__change.sql', line: 3, column: 5, message: 'migrations/V1__proc.sql:4' }],
    },
    {
      name: 'MERGE … WHEN MATCHED THEN UPDATE over a whole existing table (issue #12)',
      code: `BEGIN;\n${MERGE_PRICES};\nCOMMIT;`,
      errors: [{ line: 2, column: 12, message: 'MERGE … WHEN MATCHED THEN UPDATE on existing table price without a batch bound: one transaction rewrites every matching row and holds their row locks until COMMIT' }],
    },
    {
      name: 'MERGE … WHEN MATCHED THEN DELETE',
      code: 'MERGE INTO price p USING price_import i ON p.id = i.id WHEN MATCHED THEN DELETE;',
      errors: [{ line: 1, column: 12, message: 'MERGE … WHEN MATCHED THEN DELETE on existing table price without a batch bound: one transaction deletes every matching row' }],
    },
    {
      name: 'MERGE: a bounded source joined on a column that is not a key',
      code: 'MERGE INTO price p USING (SELECT sku FROM price_import LIMIT 100) i ON p.sku = i.sku WHEN MATCHED THEN DELETE;',
      errors: [{ line: 1, column: 12, message: 'MERGE … WHEN MATCHED THEN DELETE on existing table price' }],
    },
    {
      name: 'MERGE … NOT MATCHED BY SOURCE: a small source does not bound it',
      code: 'MERGE INTO price p USING (VALUES (1)) AS i (id) ON p.id = i.id\nWHEN MATCHED THEN DO NOTHING\nWHEN NOT MATCHED BY SOURCE THEN DELETE;',
      errors: [{ line: 1, column: 12, message: 'MERGE … WHEN NOT MATCHED BY SOURCE THEN DELETE on existing table price without a batch bound' }],
    },
    {
      name: 'MERGE … WHEN NOT MATCHED THEN INSERT copies a whole existing table',
      code: 'MERGE INTO price_new p\nUSING price_import i ON p.id = i.id\nWHEN NOT MATCHED THEN INSERT (id, amount) VALUES (i.id, i.amount);',
      errors: [{ line: 2, column: 7, message: 'MERGE … WHEN NOT MATCHED THEN INSERT reads all of existing table price_import in one statement' }],
    },
    {
      name: 'MERGE … RETURNING (PostgreSQL 17+)',
      code: 'MERGE INTO price p USING price_import i ON p.id = i.id\nWHEN MATCHED THEN UPDATE SET amount = i.amount\nRETURNING merge_action(), p.id;',
      errors: [{ line: 1, column: 12, message: 'MERGE … WHEN MATCHED THEN UPDATE on existing table price' }],
    },
    {
      name: 'a data-modifying CTE that MERGEs (PostgreSQL 17+)',
      code: `WITH merged AS (\n  ${MERGE_PRICES}\n  RETURNING merge_action() AS action\n)\nSELECT action, count(*) FROM merged GROUP BY action;`,
      errors: [{ line: 2, column: 14, message: 'MERGE … WHEN MATCHED THEN UPDATE on existing table price' }],
    },
    {
      name: 'a data-modifying CTE in a MERGE',
      code: 'WITH gone AS (DELETE FROM sessions RETURNING id)\nMERGE INTO price p USING gone g ON p.id = g.id WHEN MATCHED THEN DELETE;',
      errors: [{ line: 1, column: 27, message: 'DELETE on existing table sessions without a batch bound' }],
    },
    {
      name: 'a chain of data-modifying CTEs: each one counts',
      code: 'WITH moved AS (\n  UPDATE orders SET archived = true RETURNING id\n), gone AS (\n  DELETE FROM order_lines WHERE order_id IN (SELECT id FROM moved) RETURNING *\n)\nINSERT INTO order_lines_archive SELECT * FROM gone;',
      errors: [
        { line: 2, column: 10, message: 'UPDATE on existing table orders' },
        { line: 4, column: 15, message: 'DELETE on existing table order_lines' },
      ],
    },
    {
      name: 'EXPLAIN ANALYZE runs the statement',
      code: 'EXPLAIN (ANALYZE, COSTS OFF) UPDATE users SET active = true;',
      errors: [{ line: 1, column: 37, message: 'UPDATE on existing table users without a batch bound' }],
    },
    {
      name: 'COPY (DELETE … RETURNING) TO runs the DELETE',
      code: 'COPY (DELETE FROM sessions RETURNING *) TO STDOUT;',
      errors: [{ line: 1, column: 19, message: 'DELETE on existing table sessions without a batch bound' }],
    },
    {
      name: 'MERGE inside a DO block, at its exact place in the file',
      code: `DO $$\nBEGIN\n  ${MERGE_PRICES};\nEND\n$$;`,
      errors: [{ line: 3, column: 14, message: 'MERGE … WHEN MATCHED THEN UPDATE on existing table price without a batch bound' }],
    },
    {
      name: 'MERGE in a loop that COMMITs, the same in every iteration',
      code: `DO $$\nBEGIN\n  LOOP\n    ${MERGE_PRICES};\n    EXIT WHEN NOT FOUND;\n    COMMIT;\n  END LOOP;\nEND\n$$;`,
      errors: [{ line: 4, column: 16, message: 'MERGE … WHEN MATCHED THEN UPDATE on existing table price in a loop that COMMITs, but the statement is the same in every iteration' }],
    },
    {
      name: 'a bounded MERGE repeated by a loop that does not COMMIT',
      code: 'DO $$\nDECLARE\n  lo bigint := 0;\nBEGIN\n  WHILE lo < 1000000 LOOP\n    MERGE INTO price p USING (SELECT id FROM price_import WHERE id > lo AND id <= lo + 5000) i ON p.id = i.id WHEN MATCHED THEN DELETE;\n    lo := lo + 5000;\n  END LOOP;\nEND\n$$;',
      errors: [{ line: 6, column: 16, message: 'MERGE … WHEN MATCHED THEN DELETE on existing table price in a loop that does not COMMIT' }],
    },
    {
      name: 'a SQL function that MERGEs, created and called by the migration',
      code: `BEGIN;\n${MERGE_FN}\nSELECT sync_prices();\nCOMMIT;`,
      errors: [{ line: 6, column: 1, message: /^MERGE … WHEN MATCHED THEN DELETE on existing table price .* \(in function sync_prices at migrations\/V2__change\.sql:3, called here\)$/ }],
    },
    {
      name: 'a PL/pgSQL procedure that MERGEs, called from a DO block',
      code: `CREATE PROCEDURE sync_prices() LANGUAGE plpgsql AS $$\nBEGIN\n  ${MERGE_PRICES};\nEND\n$$;\nDO $$\nBEGIN\n  CALL sync_prices();\nEND\n$$;`,
      errors: [{ line: 10, column: 3, message: '(in procedure sync_prices at migrations/V2__change.sql:3, called here)' }],
    },
    {
      name: 'a BEGIN ATOMIC function that MERGEs, created and called by the migration',
      code: 'CREATE FUNCTION purge_prices() RETURNS void LANGUAGE sql\nBEGIN ATOMIC\n  MERGE INTO price p USING price_import i ON p.id = i.id WHEN MATCHED THEN DELETE;\nEND;\nSELECT purge_prices();',
      errors: [{ line: 5, column: 1, message: /^MERGE … WHEN MATCHED THEN DELETE on existing table price .* \(in function purge_prices at migrations\/V2__change\.sql:3, called here\)$/ }],
    },
    {
      name: 'repeatable migrations are checked',
      files: { 'R__cleanup.sql': 'DELETE FROM sessions;\n' },
      errors: [{ file: 'R__cleanup.sql', line: 1, column: 13 }],
    },
  ],
});

// What the MERGE messages claim, measured: the lock MERGE takes on its target (the parser opens the
// target like UPDATE's, ROW EXCLUSIVE: parse_merge.c transformMergeStmt → setTargetTable), that each
// matched row is written again by the transaction, and (on the server, which has a second session)
// that the rows it changed stay locked until COMMIT, while DO NOTHING locks none.
describeEachEngine('MERGE on PostgreSQL', (engine) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await engine.scratch();
    await s.db.exec(`CREATE TABLE price (id int PRIMARY KEY, amount numeric);
CREATE TABLE price_import (id int PRIMARY KEY, amount numeric);
INSERT INTO price SELECT g, 1 FROM generate_series(1, 100) AS g;
INSERT INTO price_import SELECT g, 2 FROM generate_series(1, 100) AS g;`);
  });
  afterAll(async () => {
    await s.dispose();
  });

  it('takes ROW EXCLUSIVE on the target and writes every matched row again', async () => {
    await s.db.exec('BEGIN');
    try {
      await s.db.exec(MERGE_PRICES);
      const locks = await s.db.query(
        `SELECT c.relname, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE l.pid = pg_backend_pid() AND c.relname IN ('price', 'price_import') ORDER BY 1`,
      );
      expect(locks.rows).toEqual([
        { relname: 'price', mode: 'RowExclusiveLock' },
        { relname: 'price_import', mode: 'AccessShareLock' },
      ]);
      const rewritten = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM price WHERE xmin = pg_current_xact_id()::xid');
      expect(rewritten.rows[0]!.n).toBe(100);
    } finally {
      await s.db.exec('ROLLBACK');
    }
  });

  if (engine.url) {
    const url = engine.url;
    it('holds the row locks of UPDATE and DELETE actions until COMMIT; DO NOTHING takes none', async () => {
      const name = (await s.db.query<{ d: string }>('SELECT current_database() AS d')).rows[0]!.d;
      const other = await connect(withDatabase(url, name));
      const lockFromOther = async () => {
        try {
          await other.exec('BEGIN');
          await other.exec('SELECT 1 FROM price WHERE id = 7 FOR UPDATE NOWAIT');
          return 'free';
        } catch (e) {
          return asDbError(e)?.code;
        } finally {
          await other.exec('ROLLBACK');
        }
      };
      try {
        for (const action of ['UPDATE SET amount = i.amount', 'DELETE', 'DO NOTHING']) {
          await s.db.exec('BEGIN');
          try {
            await s.db.exec(`MERGE INTO price p USING price_import i ON p.id = i.id WHEN MATCHED THEN ${action}`);
            // 55P03 lock_not_available: the row is locked by the MERGE's transaction.
            expect([action, await lockFromOther()]).toEqual([action, action === 'DO NOTHING' ? 'free' : '55P03']);
          } finally {
            await s.db.exec('ROLLBACK');
          }
        }
        await expect(lockFromOther()).resolves.toBe('free');
      } finally {
        await other.close();
      }
    });
  }
});
