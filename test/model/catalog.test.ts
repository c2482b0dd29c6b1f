import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/model/catalog.js';
import { replay } from '../helpers/rule-tester.js';

const keys = (c: Catalog) => [...c.relations.keys()].sort();

describe('Catalog replay', () => {
  it('records tables, views, sequences, indexes and functions with their origin', () => {
    const { catalog, file } = replay({
      files: {
        'V1__init.sql': [
          'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);',
          'CREATE TABLE billing.invoices (id int, account_id bigint, CONSTRAINT pk PRIMARY KEY (id));',
          'CREATE VIEW active AS SELECT * FROM accounts;',
          'CREATE MATERIALIZED VIEW totals AS SELECT 1 AS x;',
          'CREATE SEQUENCE billing.numbers;',
          'CREATE INDEX idx_inv ON billing.invoices (account_id);',
          'CREATE TABLE snapshot AS SELECT * FROM accounts;',
          'SELECT * INTO copy FROM accounts;',
          'CREATE FUNCTION touch() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;',
        ].join('\n'),
      },
    });
    expect(keys(catalog)).toEqual([
      'billing.idx_inv', 'billing.invoices', 'billing.numbers',
      'public.accounts', 'public.active', 'public.copy', 'public.snapshot', 'public.totals',
    ]);
    expect(catalog.relation('public.accounts')).toMatchObject({ kind: 'table', primaryKey: ['id'], partitioned: false });
    expect(catalog.relation('billing.invoices')?.primaryKey).toEqual(['id']);
    expect(catalog.relation('billing.idx_inv')).toMatchObject({ kind: 'index', table: 'billing.invoices' });
    expect(catalog.relation('public.totals')?.kind).toBe('materialized view');
    expect(catalog.relation('public.accounts')?.origin.file).toBe(file('V1__init.sql'));
    expect([...catalog.functions.keys()]).toEqual(['public.touch']);
  });

  it('drops relations, and a table takes its indexes with it', () => {
    const { catalog } = replay({
      files: {
        'V1__init.sql': 'CREATE TABLE a (id int);\nCREATE INDEX idx_a ON a (id);\nCREATE TABLE b (id int);\nCREATE INDEX idx_b ON b (id);',
        'V2__drop.sql': 'DROP TABLE a;\nDROP INDEX idx_b;\nDROP FUNCTION IF EXISTS nothing();',
      },
    });
    expect(keys(catalog)).toEqual(['public.b']);
  });

  it('CREATE TABLE IF NOT EXISTS of a known table keeps the first origin', () => {
    const { catalog, file } = replay({
      files: { 'V1__a.sql': 'CREATE TABLE t (id int);', 'V2__b.sql': 'CREATE TABLE IF NOT EXISTS t (id int, x int);' },
    });
    expect(catalog.relation('public.t')?.origin.file).toBe(file('V1__a.sql'));
  });

  it('follows renames of tables and indexes; indexes follow their renamed table', () => {
    const { catalog, file } = replay({
      files: {
        'V1__a.sql': 'CREATE TABLE t (id int);\nCREATE INDEX idx_t ON t (id);',
        'V2__b.sql': 'ALTER TABLE t RENAME TO u;\nALTER INDEX idx_t RENAME TO idx_u;\nALTER TABLE IF EXISTS unknown RENAME TO other;',
      },
    });
    expect(keys(catalog)).toEqual(['public.idx_u', 'public.u']);
    expect(catalog.relation('public.u')?.origin.file).toBe(file('V1__a.sql'));
    expect(catalog.relation('public.idx_u')?.table).toBe('public.u');
  });

  it('follows ALTER TABLE … SET SCHEMA, moving the indexes along', () => {
    const { catalog } = replay({
      files: { 'V1__a.sql': 'CREATE TABLE t (id int);\nCREATE INDEX idx_t ON t (id);\nALTER TABLE t SET SCHEMA archive;' },
    });
    expect(keys(catalog)).toEqual(['archive.idx_t', 'archive.t']);
    expect(catalog.relation('archive.idx_t')?.table).toBe('archive.t');
  });

  it('column renames leave relations alone', () => {
    const { catalog } = replay({ files: { 'V1__a.sql': 'CREATE TABLE t (id int);\nALTER TABLE t RENAME COLUMN id TO key;' } });
    expect(keys(catalog)).toEqual(['public.t']);
  });

  it('records partitioned tables', () => {
    const { catalog } = replay({
      files: { 'V1__a.sql': "CREATE TABLE ev (at date) PARTITION BY RANGE (at);\nCREATE TABLE ev_2026 PARTITION OF ev FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');" },
    });
    expect(catalog.relation('public.ev')?.partitioned).toBe(true);
    expect(catalog.relation('public.ev_2026')?.partitioned).toBe(false);
  });

  it('sees tables created inside DO blocks', () => {
    const { catalog } = replay({ files: { 'V1__a.sql': 'DO $$\nBEGIN\n  CREATE TABLE t (id int);\nEND $$;' } });
    expect(keys(catalog)).toEqual(['public.t']);
  });
});

