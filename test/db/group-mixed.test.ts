/**
 * Flyway's `mixed` and `group` on the PostgreSQL server, as Flyway defines them:
 * - mixed = false (the default): a migration with both statements that cannot run in a
 *   transaction and others is refused — ParserSqlScript: "Detected both transactional and
 *   non-transactional statements within the same migration (even though mixed is false)";
 * - group = true: all pending migrations in one transaction (DbMigrate.applyMigrations): if one
 *   fails, none is applied and nothing is recorded; a group of transactional and
 *   non-transactional migrations is refused unless mixed ("… within the same migration group").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMigrate, runStatus } from '../../src/commands/db.js';
import type { Db } from '../../src/db/engine.js';
import { engines } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

const server = engines.find((e) => e.name === 'postgres')!;

/** Migrates a project of `files` (with `config` as migration-guard.yml) on a fresh scratch database; `inspect` reads it afterwards. */
async function migrate(config: string, files: Record<string, string>, inspect: (db: Db) => Promise<void> = async () => undefined) {
  const scratch = await server.scratch();
  try {
    const cwd = tmpProject({ 'migration-guard.yml': `transactions: runner\n${config}`, ...files });
    const result = await runMigrate({ cwd, paths: [], databaseUrl: await urlOf(scratch.db), env: {} });
    await inspect(scratch.db);
    return result;
  } finally {
    await scratch.dispose();
  }
}

