import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/constraint-not-valid.js';
import { lintSpec, ruleTester, type ProjectSpec } from '../helpers/rule-tester.js';

const init = 'BEGIN;\nCREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);\nCOMMIT;\n';

/** The safe pattern: NOT VALID in one migration, VALIDATE in the next. */
const SAFE: ProjectSpec & { name: string } = {
  name: 'safe pattern: ADD … NOT VALID, then VALIDATE CONSTRAINT in a later migration',
  files: {
    'V1__init.sql': init,
    'V2__orders_constraints.sql': [
      'BEGIN;',
      "SET LOCAL lock_timeout = '5s';",
      'ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey',
      '  FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;',
      'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;',
      'COMMIT;',
    ].join('\n'),
    'V3__validate_orders_constraints.sql': [
      'BEGIN;',
      "SET LOCAL lock_timeout = '5s';",
      'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;',
      'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;',
      'COMMIT;',
    ].join('\n'),
  },
};

/** The safe pattern for a CHECK on a new column: the column first, the constraint NOT VALID, VALIDATE later. */
const SAFE_COLUMN: ProjectSpec & { name: string } = {
  name: 'safe pattern: new column, then its CHECK NOT VALID, VALIDATE later',
  files: {
    'V1__init.sql': init,
    'V2__orders_discount.sql': [
      'BEGIN;',
      "SET LOCAL lock_timeout = '5s';",
      'ALTER TABLE orders ADD COLUMN discount numeric;',
      'ALTER TABLE orders ADD CONSTRAINT orders_discount_check CHECK (discount >= 0) NOT VALID;',
      'COMMIT;',
    ].join('\n'),
    'V3__validate_orders_discount.sql': "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE orders VALIDATE CONSTRAINT orders_discount_check;\nCOMMIT;",
  },
};

