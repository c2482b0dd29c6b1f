import { describe, expect, it } from 'vitest';
import rule from '../../rules/breaking-drop.js';
import { lintSpec, ruleTester, type ProjectSpec } from '../helpers/rule-tester.js';

const PRODUCTS = 'BEGIN;\nCREATE TABLE products (id bigint PRIMARY KEY, title text NOT NULL, name text);\nCOMMIT;\n';

/** Expand/contract, contract step: the application stopped using the column in an earlier release. */
const CONTRACT: ProjectSpec & { name: string } = {
  name: 'contract step, suppressed with the reason',
  files: {
    'V1__products.sql': PRODUCTS,
    'V2__drop_title.sql': [
      'BEGIN;',
      '',
      "SET LOCAL lock_timeout = '5s';",
      '',
      '-- migration-guard-ignore breaking-drop: release 4.2 reads and writes name only',
      'ALTER TABLE products DROP COLUMN title;',
      '',
      'COMMIT;',
      '',
    ].join('\n'),
  },
};
/** Changing a view's columns: drop and create it again in one transaction. */
const RECREATE_VIEW: ProjectSpec & { name: string } = {
  name: 'a view dropped and created again in one transaction',
  files: {
    'V1__products.sql': 'BEGIN;\nCREATE TABLE products (id bigint PRIMARY KEY, title text NOT NULL, name text);\nCREATE VIEW product_names AS SELECT id, title FROM products;\nCOMMIT;\n',
    'V2__view.sql': [
      'BEGIN;',
      '',
      "SET LOCAL lock_timeout = '5s';",
      '',
      'DROP VIEW product_names;',
      'CREATE VIEW product_names AS SELECT id, name AS title, name FROM products;',
      '',
      'COMMIT;',
      '',
    ].join('\n'),
  },
};

