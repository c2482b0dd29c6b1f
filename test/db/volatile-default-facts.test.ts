/**
 * ADD COLUMN … DEFAULT / of a domain type on a table with rows: what volatile-default claims (a
 * rewrite, or nothing) against what PostgreSQL does — the relfilenode of the table and its
 * primary key before and after — on the server and on PGlite.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import rule from '../../rules/volatile-default.js';
import { openScratch, type Scratch } from '../../src/db/engine.js';
import { describeEachEngine } from '../helpers/db.js';
import { rebuiltBy } from '../helpers/relfilenodes.js';
import { lintSpec } from '../helpers/rule-tester.js';

const TABLE = "CREATE TABLE t (id int PRIMARY KEY, v text);\nINSERT INTO t VALUES (1, 'a'), (2, 'b');";

/** [what runs before (a migration of its own), the ADD COLUMN]. */
const CASES: Array<[string, string]> = [
  ['', 'ALTER TABLE t ADD COLUMN span int4range DEFAULT int4range(1, 10);'],
  ['', 'ALTER TABLE t ADD COLUMN r float8 DEFAULT sqrt(2);'],
  ['', "ALTER TABLE t ADD COLUMN s text DEFAULT regexp_replace('a-b', '-', '');"],
  ['', 'ALTER TABLE t ADD COLUMN at timestamptz DEFAULT CURRENT_TIMESTAMP;'],
  ['', "ALTER TABLE t ADD COLUMN at timestamptz DEFAULT now() + interval '1 day';"],
  ['', 'ALTER TABLE t ADD COLUMN d date DEFAULT now()::date;'],
  ['', 'ALTER TABLE t ADD COLUMN r float8 DEFAULT random();'],
  ['', 'ALTER TABLE t ADD COLUMN at timestamptz DEFAULT clock_timestamp();'],
  ['', 'ALTER TABLE t ADD COLUMN s text DEFAULT gen_random_uuid()::text;'],
  ['', "ALTER TABLE t ADD COLUMN s text DEFAULT 'x' || random()::text;"],
  ['CREATE SEQUENCE s;', "ALTER TABLE t ADD COLUMN n bigint DEFAULT nextval('s');"],
  ["CREATE FUNCTION f() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 7';\nALTER FUNCTION f() VOLATILE;", 'ALTER TABLE t ADD COLUMN c int DEFAULT f();'],
  ['CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 7;', 'ALTER TABLE t ADD COLUMN c int DEFAULT f();'],
  ["CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 7';", 'ALTER TABLE t ADD COLUMN c int DEFAULT f();'],
  ["CREATE FUNCTION f() RETURNS int LANGUAGE sql SET search_path = public AS 'SELECT 7';", 'ALTER TABLE t ADD COLUMN c int DEFAULT f();'],
  ["CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 7 FROM pg_class LIMIT 1';", 'ALTER TABLE t ADD COLUMN c int DEFAULT f();'],
  ["CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT (random() * 6)::int';", 'ALTER TABLE t ADD COLUMN c int DEFAULT f();'],
  ['CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN 7; END $$;\nALTER FUNCTION f() VOLATILE;', 'ALTER TABLE t ADD COLUMN c int DEFAULT f();'],
  ['CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 7; END $$;\nALTER FUNCTION f() IMMUTABLE;', 'ALTER TABLE t ADD COLUMN c int DEFAULT f();'],
  ["CREATE FUNCTION f() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 7';\nCREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 7; END $$;", 'ALTER TABLE t ADD COLUMN c int DEFAULT f();'],
  ["CREATE DOMAIN zone_code AS text CHECK (VALUE <> '');", 'ALTER TABLE t ADD COLUMN zone zone_code;'],
  ["CREATE DOMAIN zone_code AS text CHECK (VALUE <> '');", "ALTER TABLE t ADD COLUMN zone zone_code DEFAULT 'eu';"],
  ['CREATE DOMAIN zone_code AS text;', 'ALTER TABLE t ADD COLUMN zone zone_code;'],
  ["CREATE DOMAIN zone_code AS text CHECK (VALUE <> '');\nALTER DOMAIN zone_code DROP CONSTRAINT zone_code_check;", 'ALTER TABLE t ADD COLUMN zone zone_code;'],
  ['CREATE DOMAIN zone_code AS text;\nALTER DOMAIN zone_code SET NOT NULL;', "ALTER TABLE t ADD COLUMN zone zone_code DEFAULT 'eu';"],
  [
    "CREATE DOMAIN zone_code AS text NOT NULL CHECK (VALUE <> '');\nALTER DOMAIN zone_code RENAME CONSTRAINT zone_code_check TO zone_code_not_empty;\nALTER DOMAIN zone_code DROP CONSTRAINT zone_code_not_empty;\nALTER DOMAIN zone_code DROP NOT NULL;",
    "ALTER TABLE t ADD COLUMN zone zone_code DEFAULT 'eu';",
  ],
  ["CREATE DOMAIN zone_code AS text CHECK (VALUE <> '');\nCREATE DOMAIN zone AS zone_code;", "ALTER TABLE t ADD COLUMN z zone DEFAULT 'eu';"],
];

function claim(before: string, add: string): 'rewrite' | 'none' {
  const found = lintSpec({ files: { 'V1__t.sql': `${TABLE}\n${before}`, 'V2__add.sql': add } }, [rule]);
  if (found.length === 0) return 'none';
  expect(found).toHaveLength(1);
  // A "may" finding is not a claim: the cases here must all be decided.
  expect(found[0]!.message).not.toContain('if it is volatile');
  expect(found[0]!.message).not.toContain('not known');
  expect(found[0]!.message).toContain('rewrites the whole table');
  return 'rewrite';
}

it('the cases cover both outcomes', () => {
  expect(new Set(CASES.map(([b, a]) => claim(b, a)))).toEqual(new Set(['rewrite', 'none']));
});

describeEachEngine('ADD COLUMN: the volatile-default claim is what PostgreSQL does', (engine) => {
  let scratch: Scratch;
  beforeAll(async () => {
    scratch = await openScratch(engine.url);
  });
  afterAll(async () => scratch?.dispose());

  it.each(CASES)('%s | %s', async (before, add) => {
    const rebuilt = await rebuiltBy(scratch.db, `${TABLE}\n${before}`, add);
    expect(rebuilt.length === 0 ? 'none' : (expect(rebuilt).toEqual(['t', 't_pkey']), 'rewrite')).toBe(claim(before, add));
  });
});
