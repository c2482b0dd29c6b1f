import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/set-not-null.js';
import { rules } from '../../rules/index.js';
import { lintSpec, ruleTester } from '../helpers/rule-tester.js';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8');
const parcel = (check = '') => `CREATE TABLE parcel (id int, weight int${check ? `, ${check}` : ''});`;
const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text NOT NULL);';

/** The safe pattern, one step per migration. */
const safe = {
  'V1__users.sql': users,
  'V2__email_check.sql': 'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;',
  'V3__validate.sql': 'ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;',
  'V4__set_not_null.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\nALTER TABLE users DROP CONSTRAINT users_email_not_null;',
};

ruleTester(rule, {
  valid: [
    { name: 'the safe pattern: NOT VALID check, VALIDATE in a later migration, then SET NOT NULL', files: safe },
    {
      name: 'VALIDATE and SET NOT NULL in the same migration, after a check added by an earlier one',
      files: {
        'V1__users.sql': users,
        'V2__email_check.sql': 'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;',
        'V3__set_not_null.sql': 'ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      },
    },
    {
      name: 'a validated check from CREATE TABLE in an earlier migration',
      files: { 'V1__t.sql': 'CREATE TABLE t (a int, CHECK (a IS NOT NULL));', 'V2__nn.sql': 'ALTER TABLE t ALTER COLUMN a SET NOT NULL;' },
    },
    {
      name: 'a renamed check and column are followed',
      files: {
        'V1__t.sql': 'CREATE TABLE t (a int, CONSTRAINT a_nn CHECK (a IS NOT NULL));',
        'V2__rename.sql': 'ALTER TABLE t RENAME CONSTRAINT a_nn TO b_nn;\nALTER TABLE t RENAME COLUMN a TO b;',
        'V3__nn.sql': 'ALTER TABLE t ALTER b SET NOT NULL;',
      },
    },
    // CHECKs that PostgreSQL's proof accepts (measured in test/db/not-null-proof.test.ts)
    {
      name: 'a validated CHECK (weight IS NOT NULL AND weight > 0)',
      files: { 'V1__parcel.sql': parcel('CHECK (weight IS NOT NULL AND weight > 0)'), 'V2__nn.sql': 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL;' },
    },
    {
      name: 'NOT (weight IS NULL), nested in an AND',
      files: { 'V1__parcel.sql': parcel('CHECK (id > 0 AND (NOT (weight IS NULL) AND weight < 100))'), 'V2__nn.sql': 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL;' },
    },
    {
      name: 'an OR whose every branch proves it',
      files: { 'V1__parcel.sql': parcel('CHECK ((weight IS NOT NULL AND id > 0) OR (weight IS NOT NULL AND id < 0))'), 'V2__nn.sql': 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL;' },
    },
    {
      name: 'a compound CHECK added NOT VALID and validated by earlier migrations',
      files: {
        'V1__parcel.sql': parcel(),
        'V2__check.sql': 'ALTER TABLE parcel ADD CONSTRAINT parcel_weight_positive CHECK (weight IS NOT NULL AND weight > 0) NOT VALID;',
        'V3__validate.sql': 'ALTER TABLE parcel VALIDATE CONSTRAINT parcel_weight_positive;',
        'V4__nn.sql': 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL;',
      },
    },
    {
      name: 'a compound CHECK on a column renamed since',
      files: {
        'V1__parcel.sql': 'CREATE TABLE parcel (id int, w int, CHECK (w > 0 AND w IS NOT NULL));',
        'V2__rename.sql': 'ALTER TABLE parcel RENAME COLUMN w TO weight;',
        'V3__nn.sql': 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL;',
      },
    },
    {
      name: 'of two unnamed CHECKs of one statement, the one that names only the column proves it',
      files: {
        'V1__t.sql': 'CREATE TABLE t (a int, b int, CHECK (a IS NOT NULL AND a > 0), CHECK (b > 0 AND a > 0));',
        'V2__nn.sql': 'ALTER TABLE t ALTER COLUMN a SET NOT NULL;',
      },
    },
    // PRIMARY KEY: nothing to scan when its columns are NOT NULL or proven so
    {
      name: 'PRIMARY KEY USING INDEX on a NOT NULL column',
      files: {
        'V1__parcel.sql': 'CREATE TABLE parcel (id int NOT NULL, weight int);',
        'V2__idx.sql': 'CREATE UNIQUE INDEX CONCURRENTLY parcel_id_idx ON parcel (id);',
        'V3__pk.sql': 'ALTER TABLE parcel ADD CONSTRAINT parcel_pk PRIMARY KEY USING INDEX parcel_id_idx;',
      },
    },
    {
      name: 'PRIMARY KEY USING INDEX after a validated CHECK (id IS NOT NULL)',
      files: {
        'V1__parcel.sql': parcel('CHECK (id IS NOT NULL AND id > 0)'),
        'V2__idx.sql': 'CREATE UNIQUE INDEX CONCURRENTLY parcel_id_idx ON parcel (id);',
        'V3__pk.sql': 'ALTER TABLE parcel ADD CONSTRAINT parcel_pk PRIMARY KEY USING INDEX parcel_id_idx;',
      },
    },
    {
      name: 'UNIQUE USING INDEX does not set NOT NULL',
      files: {
        'V1__parcel.sql': parcel(),
        'V2__idx.sql': 'CREATE UNIQUE INDEX CONCURRENTLY parcel_id_idx ON parcel (id);',
        'V3__u.sql': 'ALTER TABLE parcel ADD CONSTRAINT parcel_id_key UNIQUE USING INDEX parcel_id_idx;',
      },
    },
    {
      name: 'USING INDEX on a partitioned table is unique-constraint-without-index\'s (PostgreSQL rejects it)',
      files: {
        'V1__m.sql': 'CREATE TABLE m (id int, at date) PARTITION BY RANGE (at);\nCREATE UNIQUE INDEX m_idx ON m (id, at);',
        'V2__pk.sql': 'ALTER TABLE m ADD CONSTRAINT m_pk PRIMARY KEY USING INDEX m_idx;',
      },
    },
    // columns the catalog does not know: usually NOT NULL already (users is not created by these migrations)
    'ALTER TABLE users ADD PRIMARY KEY (id);',
    'ALTER TABLE users ADD CONSTRAINT users_pk PRIMARY KEY USING INDEX users_id_idx;',
    // tables created in the same file
    'CREATE TABLE t (a int);\nALTER TABLE t ALTER COLUMN a SET NOT NULL;',
    'CREATE TABLE t_new (a int);\nALTER TABLE t_new RENAME TO t;\nALTER TABLE t ALTER COLUMN a SET NOT NULL;',
    {
      name: 'with --base, a table created by another new migration',
      base: { 'V1__users.sql': users },
      files: { 'V1__users.sql': users, 'V2__t.sql': 'CREATE TABLE t (a int);', 'V3__nn.sql': 'ALTER TABLE t ALTER COLUMN a SET NOT NULL;' },
    },
    // a column that is already NOT NULL: PostgreSQL does nothing
    { name: 'already NOT NULL', files: { 'V1__users.sql': users, 'V2__nn.sql': 'ALTER TABLE users ALTER COLUMN name SET NOT NULL;' } },
    // other ALTER COLUMN forms
    'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;',
    'ALTER TABLE users ADD CONSTRAINT users_email_nn NOT NULL email NOT VALID;',
    'ALTER FOREIGN TABLE remote_users ALTER COLUMN email SET NOT NULL;',
    // dynamic SQL: the linter cannot see it
    "DO $$\nBEGIN\n  EXECUTE 'ALTER TABLE users ALTER COLUMN email SET NOT NULL';\nEND $$;",
  ],
  invalid: [
    { code: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;', errors: [{ line: 1, column: 32, message: 'ALTER COLUMN email SET NOT NULL on existing table users takes an ACCESS EXCLUSIVE lock and scans the whole table' }] },
    { code: 'ALTER TABLE billing.invoices\n  ALTER total SET NOT NULL;', errors: [{ line: 2, column: 9, message: 'existing table billing.invoices' }] },
    {
      name: 'each SET NOT NULL of one statement is pointed at',
      code: 'ALTER TABLE users\n  ALTER COLUMN email SET NOT NULL,\n  ALTER COLUMN "Name" SET NOT NULL;',
      errors: [
        { line: 2, column: 16, message: 'ALTER COLUMN email SET' },
        { line: 3, column: 16, message: 'ALTER COLUMN Name SET' },
      ],
    },
    {
      name: 'a comment between the column and SET NOT NULL',
      code: 'ALTER TABLE users ALTER COLUMN email /* now required */ SET NOT NULL;',
      errors: [{ line: 1, column: 32 }],
    },
    {
      name: 'a column added to an existing table in the same file: the scan still reads the whole table',
      code: 'ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = \'free\' WHERE id < 100;\nALTER TABLE users ALTER COLUMN plan SET NOT NULL;',
      errors: [{ line: 3, column: 32 }],
    },
    {
      name: 'a table created by an earlier migration (no --base)',
      files: { 'V1__users.sql': users, 'V2__nn.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;' },
      errors: [{ file: 'V2__nn.sql', line: 1, column: 32 }],
    },
    {
      name: 'the check is still NOT VALID',
      files: {
        'V1__users.sql': users,
        'V2__check.sql': 'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;',
        'V3__nn.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      },
      errors: [{ file: 'V3__nn.sql', line: 1, column: 32, message: 'CHECK users_email_not_null is still NOT VALID' }],
    },
    {
      name: 'check, VALIDATE and SET NOT NULL all in one migration',
      code: [
        'BEGIN;',
        'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;',
        'ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;',
        'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
        'COMMIT;',
      ].join('\n'),
      errors: [{ line: 4, column: 32, message: 'comes from this migration' }],
    },
    {
      name: 'a check on another column does not help',
      files: {
        'V1__t.sql': 'CREATE TABLE t (a int, b int, CHECK (a IS NOT NULL));',
        'V2__nn.sql': 'ALTER TABLE t ALTER COLUMN b SET NOT NULL;',
      },
      errors: [{ file: 'V2__nn.sql', line: 1, column: 28 }],
    },
    {
      name: 'a dropped check does not help',
      files: {
        'V1__t.sql': 'CREATE TABLE t (a int, CONSTRAINT a_nn CHECK (a IS NOT NULL));',
        'V2__drop.sql': 'ALTER TABLE t DROP CONSTRAINT a_nn;',
        'V3__nn.sql': 'ALTER TABLE t ALTER COLUMN a SET NOT NULL;',
      },
      errors: [{ file: 'V3__nn.sql', line: 1, column: 28 }],
    },
    {
      name: 'a pre-existing table renamed in the same file is still pre-existing',
      code: 'ALTER TABLE users RENAME TO members;\nALTER TABLE members ALTER COLUMN email SET NOT NULL;',
      errors: [{ line: 2, column: 34, message: 'existing table members' }],
    },
    // CHECKs that PostgreSQL's proof does not accept (measured in test/db/not-null-proof.test.ts)
    {
      name: 'CHECK (weight > 0) alone lets NULLs in: a CHECK passes when it is NULL',
      files: { 'V1__parcel.sql': parcel('CHECK (weight > 0)'), 'V2__nn.sql': 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL;' },
      errors: [{ file: 'V2__nn.sql', line: 1, column: 33, message: 'ALTER COLUMN weight SET NOT NULL on existing table parcel takes an ACCESS EXCLUSIVE lock' }],
    },
    {
      name: 'an OR with a branch that does not prove it',
      files: { 'V1__parcel.sql': parcel('CHECK (weight IS NOT NULL OR id > 0)'), 'V2__nn.sql': 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL;' },
      errors: [{ file: 'V2__nn.sql', line: 1, column: 33 }],
    },
    {
      name: 'IN, BETWEEN, coalesce: NULL passes each of them',
      files: {
        'V1__parcel.sql': 'CREATE TABLE parcel (id int, weight int, size int, CHECK (weight IN (1, 2)), CHECK (size BETWEEN 1 AND 9), CHECK (coalesce(id, 0) > 0));',
        'V2__nn.sql': 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL, ALTER COLUMN size SET NOT NULL, ALTER COLUMN id SET NOT NULL;',
      },
      errors: [
        { file: 'V2__nn.sql', line: 1, column: 33 },
        { file: 'V2__nn.sql', line: 1, column: 67 },
        { file: 'V2__nn.sql', line: 1, column: 99 },
      ],
    },
    {
      name: "a composite column's CHECK (col IS NOT NULL) is a row test",
      files: {
        'V1__pair.sql': 'CREATE TYPE pair AS (x int, y int);',
        'V2__parcel.sql': 'CREATE TABLE parcel (id int, weight pair, CHECK (weight IS NOT NULL));',
        'V3__nn.sql': 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL;',
      },
      errors: [{ file: 'V3__nn.sql', line: 1, column: 33 }],
    },
    {
      name: 'a compound CHECK still NOT VALID is named',
      files: {
        'V1__parcel.sql': parcel(),
        'V2__check.sql': 'ALTER TABLE parcel ADD CONSTRAINT parcel_weight_positive CHECK (weight IS NOT NULL AND weight > 0) NOT VALID;',
        'V3__nn.sql': 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL;',
      },
      errors: [{ file: 'V3__nn.sql', line: 1, column: 33, message: 'CHECK parcel_weight_positive is still NOT VALID' }],
    },
    {
      name: 'of two unnamed CHECKs of one statement, neither proves the other column',
      files: {
        'V1__t.sql': 'CREATE TABLE t (a int, b int, CHECK (a IS NOT NULL AND a > 0), CHECK (b > 0 AND a > 0));',
        'V2__nn.sql': 'ALTER TABLE t ALTER COLUMN b SET NOT NULL;',
      },
      errors: [{ file: 'V2__nn.sql', line: 1, column: 28 }],
    },
    // PRIMARY KEY on a nullable column sets it NOT NULL first, with the same scan
    {
      name: 'PRIMARY KEY USING INDEX on a nullable column',
      files: {
        'V1__parcel.sql': parcel(),
        'V2__idx.sql': 'CREATE UNIQUE INDEX CONCURRENTLY parcel_id_idx ON parcel (id);',
        'V3__pk.sql': 'ALTER TABLE parcel ADD CONSTRAINT parcel_pk PRIMARY KEY USING INDEX parcel_id_idx;',
      },
      errors: [{ file: 'V3__pk.sql', line: 1, column: 24, message: 'ADD PRIMARY KEY USING INDEX on existing table parcel sets nullable column id NOT NULL, which takes an ACCESS EXCLUSIVE lock and scans the whole table for NULLs' }],
    },
    {
      name: 'PRIMARY KEY (…) on nullable columns',
      files: { 'V1__t.sql': 'CREATE TABLE t (a int, b int NOT NULL, c int);', 'V2__pk.sql': 'ALTER TABLE t ADD PRIMARY KEY (a, b, c);' },
      errors: [{ file: 'V2__pk.sql', line: 1, column: 19, message: 'ADD PRIMARY KEY on existing table t sets nullable columns a, c NOT NULL' }],
    },
    {
      name: 'SET NOT NULL and PRIMARY KEY in one statement: one finding for the one scan',
      files: { 'V1__t.sql': 'CREATE TABLE t (a int, b int);', 'V2__pk.sql': 'ALTER TABLE t ALTER COLUMN a SET NOT NULL, ADD PRIMARY KEY (a);' },
      errors: [{ file: 'V2__pk.sql', line: 1, column: 28, message: 'ALTER COLUMN a SET NOT NULL' }],
    },
    {
      name: 'PRIMARY KEY USING INDEX with a CHECK still NOT VALID',
      files: {
        'V1__parcel.sql': parcel(),
        'V2__check.sql': 'ALTER TABLE parcel ADD CONSTRAINT parcel_id_nn CHECK (id IS NOT NULL) NOT VALID;\nCREATE UNIQUE INDEX CONCURRENTLY parcel_id_idx ON parcel (id);',
        'V3__pk.sql': 'ALTER TABLE parcel ADD CONSTRAINT parcel_pk PRIMARY KEY USING INDEX parcel_id_idx;',
      },
      errors: [{ file: 'V3__pk.sql', line: 1, column: 24, message: 'CHECK parcel_id_nn is still NOT VALID' }],
    },
    {
      name: 'PostgreSQL 18 ADD CONSTRAINT … NOT NULL without NOT VALID scans too',
      code: 'ALTER TABLE users ADD CONSTRAINT users_email_nn NOT NULL email;',
      errors: [{ line: 1, column: 13, message: 'ADD CONSTRAINT … NOT NULL email on existing table users' }],
    },
    {
      name: 'inside a DO block',
      code: 'DO $$\nBEGIN\n  ALTER TABLE users ALTER COLUMN email SET NOT NULL;\nEND $$;',
      errors: [{ line: 3, column: 34 }],
    },
    {
      name: 'seed V007: SET NOT NULL on users after the backfill',
      files: { 'V007__add_user_preferences.sql': seed('V007__add_user_preferences.sql') },
      errors: [{ line: 15, column: 14, message: 'ALTER COLUMN preferences SET NOT NULL on existing table users' }],
    },
    {
      name: 'seed V008: SET NOT NULL on products after the copy',
      files: { 'V008__rename_product_title.sql': seed('V008__rename_product_title.sql') },
      errors: [{ line: 15, column: 14, message: 'ALTER COLUMN name SET NOT NULL on existing table products' }],
    },
  ],
});

describe('set-not-null help', () => {
  it('names the column in the safe pattern', () => {
    const [f] = lintSpec({ files: { 'V2__a.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;' } }, [rule]);
    expect(f!.help).toBe(
      'Add CONSTRAINT … CHECK (email IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the CHECK.',
    );
  });

  it('for PRIMARY KEY, names the columns to prove NOT NULL first', () => {
    const [f] = lintSpec({ files: { 'V1__t.sql': 'CREATE TABLE t (a int, b int);', 'V2__pk.sql': 'ALTER TABLE t ADD PRIMARY KEY (a, b);' } }, [rule]);
    expect(f!.help).toBe(
      'Make a, b NOT NULL first: ADD CONSTRAINT … CHECK (a IS NOT NULL AND b IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration; the PRIMARY KEY then skips the scan (PostgreSQL 12+).',
    );
  });

  it('the safe pattern trips none of the lock rules of its family', () => {
    const mine = rules.filter((r) => ['set-not-null', 'column-type-change', 'volatile-default'].includes(r.meta.id));
    expect(lintSpec({ files: safe }, mine)).toEqual([]);
  });
});
