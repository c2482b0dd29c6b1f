import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/breaking-rename.js';
import { lintSpec, ruleTester, type ProjectSpec } from '../helpers/rule-tester.js';

const PRODUCTS = 'BEGIN;\nCREATE TABLE products (id bigint PRIMARY KEY, title text NOT NULL, price numeric(10,2) NOT NULL);\nCOMMIT;\n';

/** Expand: add the new column next to the old one (the application writes both, a batched job backfills). */
const EXPAND: ProjectSpec & { name: string } = {
  name: 'expand step: a new column next to the old one',
  files: {
    'V1__products.sql': PRODUCTS,
    'V2__add_name.sql': "BEGIN;\n\nSET LOCAL lock_timeout = '5s';\n\nALTER TABLE products ADD COLUMN name text;\n\nCOMMIT;\n",
  },
};
/** A table renamed with a view under its old name, in one transaction. */
const RENAME_WITH_VIEW: ProjectSpec & { name: string } = {
  name: 'table renamed behind a view with the old name, in one transaction',
  files: {
    'V1__products.sql': PRODUCTS,
    'V2__catalog_items.sql': [
      'BEGIN;',
      '',
      "SET LOCAL lock_timeout = '5s';",
      '',
      'ALTER TABLE products RENAME TO catalog_items;',
      'CREATE VIEW products AS SELECT * FROM catalog_items;',
      '',
      'COMMIT;',
      '',
    ].join('\n'),
  },
};

const seed = (name: string) => readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8');

