import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Scratch } from '../../src/db/engine.js';
import { SchemaHistory } from '../../src/db/history.js';
import { Runner, type ProgressEvent, type RunnerSettings } from '../../src/db/runner.js';
import { UsageError } from '../../src/errors.js';
import type { Project } from '../../src/model/project.js';
import { describeEachEngine } from '../helpers/db.js';
import { makeProject } from '../helpers/rule-tester.js';
import { exampleProject, secondConnection, settings } from '../helpers/runner.js';

const publicObjects = async (db: Db) =>
  (
    await db.query<{ o: string }>(
      `SELECT c.relkind::text || ':' || c.relname AS o FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
       UNION ALL SELECT 'f:' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
       UNION ALL SELECT 't:' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                  WHERE n.nspname = 'public' AND t.typrelid = 0 AND t.typcategory <> 'A'
       ORDER BY 1`,
    )
  ).rows.map((r) => r.o);

describeEachEngine('runner on the example project', (engine) => {
  let s: Scratch;
  let project: Project;
  let runner: Runner;
  const events: ProgressEvent[] = [];
  beforeAll(async () => {
    s = await engine.scratch();
    project = await exampleProject();
    runner = new Runner(s.db, project, settings(), { onProgress: (e) => events.push(e) });
  });
  afterAll(async () => {
    await s.dispose();
  });

  it('applies every migration in order, with Flyway-shaped history rows', async () => {
    const r = await runner.migrate();
    expect(r.failure).toBeUndefined();
    expect(r.issues).toEqual([]);
    expect(r.createdHistory).toBe(true);
    expect(r.applied.map((a) => a.script)).toEqual([
      'V001__initial_schema.sql',
      'V002__create_users.sql',
      'V003__create_products.sql',
      'V004__create_orders.sql',
      'V005__add_indexes.sql',
      'V006__add_constraints.sql',
      'V007__add_orders_item_count.sql',
      'V008__backfill_orders_item_count.sql',
      'V009__validate_constraints.sql',
      'R__functions.sql',
      'R__views.sql',
    ]);
    // CONCURRENTLY and a COMMITting DO block run outside a transaction; BEGIN/COMMIT files as written.
    expect(r.applied.find((a) => a.script.startsWith('V005'))!.mode).toBe('no-transaction');
    expect(r.applied.find((a) => a.script.startsWith('V008'))!.mode).toBe('no-transaction');
    expect(r.applied.find((a) => a.script.startsWith('V002'))!.mode).toBe('as-written');
    expect(r.currentVersion).toBe('009');
    const rows = await new SchemaHistory(s.db, 'public', 'flyway_schema_history').rows();
    const user = (await s.db.query<{ u: string }>('SELECT current_user AS u')).rows[0]!.u;
    const byScript = new Map(project.migrations.map((m) => [m.rel, m]));
    expect(rows.map((x) => x.installedRank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rows[0]).toMatchObject({ version: '001', description: 'initial schema', type: 'SQL', script: 'V001__initial_schema.sql', success: true, installedBy: user });
    expect(rows[9]).toMatchObject({ version: null, description: 'functions', type: 'SQL', script: 'R__functions.sql' });
    for (const row of rows) {
      expect(row.checksum).toBe(byScript.get(row.script)!.checksum);
      expect(row.executionTime).toBeGreaterThanOrEqual(0);
      expect(row.success).toBe(true);
    }
    const idx = await s.db.query("SELECT 1 FROM pg_indexes WHERE indexname = 'idx_orders_user_id_placed_at'");
    expect(idx.rowCount).toBe(1);
    expect(events.filter((e) => e.type === 'done').length).toBe(11);
  });

  it('status shows everything applied with matching checksums; a second migrate does nothing', async () => {
    const st = await runner.status();
    expect(st.migrations.map((m) => m.state)).toEqual(Array(11).fill('applied'));
    expect(st.migrations.every((m) => m.checksum.state === 'match')).toBe(true);
    expect(st.summary.applied).toBe(11);
    expect(st.currentVersion).toBe('009');
    const again = await runner.migrate();
    expect(again.applied).toEqual([]);
    expect(again.ok).toBe(true);
    expect((await runner.validate()).ok).toBe(true);
  });

  it('validate catches an applied migration that was edited, renamed or deleted', async () => {
    const files = Object.fromEntries(project.files.map((f) => [f.rel, f.decoded.text]));
    const edited = makeProject({
      files: {
        ...files,
        'V003__create_products.sql': files['V003__create_products.sql']!.replace('stock        integer', 'stock        bigint'),
      },
    });
    const v = await new Runner(s.db, edited, settings()).validate();
    expect(v.ok).toBe(false);
    expect(v.issues).toMatchObject([{ code: 'checksum-mismatch', version: '003', location: 'migrations/V003__create_products.sql:1:1' }]);
    expect(v.issues[0]!.message).toContain('changed after it was applied');
    // migrate with validateOnMigrate refuses, and applies nothing
    const m = await new Runner(s.db, edited, settings()).migrate();
    expect(m.ok).toBe(false);
    expect(m.issues.map((i) => i.code)).toEqual(['checksum-mismatch']);

    const { ['V007__add_orders_item_count.sql']: v7, ...without7 } = files;
    const renamed = makeProject({ files: { ...without7, 'V007__add_item_count.sql': v7! } });
    expect((await new Runner(s.db, renamed, settings()).validate()).issues.map((i) => i.code)).toEqual(['description-mismatch']);
    const missing = makeProject({ files: without7 });
    const mv = await new Runner(s.db, missing, settings()).validate();
    expect(mv.issues).toMatchObject([{ code: 'missing', version: '007', script: 'V007__add_orders_item_count.sql' }]);
  });

  it('rolls back the newest version, then everything (--to 0), then re-applies', async () => {
    const one = await runner.rollback();
    expect(one.rolledBack.map((r) => r.version)).toEqual(['009']);
    expect(one.currentVersion).toBe('008');
    const st = await runner.status();
    expect(st.migrations.find((m) => m.version === '009')!.state).toBe('pending');
    // repeatables applied after V009 were removed from the history: they re-run on the next migrate
    expect(st.migrations.filter((m) => m.kind === 'repeatable').map((m) => m.state)).toEqual(['pending', 'pending']);

    const all = await runner.rollback({ to: '0' });
    expect(all.failure).toBeUndefined();
    expect(all.rolledBack.map((r) => r.version)).toEqual(['008', '007', '006', '005', '004', '003', '002', '001']);
    expect(all.currentVersion).toBeUndefined();
    expect(await publicObjects(s.db)).toEqual(['i:flyway_schema_history_pk', 'i:flyway_schema_history_s_idx', 'r:flyway_schema_history']);
    expect(await new SchemaHistory(s.db, 'public', 'flyway_schema_history').rows()).toEqual([]);

    const again = await runner.migrate();
    expect(again.failure).toBeUndefined();
    expect(again.applied.length).toBe(11);
    expect((await runner.status()).summary.applied).toBe(11);
  });

  it('nothing to roll back below the oldest version; --to must be a version', async () => {
    await expect(runner.rollback({ to: 'x1' })).rejects.toThrow(/--to must be a version/);
    expect((await runner.rollback({ to: '9' })).rolledBack).toEqual([]);
  });
});

/** Each test uses its own schema in one shared scratch database (fast on PGlite). */
describeEachEngine('runner', (engine) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await engine.scratch();
  });
  afterAll(async () => {
    await s.dispose();
  });
  const run = (schema: string, files: Record<string, string>, over: Partial<RunnerSettings> = {}) =>
    new Runner(s.db, makeProject({ files }), settings({ schema, ...over }), { retryDelayMs: 20 });
  const history = (schema: string) => new SchemaHistory(s.db, schema, 'flyway_schema_history').rows();

  it('a broken migration reports file:line:col, rolls back and records nothing', async () => {
    const files = {
      'V1__ok.sql': 'CREATE TABLE a (id int);\n',
      'V2__broken.sql': 'CREATE TABLE b (id int);\n-- then\nINSERT INTO b VALUES (1);\nSELECT nope FROM b;\n',
      'V3__later.sql': 'CREATE TABLE c (id int);\n',
    };
    const r = await run('broken', files).migrate();
    expect(r.ok).toBe(false);
    expect(r.applied.map((a) => a.version)).toEqual(['1']);
    expect(r.failure).toMatchObject({
      script: 'V2__broken.sql',
      location: 'migrations/V2__broken.sql:4:8',
      sqlstate: '42703',
      recordedAsFailed: false,
      mode: 'transaction',
    });
    expect(r.failure!.message).toContain('column "nope" does not exist');
    expect((await history('broken')).map((x) => [x.version, x.success])).toEqual([
      [null, true],
      ['1', true],
    ]);
    const b = await s.db.query("SELECT 1 FROM pg_tables WHERE schemaname = 'broken' AND tablename = 'b'");
    expect(b.rowCount).toBe(0);
  });

  it('a non-transactional migration that fails half-way is recorded as failed and blocks the next run until repaired', async () => {
    const files = {
      'V1__t.sql': 'CREATE TABLE t (id int, a int);\n',
      'V2__idx.sql': 'CREATE INDEX CONCURRENTLY t_id ON t (id);\nCREATE INDEX CONCURRENTLY t_b ON t (b);\n',
    };
    const r = await run('halfway', files).migrate();
    expect(r.failure).toMatchObject({ mode: 'no-transaction', recordedAsFailed: true, committedStatements: 1, location: 'migrations/V2__idx.sql:2:1', sqlstate: '42703' });
    expect((await history('halfway')).map((x) => [x.version, x.success])).toEqual([
      [null, true],
      ['1', true],
      ['2', false],
    ]);
    const blocked = await run('halfway', files).migrate();
    expect(blocked.ok).toBe(false);
    expect(blocked.issues).toMatchObject([{ code: 'failed', version: '2' }]);
    expect(blocked.issues[0]!.message).toContain('repair');
    // fix by hand, repair, migrate again
    await s.db.exec('DROP INDEX halfway.t_id');
    const fixed = { ...files, 'V2__idx.sql': 'CREATE INDEX CONCURRENTLY t_id ON t (id);\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n' };
    const repaired = await run('halfway', fixed).repair();
    expect(repaired.removed).toEqual([{ version: '2', description: 'idx', script: 'V2__idx.sql' }]);
    const done = await run('halfway', fixed).migrate();
    expect(done.applied.map((a) => a.version)).toEqual(['2']);
    expect((await history('halfway')).map((x) => [x.version, x.success])).toEqual([
      [null, true],
      ['1', true],
      ['2', true],
    ]);
  });

  it("validate fails while versioned migrations are pending, with Flyway's message; *:pending lets them pass", async () => {
    const files = { 'V1__t.sql': 'CREATE TABLE t (id int);\n', 'V2__u.sql': 'CREATE TABLE u (id int);\n' };
    const before = await run('pend', files).validate();
    expect(before.ok).toBe(false);
    expect(before.issues.map((i) => i.message.split('\n')[0]!.split(' (')[0])).toEqual([
      'Detected resolved migration not applied to database: 1',
      'Detected resolved migration not applied to database: 2',
    ]);
    expect(before.issues[0]!.message).toContain("set ignoreMigrationPatterns: ['*:pending']");
    expect((await run('pend', files, { ignoreMigrationPatterns: ['*:pending'] }).validate()).ok).toBe(true);
    // The default pattern, *:future, does not cover pending.
    expect((await run('pend', files, { ignoreMigrationPatterns: ['*:future'] }).validate()).ok).toBe(false);
    expect((await run('pend', files).migrate()).ok).toBe(true);
    expect((await run('pend', files).validate()).ok).toBe(true);
  });

  it("ignoreMigrationPatterns as Flyway: a newer applied version is future (let pass by the default *:future), an older one without its file missing, a skipped one ignored", async () => {
    const all = { 'V1__a.sql': 'CREATE TABLE a (id int);\n', 'V2__b.sql': 'CREATE TABLE b (id int);\n', 'V3__c.sql': 'CREATE TABLE c (id int);\n' };
    expect((await run('pat', all).migrate()).ok).toBe(true);
    const older = { 'V1__a.sql': all['V1__a.sql'], 'V2__b.sql': all['V2__b.sql'] };
    // V3 applied, no file, above every file: an older release deploying (Flyway's FUTURE).
    expect((await run('pat', older).validate()).ok).toBe(true);
    const strict = await run('pat', older, { ignoreMigrationPatterns: ['*:pending'] }).validate();
    expect(strict.issues.map((i) => [i.code, i.version])).toEqual([['missing', '3']]);
    // V2 applied, no file, below V3's file: MISSING, reported unless *:missing.
    const gap = { 'V1__a.sql': all['V1__a.sql'], 'V3__c.sql': all['V3__c.sql'] };
    expect((await run('pat', gap).validate()).issues.map((i) => [i.code, i.version])).toEqual([['missing', '2']]);
    expect((await run('pat', gap, { ignoreMigrationPatterns: ['versioned:missing'] }).validate()).ok).toBe(true);
    // A new V2_5 below the applied V3: IGNORED, unless outOfOrder or *:ignored.
    const late = { ...all, 'V2_5__late.sql': 'CREATE TABLE late (id int);\n' };
    expect((await run('pat', late).validate({ allowPending: true })).issues.map((i) => i.code)).toEqual(['ignored']);
    expect((await run('pat', late, { ignoreMigrationPatterns: ['*:ignored'] }).validate({ allowPending: true })).ok).toBe(true);
  });

  it('repeatables run after the versions, and again only when their checksum changes', async () => {
    const files = { 'V1__t.sql': 'CREATE TABLE t (id int);\n', 'R__v.sql': 'CREATE OR REPLACE VIEW v AS SELECT id FROM t;\n' };
    expect((await run('rep', files).migrate()).applied.map((a) => a.script)).toEqual(['V1__t.sql', 'R__v.sql']);
    expect((await run('rep', files).migrate()).applied).toEqual([]);
    const changed = { ...files, 'R__v.sql': 'CREATE OR REPLACE VIEW v AS SELECT id, 1 AS one FROM t;\n' };
    const st = await run('rep', changed).status();
    expect(st.migrations.find((m) => m.script === 'R__v.sql')).toMatchObject({ state: 'outdated', checksum: { state: 'mismatch' } });
    // Flyway's validate fails on an outdated repeatable (MigrationInfoImpl.validate) unless told to
    // let migrations not applied yet pass; migrate validates with them allowed.
    const refused = await run('rep', changed).validate();
    expect(refused.ok).toBe(false);
    expect(refused.issues.map((i) => [i.code, i.message.split(' (')[0]])).toEqual([['pending', 'Detected outdated resolved repeatable migration that should be re-applied to database: v']]);
    expect((await run('rep', changed, { ignoreMigrationPatterns: ['*:pending'] }).validate()).ok).toBe(true);
    expect((await run('rep', changed, { ignoreMigrationPatterns: ['repeatable:pending'] }).validate()).ok).toBe(true);
    expect((await run('rep', changed, { ignoreMigrationPatterns: ['versioned:pending'] }).validate()).ok).toBe(false);
    expect((await run('rep', changed).validate({ allowPending: true })).ok).toBe(true);
    expect((await run('rep', changed).migrate()).applied.map((a) => a.script)).toEqual(['R__v.sql']);
    expect((await run('rep', changed).validate()).ok).toBe(true);
    expect((await history('rep')).filter((x) => x.script === 'R__v.sql').length).toBe(2);
  });

  it('outOfOrder: false refuses a pending version below the current one; true applies it', async () => {
    const files = { 'V1__a.sql': 'CREATE TABLE a (id int);\n', 'V3__c.sql': 'CREATE TABLE c (id int);\n' };
    await run('ooo', files).migrate();
    const late = { ...files, 'V2__b.sql': 'CREATE TABLE b (id int);\n' };
    const refused = await run('ooo', late).migrate();
    expect(refused.ok).toBe(false);
    expect(refused.issues).toMatchObject([{ code: 'ignored', version: '2', location: 'migrations/V2__b.sql:1:1' }]);
    expect(refused.issues[0]!.message).toContain('outOfOrder');
    const skipped = await run('ooo', late, { validateOnMigrate: false }).migrate();
    expect(skipped.ok).toBe(true);
    expect(skipped.applied).toEqual([]);
    expect(skipped.warnings[0]).toContain('V2__b.sql');
    expect((await run('ooo', late).status()).migrations.find((m) => m.version === '2')!.state).toBe('ignored');
    const applied = await run('ooo', late, { outOfOrder: true }).migrate();
    expect(applied.applied.map((a) => a.version)).toEqual(['2']);
    expect((await run('ooo', late, { outOfOrder: true }).status()).migrations.find((m) => m.version === '2')!.state).toBe('out-of-order');
  });

  it('baselineOnMigrate adopts a non-empty schema; versions up to the baseline are skipped', async () => {
    await s.db.exec('CREATE SCHEMA legacy');
    await s.db.exec('CREATE TABLE legacy.accounts (id int)');
    const files = {
      'V1__accounts.sql': 'CREATE TABLE accounts (id int);\n',
      'V2__more.sql': 'ALTER TABLE accounts ADD COLUMN name text;\n',
      'V3__new.sql': 'CREATE TABLE invoices (id int);\n',
    };
    const refused = await run('legacy', files).migrate();
    expect(refused.ok).toBe(false);
    expect(refused.issues).toMatchObject([{ code: 'non-empty-schema' }]);
    expect(refused.issues[0]!.message).toContain('baselineOnMigrate');
    await s.db.exec('ALTER TABLE legacy.accounts ADD COLUMN name text');
    const r = await run('legacy', files, { baselineOnMigrate: true, baselineVersion: '2' }).migrate();
    expect(r.baselined).toBe('2');
    expect(r.applied.map((a) => a.version)).toEqual(['3']);
    expect((await history('legacy')).map((x) => [x.installedRank, x.version, x.type, x.description, x.script, x.checksum])).toEqual([
      [1, '2', 'BASELINE', '<< Flyway Baseline >>', '<< Flyway Baseline >>', null],
      [2, '3', 'SQL', 'new', 'V3__new.sql', expect.any(Number)],
    ]);
    const st = await run('legacy', files).status();
    expect(st.migrations.map((m) => [m.version, m.state])).toEqual([
      ['2', 'baseline'],
      ['1', 'below-baseline'],
      ['2', 'below-baseline'],
      ['3', 'applied'],
    ]);
    expect((await s.db.query("SELECT 1 FROM pg_tables WHERE schemaname = 'legacy' AND tablename = 'invoices'")).rowCount).toBe(1);
  });

  it('reset is refused unless cleanDisabled is false and the environment is not production; then it rebuilds the schema', async () => {
    const files = { 'V1__a.sql': 'CREATE TABLE a (id int);\n' };
    await run('resettable', files).migrate();
    await s.db.exec('CREATE TABLE resettable.stray (id int)');
    await expect(run('resettable', files).reset()).rejects.toThrow(/cleanDisabled is true/);
    await expect(run('resettable', files, { cleanDisabled: false, production: true, environment: 'production' }).reset()).rejects.toThrow(
      /environment "production" is production/,
    );
    const r = await run('resettable', files, { cleanDisabled: false }).reset();
    expect(r.ok).toBe(true);
    expect(r.migrate.applied.map((a) => a.version)).toEqual(['1']);
    const tables = await s.db.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'resettable' ORDER BY 1");
    expect(tables.rows.map((x) => x.t)).toEqual(['a', 'flyway_schema_history']);
  });

  it('rollback is refused on production without forceProduction, and needs the rollback file', async () => {
    const files = { 'V1__a.sql': 'CREATE TABLE a (id int);\n', 'rollback/V1__rollback.sql': 'DROP TABLE a;\n', 'V2__b.sql': 'CREATE TABLE b (id int);\n' };
    await run('rb', files).migrate();
    await expect(run('rb', files, { production: true, environment: 'prod' }).rollback()).rejects.toThrow(/environment "prod" is production.*--force-production/);
    const missing = await run('rb', files).rollback();
    expect(missing.ok).toBe(false);
    expect(missing.issues).toMatchObject([{ code: 'rollback-missing', version: '2' }]);
    expect(missing.issues[0]!.message).toContain('expected migrations/rollback/V2__rollback.sql');
    const withFile = { ...files, 'rollback/V2__rollback.sql': 'DROP TABLE b;\n' };
    const forced = await run('rb', withFile, { production: true }).rollback({ forceProduction: true, to: '0' });
    expect(forced.rolledBack.map((x) => x.version)).toEqual(['2', '1']);
    expect(await history('rb')).toEqual([expect.objectContaining({ type: 'SCHEMA' })]);
  });

  it('a failing rollback reports its location and keeps the version applied', async () => {
    const files = { 'V1__a.sql': 'CREATE TABLE a (id int);\n', 'rollback/V1__rollback.sql': 'DROP TABLE a;\nDROP TABLE nope;\n' };
    await run('rbfail', files).migrate();
    const r = await run('rbfail', files).rollback();
    expect(r.failure).toMatchObject({ location: 'migrations/rollback/V1__rollback.sql:2:1', sqlstate: '42P01', version: '1' });
    expect((await history('rbfail')).map((x) => x.version)).toEqual([null, '1']);
    expect((await s.db.query("SELECT 1 FROM pg_tables WHERE schemaname = 'rbfail' AND tablename = 'a'")).rowCount).toBe(1);
  });

  it('an unknown placeholder or a duplicate version stops migrate before anything runs', async () => {
    const r = await run('ph', { 'V1__a.sql': 'CREATE TABLE a (id int);\n', 'V2__b.sql': 'CREATE TABLE ${tbl} (id int);\n', 'V02__c.sql': 'SELECT 1;' }).migrate();
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code).sort()).toEqual(['duplicate-version', 'unknown-placeholder']);
    expect(r.applied).toEqual([]);
  });

  // Defined on the server engine only: PGlite has a single connection.
  if (engine.name === 'postgres') describe('with two connections (server only: PGlite has a single connection)', () => {
    it('two concurrent migrate runs apply each migration exactly once', async () => {
      const files = {
        'V1__a.sql': 'CREATE TABLE a (id int);\nSELECT pg_sleep(0.3);\n',
        'V2__b.sql': 'CREATE TABLE b (id int);\n',
        'V3__c.sql': 'CREATE INDEX CONCURRENTLY a_id ON a (id);\n',
        'R__v.sql': 'CREATE OR REPLACE VIEW v AS SELECT id FROM a;\n',
      };
      const other = await secondConnection(s.db);
      try {
        const waits: ProgressEvent[] = [];
        const first = new Runner(s.db, makeProject({ files }), settings({ schema: 'race' }));
        const second = new Runner(other, makeProject({ files }), settings({ schema: 'race' }), { onProgress: (e) => waits.push(e) });
        const [r1, r2] = await Promise.all([first.migrate(), new Promise((r) => setTimeout(r, 50)).then(() => second.migrate())]);
        expect(r1.failure ?? r2.failure).toBeUndefined();
        expect(r1.applied.length + r2.applied.length).toBe(4);
        expect(r2.applied).toEqual([]);
        expect(waits[0]).toMatchObject({ type: 'lock-wait' });
        const rows = await history('race');
        expect(rows.map((x) => x.script)).toEqual(['"race"', 'V1__a.sql', 'V2__b.sql', 'V3__c.sql', 'R__v.sql']);
      } finally {
        await other.close();
      }
    });

    it('a transactional migration that hits lock_timeout is retried', async () => {
      const files = { 'V1__t.sql': 'CREATE TABLE t (id int);\n', 'V2__alter.sql': 'ALTER TABLE t ADD COLUMN x int;\n' };
      await run('locky', { 'V1__t.sql': files['V1__t.sql'] }).migrate();
      const other = await secondConnection(s.db);
      try {
        await other.exec('BEGIN');
        await other.exec('LOCK TABLE locky.t IN ACCESS SHARE MODE');
        const retries: ProgressEvent[] = [];
        const runner = new Runner(s.db, makeProject({ files }), settings({ schema: 'locky', lockTimeout: '100ms', lockRetries: 5 }), {
          retryDelayMs: 100,
          onProgress: (e) => retries.push(e),
        });
        const pending = runner.migrate();
        await new Promise((r) => setTimeout(r, 250));
        await other.exec('COMMIT');
        const r = await pending;
        expect(r.failure).toBeUndefined();
        expect(r.applied[0]!.retries).toBeGreaterThanOrEqual(1);
        expect(retries.some((e) => e.type === 'retry')).toBe(true);
        // with no retries left the error names the lock timeout
        await other.exec('BEGIN');
        await other.exec('LOCK TABLE locky.t IN ACCESS SHARE MODE');
        const files3 = { ...files, 'V3__alter.sql': 'ALTER TABLE t ADD COLUMN y int;\n' };
        const failed = await new Runner(s.db, makeProject({ files: files3 }), settings({ schema: 'locky', lockTimeout: '50ms', lockRetries: 1 }), { retryDelayMs: 10 }).migrate();
        await other.exec('COMMIT');
        expect(failed.failure).toMatchObject({ sqlstate: '55P03', location: 'migrations/V3__alter.sql:1:1', recordedAsFailed: false });
      } finally {
        await other.close();
      }
    });

    it('a connection killed mid-migration leaves the history consistent, and a re-run completes', async () => {
      const files = {
        'V1__a.sql': 'CREATE TABLE a (id int);\n',
        'V2__slow.sql': 'CREATE TABLE b (id int);\nSELECT pg_sleep(1.5);\n',
        'V3__c.sql': 'CREATE TABLE c (id int);\n',
      };
      const victim = await secondConnection(s.db);
      const running = new Runner(victim, makeProject({ files }), settings({ schema: 'killed' })).migrate().catch((e: unknown) => e);
      // The migration runs on the runner's second session: terminate the backend running it.
      let pid: number | undefined;
      for (let i = 0; i < 100 && pid === undefined; i++) {
        const q = await s.db.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%' AND pid <> pg_backend_pid()");
        pid = q.rows[0]?.pid;
        if (pid === undefined) await new Promise((r) => setTimeout(r, 50));
      }
      await s.db.query('SELECT pg_terminate_backend($1)', [pid]);
      const r = (await running) as Awaited<ReturnType<Runner['migrate']>>;
      expect(r.failure).toMatchObject({ script: 'V2__slow.sql', sqlstate: '57P01', recordedAsFailed: false, connectionLost: true });
      // Read on the control session, which survived: V1 is what the schema is at.
      expect(r.currentVersion).toBe('1');
      await victim.close();
      expect((await history('killed')).map((x) => [x.version, x.success])).toEqual([
        [null, true],
        ['1', true],
      ]);
      expect((await s.db.query("SELECT 1 FROM pg_tables WHERE schemaname = 'killed' AND tablename = 'b'")).rowCount).toBe(0);
      const again = await run('killed', files).migrate();
      expect(again.applied.map((a) => a.version)).toEqual(['2', '3']);
    });

    it('gives up with a clear error when another runner holds the lock too long', async () => {
      const other = await secondConnection(s.db);
      try {
        const h = new SchemaHistory(other, 'waiting', 'flyway_schema_history');
        expect(await h.tryLock()).toBe(true);
        const r = new Runner(s.db, makeProject({ files: {} }), settings({ schema: 'waiting' }), { lockWaitMs: 200 });
        await expect(r.migrate()).rejects.toBeInstanceOf(UsageError);
        await h.unlock();
      } finally {
        await other.close();
      }
    });
  });
});