describe('isPreExisting', () => {
  const init = 'CREATE TABLE accounts (id int);\nCREATE INDEX idx_accounts ON accounts (id);';

  it('unknown relations existed before', () => {
    const { catalog, file } = replay({ files: { 'V1__a.sql': 'SELECT 1;' } });
    expect(catalog.isPreExisting('public.legacy', file('V1__a.sql'))).toBe(true);
    expect(catalog.isPreExisting(undefined, file('V1__a.sql'))).toBe(true);
  });

  it('relations created in the same file are new', () => {
    const { catalog, file } = replay({ files: { 'V1__a.sql': init } });
    expect(catalog.isPreExisting('public.accounts', file('V1__a.sql'))).toBe(false);
    expect(catalog.isPreExisting('public.idx_accounts', file('V1__a.sql'))).toBe(false);
  });

  it('without a base, relations created by an earlier migration existed before', () => {
    const { catalog, file } = replay({ files: { 'V1__a.sql': init, 'V2__b.sql': 'SELECT 1;' } });
    expect(catalog.isPreExisting('public.accounts', file('V2__b.sql'))).toBe(true);
    expect(catalog.isPreExisting('public.idx_accounts', file('V2__b.sql'))).toBe(true);
  });

  it('with a base, relations created by a new migration are new; those from merged migrations are not', () => {
    const { catalog, file } = replay({
      base: { 'V1__a.sql': init },
      files: { 'V1__a.sql': init, 'V2__b.sql': 'CREATE TABLE orders (id int);', 'V3__c.sql': 'SELECT 1;' },
    });
    expect(catalog.isPreExisting('public.orders', file('V3__c.sql'))).toBe(false);
    expect(catalog.isPreExisting('public.accounts', file('V3__c.sql'))).toBe(true);
  });

  it('an index created by a new migration on a merged table is new', () => {
    const { catalog, file } = replay({
      base: { 'V1__a.sql': init },
      files: { 'V1__a.sql': init, 'V2__b.sql': 'CREATE INDEX CONCURRENTLY idx_new ON accounts (id);', 'V3__c.sql': 'SELECT 1;' },
    });
    expect(catalog.isPreExisting('public.idx_new', file('V3__c.sql'))).toBe(false);
    expect(catalog.isPreExisting('public.idx_accounts', file('V3__c.sql'))).toBe(true);
  });
});

