import { afterEach, beforeEach, expect, it } from 'vitest';
import { ApplyError, applyFile, applyMode } from '../../src/db/apply.js';
import { asDbError, maskSecrets, maskUrl, type Scratch } from '../../src/db/engine.js';
import { makeProject } from '../helpers/rule-tester.js';
import { describeEachEngine } from '../helpers/db.js';

const file = (sql: string, name = 'V1__m.sql') => makeProject({ files: { [name]: sql } }).files[0]!;

describeEachEngine('applyFile', (engine) => {
  let s: Scratch;
  beforeEach(async () => {
    s = await engine.scratch();
  });
  afterEach(async () => {
    await s.dispose();
  });

  const tables = async () =>
    (await s.db.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows.map((r) => r.t);

  it('runs a plain file in one transaction with the history hook inside it', async () => {
    const f = file('CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n');
    expect(applyMode(f)).toBe('transaction');
    let inTx = false;
    await applyFile(s.db, f, {
      beforeCommit: async () => {
        // inside the migration's transaction, its tables are visible and now() is the BEGIN time
        inTx = (await s.db.query("SELECT 1 FROM pg_tables WHERE tablename = 'b'")).rowCount === 1;
        await s.db.exec("SAVEPOINT inside_the_transaction"); // fails outside a transaction block
      },
    });
    expect(inTx).toBe(true);
    expect(await tables()).toEqual(['a', 'b']);
  });

  it('maps a failing statement to its file line and column, and rolls back', async () => {
    const f = file('CREATE TABLE a (id int);\n-- comment\nINSERT INTO a VALUES (1);\nSELECT nope FROM a;\n');
    const err = await applyFile(s.db, f).catch((e) => e);
    expect(err).toBeInstanceOf(ApplyError);
    expect(err).toMatchObject({ file: 'migrations/V1__m.sql', line: 4, column: 8, sqlstate: '42703', statementIndex: 2 });
    expect(err.message).toContain('column "nope" does not exist');
    expect(await tables()).toEqual([]);
  });

  it('positions count characters after non-ASCII text', async () => {
    const f = file("SELECT 'héllo wörld 🎉', nope;\n");
    const err = (await applyFile(s.db, f).catch((e) => e)) as ApplyError;
    expect([err.line, err.column]).toEqual([1, 26]);
  });

  it('runs CONCURRENTLY statements one by one outside a transaction', async () => {
    await applyFile(s.db, file('CREATE TABLE t (id int);'));
    const f = file('CREATE INDEX CONCURRENTLY t_a ON t (id);\nCREATE INDEX CONCURRENTLY t_b ON t (id);\n', 'V2__i.sql');
    expect(applyMode(f)).toBe('no-transaction');
    await applyFile(s.db, f);
    const idx = await s.db.query("SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1");
    expect(idx.rows).toEqual([{ indexname: 't_a' }, { indexname: 't_b' }]);
  });

  it('runs a file with its own BEGIN/COMMIT as written, the hook before its COMMIT', async () => {
    const f = file('BEGIN;\nCREATE TABLE w (id int);\nCOMMIT;\n');
    expect(applyMode(f)).toBe('as-written');
    let sawTable = false;
    await applyFile(s.db, f, {
      beforeCommit: async () => {
        sawTable = (await s.db.query("SELECT 1 FROM pg_tables WHERE tablename = 'w'")).rowCount === 1;
        await s.db.exec('CREATE TABLE hook_ran (id int)');
      },
    });
    expect(sawTable).toBe(true);
    expect(await tables()).toEqual(['hook_ran', 'w']);
    const bad = file('BEGIN;\nCREATE TABLE x (id int);\nCREATE TABLE x (id int);\nCOMMIT;\n');
    const err = (await applyFile(s.db, bad).catch((e) => e)) as ApplyError;
    expect([err.line, err.sqlstate]).toEqual([3, '42P07']);
    expect(await tables()).toEqual(['hook_ran', 'w']);
  });

  it('errors carry SQLSTATE, detail and hint', async () => {
    await applyFile(s.db, file('CREATE TABLE p (id int PRIMARY KEY);\nINSERT INTO p VALUES (1);'));
    const err = (await applyFile(s.db, file('INSERT INTO p VALUES (1);', 'V3__dup.sql')).catch((e) => e)) as ApplyError;
    expect(err.sqlstate).toBe('23505');
    expect(err.detail).toContain('Key (id)=(1) already exists');
    expect(err.describe()).toMatch(/^migrations\/V3__dup\.sql:1:1: 23505 duplicate key value/);
  });

  it('asDbError reads driver errors', async () => {
    const e = await s.db.exec('SELEC 1').catch((x) => x);
    expect(asDbError(e)).toMatchObject({ code: '42601', position: 1 });
  });
});

it('masks passwords in URLs and messages', () => {
  expect(maskUrl('postgres://app:s3cr%40t@db:5432/x')).toBe('postgres://app:***@db:5432/x');
  expect(maskUrl('host=db password=hunter2 user=x')).toBe('host=db password=*** user=x');
  expect(maskSecrets('auth failed for s3cr@t', 'postgres://app:s3cr%40t@db/x')).toBe('auth failed for ***');
});