ruleTester(rule, {
  valid: [
    EXPAND,
    RENAME_WITH_VIEW,
    // created earlier in the same migration
    'BEGIN;\nCREATE TABLE staging (id int, nme text);\nALTER TABLE staging RENAME COLUMN nme TO name;\nALTER TABLE staging RENAME TO imports;\nCOMMIT;',
    'BEGIN;\nALTER TABLE users ADD COLUMN emial text;\nALTER TABLE users RENAME COLUMN emial TO backup_email;\nCOMMIT;',
    'BEGIN;\nCREATE VIEW v AS SELECT 1 AS x;\nALTER VIEW v RENAME TO w;\nALTER VIEW w RENAME COLUMN x TO y;\nCOMMIT;',
    "BEGIN;\nCREATE TYPE mood AS ENUM ('ok');\nALTER TYPE mood RENAME TO feeling;\nALTER TYPE feeling RENAME VALUE 'ok' TO 'fine';\nCOMMIT;",
    'BEGIN;\nCREATE TYPE address AS (street text, zip text);\nALTER TYPE address RENAME ATTRIBUTE zip TO postcode;\nCOMMIT;',
    { files: { 'V2__r.sql': 'ALTER TABLE users RENAME TO customers;\nCREATE VIEW users AS SELECT * FROM customers;' }, settings: { transactions: 'runner' } },
    // renamed behind a view with the old name inside the transaction COMMIT AND CHAIN started
    'BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nALTER TABLE users RENAME TO customers;\nCREATE VIEW users AS SELECT * FROM customers;\nCOMMIT;',
    // names the application does not use
    'ALTER INDEX idx_users_email RENAME TO idx_users_email_old;',
    'ALTER TABLE users RENAME CONSTRAINT users_email_check TO users_email_format;',
    'ALTER TRIGGER users_touch ON users RENAME TO users_set_updated_at;',
    // dynamic SQL
    "DO $$\nBEGIN\n  EXECUTE 'ALTER TABLE users RENAME TO customers';\nEND $$;",
    {
      name: 'with --base, renaming what another new migration created',
      base: { 'V1__products.sql': PRODUCTS },
      files: { 'V1__products.sql': PRODUCTS, 'V2__t.sql': 'CREATE TABLE tmp_items (id int);', 'V3__r.sql': 'ALTER TABLE tmp_items RENAME TO items;' },
    },
  ],
  invalid: [
    {
      name: 'a view with the old name created after COMMIT comes too late',
      code: 'BEGIN;\nALTER TABLE users RENAME TO customers;\nCOMMIT;\nCREATE VIEW users AS SELECT * FROM customers;',
      errors: [{ line: 2, column: 19 }],
    },
    {
      name: 'a view with the old name, but no transaction block',
      code: 'ALTER TABLE users RENAME TO customers;\nCREATE VIEW users AS SELECT * FROM customers;',
      errors: [{ line: 1, column: 19 }],
    },
    {
      code: 'BEGIN;\nALTER TABLE users RENAME TO customers;\nCOMMIT;',
      errors: [{ line: 2, column: 19, message: /^RENAME of existing table users to customers takes an ACCESS EXCLUSIVE lock \(brief, but every query on users waits for it\) and breaks the running application: its queries still name users and fail with "relation does not exist"/ }],
    },
    {
      code: 'ALTER TABLE products\n  RENAME COLUMN title TO name;',
      errors: [{ line: 2, column: 3, message: 'RENAME COLUMN title TO name on existing table products takes an ACCESS EXCLUSIVE lock' }],
    },
    { code: 'ALTER TABLE products RENAME title TO name;', errors: [{ line: 1, column: 22, message: 'RENAME COLUMN title TO name' }] },
    { code: 'ALTER VIEW active_users RENAME TO enabled_users;', errors: [{ line: 1, column: 25, message: 'RENAME of existing view active_users to enabled_users' }] },
    { code: 'ALTER VIEW active_users RENAME COLUMN email TO mail;', errors: [{ line: 1, column: 25, message: 'RENAME COLUMN email TO mail on existing table active_users' }] },
    { code: 'ALTER MATERIALIZED VIEW daily_totals RENAME TO day_totals;', errors: [{ line: 1, column: 38, message: 'existing materialized view daily_totals' }] },
    { code: 'ALTER TYPE mood RENAME TO feeling;', errors: [{ line: 1, column: 17, message: 'RENAME of existing type mood to feeling takes no table lock' }] },
    { code: 'ALTER DOMAIN email RENAME TO email_address;', errors: [{ line: 1, column: 20, message: 'existing domain email' }] },
    { code: "ALTER TYPE order_status RENAME VALUE 'canceled' TO 'cancelled';", errors: [{ line: 1, column: 25, message: "RENAME VALUE 'canceled' TO 'cancelled' of existing enum order_status" }] },
    { code: 'ALTER TYPE address RENAME ATTRIBUTE zip TO postcode;', errors: [{ line: 1, column: 20, message: 'RENAME ATTRIBUTE zip TO postcode of existing type address' }] },
    {
      name: 'a view renamed with ALTER TABLE is named a view',
      files: { 'V1__v.sql': 'CREATE VIEW active_users AS SELECT 1 AS id;', 'V2__r.sql': 'ALTER TABLE active_users RENAME TO enabled_users;' },
      errors: [{ file: 'V2__r.sql', line: 1, column: 26, message: 'existing view active_users' }],
    },
    { name: 'inside a DO block', code: 'DO $$\nBEGIN\n  ALTER TABLE users RENAME COLUMN email TO mail;\nEND $$;', errors: [{ line: 3, column: 21 }] },
    {
      name: 'without --base, a table created by an earlier migration existed before',
      files: { 'V1__products.sql': PRODUCTS, 'V2__r.sql': 'ALTER TABLE products RENAME COLUMN title TO name;' },
      errors: [{ file: 'V2__r.sql', line: 1, column: 22 }],
    },
    {
      name: 'the seed V010: the old column is renamed away and the new one takes its name',
      files: { 'V010__change_price_precision.sql': seed('V010__change_price_precision.sql') },
      errors: [{ line: 14, column: 1, message: /^RENAME COLUMN price TO price_old on existing table products .*, and price_new then takes its name: .*NOT NULL, default, indexes, constraints and the views using it stay with price_old/ }],
    },
    {
      name: 'the seed V011: the old table is renamed away and the new partitioned one takes its name',
      files: { 'V011__partition_order_history.sql': seed('V011__partition_order_history.sql') },
      errors: [{ line: 23, column: 34, message: /^RENAME of existing table order_status_history to order_status_history_old .*, and order_status_history_new then takes its name: .*foreign keys, triggers and grants .* stay with order_status_history_old, and so do rows written after the data was copied/ }],
    },
  ],
});

describe('breaking-rename', () => {
  for (const spec of [EXPAND, RENAME_WITH_VIEW]) {
    it(`${spec.name}: no rule has anything to say (but rollback-missing and migration-documented)`, () => {
      expect(lintSpec(spec).filter((f) => f.rule !== 'rollback-missing' && f.rule !== 'migration-documented')).toEqual([]);
    });
  }
  it('help: a swap gets the swap pattern, a plain table rename the view pattern', () => {
    const [swap] = lintSpec({ files: { 'V011__p.sql': seed('V011__partition_order_history.sql') } }, [rule]);
    expect(swap!.help).toContain('LOCK TABLE');
    const [plain] = lintSpec({ files: { 'V2__r.sql': 'ALTER TABLE users RENAME TO customers;' } }, [rule]);
    expect(plain!.help).toContain('CREATE VIEW');
  });
});
