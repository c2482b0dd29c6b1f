import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/column-type-change.js';
import { lintSpec, ruleTester } from '../helpers/rule-tester.js';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8');
const products = [
  'CREATE TABLE products (',
  '  id bigint PRIMARY KEY, title varchar(100), sku varchar, notes text, price numeric(10,2), weight numeric,',
  '  created timestamp, updated timestamptz, shown timestamp(3), net cidr, addr inet, code char(4), qty int,',
  '  tags varchar(20)[], flags bit varying(4)',
  ');',
].join('\n');
/** V1 creates products; V2 is the change. */
const change = (sql: string) => ({ files: { 'V1__products.sql': products, 'V2__change.sql': sql } });

ruleTester(rule, {
  valid: [
    { name: 'timestamp → timestamptz of an unindexed column after SET TimeZone = UTC (PostgreSQL 12+: nothing rebuilt)', ...change("SET timezone = 'UTC';\nALTER TABLE products ALTER COLUMN created TYPE timestamptz;") },
    { name: 'the same with SET LOCAL in the same transaction', ...change("BEGIN;\nSET LOCAL TIME ZONE 'Etc/UTC';\nALTER TABLE products ALTER COLUMN updated TYPE timestamp;\nCOMMIT;") },
    // changes PostgreSQL makes without rewriting the table (checked against pg_class.relfilenode)
    { name: 'varchar(n) → varchar(m > n)', ...change('ALTER TABLE products ALTER COLUMN title TYPE varchar(255);') },
    { name: 'varchar(n) → varchar(n)', ...change('ALTER TABLE products ALTER COLUMN title TYPE character varying(100);') },
    { name: 'varchar(n) → varchar', ...change('ALTER TABLE products ALTER COLUMN title TYPE varchar;') },
    { name: 'varchar(n) → text', ...change('ALTER TABLE products ALTER COLUMN title TYPE text;') },
    { name: 'varchar → text', ...change('ALTER TABLE products ALTER COLUMN sku TYPE text;') },
    { name: 'text → varchar', ...change('ALTER TABLE products ALTER COLUMN notes TYPE varchar;') },
    { name: 'numeric(p,s) → numeric(p2 > p, s)', ...change('ALTER TABLE products ALTER COLUMN price TYPE decimal(12, 2);') },
    { name: 'numeric(p,s) → numeric', ...change('ALTER TABLE products ALTER COLUMN price TYPE numeric;') },
    { name: 'cidr → inet', ...change('ALTER TABLE products ALTER COLUMN net TYPE inet;') },
    { name: 'timestamp(3) → timestamp(6)', ...change('ALTER TABLE products ALTER COLUMN shown TYPE timestamp(6);') },
    { name: 'timestamp(3) → timestamp', ...change('ALTER TABLE products ALTER COLUMN shown TYPE timestamp without time zone;') },
    { name: 'bit varying(4) → bit varying(8)', ...change('ALTER TABLE products ALTER COLUMN flags TYPE varbit(8);') },
    { name: 'the same type', ...change('ALTER TABLE products ALTER COLUMN qty TYPE integer;') },
    // binary-coercible (pg_cast.castmethod 'b') with a different operator class, but no index on the column
    { name: 'int → oid on a column without an index', ...change('ALTER TABLE products ALTER COLUMN qty TYPE oid;') },
    // a new collation rebuilds only the indexes on the column: none here (pg_class.relfilenode)
    { name: 'a new collation on a column without an index', ...change('ALTER TABLE products ALTER COLUMN notes TYPE text COLLATE "C";') },
    { name: 'varchar(n) → varchar(m > n) with a new collation, no index', ...change('ALTER TABLE products ALTER COLUMN title TYPE varchar(255) COLLATE "C";') },
    { name: 'time(3) → time (time_support)', files: { 'V1__t.sql': 'CREATE TABLE slots (at time(3));', 'V2__change.sql': 'ALTER TABLE slots ALTER COLUMN at TYPE time;' } },
    {
      name: 'a domain without constraints behaves as its base type, either way',
      files: { 'V1__t.sql': 'CREATE DOMAIN zone_code AS text;\nCREATE TABLE shipments (zone text, old zone_code);', 'V2__change.sql': 'ALTER TABLE shipments ALTER COLUMN zone TYPE zone_code, ALTER COLUMN old TYPE text;' },
    },
    {
      name: 'from a constrained domain to its base type',
      files: { 'V1__t.sql': "CREATE DOMAIN zone_code AS text CHECK (VALUE <> '');\nCREATE TABLE shipments (zone zone_code);", 'V2__change.sql': 'ALTER TABLE shipments ALTER COLUMN zone TYPE text;' },
    },
    { name: 'USING the column itself', ...change('ALTER TABLE products ALTER COLUMN title TYPE varchar(200) USING title;') },
    { name: 'USING a cast to the new type', ...change('ALTER TABLE products ALTER COLUMN title TYPE text USING title::text;') },
    { name: 'the old type follows column renames', ...change('ALTER TABLE products RENAME COLUMN title TO name;\nALTER TABLE products ALTER COLUMN name TYPE text;') },
    { name: 'the old type follows earlier type changes', ...change('ALTER TABLE products ALTER COLUMN title TYPE varchar(150);\nALTER TABLE products ALTER COLUMN title TYPE varchar(200);') },
    {
      name: 'a column added to an existing table is known too',
      files: { 'V2__nickname.sql': 'ALTER TABLE users ADD COLUMN nickname varchar(50);\nALTER TABLE users ALTER COLUMN nickname TYPE varchar(80);' },
    },
    // new tables
    'CREATE TABLE t (a int);\nALTER TABLE t ALTER COLUMN a TYPE bigint;',
    {
      name: 'with --base, a table created by another new migration',
      base: { 'V1__products.sql': products },
      files: { 'V1__products.sql': products, 'V2__t.sql': 'CREATE TABLE t (a int);', 'V3__t.sql': 'ALTER TABLE t ALTER COLUMN a TYPE bigint;' },
    },
    // the expand/contract pattern the rule recommends (seed V010)
    {
      name: 'seed V010: new column, backfill, rename',
      files: { 'V1__products.sql': products, 'V010__change_price_precision.sql': seed('V010__change_price_precision.sql') },
    },
    // not a table: nothing to rewrite
    'ALTER FOREIGN TABLE remote_products ALTER COLUMN price TYPE numeric(12,4);',
    "DO $$\nBEGIN\n  EXECUTE 'ALTER TABLE products ALTER COLUMN qty TYPE bigint';\nEND $$;",
  ],
  invalid: [
    {
      name: 'int → oid: no table rewrite, but the index on the column is rebuilt',
      files: { 'V1__t.sql': 'CREATE TABLE items (ref int);\nCREATE INDEX items_ref ON items (ref);', 'V2__change.sql': 'ALTER TABLE items ALTER COLUMN ref TYPE oid;' },
      errors: [{ file: 'V2__change.sql', line: 1, column: 41, message: "ALTER COLUMN ref TYPE from integer to oid on existing table items keeps the table's data file (the cast is binary-coercible) but rebuilds the indexes on ref (operator class int4_ops becomes oid_ops)" }],
    },
    {
      name: 'char(n) → char(m > n) has no support function: a rewrite',
      ...change('ALTER TABLE products ALTER COLUMN code TYPE char(8);'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 45, message: 'from character(4) to character(8)' }],
    },
    {
      name: 'to a domain with constraints',
      files: { 'V1__t.sql': "CREATE DOMAIN zone_code AS text CHECK (VALUE <> '');\nCREATE TABLE shipments (zone text);", 'V2__change.sql': 'ALTER TABLE shipments ALTER COLUMN zone TYPE zone_code;' },
      errors: [{ file: 'V2__change.sql', line: 1, column: 46, message: 'domain zone_code has constraints, checked against every row' }],
    },
    {
      name: 'int → bigint',
      ...change('ALTER TABLE products ALTER COLUMN qty TYPE bigint;'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 44, message: 'ALTER COLUMN qty TYPE from integer to bigint on existing table products rewrites the whole table under an ACCESS EXCLUSIVE lock: all reads and writes on products wait' }],
    },
    {
      name: 'varchar(n) → varchar(m < n)',
      ...change('ALTER TABLE products ALTER COLUMN title TYPE varchar(50);'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 46, message: 'from character varying(100) to character varying(50)' }],
    },
    {
      name: 'text → varchar(n) checks every row',
      ...change('ALTER TABLE products ALTER COLUMN notes TYPE varchar(500);'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 46 }],
    },
    {
      name: 'numeric scale change',
      ...change('ALTER TABLE products ALTER COLUMN price TYPE numeric(12, 4);'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 46, message: 'from numeric(10,2) to numeric(12,4)' }],
    },
    {
      name: 'unconstrained numeric → numeric(p,s)',
      ...change('ALTER TABLE products ALTER COLUMN weight TYPE numeric(10,3);'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 47 }],
    },
    {
      name: 'timestamp → timestamptz depends on the session time zone',
      ...change('ALTER TABLE products ALTER COLUMN created TYPE timestamptz;'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 48, message: 'unless the session TimeZone is UTC' }],
    },
    {
      name: 'timestamp → timestamptz on an indexed column after the file SET TimeZone to UTC: only the index is rebuilt',
      files: { 'V1__products.sql': `${products}\nCREATE INDEX products_created ON products (created);`, 'V2__change.sql': "SET timezone = 'UTC';\nALTER TABLE products ALTER COLUMN created TYPE timestamptz USING created;" },
      errors: [{ file: 'V2__change.sql', line: 2, column: 48, message: "keeps the table's data file (the session TimeZone is UTC, set at line 1: PostgreSQL 12+ needs no rewrite) but rebuilds the indexes on created" }],
    },
    {
      name: 'a later SET TIME ZONE to another zone: the rewrite is back',
      ...change("SET TIME ZONE 'UTC';\nSET TIME ZONE 'Europe/Paris';\nALTER TABLE products ALTER COLUMN created TYPE timestamptz;"),
      errors: [{ file: 'V2__change.sql', line: 3, column: 48, message: 'unless the session TimeZone is UTC' }],
    },
    {
      name: 'a SET LOCAL TimeZone of an earlier, committed transaction no longer holds',
      ...change("BEGIN;\nSET LOCAL TimeZone = 'UTC';\nCOMMIT;\nALTER TABLE products ALTER COLUMN created TYPE timestamptz;"),
      errors: [{ file: 'V2__change.sql', line: 4, column: 48, message: 'unless the session TimeZone is UTC' }],
    },
    {
      name: 'timestamptz → timestamp',
      ...change('ALTER TABLE products ALTER COLUMN updated TYPE timestamp;'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 48, message: 'TimeZone is UTC' }],
    },
    {
      name: 'timestamp → timestamp(3) lowers the precision',
      ...change('ALTER TABLE products ALTER COLUMN created TYPE timestamp(3);'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 48 }],
    },
    { name: 'inet → cidr', ...change('ALTER TABLE products ALTER COLUMN addr TYPE cidr;'), errors: [{ file: 'V2__change.sql', line: 1, column: 45 }] },
    { name: 'char(n) → text', ...change('ALTER TABLE products ALTER COLUMN code TYPE text;'), errors: [{ file: 'V2__change.sql', line: 1, column: 45 }] },
    { name: 'arrays are converted element by element', ...change('ALTER TABLE products ALTER COLUMN tags TYPE varchar(40)[];'), errors: [{ file: 'V2__change.sql', line: 1, column: 45 }] },
    {
      name: 'USING an expression',
      ...change('ALTER TABLE products ALTER COLUMN title TYPE text USING lower(title);'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 46, message: 'USING an expression' }],
    },
    {
      name: 'USING a cast to another type',
      ...change('ALTER TABLE products ALTER COLUMN title TYPE text USING title::varchar(10);'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 46 }],
    },
    {
      name: 'a new collation on an indexed column: no table rewrite, but the index is rebuilt',
      files: { 'V1__t.sql': 'CREATE TABLE t (v varchar(20));\nCREATE INDEX t_v ON t (v);', 'V2__change.sql': 'ALTER TABLE t ALTER COLUMN v TYPE varchar(50) COLLATE "C";' },
      errors: [{ file: 'V2__change.sql', line: 1, column: 35, message: 'ALTER COLUMN v TYPE from character varying(20) to character varying(50) on existing table t keeps the table\'s data file (the type change needs no rewrite) but rebuilds the indexes on v (the collation becomes "C", unless it already is) under an ACCESS EXCLUSIVE lock' }],
    },
    {
      name: 'text → text COLLATE on a primary key',
      files: { 'V1__t.sql': 'CREATE TABLE t (a text PRIMARY KEY);', 'V2__change.sql': 'ALTER TABLE t ALTER COLUMN a TYPE text COLLATE "C";' },
      errors: [{ file: 'V2__change.sql', line: 1, column: 35, message: 'from text to text on existing table t keeps the table\'s data file' }],
    },
    {
      name: 'a new collation with a change that rewrites anyway',
      ...change('ALTER TABLE products ALTER COLUMN notes TYPE varchar(500) COLLATE "C";'),
      errors: [{ file: 'V2__change.sql', line: 1, column: 46, message: 'from text to character varying(500) on existing table products rewrites the whole table' }],
    },
    {
      name: 'a new collation on a column of an unknown old type',
      code: 'ALTER TABLE products ALTER COLUMN notes TYPE text COLLATE "C";',
      errors: [{ line: 1, column: 46, message: 'the old type of notes is unknown' }],
    },
    {
      name: 'the old type is unknown',
      code: 'ALTER TABLE products\n  ALTER COLUMN price TYPE numeric(12,4);',
      errors: [{ line: 2, column: 27, message: 'the old type of price is unknown' }],
    },
    {
      name: 'each column of one statement',
      ...change('ALTER TABLE products\n  ALTER COLUMN qty TYPE bigint,\n  ALTER COLUMN title TYPE text,\n  ALTER COLUMN price SET DATA TYPE numeric(12,4);'),
      errors: [
        { file: 'V2__change.sql', line: 2, column: 25 },
        { file: 'V2__change.sql', line: 4, column: 36 },
      ],
    },
    {
      name: 'a column added to an existing table in the same file: the rewrite still copies the whole table',
      code: 'ALTER TABLE users ADD COLUMN score int;\nALTER TABLE users ALTER COLUMN score TYPE bigint;',
      errors: [{ line: 2, column: 43 }],
    },
    {
      name: 'a pre-existing table renamed in the same file',
      ...change('ALTER TABLE products RENAME TO items;\nALTER TABLE items ALTER COLUMN qty TYPE bigint;'),
      errors: [{ file: 'V2__change.sql', line: 2, column: 41, message: 'existing table items' }],
    },
    {
      name: 'inside a DO block',
      code: 'DO $$\nBEGIN\n  ALTER TABLE products ALTER COLUMN qty TYPE bigint;\nEND $$;',
      errors: [{ line: 3, column: 46 }],
    },
  ],
});

describe('column-type-change help', () => {
  it('suggests expand and contract', () => {
    const [f] = lintSpec(change('ALTER TABLE products ALTER COLUMN qty TYPE bigint;'), [rule]);
    expect(f!.help).toMatch(/^Expand and contract: add a new column of the new type, backfill it in batches/);
  });
  it('suggests SET TimeZone = UTC for timestamp ↔ timestamptz', () => {
    const [f] = lintSpec(change('ALTER TABLE products ALTER COLUMN created TYPE timestamptz;'), [rule]);
    expect(f!.help).toContain("SET TimeZone = 'UTC'");
  });
});
