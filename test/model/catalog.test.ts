import { describe, expect, it } from 'vitest';
import { Catalog } from '../../src/model/catalog.js';
import type { MigrationFile, Project } from '../../src/model/project.js';
import { makeProject, type ProjectSpec } from '../helpers/rule-tester.js';

/** Replays the migrations (top-level statements and DO bodies) like the engine does. */
function replay(spec: ProjectSpec): { catalog: Catalog; project: Project; file: (rel: string) => MigrationFile } {
  const project = makeProject(spec);
  const catalog = new Catalog(project);
  for (const f of project.migrations) {
    for (const s of f.parsed.statements) {
      if (s.kind === 'DoStmt') for (const n of s.nested) catalog.apply(n, f);
      catalog.apply(s, f);
    }
  }
  const file = (rel: string) => project.files.find((f) => f.rel === rel)!;
  return { catalog, project, file };
}

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