ruleTester(rule, {
  valid: [
    SAFE,
    SAFE_COLUMN,
    'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;',
    'ALTER TABLE orders ADD CHECK (total >= 0) NOT VALID;',
    // PostgreSQL 18: NOT ENFORCED constraints are not checked at all
    'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT ENFORCED;',
    // not a FK or CHECK: other rules' business
    'ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx;',
    // VALIDATE on its own (the safe second step)
    'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;',
    // a table created in the same file is empty: its scans are instant
    'BEGIN;\nCREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint, amount numeric);\nALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);\nALTER TABLE payments ADD CHECK (amount > 0);\nCOMMIT;',
    'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id), amount numeric CHECK (amount > 0));',
    // NOT VALID then VALIDATE on a new table: harmless
    'BEGIN;\nCREATE TABLE payments (id bigint, amount numeric);\nALTER TABLE payments ADD CONSTRAINT p_amount CHECK (amount > 0) NOT VALID;\nALTER TABLE payments VALIDATE CONSTRAINT p_amount;\nCOMMIT;',
    {
      name: 'with --base, a table created by another new migration of the change set is new',
      base: { 'V1__init.sql': init },
      files: {
        'V1__init.sql': init,
        'V2__payments.sql': 'BEGIN;\nCREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint);\nCOMMIT;',
        'V3__payments_fk.sql': 'BEGIN;\nALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);\nCOMMIT;',
      },
    },
    // ADD COLUMN … REFERENCES without a default: every row holds NULL and PostgreSQL accepts the FK without a scan
    'ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);',
    // … even next to another new column that has one (checked on PostgreSQL 15)
    "ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id), ADD COLUMN note text DEFAULT '';",
    // NOT VALID and VALIDATE in separate transactions of one file (autocommit, no BEGIN)
    'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;',
    // … or two transaction blocks
    'BEGIN;\nALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0) NOT VALID;\nCOMMIT;\nBEGIN;\nALTER TABLE orders VALIDATE CONSTRAINT c1;\nCOMMIT;',
    // a different constraint, or a different table
    'BEGIN;\nALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c2;\nALTER TABLE invoices VALIDATE CONSTRAINT c1;\nCOMMIT;',
    // a runner that cannot wrap the file (CONCURRENTLY) runs each statement on its own
    {
      name: 'runner mode, file with CREATE INDEX CONCURRENTLY: statements autocommit',
      settings: { transactions: 'runner' },
      files: {
        'V2__change.sql':
          'CREATE INDEX CONCURRENTLY idx_orders_total ON orders (total);\nALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c1;',
      },
    },
    // a DO block that COMMITs between the steps
    "DO $$\nBEGIN\n  ALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0) NOT VALID;\n  COMMIT;\n  ALTER TABLE orders VALIDATE CONSTRAINT c1;\nEND $$;",
    // dynamic SQL: the linter cannot see it and stays quiet
    "DO $$\nBEGIN\n  EXECUTE 'ALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0)';\nEND $$;",
    // ALTER FOREIGN TABLE: a CHECK there is not verified against remote rows
    'ALTER FOREIGN TABLE remote_orders ADD CONSTRAINT c1 CHECK (total >= 0);',
    // rollbacks and seeds are not migrations
    { files: { 'V2__ok.sql': 'SELECT 1;', 'rollback/V2__rollback.sql': 'ALTER TABLE orders ADD CHECK (total > 0);', 'seeds/dev.sql': 'ALTER TABLE orders ADD CHECK (total > 0);' } },
    // COMMIT AND CHAIN commits the NOT VALID constraint before the chained transaction validates it
    'BEGIN;\nALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0) NOT VALID;\nCOMMIT AND CHAIN;\nALTER TABLE orders VALIDATE CONSTRAINT c1;\nCOMMIT;',
  ],
  invalid: [
    {
      name: 'NOT VALID then VALIDATE, both inside the transaction COMMIT AND CHAIN started',
      code: 'BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c1;\nCOMMIT;',
      errors: [{ line: 5, column: 13, message: '(line 4)' }],
    },
    {
      name: 'NOT VALID then VALIDATE across SAVEPOINT / RELEASE: still one transaction',
      code: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0) NOT VALID;\nSAVEPOINT a;\nALTER TABLE orders VALIDATE CONSTRAINT c1;\nRELEASE SAVEPOINT a;\nCOMMIT;',
      errors: [{ line: 4, column: 13, message: '(line 2)' }],
    },
    {
      code: 'BEGIN;\nALTER TABLE orders\n  ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);\nCOMMIT;',
      errors: [{ line: 3, column: 7, message: 'SHARE ROW EXCLUSIVE on both orders and customers' }],
    },
    {
      code: 'ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES billing.customers;',
      errors: [{ line: 1, column: 24, message: 'against billing.customers' }],
    },
    {
      code: 'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);',
      errors: [{ line: 1, column: 24, message: 'ADD CHECK on existing table orders checks every existing row while holding ACCESS EXCLUSIVE' }],
    },
    {
      name: 'several commands: only the ones without NOT VALID',
      code: 'ALTER TABLE orders\n  ADD CHECK (total >= 0) NOT VALID,\n  ADD CHECK (total < 1000000),\n  ADD FOREIGN KEY (customer_id) REFERENCES customers NOT VALID;',
      errors: [{ line: 3, column: 7 }],
    },
    {
      name: 'a FK from a new table to an existing one is fine, but not from an existing one to a new one',
      code: 'BEGIN;\nCREATE TABLE regions (id int PRIMARY KEY);\nALTER TABLE customers ADD CONSTRAINT customers_region_fk FOREIGN KEY (region_id) REFERENCES regions (id);\nCOMMIT;',
      errors: [{ line: 3, column: 27, message: 'existing table customers' }],
    },
    {
      name: 'without --base, a table created by an earlier migration existed before',
      files: { 'V1__init.sql': init, 'V2__fk.sql': 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id);' },
      errors: [{ file: 'V2__fk.sql', line: 1, column: 24 }],
    },
    {
      name: 'inside a DO block',
      code: 'DO $$\nBEGIN\n  ALTER TABLE orders ADD CHECK (total >= 0);\nEND $$;',
      errors: [{ line: 3, column: 26 }],
    },
    {
      name: 'column CHECK in ADD COLUMN is checked against every row',
      code: 'ALTER TABLE orders ADD COLUMN discount numeric CHECK (discount >= 0);',
      errors: [{ line: 1, column: 48, message: 'ADD COLUMN discount … CHECK on existing table orders' }],
    },
    {
      name: 'ADD COLUMN … REFERENCES with a default checks every row',
      code: 'ALTER TABLE orders\n  ADD COLUMN region_id int DEFAULT 1 REFERENCES regions (id);',
      errors: [{ line: 2, column: 38, message: 'ADD COLUMN region_id … REFERENCES regions with a value for existing rows' }],
    },
    {
      name: 'DEFAULT NULL still makes PostgreSQL check the rows',
      code: 'ALTER TABLE orders ADD COLUMN region_id int DEFAULT NULL REFERENCES regions;',
      errors: [{ line: 1, column: 58 }],
    },
    {
      name: 'a serial column has values',
      code: 'ALTER TABLE orders ADD COLUMN seq bigserial REFERENCES sequences_table (n);',
      errors: [{ line: 1, column: 45 }],
    },
    {
      name: 'NOT VALID then VALIDATE in one BEGIN … COMMIT',
      code: [
        'BEGIN;',
        'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk',
        '  FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;',
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;',
        'COMMIT;',
      ].join('\n'),
      errors: [{ line: 4, column: 13, message: 'same transaction as its ADD CONSTRAINT … NOT VALID (line 2), which still holds SHARE ROW EXCLUSIVE' }],
    },
    {
      name: 'NOT VALID then VALIDATE in one statement',
      code: 'ALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0) NOT VALID, VALIDATE CONSTRAINT c1;',
      errors: [{ line: 1, column: 13, message: 'still holds ACCESS EXCLUSIVE on orders' }],
    },
    {
      name: 'NOT VALID then VALIDATE of the default name of an unnamed constraint',
      code: 'BEGIN;\nALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers NOT VALID;\nALTER TABLE orders ADD CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;\nCOMMIT;',
      errors: [
        { line: 4, column: 13, message: 'VALIDATE CONSTRAINT orders_customer_id_fkey' },
        { line: 5, column: 13, message: 'VALIDATE CONSTRAINT orders_total_check' },
      ],
    },
    {
      name: 'NOT VALID then VALIDATE in a file the runner wraps',
      settings: { transactions: 'runner' },
      code: 'ALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0) NOT VALID;\n\nALTER TABLE orders VALIDATE CONSTRAINT c1;',
      errors: [{ line: 3, column: 13, message: '(line 1)' }],
    },
    {
      name: 'NOT VALID then VALIDATE in one DO block',
      code: 'DO $$\nBEGIN\n  ALTER TABLE orders ADD CONSTRAINT c1 CHECK (total >= 0) NOT VALID;\n  ALTER TABLE orders VALIDATE CONSTRAINT c1;\nEND $$;',
      errors: [{ line: 4, column: 15 }],
    },
    {
      name: 'partitioned table: help says to go through the partitions',
      files: {
        'V1__events.sql': 'CREATE TABLE events (id int, account_id int, at date) PARTITION BY RANGE (at);',
        'V2__fk.sql': 'ALTER TABLE events ADD FOREIGN KEY (account_id) REFERENCES accounts (id);',
      },
      errors: [{ file: 'V2__fk.sql', line: 1, column: 24 }],
    },
  ],
});

