/**
 * Issue #15 (the layouts of sqlx, diesel and Prisma; goose, golang-migrate and dbmate are in
 * layouts.test.ts): `check` applies another runner's migrations as that runner sends them — its order,
 * its rollbacks (down files, Down sections), its transactions (BEGIN … COMMIT around the file or
 * not, the whole file as one simple query or goose's pieces one by one) and its tracking table,
 * created before the first migration. What PostgreSQL says about each file is the measure: a
 * CONCURRENTLY beside another statement of one query fails with 25001 there as it does under the
 * runner. Every project here is our own, small; each engine gets the same ones.
 */
import { expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { describeEachEngine } from '../helpers/db.js';
import { tmpProject } from '../helpers/tmp.js';
import { checkJson, config, diffNames, failure, statuses } from '../helpers/layout-check.js';

describeEachEngine('check: sqlx', (engine) => {
  it('numeric order, .down.sql verified, -- no-transaction lets a lone CONCURRENTLY run, the tracking table', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('sqlx'),
      'migrations/1_users.up.sql': 'CREATE TABLE users (id int PRIMARY KEY, email text);\n',
      'migrations/1_users.down.sql': 'DROP TABLE users;\n',
      'migrations/2_applied.up.sql': 'CREATE VIEW sqlx_applied AS SELECT version, success FROM _sqlx_migrations;\n',
      'migrations/2_applied.down.sql': 'DROP VIEW sqlx_applied;\n',
      'migrations/10_email_idx.up.sql': '-- no-transaction\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n',
      'migrations/10_email_idx.down.sql': '-- no-transaction\nDROP INDEX CONCURRENTLY users_email;\n',
      'migrations/11_notes.up.sql': 'CREATE TABLE notes (id int PRIMARY KEY, user_id int REFERENCES users);\n',
      'migrations/11_notes.down.sql': 'DROP TABLE notes;\n',
    });
    const r = await checkJson(dir, engine);
    expect(statuses(r)).toEqual([
      'migrations/1_users.up.sql ok verified',
      'migrations/2_applied.up.sql ok verified',
      'migrations/10_email_idx.up.sql ok verified',
      'migrations/11_notes.up.sql ok verified',
    ]);
    expect(r.findings.filter((f) => f.rule === 'apply-failed' || f.rule === 'rollback-failed' || f.rule === 'rollback-incomplete')).toEqual([]);
    const names = diffNames(r);
    expect(names).toEqual(expect.arrayContaining(['public.users', 'public.sqlx_applied', 'public.users_email', 'public.notes']));
    expect(names.filter((n) => n.includes('_sqlx_migrations'))).toEqual([]);
  });
});

describeEachEngine('check: diesel', (engine) => {
  it('folder order, down.sql verified, a trigger on the tracking table, run_in_transaction = false; without metadata.toml a CONCURRENTLY fails', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('diesel'),
      'migrations/2024-01-01-000001_users/up.sql': 'CREATE TABLE users (id int PRIMARY KEY, email text);\n',
      'migrations/2024-01-01-000001_users/down.sql': 'DROP TABLE users;\n',
      // A trigger on diesel's table: check writes diesel's row (the version as diesel writes it) after each migration, so it fires.
      'migrations/2024-01-01-000002_log/up.sql':
        'CREATE TABLE migration_log (version varchar(50));\n' +
        'CREATE FUNCTION log_migration() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO migration_log VALUES (NEW.version); RETURN NEW; END $$;\n' +
        'CREATE TRIGGER log_migration AFTER INSERT ON __diesel_schema_migrations FOR EACH ROW EXECUTE FUNCTION log_migration();\n',
      'migrations/2024-01-01-000002_log/down.sql':
        'DROP TRIGGER log_migration ON __diesel_schema_migrations;\nDROP FUNCTION log_migration();\nDROP TABLE migration_log;\n',
      'migrations/2024-01-01-000003_email_idx/up.sql': 'CREATE INDEX CONCURRENTLY users_email ON users (email);\n',
      'migrations/2024-01-01-000003_email_idx/down.sql': 'DROP INDEX CONCURRENTLY users_email;\n',
      'migrations/2024-01-01-000003_email_idx/metadata.toml': 'run_in_transaction = false\n',
      'migrations/2024-01-01-000004_logged/up.sql':
        "DO $$ BEGIN\n  IF NOT ARRAY['20240101000002', '20240101000003']::varchar[] <@ (SELECT array_agg(version) FROM migration_log) THEN\n    RAISE EXCEPTION 'diesel rows: %', (SELECT array_agg(version) FROM migration_log);\n  END IF;\nEND $$;\n",
      'migrations/2024-01-01-000004_logged/down.sql': 'SELECT 1;\n',
      // diesel's transaction by default: BEGIN, the file, its row, COMMIT.
      'migrations/2024-01-01-000005_id_idx/up.sql': '-- the index\nCREATE INDEX CONCURRENTLY users_id ON users (id);\n',
      'migrations/2024-01-01-000005_id_idx/down.sql': 'DROP INDEX CONCURRENTLY users_id;\n',
    });
    const r = await checkJson(dir, engine);
    expect(statuses(r)).toEqual([
      'migrations/2024-01-01-000001_users/up.sql ok verified',
      'migrations/2024-01-01-000002_log/up.sql ok verified',
      'migrations/2024-01-01-000003_email_idx/up.sql ok verified',
      'migrations/2024-01-01-000004_logged/up.sql ok verified',
      'migrations/2024-01-01-000005_id_idx/up.sql failed none',
    ]);
    expect(failure(r, 'migrations/2024-01-01-000005_id_idx/up.sql')).toBe('failed 25001 2:1');
    const names = diffNames(r);
    expect(names).toEqual(expect.arrayContaining(['public.users', 'public.migration_log', 'public.users_email']));
    expect(names.filter((n) => n.includes('__diesel_schema_migrations') || n.includes('users_id'))).toEqual([]);
  });

  it('a file with its own BEGIN … COMMIT inside diesel\'s transaction: the failing statement\'s line and column', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('diesel'),
      'migrations/2024-01-01-000001_tx/up.sql': 'BEGIN;\nCREATE TABLE first (id int);\nINSERT INTO first SELECT id FROM  missing;\nCOMMIT;\n',
      'migrations/2024-01-01-000001_tx/down.sql': 'DROP TABLE first;\n',
      'migrations/2024-01-01-000002_next/up.sql': 'CREATE TABLE next (id int);\n',
    });
    const r = await runCheck({ cwd: dir, paths: ['migrations'], databaseUrl: engine.url });
    expect(statuses(r)).toEqual(['migrations/2024-01-01-000001_tx/up.sql failed none', 'migrations/2024-01-01-000002_next/up.sql skipped missing']);
    expect(failure(r, 'migrations/2024-01-01-000001_tx/up.sql')).toBe('failed 42P01 3:35');
    expect(r.migrations[0]!.error?.message).toBe('relation "missing" does not exist');
    expect(diffNames(r).filter((n) => n.includes('first'))).toEqual([]);
  });

  it("a trigger that refuses diesel's own row (as Lemmy's forbid_diesel_cli does): that migration fails as it would under diesel, no internal error", async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('diesel'),
      'migrations/2024-01-01-000001_forbid/up.sql':
        "CREATE FUNCTION forbid() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE 'use the app runner'; END $$;\nCREATE TRIGGER forbid BEFORE INSERT ON __diesel_schema_migrations FOR EACH ROW EXECUTE FUNCTION forbid();\n",
      'migrations/2024-01-01-000001_forbid/down.sql': 'DROP TRIGGER forbid ON __diesel_schema_migrations;\nDROP FUNCTION forbid();\n',
      'migrations/2024-01-01-000002_next/up.sql': 'CREATE TABLE next (id int);\n',
    });
    const r = await runCheck({ cwd: dir, paths: ['migrations'], databaseUrl: engine.url });
    expect(statuses(r)).toEqual(['migrations/2024-01-01-000001_forbid/up.sql failed none', 'migrations/2024-01-01-000002_next/up.sql skipped missing']);
    expect(failure(r, 'migrations/2024-01-01-000001_forbid/up.sql')).toBe('failed P0001 1:1');
    expect(r.migrations[0]!.error?.message).toBe('diesel could not record it in __diesel_schema_migrations: use the app runner');
  });
});

