/**
 * migrate --target / --dry-run, baseline, undo and rollback's repeatables, through the CLI on both
 * engines (embedded PGlite and the PostgreSQL server at TEST_DATABASE_URL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import { describeEachEngine, type TestEngine } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject, writeFiles } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

const run = (cwd: string, argv: string[]) => runCli(cwd, argv);

const PROJECT = {
  'migrations/V1__create_t.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n',
  'migrations/rollback/V1__rollback.sql': 'DROP TABLE t;\n',
  'migrations/V2__add_column.sql': 'BEGIN;\nALTER TABLE t ADD COLUMN a int;\nALTER TABLE t ADD COLUMN b int;\nCOMMIT;\n',
  'migrations/rollback/V2__rollback.sql': 'ALTER TABLE t DROP COLUMN a, DROP COLUMN b;\n',
  'migrations/V3__index.sql': 'CREATE INDEX CONCURRENTLY t_a ON t (a);\n',
  'migrations/rollback/V3__rollback.sql': 'DROP INDEX CONCURRENTLY t_a;\n',
  'migrations/V5__create_u.sql': 'CREATE TABLE u (id int);\n',
  'migrations/rollback/V5__rollback.sql': 'DROP TABLE u;\n',
  'migrations/R__view.sql': 'CREATE OR REPLACE VIEW tv AS SELECT id FROM t;\n',
};

/** A fresh database per describe: a scratch database on the server, a directory for PGlite. */
function database(engine: TestEngine): { url: () => string } {
  let s: Scratch | undefined;
  let url = '';
  const dir = mkdtempSync(join(tmpdir(), 'mg-target-'));
  beforeAll(async () => {
    if (engine.name === 'postgres') {
      s = await engine.scratch();
      url = await urlOf(s.db);
    } else url = `pglite:${join(dir, 'pgdata')}`;
  });
  afterAll(async () => {
    await s?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
  return { url: () => url };
}

type Status = { historyExists: boolean; migrations: { version: string | null; state: string; installedRank?: number; script: string }[] };

describeEachEngine('migrate --dry-run and --target', (engine) => {
  const db = database(engine);
  let dir: string;
  beforeAll(() => {
    dir = tmpProject(PROJECT);
  });
  const status = async () => JSON.parse((await run(dir, ['status', '--format', 'json', '--database-url', db.url()])).stdout) as Status;
  const states = async () => (await status()).migrations.map((m) => `${m.version ?? 'R'}:${m.state}`);

  it('--dry-run prints what would run, in order, with statement counts and modes, and writes nothing', async () => {
    const r = await run(dir, ['migrate', '--dry-run', '--database-url', db.url()]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('Dry run: nothing was applied. Schema at version (none).');
    const plan = lines.filter((l) => l.startsWith('  '));
    expect(plan.map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ['1', 'create t', '1 statement', 'in one transaction with its history row', 'migrations/V1__create_t.sql'],
      ['2', 'add column', '4 statements', 'as written (its own BEGIN/COMMIT)', 'migrations/V2__add_column.sql'],
      ['3', 'index', '1 statement', 'statement by statement, outside a transaction', 'migrations/V3__index.sql'],
      ['5', 'create u', '1 statement', 'in one transaction with its history row', 'migrations/V5__create_u.sql'],
      ['R', 'view', '1 statement', 'in one transaction with its history row', 'migrations/R__view.sql'],
    ]);
    expect(r.stdout).toContain('5 migrations would be applied');
    expect((await status()).historyExists).toBe(false);
    const json = JSON.parse((await run(dir, ['migrate', '--dry-run', '--format', 'json', '--database-url', db.url()])).stdout);
    expect(json.createsHistory).toBe(true);
    expect(json.migrations[1]).toEqual({ script: 'V2__add_column.sql', path: 'migrations/V2__add_column.sql', version: '2', description: 'add column', statements: 4, mode: 'as-written' });
  });

  it('--target 2 applies versions up to 2 (and the repeatables); the rest stays pending', async () => {
    const r = await run(dir, ['migrate', '--target', '2', '--database-url', db.url()]);
    expect(r.code).toBe(0);
    expect(await states()).toEqual(['1:applied', '2:applied', '3:pending', '5:pending', 'R:applied']);
  });

  it('a target version no migration has is refused (Flyway: failOnMissingTarget), VERSION? migrates up to it', async () => {
    const r = await run(dir, ['migrate', '--target', '4', '--database-url', db.url()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no migration with the target version 4 could be found');
    expect(await states()).toEqual(['1:applied', '2:applied', '3:pending', '5:pending', 'R:applied']);
    const ok = await run(dir, ['migrate', '--target', '4?', '--database-url', db.url()]);
    expect(ok.code).toBe(0);
    expect(await states()).toEqual(['1:applied', '2:applied', '3:applied', '5:pending', 'R:applied']);
    const bad = await run(dir, ['migrate', '--target', 'newest', '--database-url', db.url()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('target must be latest, current, next or a version');
  });

  it('--dry-run after some are applied lists only the pending ones, and the history is unchanged', async () => {
    const before = (await status()).migrations.map((m) => m.installedRank);
    const r = await run(dir, ['migrate', '--dry-run', '--database-url', db.url()]);
    expect(r.stdout).toContain('Dry run: nothing was applied. Schema at version 3.');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s+/)[0])).toEqual(['5']);
    expect((await status()).migrations.map((m) => m.installedRank)).toEqual(before);
    const current = await run(dir, ['migrate', '--target', 'current', '--dry-run', '--database-url', db.url()]);
    expect(current.stdout).toContain('nothing to apply');
  });

  it('--target next applies the next version only; a repeatable changed after it is removed from the history by rollback', async () => {
    writeFiles(dir, { 'migrations/R__view.sql': 'CREATE OR REPLACE VIEW tv AS SELECT id, a FROM t;\n' });
    const r = await run(dir, ['migrate', '--target', 'next', '--database-url', db.url()]);
    expect(r.code).toBe(0);
    expect(await states()).toEqual(['1:applied', '2:applied', '3:applied', '5:applied', 'R:applied']);
    const back = await run(dir, ['rollback', '--database-url', db.url()]);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('rolled back 5 create u with rollback/V5__rollback.sql');
    expect(back.stdout).toContain('removed the history rows of R__view.sql, applied after it: the next migrate runs it again');
    const json = JSON.parse((await run(dir, ['migrate', '--dry-run', '--format', 'json', '--database-url', db.url()])).stdout);
    expect(json.migrations.map((m: { script: string }) => m.script)).toEqual(['V5__create_u.sql', 'R__view.sql']);
  });
});

describeEachEngine('baseline', (engine) => {
  const db = database(engine);
  it('marks an existing database as at a version; migrate then applies only the versions above it', async () => {
    const dir = tmpProject(PROJECT);
    const b = await run(dir, ['baseline', '--baseline-version', '2', '--database-url', db.url()]);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('✔ baselined at version 2');
    const again = await run(dir, ['baseline', '--baseline-version', '2', '--database-url', db.url()]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already baselined at version 2');
    const other = await run(dir, ['baseline', '--baseline-version', '3', '--database-url', db.url()]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('was already baselined at 2');
    // V1 and V2 are below/at the baseline: V3 onwards run (V3 needs t: create it as the existing schema had it)
    writeFiles(dir, { 'migrations/V2_5__existing.sql': 'CREATE TABLE IF NOT EXISTS t (id int PRIMARY KEY, a int, b int);\n', 'migrations/rollback/V2_5__rollback.sql': 'SELECT 1;\n' });
    const m = await run(dir, ['migrate', '--format', 'json', '--database-url', db.url()]);
    expect(m.code).toBe(0);
    expect(JSON.parse(m.stdout).applied.map((a: { script: string }) => a.script)).toEqual(['V2_5__existing.sql', 'V3__index.sql', 'V5__create_u.sql', 'R__view.sql']);
    const st = JSON.parse((await run(dir, ['status', '--format', 'json', '--database-url', db.url()])).stdout) as Status;
    expect(st.migrations.find((x) => x.state === 'baseline')).toMatchObject({ version: '2' });
    const refused = await run(dir, ['baseline', '--baseline-version', '7', '--database-url', db.url()]);
    expect(refused.code).toBe(2);
  });
});

describeEachEngine('undo (Flyway\'s name for rollback)', (engine) => {
  const db = database(engine);
  it('runs U{version}__ rollback files; is refused, pointing at rollback, with another rollbackPattern', async () => {
    const dir = tmpProject({
      'migration-guard.yml': 'rollbackPattern: U{version}__{description}.sql\n',
      'migrations/V1__create_t.sql': 'CREATE TABLE t (id int);\n',
      'migrations/U1__create_t.sql': 'DROP TABLE t;\n',
    });
    expect((await run(dir, ['migrate', '--database-url', db.url()])).code).toBe(0);
    const r = await run(dir, ['undo', '--database-url', db.url()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rolled back 1 create t with U1__create_t.sql');
    const plain = tmpProject({ 'migrations/V1__a.sql': 'SELECT 1;\n', 'migrations/rollback/V1__rollback.sql': 'SELECT 1;\n' });
    const refused = await run(plain, ['undo', '--database-url', db.url()]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('undo runs Flyway\'s undo migrations (U{version}__{description}.sql), but this project\'s rollback files are named "rollback/V{version}__rollback.sql"');
    expect((await run(dir, ['info', '--database-url', db.url()])).stdout).toMatch(/^1\s+create t\s+pending/m);
  });
});

describe('--dry-run and --trace-locks', () => {
  it('are refused together', async () => {
    const dir = tmpProject(PROJECT);
    const r = await run(dir, ['migrate', '--dry-run', '--trace-locks', '--database-url', 'postgres://u@127.0.0.1:1/x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--dry-run applies nothing');
  });
});

describeEachEngine('migrate --dry-run with group', (engine) => {
  const db = database(engine);
  it('says that all pending migrations would run in one transaction', async () => {
    const dir = tmpProject({
      'migration-guard.yml': 'group: true\n',
      'migrations/V1__a.sql': 'CREATE TABLE a (id int);\n',
      'migrations/V2__b.sql': 'CREATE TABLE b (id int);\n',
    });
    const r = await run(dir, ['migrate', '--dry-run', '--database-url', db.url()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 migrations would be applied, all in one transaction (group)');
    expect(JSON.parse((await run(dir, ['migrate', '--dry-run', '--format', 'json', '--database-url', db.url()])).stdout).group).toBe(true);
  });
});