describe('columns', () => {
  it('records CREATE TABLE columns with PostgreSQL type names, NOT NULL and DEFAULT', () => {
    const { catalog } = replay({
      files: {
        'V1__a.sql': [
          'CREATE TABLE t (',
          "  a varchar(255) NOT NULL DEFAULT '', b int, c int4[], d decimal(12, 4), e decimal(10), f numeric,",
          '  g timestamptz, h timestamp(3), i bool, j serial PRIMARY KEY, k bigserial, l text, m jsonb, n uuid,',
          '  o double precision, p float, q char, r character(5), s varchar, t billing.money_t, u int8, v smallint,',
          '  w int GENERATED ALWAYS AS IDENTITY, x int GENERATED ALWAYS AS (v * 2) STORED, y timetz, z bit varying(3)',
          ');',
        ].join('\n'),
      },
    });
    const cols = catalog.columns('public.t')!;
    const type = (name: string) => cols.get(name)?.type;
    expect(Object.fromEntries([...cols.values()].map((c) => [c.name, c.type]))).toEqual({
      a: 'character varying(255)', b: 'integer', c: 'integer[]', d: 'numeric(12,4)', e: 'numeric(10,0)', f: 'numeric',
      g: 'timestamp with time zone', h: 'timestamp(3) without time zone', i: 'boolean', j: 'integer', k: 'bigint', l: 'text',
      m: 'jsonb', n: 'uuid', o: 'double precision', p: 'double precision', q: 'character(1)', r: 'character(5)',
      s: 'character varying', t: 'billing.money_t', u: 'bigint', v: 'smallint', w: 'integer', x: 'integer',
      y: 'time with time zone', z: 'bit varying(3)',
    });
    expect(type('a')).toBe('character varying(255)');
    expect(catalog.column('public.t', 'a')).toMatchObject({ notNull: true, hasDefault: true });
    expect(catalog.column('public.t', 'b')).toMatchObject({ notNull: false, hasDefault: false });
    expect(catalog.column('public.t', 'j')).toMatchObject({ notNull: true, hasDefault: true });
    expect(catalog.column('public.t', 'k')).toMatchObject({ notNull: true, hasDefault: true });
    expect(catalog.column('public.t', 'w')).toMatchObject({ notNull: true, identity: true });
    expect(catalog.column('public.t', 'x')?.generated).toBe('stored');
  });

  it('follows ALTER TABLE column changes', () => {
    const { catalog } = replay({
      files: {
        'V1__a.sql': 'CREATE TABLE t (id int PRIMARY KEY, a varchar(10), b text NOT NULL DEFAULT \'x\', gone int);',
        'V2__b.sql': [
          'ALTER TABLE t ADD COLUMN c numeric(8,2) NOT NULL DEFAULT 0, ALTER COLUMN a TYPE varchar(20), DROP COLUMN gone;',
          'ALTER TABLE t ALTER COLUMN b DROP NOT NULL, ALTER COLUMN b DROP DEFAULT, ALTER COLUMN a SET NOT NULL, ALTER COLUMN a SET DEFAULT \'y\';',
          'ALTER TABLE t RENAME COLUMN c TO amount;',
          'ALTER TABLE t RENAME a TO label;',
        ].join('\n'),
      },
    });
    const cols = catalog.columns('public.t')!;
    expect([...cols.keys()]).toEqual(['id', 'b', 'amount', 'label']);
    expect(cols.get('label')).toMatchObject({ type: 'character varying(20)', notNull: true, hasDefault: true });
    expect(cols.get('b')).toMatchObject({ notNull: false, hasDefault: false });
    expect(cols.get('amount')).toMatchObject({ type: 'numeric(8,2)', notNull: true, hasDefault: true });
    expect(cols.get('id')?.notNull).toBe(true);
  });

  it('knows only the columns added to a table no migration created', () => {
    const { catalog, file } = replay({
      files: { 'V1__a.sql': 'ALTER TABLE users ADD COLUMN a int;\nALTER TABLE users ADD COLUMN IF NOT EXISTS b int;' },
    });
    expect(catalog.columns('public.users')).toBeUndefined();
    expect(catalog.column('public.users', 'a')?.type).toBe('integer');
    // IF NOT EXISTS on a table whose columns are unknown may have done nothing.
    expect(catalog.column('public.users', 'b')).toBeUndefined();
    expect(catalog.isColumnPreExisting('public.users', 'a', file('V1__a.sql'))).toBe(false);
    expect(catalog.isColumnPreExisting('public.users', 'b', file('V1__a.sql'))).toBe(true);
  });

  it('copies columns for PARTITION OF, INHERITS and LIKE; AS SELECT leaves them unknown', () => {
    const { catalog } = replay({
      files: {
        'V1__a.sql': [
          'CREATE TABLE ev (id bigint NOT NULL, at date) PARTITION BY RANGE (at);',
          "CREATE TABLE ev_2026 PARTITION OF ev FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
          'CREATE TABLE child (extra text) INHERITS (ev);',
          'CREATE TABLE copy (LIKE ev, note text);',
          'CREATE TABLE snap AS SELECT * FROM ev;',
          'CREATE TABLE odd (LIKE unknown_table);',
        ].join('\n'),
      },
    });
    expect([...catalog.columns('public.ev_2026')!.keys()]).toEqual(['id', 'at']);
    expect([...catalog.columns('public.child')!.keys()]).toEqual(['id', 'at', 'extra']);
    expect([...catalog.columns('public.copy')!.keys()]).toEqual(['id', 'at', 'note']);
    expect(catalog.column('public.copy', 'id')?.notNull).toBe(true);
    expect(catalog.columns('public.snap')).toBeUndefined();
    expect(catalog.columns('public.odd')).toBeUndefined();
  });

  it('carries columns and constraints along table renames, SET SCHEMA, and forgets them on DROP', () => {
    const { catalog } = replay({
      files: {
        'V1__a.sql': 'CREATE TABLE t (id int CHECK (id > 0));\nALTER TABLE t SET SCHEMA public;\nALTER TABLE t RENAME TO u;\nALTER TABLE u SET SCHEMA archive;',
        'V2__b.sql': 'CREATE TABLE gone (id int);\nDROP TABLE gone;\nCREATE TABLE gone (other text);',
      },
    });
    expect(catalog.columns('public.t')).toBeUndefined();
    expect([...catalog.columns('archive.u')!.keys()]).toEqual(['id']);
    expect(catalog.constraints('archive.u').map((c) => c.name)).toEqual(['t_id_check']);
    expect([...catalog.columns('public.gone')!.keys()]).toEqual(['other']);
  });

  it('columns created in the same file, or by a new migration with a base, are not pre-existing', () => {
    const init = 'CREATE TABLE accounts (id int);';
    const { catalog, file } = replay({
      base: { 'V1__a.sql': init },
      files: { 'V1__a.sql': init, 'V2__b.sql': 'ALTER TABLE accounts ADD COLUMN email text;', 'V3__c.sql': 'SELECT 1;' },
    });
    expect(catalog.isColumnPreExisting('public.accounts', 'id', file('V3__c.sql'))).toBe(true);
    expect(catalog.isColumnPreExisting('public.accounts', 'email', file('V3__c.sql'))).toBe(false);
  });
});

