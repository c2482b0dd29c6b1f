import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/set-not-null.js';
import { rules } from '../../rules/index.js';
import { lintSpec, ruleTester } from '../helpers/rule-tester.js';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8');
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

  it('the safe pattern trips none of the lock rules of its family', () => {
    const mine = rules.filter((r) => ['set-not-null', 'column-type-change', 'volatile-default'].includes(r.meta.id));
    expect(lintSpec({ files: safe }, mine)).toEqual([]);
  });
});