describe('constraint-not-valid', () => {
  it('flags the seed template (ADD CONSTRAINT … CHECK on orders without NOT VALID)', () => {
    const text = readFileSync(new URL('../fixtures/seed/V100__template.sql', import.meta.url), 'utf8');
    const found = lintSpec({ files: { 'V100__template.sql': text } }, [rule]);
    expect(found.map((f) => `${f.line}:${f.column}`)).toEqual(['27:5']);
    expect(found[0]!.message).toContain('ACCESS EXCLUSIVE on orders');
    expect(found[0]!.help).toContain('NOT VALID');
  });

  it('help for a partitioned table goes through the partitions', () => {
    const [f] = lintSpec({
      files: {
        'V1__events.sql': 'CREATE TABLE events (id int, account_id int, at date) PARTITION BY RANGE (at);',
        'V2__fk.sql': 'ALTER TABLE events ADD FOREIGN KEY (account_id) REFERENCES accounts (id);',
      },
    }, [rule]);
    expect(f!.help).toContain('each partition');
  });

  for (const spec of [SAFE, SAFE_COLUMN]) {
    it(`${spec.name}: no rule has anything to say (but rollback-missing and migration-documented)`, () => {
      const found = lintSpec(spec).filter((f) => f.rule !== 'rollback-missing' && f.rule !== 'migration-documented');
      expect(found).toEqual([]);
    });
  }
});
