/**
 * Issue #15: `check` applies another runner's migrations as that runner sends them — its order,
 * its rollbacks (down files, Down sections), its transactions (BEGIN … COMMIT around the file or
 * not, the whole file as one simple query or goose's pieces one by one) and its tracking table,
 * created before the first migration. What PostgreSQL says about each file is the measure: a
 * CONCURRENTLY beside another statement of one query fails with 25001 there as it does under the
 * runner. Every project here is our own, small; each engine gets the same ones.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { describeEachEngine } from '../helpers/db.js';
import { tmpProject } from '../helpers/tmp.js';
import { applyFailed, checkJson, config, diffNames, failure, statuses } from '../helpers/layout-check.js';

describeEachEngine('check: goose', (engine) => {
  it('numeric order, Down sections verified, NO TRANSACTION, the tracking table; a CONCURRENTLY in goose\'s transaction fails at its line', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('goose'),
      'migrations/1_users.sql': '-- +goose Up\nCREATE TABLE users (id int PRIMARY KEY, email text);\n\n-- +goose Down\nDROP TABLE users;\n',
      'migrations/2_last_version.sql':
        '-- +goose Up\nCREATE VIEW goose_last AS SELECT max(version_id) AS version FROM goose_db_version WHERE is_applied;\n-- +goose Down\nDROP VIEW goose_last;\n',
      // 10 after 2 (numeric, not text order): it needs users.
      'migrations/10_email_idx.sql':
        '-- +goose Up\n-- +goose NO TRANSACTION\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n\n-- +goose Down\nDROP INDEX CONCURRENTLY users_email;\n',
      'migrations/11_count.sql':
        '-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION users_count() RETURNS bigint LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN (SELECT count(*) FROM users);\nEND;\n$$;\n-- +goose StatementEnd\n\n-- +goose Down\nDROP FUNCTION users_count();\n',
      // goose sends BEGIN, then each statement: the CONCURRENTLY fails, and the column goes with the transaction.
      'migrations/12_name.sql':
        '-- +goose Up\nALTER TABLE users ADD COLUMN name text;\nCREATE INDEX CONCURRENTLY users_name ON users (name);\n\n-- +goose Down\nDROP INDEX users_name;\nALTER TABLE users DROP COLUMN name;\n',
    });
    const r = await checkJson(dir, engine);
    expect(statuses(r)).toEqual([
      'migrations/1_users.sql ok verified',
      'migrations/2_last_version.sql ok verified',
      'migrations/10_email_idx.sql ok verified',
      'migrations/11_count.sql ok verified',
      'migrations/12_name.sql failed none',
    ]);
    expect(failure(r, 'migrations/12_name.sql')).toBe('failed 25001 3:1');
    expect(applyFailed(r)).toEqual(['migrations/12_name.sql:3:1']);
    expect(r.code).toBe(1);
    const names = diffNames(r);
    expect(names).toEqual(expect.arrayContaining(['public.users', 'public.users.email', 'public.goose_last', 'public.users_email', 'public.users_count()']));
    // Nothing of 12: its ADD COLUMN went with goose's transaction.
    expect(names.filter((n) => n.includes('goose_db_version') || n.includes('users.name') || n.includes('users_name'))).toEqual([]);
  });
});

describeEachEngine('check: goose cuts a statement at a line ending in ";"', (engine) => {
  it('a dollar-quoted body without StatementBegin/End is sent in pieces and fails, as migration-format says', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('goose'),
      'migrations/1_fn.sql': '-- +goose Up\nCREATE FUNCTION one() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND $$;\n\n-- +goose Down\nDROP FUNCTION one();\n',
    });
    const r = await checkJson(dir, engine);
    expect(statuses(r)).toEqual(['migrations/1_fn.sql failed none']);
    // The first piece ends at "RETURN 1;": PostgreSQL finds its dollar quote unterminated.
    expect(failure(r, 'migrations/1_fn.sql')).toMatch(/^failed 42601 2:/);
    expect(r.findings.filter((f) => f.rule === 'migration-format').map((f) => f.line)).toEqual([2]);
  });
});

describeEachEngine('check: golang-migrate', (engine) => {
  it('numeric order, down files verified, a lone CONCURRENTLY autocommitted, the tracking table; beside a SET it fails with 25001', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('golang-migrate'),
      'migrations/1_users.up.sql': 'CREATE TABLE users (id int PRIMARY KEY, email text);\n',
      'migrations/1_users.down.sql': 'DROP TABLE users;\n',
      'migrations/2_current_version.up.sql': 'CREATE VIEW current_version AS SELECT version, dirty FROM schema_migrations;\n',
      'migrations/2_current_version.down.sql': 'DROP VIEW current_version;\n',
      // The whole file is one query: alone, PostgreSQL autocommits it, so CONCURRENTLY runs.
      'migrations/10_email_idx.up.sql': 'CREATE INDEX CONCURRENTLY users_email ON users (email);\n',
      'migrations/10_email_idx.down.sql': 'DROP INDEX CONCURRENTLY users_email;\n',
      // Two statements in one query are one implicit transaction: the CONCURRENTLY fails there.
      'migrations/11_id_idx.up.sql': "SET lock_timeout = '1s';\nCREATE INDEX CONCURRENTLY users_id ON users (id);\n",
      'migrations/11_id_idx.down.sql': 'DROP INDEX CONCURRENTLY users_id;\n',
      'migrations/12_later.up.sql': 'CREATE TABLE later (id int);\n',
      'migrations/12_later.down.sql': 'DROP TABLE later;\n',
    });
    const r = await checkJson(dir, engine);
    expect(statuses(r)).toEqual([
      'migrations/1_users.up.sql ok verified',
      'migrations/2_current_version.up.sql ok verified',
      'migrations/10_email_idx.up.sql ok verified',
      'migrations/11_id_idx.up.sql failed none',
      'migrations/12_later.up.sql skipped none',
    ]);
    expect(failure(r, 'migrations/11_id_idx.up.sql')).toBe('failed 25001 2:1');
    expect(applyFailed(r)).toEqual(['migrations/11_id_idx.up.sql:2:1']);
    const names = diffNames(r);
    expect(names).toEqual(expect.arrayContaining(['public.users', 'public.current_version', 'public.users_email']));
    expect(names.filter((n) => n.includes('schema_migrations') || n.includes('users_id') || n.includes('later'))).toEqual([]);
  });

  it('one query: a COMMIT inside does not let a CONCURRENTLY run, a failing statement takes the ones before it along, the error position finds the line', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('golang-migrate'),
      // What came before the COMMIT is committed; the CONCURRENTLY after it still fails (25001).
      'commit/1_a.up.sql': 'CREATE TABLE a (v int);\nCOMMIT;\nCREATE INDEX CONCURRENTLY a_v ON a (v);\n',
      'commit/2_next.up.sql': 'CREATE TABLE next (id int);\n',
      // One implicit transaction: the division by zero undoes the CREATE TABLE before it.
      'atomic/1_two.up.sql': 'CREATE TABLE first (id int);\nINSERT INTO first SELECT 1/0;\n',
      'atomic/2_next.up.sql': 'CREATE TABLE next (id int);\n',
      // The file's own BEGIN … COMMIT, sent whole: PostgreSQL's position (in the whole text) is line 3, column 14.
      'position/1_tx.up.sql': 'BEGIN;\nCREATE TABLE second (id int);\nINSERT INTO  nope SELECT 1;\nCOMMIT;\n',
      'position/2_next.up.sql': 'CREATE TABLE next (id int);\n',
      // No position from PostgreSQL (a division by zero) in a file with its own BEGIN … COMMIT: still its line.
      'divide/1_tx.up.sql': 'BEGIN;\nCREATE TABLE third (id int);\nINSERT INTO third SELECT 1/0;\nCOMMIT;\n',
      // After a COMMIT inside the query: what came before stays, the rest is one transaction again.
      'after/1_c.up.sql': 'CREATE TABLE kept (id int);\nCOMMIT;\nCREATE TABLE gone (id int);\nINSERT INTO gone SELECT 1/0;\n',
    });
    const r = await checkJson(dir, engine, ['commit', 'atomic', 'position', 'divide', 'after']);
    expect(statuses(r)).toEqual([
      'commit/1_a.up.sql failed missing',
      'commit/2_next.up.sql skipped missing',
      'atomic/1_two.up.sql failed missing',
      'atomic/2_next.up.sql skipped missing',
      'position/1_tx.up.sql failed missing',
      'position/2_next.up.sql skipped missing',
      'divide/1_tx.up.sql failed missing',
      'after/1_c.up.sql failed missing',
    ]);
    expect(failure(r, 'divide/1_tx.up.sql')).toBe('failed 22012 3:1');
    expect(failure(r, 'after/1_c.up.sql')).toBe('failed 22012 4:1');
    expect(failure(r, 'commit/1_a.up.sql')).toBe('failed 25001 3:1');
    expect(failure(r, 'atomic/1_two.up.sql')).toBe('failed 22012 2:1');
    expect(failure(r, 'position/1_tx.up.sql')).toBe('failed 42P01 3:14');
    expect(applyFailed(r)).toEqual(['commit/1_a.up.sql:3:1', 'atomic/1_two.up.sql:2:1', 'position/1_tx.up.sql:3:14', 'divide/1_tx.up.sql:3:1', 'after/1_c.up.sql:4:1']);
    const names = diffNames(r);
    expect(names).toContain('public.a');
    expect(names).toContain('public.kept');
    expect(names.filter((n) => /first|second|third|gone|next|a_v/.test(n))).toEqual([]);
  });
});

describeEachEngine('check: dbmate', (engine) => {
  it('sections in file order, Down sections verified, transaction:false lets a lone CONCURRENTLY run, the tracking table', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('dbmate'),
      'migrations/20240101000001_users.sql': '-- migrate:up\nCREATE TABLE users (id int PRIMARY KEY, email text);\n\n-- migrate:down\nDROP TABLE users;\n',
      'migrations/20240101000002_versions.sql':
        '-- migrate:up\nCREATE VIEW applied_versions AS SELECT version FROM schema_migrations;\n\n-- migrate:down\nDROP VIEW applied_versions;\n',
      'migrations/20240101000003_email_idx.sql':
        '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n\n-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY users_email;\n',
      'migrations/20240101000004_notes.sql':
        '-- migrate:up\nCREATE TABLE notes (id int PRIMARY KEY, user_id int REFERENCES users);\nCREATE INDEX notes_user ON notes (user_id);\n\n-- migrate:down\nDROP TABLE notes;\n',
    });
    const r = await checkJson(dir, engine);
    expect(statuses(r)).toEqual([
      'migrations/20240101000001_users.sql ok verified',
      'migrations/20240101000002_versions.sql ok verified',
      'migrations/20240101000003_email_idx.sql ok verified',
      'migrations/20240101000004_notes.sql ok verified',
    ]);
    expect(r.findings.filter((f) => f.rule === 'apply-failed' || f.rule === 'rollback-failed' || f.rule === 'rollback-incomplete')).toEqual([]);
    const names = diffNames(r);
    expect(names).toEqual(expect.arrayContaining(['public.users', 'public.applied_versions', 'public.users_email', 'public.notes']));
    expect(names.filter((n) => n.includes('schema_migrations'))).toEqual([]);
  });
});

describe('database commands on another runner\'s layout', () => {
  it('migrate, status, rollback and create refuse the layout (exit 2, naming goose) without touching the database', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('goose'),
      'migrations/1_users.sql': '-- +goose Up\nCREATE TABLE users (id int);\n-- +goose Down\nDROP TABLE users;\n',
    });
    // Nothing listens on port 1: a command that tried the database would say so.
    const url = ['--database-url', 'postgres://postgres@127.0.0.1:1/nowhere'];
    for (const argv of [['migrate', ...url], ['status', ...url], ['rollback', ...url], ['create', '--name', 'add_name']]) {
      const run = await runCli(dir, argv);
      expect(run.code, `${argv[0]}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toMatch(/goose migrations \(layout: goose\)/);
      expect(run.stderr).toMatch(/goose applies these/);
      expect(run.stderr).not.toMatch(/ECONNREFUSED|connect/i);
      expect(run.stdout).toBe('');
    }
    // create wrote nothing either.
    expect(readdirSync(join(dir, 'migrations'))).toEqual(['1_users.sql']);
  });
});