const tables = async (db: Db) => (await db.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history' ORDER BY 1")).rows.map((r) => r.t);
const history = async (db: Db) =>
  (await db.query<{ script: string; success: boolean }>('SELECT script, success FROM flyway_schema_history WHERE type = $1 ORDER BY installed_rank', ['SQL'])).rows.map((r) => [r.script, r.success]);

const MIXED = 'CREATE TABLE b (id int);\nCREATE INDEX CONCURRENTLY b_id ON b (id);\n';

describe('mixed [postgres]', () => {
  it('mixed: false (default) refuses a migration with CREATE INDEX CONCURRENTLY and other statements, before anything runs', async () => {
    let seen: string[] = [];
    const r = await migrate('', { 'migrations/V1__a.sql': 'CREATE TABLE a (id int);\n', 'migrations/V2__b.sql': MIXED }, async (db) => {
      seen = await tables(db);
    });
    expect(r.ok).toBe(false);
    expect(r.applied).toEqual([]);
    expect(r.issues).toEqual([
      {
        code: 'not-runnable',
        script: 'V2__b.sql',
        location: 'migrations/V2__b.sql:2:1',
        message: expect.stringContaining(
          'Detected both transactional and non-transactional statements within the same migration (even though mixed is false). Offending statement found at line 2: CREATE INDEX CONCURRENTLY b_id ON b (id) [non-transactional]',
        ),
      },
    ]);
    expect(seen).toEqual([]);
  }, 60_000);

  it('SET before CONCURRENTLY is mixed too (Flyway counts every other statement as transactional)', async () => {
    const r = await migrate('', { 'migrations/V1__a.sql': "CREATE TABLE a (id int);\nSET lock_timeout = '1s';\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n" });
    expect(r.issues.map((i) => [i.code, i.location])).toEqual([['not-runnable', 'migrations/V1__a.sql:3:1']]);
  }, 60_000);

  it('a migration of CONCURRENTLY statements only is not mixed, and runs outside a transaction', async () => {
    const r = await migrate('', {
      'migrations/V1__a.sql': 'CREATE TABLE a (id int, v int);\n',
      'migrations/V2__idx.sql': 'CREATE INDEX CONCURRENTLY a_id ON a (id);\nCREATE INDEX CONCURRENTLY a_v ON a (v);\n',
    });
    expect(r.ok).toBe(true);
    expect(r.applied.map((a) => [a.script, a.mode])).toEqual([
      ['V1__a.sql', 'transaction'],
      ['V2__idx.sql', 'no-transaction'],
    ]);
  }, 60_000);

  it('mixed: true runs the mixed migration without a transaction, statement by statement', async () => {
    let seen: unknown[] = [];
    const r = await migrate('mixed: true\n', { 'migrations/V1__a.sql': 'CREATE TABLE a (id int);\n', 'migrations/V2__b.sql': MIXED }, async (db) => {
      seen = [await tables(db), (await db.query<{ n: string }>("SELECT indexname AS n FROM pg_indexes WHERE indexname = 'b_id'")).rows.length, await history(db)];
    });
    expect(r.ok).toBe(true);
    expect(r.applied.map((a) => [a.script, a.mode])).toEqual([
      ['V1__a.sql', 'transaction'],
      ['V2__b.sql', 'no-transaction'],
    ]);
    expect(seen).toEqual([['a', 'b'], 1, [['V1__a.sql', true], ['V2__b.sql', true]]]);
  }, 60_000);
});

describe('group [postgres]', () => {
  const three = {
    'migrations/V1__a.sql': 'CREATE TABLE a (id int);\n',
    'migrations/V2__b.sql': 'BEGIN;\nCREATE TABLE b (id int);\nCOMMIT;\n',
    'migrations/V3__c.sql': 'CREATE TABLE c (id int);\nINSERT INTO c VALUES (1 / 0);\n',
  };

  it('group: true — one migration fails, none is applied and nothing is recorded', async () => {
    let seen: unknown[] = [];
    const r = await migrate('group: true\n', three, async (db) => {
      seen = [await tables(db), await history(db)];
    });
    expect(r.ok).toBe(false);
    expect(r.applied).toEqual([]);
    expect(r.failure).toMatchObject({ script: 'V3__c.sql', sqlstate: '22012', location: 'migrations/V3__c.sql:2:1', recordedAsFailed: false });
    expect(r.failure!.message).toContain('the whole group was rolled back: none of the 3 pending migrations was applied');
    expect(seen).toEqual([[], []]);
  }, 60_000);

  it('without group the same run keeps V1 and V2 (each migration in its own transaction)', async () => {
    let seen: unknown[] = [];
    const r = await migrate('', three, async (db) => {
      seen = [await tables(db), await history(db)];
    });
    expect(r.ok).toBe(false);
    expect(r.applied.map((a) => a.script)).toEqual(['V1__a.sql', 'V2__b.sql']);
    expect(seen).toEqual([['a', 'b'], [['V1__a.sql', true], ['V2__b.sql', true]]]);
  }, 60_000);

  it('group: true — all succeed: all applied in one transaction, one history row each', async () => {
    let seen: unknown[] = [];
    const ok = { ...three, 'migrations/V3__c.sql': 'CREATE TABLE c (id int);\n', 'migrations/R__v.sql': 'CREATE OR REPLACE VIEW v AS SELECT id FROM c;\n' };
    const r = await migrate('group: true\n', ok, async (db) => {
      seen = [await tables(db), await history(db)];
      // One transaction: every row of the group has the same xmin.
      const xmins = await db.query<{ n: string }>("SELECT count(DISTINCT xmin::text) AS n FROM flyway_schema_history WHERE type = 'SQL'");
      seen.push(Number(xmins.rows[0]!.n));
    });
    expect(r.ok).toBe(true);
    expect(r.applied.map((a) => a.script)).toEqual(['V1__a.sql', 'V2__b.sql', 'V3__c.sql', 'R__v.sql']);
    expect(seen).toEqual([['a', 'b', 'c'], [['V1__a.sql', true], ['V2__b.sql', true], ['V3__c.sql', true], ['R__v.sql', true]], 1]);
  }, 60_000);

  it('group: true with a non-transactional migration among transactional ones is refused unless mixed', async () => {
    const files = {
      'migrations/V1__a.sql': 'CREATE TABLE a (id int);\n',
      'migrations/V2__idx.sql': 'CREATE INDEX CONCURRENTLY a_id ON a (id);\n',
    };
    let seen: string[] = [];
    const refused = await migrate('group: true\n', files, async (db) => {
      seen = await tables(db);
    });
    expect(refused.ok).toBe(false);
    expect(refused.applied).toEqual([]);
    expect(refused.issues.map((i) => [i.code, i.script])).toEqual([['not-runnable', 'V2__idx.sql']]);
    expect(refused.issues[0]!.message).toContain(
      'Detected both transactional and non-transactional migrations within the same migration group (even though mixed is false). First offending migration: "2 idx" [non-transactional]',
    );
    expect(seen).toEqual([]);
    // mixed: true — Flyway runs such a group without a transaction; here each as without group.
    const mixed = await migrate('group: true\nmixed: true\n', files);
    expect(mixed.ok).toBe(true);
    expect(mixed.applied.map((a) => [a.script, a.mode])).toEqual([
      ['V1__a.sql', 'transaction'],
      ['V2__idx.sql', 'no-transaction'],
    ]);
  }, 60_000);
});

describe('group on embedded PGlite (one session for migrations and history)', () => {
  it('a failure rolls the whole group back; a clean group commits whole', async () => {
    const files = {
      'migration-guard.yml': 'transactions: runner\ngroup: true\n',
      'migrations/V1__a.sql': 'CREATE TABLE a (id int);\n',
      'migrations/V2__b.sql': 'INSERT INTO a VALUES (1 / 0);\n',
    };
    const cwd = tmpProject(files);
    const req = { cwd, paths: [], databaseUrl: 'pglite:.pgdata', env: {} };
    const failed = await runMigrate(req);
    expect(failed.ok).toBe(false);
    expect(failed.applied).toEqual([]);
    expect(failed.failure).toMatchObject({ script: 'V2__b.sql', sqlstate: '22012', recordedAsFailed: false });
    const status = await runStatus(req);
    expect(status.migrations.map((m) => [m.script, m.state])).toEqual([
      ['V1__a.sql', 'pending'],
      ['V2__b.sql', 'pending'],
    ]);
    writeFileSync(join(cwd, 'migrations/V2__b.sql'), 'INSERT INTO a VALUES (1);\n');
    const ok = await runMigrate(req);
    expect(ok.applied.map((a) => a.script)).toEqual(['V1__a.sql', 'V2__b.sql']);
  }, 120_000);
});