ruleTester(rule, {
  valid: [
    { name: 'DROP … IF EXISTS of a table no migration created, created again in the same file', files: { 'V2__change.sql': 'DROP TABLE IF EXISTS archives;\nCREATE TABLE archives (id int);' } },
    CONTRACT,
    RECREATE_VIEW,
    // created earlier in the same migration
    'BEGIN;\nCREATE TABLE tmp_import (id int);\nDROP TABLE tmp_import;\nCOMMIT;',
    'BEGIN;\nALTER TABLE users ADD COLUMN tmp int;\nALTER TABLE users DROP COLUMN tmp;\nCOMMIT;',
    {
      name: 'a column renamed to *_old by the change, then dropped: the application never used that name (breaking-rename reports the rename)',
      files: {
        'V1__users.sql': 'BEGIN;\nCREATE TABLE users (id int, user_id text);\nCOMMIT;',
        'V2__uuid_ids.sql': 'BEGIN;\nALTER TABLE users RENAME COLUMN user_id TO user_id_old;\nALTER TABLE users ADD COLUMN user_id uuid;\nALTER TABLE users DROP COLUMN user_id_old;\nCOMMIT;',
      },
    },
    'BEGIN;\nCREATE VIEW v AS SELECT 1 AS x;\nDROP VIEW v;\nCOMMIT;',
    'BEGIN;\nCREATE MATERIALIZED VIEW mv AS SELECT 1 AS x;\nDROP MATERIALIZED VIEW mv;\nCOMMIT;',
    "BEGIN;\nCREATE TYPE mood AS ENUM ('ok');\nDROP TYPE mood;\nCOMMIT;",
    'BEGIN;\nCREATE DOMAIN email AS text;\nDROP DOMAIN email;\nCOMMIT;',
    'BEGIN;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\nDROP FUNCTION f();\nCOMMIT;',
    // dropped and created again in the same transaction: nobody sees it missing
    'BEGIN;\nDROP FUNCTION IF EXISTS order_total(bigint);\nCREATE FUNCTION order_total(o bigint) RETURNS numeric LANGUAGE sql AS $$ SELECT 0::numeric $$;\nCOMMIT;',
    'BEGIN;\nDROP MATERIALIZED VIEW daily_totals;\nCREATE MATERIALIZED VIEW daily_totals AS SELECT 1 AS total;\nCOMMIT;',
    "BEGIN;\nDROP TYPE IF EXISTS mood;\nCREATE TYPE mood AS ENUM ('ok', 'meh');\nCOMMIT;",
    { files: { 'V2__v.sql': 'DROP VIEW v;\nCREATE VIEW v AS SELECT 1 AS x;' }, settings: { transactions: 'runner' } },
    // dropped and created again inside the transaction COMMIT AND CHAIN started
    'BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nDROP VIEW v;\nCREATE VIEW v AS SELECT 1 AS x;\nCOMMIT;',
    // not this rule's business
    'DROP INDEX CONCURRENTLY idx_users_email;',
    'ALTER TABLE users DROP CONSTRAINT users_email_key;',
    'DROP TRIGGER users_touch ON users;',
    'ALTER TYPE address DROP ATTRIBUTE zip;',
    'ALTER TABLE users ALTER COLUMN email DROP DEFAULT, ALTER COLUMN email DROP NOT NULL;',
    // dynamic SQL
    "DO $$\nBEGIN\n  EXECUTE 'DROP TABLE legacy';\nEND $$;",
    // with --base, another migration new in the change set created it
    {
      name: 'created by another migration of the change set',
      base: { 'V1__products.sql': PRODUCTS },
      files: { 'V1__products.sql': PRODUCTS, 'V2__tmp.sql': 'CREATE TABLE tmp_prices (id int, price numeric);', 'V3__drop.sql': 'DROP TABLE tmp_prices;' },
    },
    {
      name: 'a column added by another migration of the change set',
      base: { 'V1__products.sql': PRODUCTS },
      files: { 'V1__products.sql': PRODUCTS, 'V2__add.sql': 'ALTER TABLE products ADD COLUMN price_new numeric;', 'V3__drop.sql': 'ALTER TABLE products DROP COLUMN price_new;' },
    },
    // rollbacks undo the migration's own objects
    { files: { 'V2__t.sql': 'CREATE TABLE t (id int);', 'rollback/V2__rollback.sql': 'DROP TABLE t;' } },
  ],
  invalid: [
    {
      name: 'a column renamed by an earlier, merged migration is a name the application uses: its drop is reported',
      base: { 'V1__users.sql': 'BEGIN;\nCREATE TABLE users (id int, user_id text);\nALTER TABLE users RENAME COLUMN user_id TO owner_id;\nCOMMIT;' },
      files: {
        'V1__users.sql': 'BEGIN;\nCREATE TABLE users (id int, user_id text);\nALTER TABLE users RENAME COLUMN user_id TO owner_id;\nCOMMIT;',
        'V2__drop_owner.sql': 'BEGIN;\nALTER TABLE users DROP COLUMN owner_id;\nCOMMIT;',
      },
      errors: [{ file: 'V2__drop_owner.sql', line: 2, column: 19, message: 'DROP COLUMN owner_id of existing table users' }],
    },
    {
      code: 'BEGIN;\nDROP TABLE legacy_orders;\nCOMMIT;',
      errors: [{ line: 2, column: 1, message: /^DROP TABLE of existing table legacy_orders takes an ACCESS EXCLUSIVE lock \(every query on it waits\) and breaks the running application wherever it still uses it: its queries fail with "relation does not exist"/ }],
    },
    { code: 'DROP TABLE IF EXISTS a, billing.b CASCADE;', errors: [{ line: 1, column: 1, message: /^DROP TABLE of existing tables a, billing.b .*CASCADE also drops every view and foreign key/ }] },
    { name: 'only the pre-existing tables of the list', code: 'CREATE TABLE t (id int);\nDROP TABLE t, legacy;', errors: [{ line: 2, column: 1, message: /^DROP TABLE of existing table legacy takes/ }] },
    { code: 'ALTER TABLE products DROP COLUMN title;', errors: [{ line: 1, column: 22, message: /^DROP COLUMN title of existing table products takes an ACCESS EXCLUSIVE lock \(every query on products waits\) and breaks the running application/ }] },
    {
      name: 'each dropped column, where it is dropped',
      code: 'ALTER TABLE users\n  DROP COLUMN first_name,\n  ADD COLUMN display_name text,\n  drop if exists last_name CASCADE;',
      errors: [
        { line: 2, column: 3, message: 'DROP COLUMN first_name' },
        { line: 4, column: 3, message: 'CASCADE also drops the views, indexes and constraints' },
      ],
    },
    { code: 'ALTER TABLE users DROP "Legacy Flag";', errors: [{ line: 1, column: 19, message: 'DROP COLUMN Legacy Flag' }] },
    { code: 'DROP VIEW active_users;', errors: [{ line: 1, column: 1, message: 'DROP VIEW of existing view active_users takes an ACCESS EXCLUSIVE lock on the view' }] },
    { code: 'DROP MATERIALIZED VIEW daily_totals;', errors: [{ line: 1, column: 1, message: 'existing materialized view daily_totals' }] },
    { code: 'DROP FUNCTION order_total(bigint);', errors: [{ line: 1, column: 1, message: 'DROP FUNCTION of existing function order_total takes no table lock, but breaks the running application wherever it still uses it: its calls fail with "function does not exist"' }] },
    { code: 'DROP PROCEDURE archive_orders;', errors: [{ line: 1, column: 1, message: 'existing procedure archive_orders' }] },
    { code: 'DROP TYPE mood;', errors: [{ line: 1, column: 1, message: 'DROP TYPE of existing type mood takes no table lock' }] },
    { code: 'DROP DOMAIN email_address CASCADE;', errors: [{ line: 1, column: 1, message: 'CASCADE also drops every column of this type, with its data' }] },
    {
      name: 'a view created again only after COMMIT is missing in between',
      code: 'BEGIN;\nDROP VIEW v;\nCOMMIT;\nBEGIN;\nCREATE VIEW v AS SELECT 1 AS x;\nCOMMIT;',
      errors: [{ line: 2, column: 1 }],
    },
    { name: 'a view created again without a transaction block', code: 'DROP VIEW v;\nCREATE VIEW v AS SELECT 1 AS x;', errors: [{ line: 1, column: 1 }] },
    { name: 'a view created again only after COMMIT AND CHAIN is missing in between', code: 'BEGIN;\nDROP VIEW v;\nCOMMIT AND CHAIN;\nCREATE VIEW v AS SELECT 1 AS x;\nCOMMIT;', errors: [{ line: 2, column: 1 }] },
    { name: 'a table created again is empty', code: 'BEGIN;\nDROP TABLE settings;\nCREATE TABLE settings (k text, v text);\nCOMMIT;', errors: [{ line: 2, column: 1 }] },
    { name: 'inside a DO block', code: 'DO $$\nBEGIN\n  ALTER TABLE users DROP COLUMN legacy;\nEND $$;', errors: [{ line: 3, column: 21 }] },
    {
      name: 'without --base, a table created by an earlier migration existed before',
      files: { 'V1__products.sql': PRODUCTS, 'V2__drop.sql': 'ALTER TABLE products DROP COLUMN title;\nDROP TABLE products;' },
      errors: [
        { file: 'V2__drop.sql', line: 1, column: 22 },
        { file: 'V2__drop.sql', line: 2, column: 1 },
      ],
    },
    {
      name: 'with --base, an object created by a migration at the base existed before',
      base: { 'V1__products.sql': PRODUCTS },
      files: { 'V1__products.sql': PRODUCTS, 'V2__drop.sql': 'ALTER TABLE products DROP COLUMN title;' },
      errors: [{ file: 'V2__drop.sql', line: 1, column: 22 }],
    },
    {
      name: 'a column renamed earlier in the file is still the old column',
      code: 'BEGIN;\nALTER TABLE products RENAME COLUMN price TO price_old;\nALTER TABLE products DROP COLUMN price_old;\nCOMMIT;',
      errors: [{ line: 3, column: 22, message: 'DROP COLUMN price_old' }],
    },
  ],
});

describe('breaking-drop', () => {
  for (const spec of [CONTRACT, RECREATE_VIEW]) {
    it(`${spec.name}: no rule has anything to say (but rollback-missing and migration-documented)`, () => {
      expect(lintSpec(spec).filter((f) => f.rule !== 'rollback-missing' && f.rule !== 'migration-documented')).toEqual([]);
    });
  }
});
