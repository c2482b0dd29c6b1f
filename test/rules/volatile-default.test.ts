import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/volatile-default.js';
import { rules } from '../../rules/index.js';
import { lintSpec, ruleTester } from '../helpers/rule-tester.js';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8');

/** The safe pattern for a volatile default, one step per migration. */
const safe = {
  'V1__users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
  'V2__add_column.sql': 'ALTER TABLE users ADD COLUMN public_id uuid;\nALTER TABLE users ALTER COLUMN public_id SET DEFAULT gen_random_uuid();',
  'V3__check.sql': 'ALTER TABLE users ADD CONSTRAINT users_public_id_not_null CHECK (public_id IS NOT NULL) NOT VALID;',
  'V4__validate.sql': 'ALTER TABLE users VALIDATE CONSTRAINT users_public_id_not_null;',
  'V5__not_null.sql': 'ALTER TABLE users ALTER COLUMN public_id SET NOT NULL;\nALTER TABLE users DROP CONSTRAINT users_public_id_not_null;',
};

ruleTester(rule, {
  valid: [
    { name: 'the safe pattern: add without default, SET DEFAULT, backfill, NOT NULL through a validated CHECK', files: safe },
    // non-volatile defaults are stored once (PostgreSQL 11+)
    'ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();',
    'ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT CURRENT_TIMESTAMP;',
    'ALTER TABLE users ADD COLUMN created_on date DEFAULT CURRENT_DATE + 1;',
    "ALTER TABLE users ADD COLUMN preferences jsonb NOT NULL DEFAULT '{}'::jsonb;",
    "ALTER TABLE users ADD COLUMN status text DEFAULT 'active';",
    'ALTER TABLE users ADD COLUMN retries int DEFAULT -1, ADD COLUMN active boolean DEFAULT true;',
    "ALTER TABLE users ADD COLUMN meta jsonb DEFAULT jsonb_build_object('v', 1);",
    "ALTER TABLE users ADD COLUMN app text DEFAULT current_setting('application_name');",
    "ALTER TABLE users ADD COLUMN label text DEFAULT lower('X') || to_char(now(), 'YYYY');",
    "ALTER TABLE users ADD COLUMN expires timestamptz DEFAULT pg_catalog.now() + interval '30 days';",
    'ALTER TABLE users ADD COLUMN tags text[] DEFAULT ARRAY[]::text[];',
    'ALTER TABLE users ADD COLUMN xid bigint DEFAULT txid_current();',
    'ALTER TABLE users ADD COLUMN plain int;',
    // immutable built-ins by PostgreSQL's catalogs (pg_proc.provolatile), not by a list
    'ALTER TABLE plans ADD COLUMN span int4range DEFAULT int4range(1, 10);',
    'ALTER TABLE plans ADD COLUMN ratio float8 DEFAULT sqrt(2);',
    "ALTER TABLE plans ADD COLUMN code text DEFAULT regexp_replace('a-b', '-', '');",
    "ALTER TABLE plans ADD COLUMN code text DEFAULT 'a' || 'b' || 1::text;",
    'ALTER TABLE plans ADD COLUMN d date DEFAULT now()::date;',
    {
      name: 'a VOLATILE LANGUAGE sql function whose body PostgreSQL inlines (SELECT 7)',
      files: {
        'V1__fn.sql': "CREATE FUNCTION next_code() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 7';",
        'V2__add.sql': 'ALTER FUNCTION next_code() VOLATILE;\nALTER TABLE ticket ADD COLUMN code int DEFAULT next_code();',
      },
    },
    {
      name: 'a function made IMMUTABLE by ALTER FUNCTION',
      files: {
        'V1__fn.sql': 'CREATE FUNCTION next_code() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 7; END $$;',
        'V2__add.sql': 'ALTER FUNCTION next_code() IMMUTABLE;\nALTER TABLE ticket ADD COLUMN code int DEFAULT next_code();',
      },
    },
    {
      name: 'a domain whose NOT NULL and renamed CHECK were dropped',
      files: {
        'V1__d.sql': "CREATE DOMAIN zone_code AS text NOT NULL CHECK (VALUE <> '');\nALTER DOMAIN zone_code RENAME CONSTRAINT zone_code_check TO zone_code_not_empty;",
        'V2__d.sql': 'ALTER DOMAIN zone_code DROP CONSTRAINT zone_code_not_empty;\nALTER DOMAIN zone_code DROP NOT NULL;',
        'V3__add.sql': "ALTER TABLE shipments ADD COLUMN zone zone_code DEFAULT 'eu';",
      },
    },
    { name: 'a domain without constraints', files: { 'V1__d.sql': 'CREATE DOMAIN zone_code AS text;', 'V2__add.sql': 'ALTER TABLE shipments ADD COLUMN zone zone_code;' } },
    {
      name: 'a domain whose constraint was dropped',
      files: { 'V1__d.sql': "CREATE DOMAIN zone_code AS text CHECK (VALUE <> '');\nALTER DOMAIN zone_code DROP CONSTRAINT zone_code_check;", 'V2__add.sql': 'ALTER TABLE shipments ADD COLUMN zone zone_code;' },
    },
    // PostgreSQL 18 virtual generated columns are computed on read
    'ALTER TABLE users ADD COLUMN email_lower text GENERATED ALWAYS AS (lower(email)) VIRTUAL;',
    // a function an earlier migration declared STABLE or IMMUTABLE
    {
      name: 'a user function declared IMMUTABLE',
      files: {
        'V1__fn.sql': "CREATE FUNCTION default_region() RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT 'eu' $$;",
        'V2__add.sql': 'ALTER TABLE users ADD COLUMN region text DEFAULT default_region();',
      },
    },
    // SET DEFAULT only applies to future rows
    'ALTER TABLE users ALTER COLUMN id SET DEFAULT gen_random_uuid();',
    // new tables
    'CREATE TABLE t (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), n serial, total int GENERATED ALWAYS AS (n * 2) STORED);',
    'CREATE TABLE t (a int);\nALTER TABLE t ADD COLUMN id uuid DEFAULT gen_random_uuid();\nALTER TABLE t ADD COLUMN n bigserial;',
    {
      name: 'with --base, a table created by another new migration',
      base: { 'V1__a.sql': 'SELECT 1;' },
      files: { 'V1__a.sql': 'SELECT 1;', 'V2__t.sql': 'CREATE TABLE t (a int);', 'V3__t.sql': 'ALTER TABLE t ADD COLUMN id uuid DEFAULT gen_random_uuid();' },
    },
    { name: 'seed V012: new tables with gen_random_uuid() defaults', files: { 'V012__split_user_profile.sql': seed('V012__split_user_profile.sql') } },
    { name: 'seed V007: a constant jsonb default', files: { 'V007__add_user_preferences.sql': seed('V007__add_user_preferences.sql') } },
    'ALTER FOREIGN TABLE remote_users ADD COLUMN id uuid DEFAULT gen_random_uuid();',
    "DO $$\nBEGIN\n  EXECUTE 'ALTER TABLE users ADD COLUMN id uuid DEFAULT gen_random_uuid()';\nEND $$;",
  ],
  invalid: [
    {
      code: 'ALTER TABLE users ADD COLUMN public_id uuid DEFAULT gen_random_uuid();',
      errors: [{ line: 1, column: 53, message: 'ADD COLUMN public_id … DEFAULT gen_random_uuid(…) on existing table users: gen_random_uuid() is VOLATILE, so PostgreSQL evaluates the default for every row and rewrites the whole table under an ACCESS EXCLUSIVE lock: all reads and writes on users wait' }],
    },
    { code: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS id uuid NOT NULL DEFAULT uuid_generate_v4();', errors: [{ line: 1, column: 69, message: 'uuid_generate_v4' }] },
    { code: 'ALTER TABLE users ADD COLUMN r float8 DEFAULT random() * 10;', errors: [{ line: 1, column: 47 }] },
    { code: 'ALTER TABLE users ADD COLUMN at timestamptz DEFAULT clock_timestamp();', errors: [{ line: 1, column: 53 }] },
    { code: 'ALTER TABLE users ADD COLUMN at text DEFAULT timeofday();', errors: [{ line: 1, column: 46 }] },
    { code: "ALTER TABLE users ADD COLUMN n bigint DEFAULT nextval('users_n_seq');", errors: [{ line: 1, column: 47, message: 'DEFAULT nextval(…)' }] },
    { code: 'ALTER TABLE users ADD COLUMN r int DEFAULT (random() * 100)::int;', errors: [{ line: 1, column: 45 }] },
    {
      name: 'an unknown function may be volatile',
      code: 'ALTER TABLE users ADD COLUMN code text DEFAULT app.new_code();',
      errors: [{ line: 1, column: 48, message: 'app.new_code() is not known to be STABLE or IMMUTABLE' }],
    },
    {
      name: 'an operator that is not built in may be volatile',
      code: 'ALTER TABLE users ADD COLUMN n int DEFAULT 1 ### 2;',
      errors: [{ line: 1, column: 46, message: 'operator ### is not a built-in operator, so its volatility is not known here; if it is volatile' }],
    },
    { name: "a contrib extension's function, schema-qualified", code: 'ALTER TABLE users ADD COLUMN id uuid DEFAULT public.uuid_generate_v4();', errors: [{ line: 1, column: 46, message: 'public.uuid_generate_v4() is VOLATILE' }] },
    {
      name: 'a volatile default on a constrained domain: one finding',
      files: { 'V1__d.sql': "CREATE DOMAIN token AS text CHECK (VALUE <> '');", 'V2__add.sql': 'ALTER TABLE users ADD COLUMN t token DEFAULT md5(random()::text);' },
      errors: [{ file: 'V2__add.sql', line: 1, column: 50, message: 'random() is VOLATILE' }],
    },
    {
      name: 'a user function without a volatility is VOLATILE',
      files: {
        'V1__fn.sql': "CREATE FUNCTION new_code() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;",
        'V2__add.sql': 'ALTER TABLE users ADD COLUMN code text DEFAULT new_code();',
      },
      errors: [{ file: 'V2__add.sql', line: 1, column: 48 }],
    },
    {
      name: 'a plpgsql function made VOLATILE by ALTER FUNCTION',
      files: {
        'V1__fn.sql': 'CREATE FUNCTION next_code() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN 7; END $$;',
        'V2__add.sql': 'ALTER FUNCTION next_code() VOLATILE;\nALTER TABLE ticket ADD COLUMN code int DEFAULT next_code();',
      },
      errors: [{ file: 'V2__add.sql', line: 2, column: 48, message: 'next_code() is declared VOLATILE' }],
    },
    {
      name: 'CREATE OR REPLACE FUNCTION without a volatility makes it VOLATILE again',
      files: {
        'V1__fn.sql': "CREATE FUNCTION next_code() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 7';",
        'V2__fn.sql': 'CREATE OR REPLACE FUNCTION next_code() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 7; END $$;',
        'V3__add.sql': 'ALTER TABLE ticket ADD COLUMN code int DEFAULT next_code();',
      },
      errors: [{ file: 'V3__add.sql', line: 1, column: 48 }],
    },
    {
      name: 'an inlined SQL function whose body is volatile',
      files: {
        'V1__fn.sql': "CREATE FUNCTION roll() RETURNS int LANGUAGE sql AS 'SELECT (random() * 6)::int';",
        'V2__add.sql': 'ALTER TABLE ticket ADD COLUMN code int DEFAULT roll();',
      },
      errors: [{ file: 'V2__add.sql', line: 1, column: 48, message: "its body's random() is VOLATILE" }],
    },
    { code: "ALTER TABLE users ADD COLUMN s text DEFAULT 'x' || random()::text;", errors: [{ line: 1, column: 52, message: 'random() is VOLATILE' }] },
    {
      name: 'a domain with a CHECK is checked row by row',
      files: { 'V1__d.sql': "CREATE DOMAIN zone_code AS text CHECK (VALUE <> '');", 'V2__add.sql': 'ALTER TABLE shipments ADD COLUMN zone zone_code;' },
      errors: [{ file: 'V2__add.sql', line: 1, column: 39, message: 'ADD COLUMN zone zone_code on existing table shipments: domain zone_code has constraints' }],
    },
    {
      name: 'a domain given a constraint by ALTER DOMAIN, used through another domain',
      files: { 'V1__d.sql': 'CREATE DOMAIN zone_code AS text;\nCREATE DOMAIN zone AS zone_code;', 'V2__d.sql': 'ALTER DOMAIN zone_code SET NOT NULL;', 'V3__add.sql': "ALTER TABLE shipments ADD COLUMN zone zone DEFAULT 'eu';" },
      errors: [{ file: 'V3__add.sql', line: 1, column: 39, message: 'domain zone_code has constraints' }],
    },
    {
      name: 'GENERATED … STORED',
      code: 'ALTER TABLE users\n  ADD COLUMN email_lower text GENERATED ALWAYS AS (lower(email)) STORED;',
      errors: [{ line: 2, column: 31, message: 'GENERATED ALWAYS AS (…) STORED on existing table users computes the value for every row' }],
    },
    {
      name: 'an identity column numbers every row',
      code: 'ALTER TABLE events ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;',
      errors: [{ line: 1, column: 42, message: 'GENERATED AS IDENTITY on existing table events' }],
    },
    { name: 'serial', code: 'ALTER TABLE events ADD COLUMN seq bigserial;', errors: [{ line: 1, column: 35, message: 'ADD COLUMN seq bigserial on existing table events fills every row' }] },
    {
      name: 'several columns of one statement',
      code: 'ALTER TABLE users\n  ADD COLUMN a uuid DEFAULT gen_random_uuid(),\n  ADD COLUMN b int DEFAULT 0,\n  ADD COLUMN c timestamptz DEFAULT clock_timestamp();',
      errors: [{ line: 2, column: 29 }, { line: 4, column: 36 }],
    },
    {
      name: 'a table created by an earlier migration (no --base)',
      files: { 'V1__t.sql': 'CREATE TABLE t (a int);', 'V2__add.sql': 'ALTER TABLE t ADD COLUMN id uuid DEFAULT gen_random_uuid();' },
      errors: [{ file: 'V2__add.sql', line: 1, column: 42 }],
    },
    {
      name: 'inside a DO block',
      code: 'DO $$\nBEGIN\n  ALTER TABLE users ADD COLUMN id uuid DEFAULT gen_random_uuid();\nEND $$;',
      errors: [{ line: 3, column: 48 }],
    },
  ],
});

describe('volatile-default help', () => {
  it('names the function in the safe pattern', () => {
    const [f] = lintSpec({ files: { 'V2__a.sql': 'ALTER TABLE users ADD COLUMN id uuid DEFAULT gen_random_uuid();' } }, [rule]);
    expect(f!.help).toBe(
      'Add the column without a default (or with a constant one), then SET DEFAULT gen_random_uuid() for new rows, backfill existing rows in batches, and add NOT NULL through a validated CHECK.',
    );
  });

  it('the safe pattern trips none of the lock rules of its family', () => {
    const mine = rules.filter((r) => ['set-not-null', 'column-type-change', 'volatile-default'].includes(r.meta.id));
    expect(lintSpec({ files: safe }, mine)).toEqual([]);
  });
});
