/**
 * Deploy metrics (src/db/metrics.ts) on embedded PGlite and a real server: what migrate and
 * rollback record before and after (tables, indexes, size), each migration's duration, and the
 * run-total warning against slowMigrationSeconds.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjects } from '../../src/commands/lint.js';
import type { Scratch } from '../../src/db/engine.js';
import { managedSchemas, measureRun, readMetrics, type RunMetrics } from '../../src/db/metrics.js';
import { formatBytes } from '../../src/report/metrics.js';
import { runCli } from '../helpers/cli.js';
import { describeEachEngine, engines } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

const PASSWORD = 'm3trics-s3cret';

describe('managedSchemas', () => {
  const schemasOf = async (sql: string, schema = 'public') => {
    const dir = tmpProject({ 'migrations/V1__a.sql': sql });
    const { projects } = await loadProjects({ cwd: dir, paths: [] });
    return managedSchemas(projects[0]!.project, schema);
  };

  it.each([
    ['CREATE TABLE t (id int);', ['public']],
    ['CREATE SCHEMA app; CREATE TABLE app.t (id int);', ['app', 'public']],
    ['CREATE SCHEMA AUTHORIZATION joe;', ['joe', 'public']],
    ['DROP TABLE legacy.old, plain;', ['legacy', 'public']],
    ['DROP SCHEMA gone CASCADE;', ['gone', 'public']],
    ['DROP INDEX idx.i_name;', ['idx', 'public']],
    // A trigger, rule or policy is named by its table, not by a schema (a real history's
    // DROP TRIGGER … ON plan_beneficiaries listed the table as a schema).
    ['DROP TRIGGER IF EXISTS audit_t ON plan_beneficiaries; DROP RULE r ON t; DROP POLICY p ON t;', ['public']],
    ['DROP TRIGGER audit_t ON audit.plans; DROP POLICY p ON rls.t;', ['audit', 'public', 'rls']],
    ['DROP OPERATOR CLASS int_ops USING btree; DROP OPERATOR FAMILY ops.fam USING gist;', ['ops', 'public']],
    ['ALTER TABLE t SET SCHEMA moved;', ['moved', 'public']],
    ['ALTER SCHEMA a RENAME TO b;', ['a', 'b', 'public']],
    ['CREATE EXTENSION IF NOT EXISTS hstore SCHEMA ext;', ['ext', 'public']],
    [`SET search_path TO s1, "S2", "$user"; SET LOCAL search_path = 's3, s4';`, ['S2', 'public', 's1', 's3', 's4']],
    ['CREATE MATERIALIZED VIEW mv.v AS SELECT * FROM src.t;', ['mv', 'public', 'src']],
    ['SELECT * FROM pg_catalog.pg_class, information_schema.tables;', ['public']],
    ["DO $$ BEGIN CREATE TABLE inner_s.t (id int); END $$;", ['inner_s', 'public']],
  ])('%s → %j', async (sql, expected) => {
    expect(await schemasOf(sql)).toEqual(expected);
  });

  it('always includes the configured schema', async () => {
    expect(await schemasOf('CREATE TABLE t (id int);', 'app')).toEqual(['app']);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1.0 kB'],
    [7_864_320, '7.5 MB'],
    [-2048, '-2.0 kB'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

const V1 = 'BEGIN;\nCREATE SCHEMA app;\nCREATE TABLE app.a (id bigint);\nCREATE TABLE b (id bigint, v int);\nCREATE INDEX b_v ON b (v);\nCOMMIT;\n';
const V1_DOWN = 'BEGIN;\nDROP TABLE b;\nDROP TABLE app.a;\nDROP SCHEMA app;\nCOMMIT;\n';
const V2 = 'BEGIN;\nINSERT INTO b SELECT g, g FROM generate_series(1, 50000) g;\nCOMMIT;\n';
const V2_DOWN = 'BEGIN;\nDELETE FROM b;\nCOMMIT;\n';

/** Eight migrations of 50 ms each: with slowMigrationSeconds 0.3 none is slow, their run is. */
function sleepy(config: string): Record<string, string> {
  const files: Record<string, string> = { 'migration-guard.yml': config };
  for (let i = 1; i <= 8; i++) files[`migrations/V${i}__sleep.sql`] = `BEGIN;\nCREATE TABLE t${i} (id int);\nSELECT pg_sleep(0.05);\nCOMMIT;\n`;
  return files;
}