describe('constraints', () => {
  it('records table and column constraints of CREATE TABLE with PostgreSQL names, all validated', () => {
    const { catalog } = replay({
      files: {
        'V1__a.sql': [
          'CREATE TABLE orders (',
          '  id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id), code text UNIQUE,',
          '  qty int CHECK (qty > 0), a int, b int,',
          '  CONSTRAINT a_set CHECK (a IS NOT NULL) NOT VALID, UNIQUE (a, b), CHECK (b < a),',
          '  FOREIGN KEY (a, b) REFERENCES pairs (x, y)',
          ');',
        ].join('\n'),
      },
    });
    expect(catalog.constraints('public.orders').map((c) => [c.name, c.kind, c.validated, c.columns])).toEqual([
      ['orders_pkey', 'primary key', true, ['id']],
      ['orders_customer_id_fkey', 'foreign key', true, ['customer_id']],
      ['orders_code_key', 'unique', true, ['code']],
      ['orders_qty_check', 'check', true, ['qty']],
      ['a_set', 'check', true, ['a']],
      ['orders_a_b_key', 'unique', true, ['a', 'b']],
      ['orders_check', 'check', true, ['b', 'a']],
      ['orders_a_b_fkey', 'foreign key', true, ['a', 'b']],
    ]);
    expect(catalog.constraint('public.orders', 'a_set')?.notNullColumn).toBe('a');
    expect(catalog.constraint('public.orders', 'orders_customer_id_fkey')?.references).toBe('public.customers');
  });

  it('follows ADD … NOT VALID, VALIDATE, RENAME and DROP CONSTRAINT', () => {
    const { catalog, file } = replay({
      files: {
        'V1__a.sql': 'CREATE TABLE users (id int, email text, name text);',
        'V2__b.sql': [
          'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;',
          'ALTER TABLE users ADD CONSTRAINT users_name_nn CHECK (name IS NOT NULL) NOT VALID;',
          'ALTER TABLE users ADD CONSTRAINT tmp CHECK (id > 0);',
          'ALTER TABLE users DROP CONSTRAINT IF EXISTS tmp;',
        ].join('\n'),
        'V3__c.sql': 'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\nALTER TABLE users RENAME CONSTRAINT users_name_nn TO name_nn;',
        'V4__d.sql': 'SELECT 1;',
      },
    });
    expect(catalog.constraints('public.users').map((c) => [c.name, c.validated, c.notNullColumn])).toEqual([
      ['users_email_nn', true, 'email'],
      ['name_nn', false, 'name'],
    ]);
    expect(catalog.hasValidatedNotNullCheck('public.users', 'email', file('V4__d.sql'))).toBe(true);
    // validated in V3, but the constraint itself comes from V2: V3 may rely on it.
    expect(catalog.hasValidatedNotNullCheck('public.users', 'email', file('V3__c.sql'))).toBe(true);
    expect(catalog.hasValidatedNotNullCheck('public.users', 'email', file('V2__b.sql'))).toBe(false);
    expect(catalog.hasValidatedNotNullCheck('public.users', 'name', file('V4__d.sql'))).toBe(false);
  });

  it('ADD PRIMARY KEY makes its columns NOT NULL; DROP COLUMN drops the constraints that use it; RENAME COLUMN follows', () => {
    const { catalog } = replay({
      files: {
        'V1__a.sql': 'CREATE TABLE t (id int, a int, b int, CHECK (a IS NOT NULL));',
        'V2__b.sql': 'ALTER TABLE t ADD PRIMARY KEY (id);\nALTER TABLE t ADD UNIQUE (a, b);\nALTER TABLE t DROP COLUMN b;\nALTER TABLE t RENAME COLUMN a TO c;',
      },
    });
    expect(catalog.column('public.t', 'id')?.notNull).toBe(true);
    expect(catalog.constraints('public.t').map((c) => [c.name, c.notNullColumn ?? null, c.columns])).toEqual([
      ['t_a_check', 'c', ['c']],
      ['t_pkey', null, ['id']],
    ]);
  });

  it('numbers a second unnamed constraint like PostgreSQL', () => {
    const { catalog } = replay({ files: { 'V1__a.sql': 'CREATE TABLE t (a int CHECK (a > 0), b int, CHECK (a < 10), CHECK (b < a), CHECK (1 > 0));' } });
    expect(catalog.constraints('public.t').map((c) => c.name)).toEqual(['t_a_check', 't_a_check1', 't_check', 't_check1']);
  });
});

describe('types', () => {
  it('records enums, composites, domains and ranges; follows renames, SET SCHEMA and drops', () => {
    const { catalog, file } = replay({
      files: {
        'V1__a.sql': [
          "CREATE TYPE mood AS ENUM ('ok', 'sad');",
          'CREATE TYPE billing.pair AS (a int, b int);',
          'CREATE DOMAIN posint AS int CHECK (VALUE > 0);',
          'CREATE TYPE span AS RANGE (subtype = int);',
          'CREATE TYPE gone AS ENUM ();',
        ].join('\n'),
        'V2__b.sql': 'ALTER TYPE mood RENAME TO feeling;\nALTER DOMAIN posint SET SCHEMA billing;\nDROP TYPE gone;',
      },
    });
    expect([...catalog.types.values()].map((t) => [t.key, t.kind]).sort()).toEqual([
      ['billing.pair', 'composite'], ['billing.posint', 'domain'], ['public.feeling', 'enum'], ['public.span', 'range'],
    ]);
    expect(catalog.isObjectPreExisting('type', 'public.feeling', file('V2__b.sql'))).toBe(true);
    expect(catalog.isObjectPreExisting('type', 'public.feeling', file('V1__a.sql'))).toBe(false);
  });
});