describeEachEngine('check: Prisma', (engine) => {
  it('folder order, the tracking table, a lone CONCURRENTLY applies, beside another statement it fails with 25001', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('prisma'),
      'migrations/migration_lock.toml': 'provider = "postgresql"\n',
      'migrations/20240101000001_users/migration.sql': 'CREATE TABLE "users" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL);\n',
      'migrations/20240101000002_applied/migration.sql':
        'CREATE VIEW "applied" AS SELECT migration_name, finished_at FROM _prisma_migrations WHERE rolled_back_at IS NULL;\n',
      'migrations/20240101000003_email_idx/migration.sql': 'CREATE INDEX CONCURRENTLY "users_email" ON "users"("email");\n',
      'migrations/20240101000004_name/migration.sql':
        'ALTER TABLE "users" ADD COLUMN "name" TEXT;\nCREATE INDEX CONCURRENTLY "users_name" ON "users"("name");\n',
    });
    const r = await checkJson(dir, engine);
    expect(statuses(r)).toEqual([
      'migrations/20240101000001_users/migration.sql ok none',
      'migrations/20240101000002_applied/migration.sql ok none',
      'migrations/20240101000003_email_idx/migration.sql ok none',
      'migrations/20240101000004_name/migration.sql failed none',
    ]);
    expect(failure(r, 'migrations/20240101000004_name/migration.sql')).toBe('failed 25001 2:1');
    const names = diffNames(r);
    expect(names).toEqual(expect.arrayContaining(['public.users', 'public.users.email', 'public.applied', 'public.users_email']));
    // One implicit transaction: the ADD COLUMN went with the failure.
    expect(names.filter((n) => n.includes('_prisma_migrations') || n.includes('users.name') || n.includes('users_name'))).toEqual([]);
  });

  it('several statements, one implicit transaction: the failing one\'s line and column, nothing of those before it', async () => {
    const dir = tmpProject({
      'migration-guard.yml': config('prisma'),
      'migrations/20240101000001_init/migration.sql':
        'CREATE TABLE "posts" ("id" SERIAL PRIMARY KEY);\nCREATE INDEX "posts_id" ON "posts"("id");\nINSERT INTO "posts" SELECT id FROM "authors";\n',
      'migrations/20240101000002_next/migration.sql': 'CREATE TABLE "next" ("id" INT);\n',
    });
    const r = await runCheck({ cwd: dir, paths: ['migrations'], databaseUrl: engine.url });
    expect(statuses(r)).toEqual(['migrations/20240101000001_init/migration.sql failed none', 'migrations/20240101000002_next/migration.sql skipped none']);
    expect(failure(r, 'migrations/20240101000001_init/migration.sql')).toBe('failed 42P01 3:36');
    expect(diffNames(r).filter((n) => n.includes('posts'))).toEqual([]);
  });
});