describeEachEngine('migrate and rollback record metrics', (engine) => {
  const scratches: Scratch[] = [];
  /** A fresh database for `dir`: pglite:DIR, or a scratch database on the server (with a password in its URL). */
  const databaseFor = async (dir: string) => {
    if (engine.name === 'pglite') return `pglite:${join(dir, '.pgdata')}`;
    const s = await engine.scratch();
    scratches.push(s);
    const u = new URL(await urlOf(s.db));
    u.password = PASSWORD;
    return u.toString();
  };
  afterAll(async () => {
    for (const s of scratches) await s.dispose();
  });

  let dir: string;
  let url: string;
  beforeAll(async () => {
    dir = tmpProject({
      'migrations/V1__tables.sql': V1,
      'migrations/rollback/V1__rollback.sql': V1_DOWN,
      'migrations/V2__data.sql': V2,
      'migrations/rollback/V2__rollback.sql': V2_DOWN,
    });
    url = await databaseFor(dir);
  });
  const cli = (argv: string[]) => runCli(dir, [...argv, '--database-url', url]);

  it('migrate: +2 tables and +1 index in the managed schemas, a duration for the migration; text and JSON', async () => {
    const r = await cli(['migrate', '--target', '1', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    const m = JSON.parse(r.stdout).metrics as RunMetrics;
    expect(m).toMatchObject({ command: 'migrate', database: 'target', schemas: ['app', 'public'], slowMigrationSeconds: 60, slow: false });
    expect(m.unavailable).toBeUndefined();
    expect(m.warning).toBeUndefined();
    // The history table (created by this run) is not counted.
    expect(m.before).toMatchObject({ tables: 0, indexes: 0 });
    expect(m.after).toMatchObject({ tables: 2, indexes: 1 });
    expect(m.before!.sizeBytes).toBeGreaterThan(0);
    expect(m.migrations).toEqual([{ file: 'migrations/V1__tables.sql', version: '1', durationMs: expect.any(Number) }]);
    expect(m.durationMs).toBeGreaterThanOrEqual(m.migrations[0]!.durationMs);
    expect(r.stderr).not.toContain('warning');
  });

  it('migrate: the size grows with the rows inserted, the counts stay; status records nothing', async () => {
    const r = await cli(['migrate', '--format', 'json']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout).metrics as RunMetrics;
    expect(m.migrations.map((x) => x.version)).toEqual(['2']);
    expect(m.after).toMatchObject({ tables: 2, indexes: 1 });
    expect(m.before).toMatchObject({ tables: 2, indexes: 1 });
    // 50,000 rows of (bigint, int) and their index entries: well over a megabyte on disk.
    expect(m.after!.sizeBytes - m.before!.sizeBytes).toBeGreaterThan(1 << 20);
    const status = await cli(['status', '--format', 'json']);
    expect(JSON.parse(status.stdout).metrics).toBeUndefined();
  });

  it('rollback: −2 tables, −1 index', async () => {
    const r = await cli(['rollback', '--to', '0', '--format', 'json']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout).metrics as RunMetrics;
    expect(m.before).toMatchObject({ tables: 2, indexes: 1 });
    expect(m.after).toMatchObject({ tables: 0, indexes: 0 });
    expect(m.migrations.map((x) => x.file)).toEqual(['migrations/rollback/V2__rollback.sql', 'migrations/rollback/V1__rollback.sql']);
    const text = await cli(['migrate', '--target', '1']);
    expect(text.stdout).toMatch(/^Metrics \(schemas app, public\): tables 0 → 2 \(\+2\), indexes 0 → 1 \(\+1\), /m);
  });

  it('a run longer than slowMigrationSeconds, none of its migrations slow, warns on stderr; the default limit does not', async () => {
    const slowDir = tmpProject(sleepy('slowMigrationSeconds: 0.3\n'));
    const slowUrl = await databaseFor(slowDir);
    const r = await runCli(slowDir, ['migrate', '--format', 'json', '--database-url', slowUrl]);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout).metrics as RunMetrics;
    expect(m.migrations).toHaveLength(8);
    for (const x of m.migrations) expect(x.durationMs).toBeGreaterThanOrEqual(49);
    expect(m.slow).toBe(true);
    expect(m.warning).toMatch(/^migrate took [\d.]+ s in total \(8 migrations\), more than slowMigrationSeconds \(0\.3 s\)/);
    expect(r.stderr).toContain(`migration-guard: warning: ${m.warning}\n`);

    const calmDir = tmpProject(sleepy(''));
    const calm = await runCli(calmDir, ['migrate', '--format', 'json', '--database-url', await databaseFor(calmDir)]);
    const c = JSON.parse(calm.stdout).metrics as RunMetrics;
    expect(c).toMatchObject({ slowMigrationSeconds: 60, slow: false });
    expect(c.durationMs).toBeGreaterThan(400);
    expect(c.warning).toBeUndefined();
    expect(calm.stderr).not.toContain('warning');
  });

  it('a slow migration is warned about once (its own warning names it), not again for the run', async () => {
    const d = tmpProject(sleepy('slowMigrationSeconds: 0.01\n'));
    const r = await runCli(d, ['migrate', '--format', 'json', '--database-url', await databaseFor(d)]);
    const j = JSON.parse(r.stdout);
    expect(j.warnings).toHaveLength(8);
    expect(j.metrics.slow).toBe(true);
    expect(j.metrics.warning).toBeUndefined();
    expect(r.stderr).not.toContain('in total');
  });

  it('a migrate that fails still records what it applied before the failure', async () => {
    const d = tmpProject({ 'migrations/V1__a.sql': 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n', 'migrations/V2__bad.sql': 'BEGIN;\nCREATE TABLE b (id int);\nSELECT 1/0;\nCOMMIT;\n' });
    const r = await runCli(d, ['migrate', '--format', 'json', '--database-url', await databaseFor(d)]);
    expect(r.code).toBe(1);
    const m = JSON.parse(r.stdout).metrics as RunMetrics;
    expect(m.before).toMatchObject({ tables: 0 });
    expect(m.after).toMatchObject({ tables: 1 });
    expect(m.migrations.map((x) => x.file)).toEqual(['migrations/V1__a.sql']);
  });

  it('rollback (no per-file slowness) warns for its run total', async () => {
    const d = tmpProject({ ...sleepy('slowMigrationSeconds: 0.01\n'), 'migrations/rollback/V8__rollback.sql': 'BEGIN;\nDROP TABLE t8;\nSELECT pg_sleep(0.05);\nCOMMIT;\n' });
    const u = await databaseFor(d);
    expect((await runCli(d, ['migrate', '--database-url', u])).code).toBe(0);
    const r = await runCli(d, ['rollback', '--database-url', u]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^migration-guard: warning: rollback took [\d.]+ s in total \(1 rollback file\), more than slowMigrationSeconds \(0\.01 s\)/m);
    expect(r.stdout).toMatch(/^Metrics \(schema public\): tables 8 → 7 \(−1\), indexes 0 → 0 \(±0\), /m);
  });
});

describeEachEngine('what a reading counts (measured)', (engine) => {
  it('tables r and p (partitions too), indexes i and I in their table\'s schema; not the history table; the size on disk', async () => {
    const s = await engine.scratch();
    try {
      const history = { schema: 'public', table: 'flyway_schema_history' };
      const empty = await readMetrics(s.db, ['public', 's'], history);
      expect(empty).toMatchObject({ tables: 0, indexes: 0 });
      expect(empty.sizeBytes).toBeGreaterThan(0);
      await s.db.exec('CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY)');
      await s.db.exec('CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (installed_rank)');
      expect(await readMetrics(s.db, ['public', 's'], history)).toMatchObject({ tables: 0, indexes: 0 });
      await s.db.exec('CREATE SCHEMA s');
      await s.db.exec('CREATE TABLE s.events (at date NOT NULL) PARTITION BY RANGE (at)');
      await s.db.exec("CREATE TABLE s.events_2026 PARTITION OF s.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
      // Created with public first on the search_path: the index still lands in its table's schema.
      await s.db.exec('CREATE INDEX events_at ON s.events (at)');
      await s.db.exec('CREATE VIEW s.v AS SELECT 1 AS one');
      const rows = (await s.db.query<{ relname: string; relkind: string; nspname: string }>(
        "SELECT c.relname, c.relkind::text AS relkind, n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 's' ORDER BY c.relname",
      )).rows;
      expect(rows.map((r) => `${r.relname}:${r.relkind}`)).toEqual(['events:p', 'events_2026:r', 'events_2026_at_idx:i', 'events_at:I', 'v:v']);
      expect(await readMetrics(s.db, ['public', 's'], history)).toMatchObject({ tables: 2, indexes: 2 });
      expect(await readMetrics(s.db, ['public'], history)).toMatchObject({ tables: 0, indexes: 0 });
    } finally {
      await s.dispose();
    }
  });
});

describe('a metrics reading that fails', () => {
  for (const engine of engines) {
    it(`is reported as unavailable and does not fail the run [${engine.name}]`, async () => {
      const s = await engine.scratch();
      await s.dispose(); // a closed connection: every query fails
      const r = await measureRun(
        s.db,
        { command: 'migrate', database: 'target', schemas: ['public'], history: { schema: 'public', table: 'flyway_schema_history' }, slowMigrationSeconds: 60 },
        async () => ({ ok: true }),
        () => [],
      );
      expect(r.ok).toBe(true);
      expect(r.metrics.before).toBeNull();
      expect(r.metrics.after).toBeNull();
      expect(r.metrics.unavailable).toMatch(/^before and after: .+/);
    });
  }
});
