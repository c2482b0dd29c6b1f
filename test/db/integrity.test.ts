/**
 * Runner integrity (issue #10): the runner never records a success PostgreSQL did not see, and
 * leaves no invalid index without a failed row or a message naming it. Each test uses its own
 * schema in one scratch database per engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Scratch } from '../../src/db/engine.js';
import { SchemaHistory } from '../../src/db/history.js';
import { Runner, type ProgressEvent, type RunnerSettings } from '../../src/db/runner.js';
import { formatMigrate, formatRollback, formatStatus } from '../../src/report/db.js';
import { describeEachEngine } from '../helpers/db.js';
import { makeProject } from '../helpers/rule-tester.js';
import { secondConnection, settings } from '../helpers/runner.js';

const utf16be = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) >> 8;
    out[2 * i + 1] = s.charCodeAt(i) & 0xff;
  }
  return out;
};

const tableExists = async (db: Db, schema: string, table: string) =>
  (await db.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [schema, table])).rowCount === 1;

const invalid = async (db: Db, schema: string) =>
  (
    await db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND NOT i.indisvalid ORDER BY 1`,
      [schema],
    )
  ).rows.map((r) => r.name);

describeEachEngine('runner integrity', (engine) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await engine.scratch();
  });
  afterAll(async () => {
    await s.dispose();
  });
  const run = (schema: string, files: Record<string, string | Uint8Array>, over: Partial<RunnerSettings> = {}, onProgress?: (e: ProgressEvent) => void) =>
    new Runner(s.db, makeProject({ files }), settings({ schema, ...over }), { retryDelayMs: 20, progressEveryMs: 100, onProgress });
  const history = async (schema: string) => (await new SchemaHistory(s.db, schema, 'flyway_schema_history').rows()).map((r) => [r.version, r.success]);

  it('a file with a NUL byte or in UTF-16 without BOM is refused before anything is sent, with file:line:column', async () => {
    const nul = 'BEGIN; CREATE TABLE nul_a (id int); COMMIT;\n\0BEGIN; CREATE TABLE nul_b (id int); COMMIT;\n';
    const r = await run('dec', { 'V1__first.sql': 'CREATE TABLE first (id int);\n', 'V2__nul_in_middle.sql': nul, 'V3__utf16.sql': utf16be('CREATE TABLE u (id int);\n') }).migrate();
    expect(r.ok).toBe(false);
    expect(r.applied).toEqual([]);
    const codes = r.issues.map((i) => [i.code, i.location]);
    expect(codes).toEqual([
      ['not-runnable', 'migrations/V2__nul_in_middle.sql:2:1'],
      ['not-runnable', 'migrations/V3__utf16.sql:1:1'],
    ]);
    expect(r.issues[0]!.message).toMatch(/NUL/);
    expect(r.issues[1]!.message).toMatch(/UTF-16/);
    // Nothing was sent, not even the good V1 before them, and nothing was recorded.
    expect(await tableExists(s.db, 'dec', 'first')).toBe(false);
    expect(await tableExists(s.db, 'public', 'nul_a')).toBe(false);
    expect(await history('dec')).toEqual([[null, true]]);
    expect(formatMigrate(r)).not.toMatch(/42601|✔/);
  });

  it('COMMIT AND CHAIN keeps the session in a block: a failure after it is rolled back, the chain before it stays, the history is right', async () => {
    const chained = 'BEGIN;\nCREATE TABLE ch_a (id int);\nCOMMIT AND CHAIN;\nCREATE TABLE ch_b (id int);\nSELECT nope;\nCOMMIT;\n';
    const r = await run('chain', { 'V1__first.sql': 'CREATE TABLE first (id int);\n', 'V2__chained.sql': chained }).migrate();
    expect(r.ok).toBe(false);
    expect(r.failure).toMatchObject({ location: 'migrations/V2__chained.sql:5:8', sqlstate: '42703', committedStatements: 3, recordedAsFailed: true });
    // The block before the chain committed, the chained one was rolled back — and the session is
    // usable: it was not left in an aborted transaction (25P02 on the next query).
    expect(await tableExists(s.db, 'chain', 'ch_a')).toBe(true);
    expect(await tableExists(s.db, 'chain', 'ch_b')).toBe(false);
    expect(await history('chain')).toEqual([[null, true], ['1', true], ['2', false]]);
    const ending = await run('chainend', { 'V1__open.sql': 'BEGIN;\nCREATE TABLE ce_a (id int);\nCOMMIT AND CHAIN;\nCREATE TABLE ce_b (id int);\n' }).migrate();
    expect(ending.ok).toBe(false);
    expect(ending.failure?.message).toMatch(/BEGIN without COMMIT/);
    expect(await tableExists(s.db, 'chainend', 'ce_a')).toBe(true);
    expect(await tableExists(s.db, 'chainend', 'ce_b')).toBe(false);
  });

  it('a statement PostgreSQL 18 cannot parse is refused without an invented SQLSTATE', async () => {
    const r = await run('noparse', { 'V1__bad.sql': 'CREATE TABLE a (id int);\nCREATE TABLEE b (id int);\n' }).migrate();
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([{ code: 'not-runnable', location: 'migrations/V1__bad.sql:2:8' }]);
    expect(formatMigrate(r)).not.toMatch(/42601/);
    expect(await tableExists(s.db, 'noparse', 'a')).toBe(false);
  });

  it('applies a 12 MB seed: many INSERTs and one INSERT … VALUES larger than the lint limit', async () => {
    const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => `(${from + i}, '${'x'.repeat(90)}')`);
    const many = Array.from({ length: 1200 }, (_, b) => `INSERT INTO seed (id, pad) VALUES ${rows(b * 100, 100).join(',\n')};`).join('\n');
    const one = `-- one statement\nINSERT INTO seed (id, pad) VALUES\n${rows(1_000_000, 110_000).join(',\n')};\n`;
    expect(many.length).toBeGreaterThan(11 * (1 << 20));
    expect(one.length).toBeGreaterThan(11 * (1 << 20));
    const r = await run('big', { 'V1__t.sql': 'CREATE TABLE seed (id int PRIMARY KEY, pad text);\n', 'V2__many.sql': many, 'V3__one.sql': one }).migrate();
    expect(r.failure).toBeUndefined();
    expect(r.issues).toEqual([]);
    expect(r.applied.map((a) => a.script)).toEqual(['V1__t.sql', 'V2__many.sql', 'V3__one.sql']);
    const n = (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM big.seed')).rows[0]!.n;
    expect(n).toBe(120_000 + 110_000);
  }, 120_000);

  it('a too-large statement that is not plain DML is refused, not sent', async () => {
    const body = `CREATE TABLE huge AS SELECT * FROM (VALUES ${Array.from({ length: 120_000 }, (_, i) => `(${i}, '${'y'.repeat(90)}')`).join(',')}) v(a, b);\n`;
    const r = await run('bigddl', { 'V1__huge.sql': body }).migrate();
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([{ code: 'not-runnable', location: 'migrations/V1__huge.sql:1:1' }]);
    expect(r.issues[0]!.message).toMatch(/CREATE statement is 1\d\.\d MB/);
    expect(await tableExists(s.db, 'bigddl', 'huge')).toBe(false);
  }, 60_000);

  it('an empty or comment-only rollback is refused: the history row and the table stay', async () => {
    const files = {
      'V1__a.sql': 'CREATE TABLE a (id int);\n',
      'V2__b.sql': 'CREATE TABLE b (id int);\n',
      'rollback/V2__rollback.sql': '-- nothing to see here\n/* really */\n',
    };
    expect((await run('rbempty', files).migrate()).ok).toBe(true);
    const r = await run('rbempty', files).rollback();
    expect(r.ok).toBe(false);
    expect(r.rolledBack).toEqual([]);
    expect(r.issues).toMatchObject([{ code: 'rollback-empty', version: '2', location: 'migrations/rollback/V2__rollback.sql:1:1' }]);
    expect(await history('rbempty')).toEqual([
      [null, true],
      ['1', true],
      ['2', true],
    ]);
    expect(await tableExists(s.db, 'rbempty', 'b')).toBe(true);
  });

  it('a failed CONCURRENTLY build names the invalid index and the statement that removes it; the re-run drops and rebuilds it', async () => {
    const files = {
      'V1__t.sql': "CREATE TABLE t (k int);\nINSERT INTO t VALUES (1), (1), (2);\n",
      'V2__uniq.sql': 'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_k_key ON t (k);\n',
    };
    const r = await run('inv', files).migrate();
    expect(r.failure).toMatchObject({ script: 'V2__uniq.sql', sqlstate: '23505', recordedAsFailed: true });
    expect(r.failure!.invalidIndexes).toMatchObject([{ schema: 'inv', name: 't_k_key', fix: 'DROP INDEX CONCURRENTLY IF EXISTS "inv"."t_k_key";' }]);
    expect(r.currentVersion).toBe('1');
    const text = formatMigrate(r);
    expect(text).toContain('PostgreSQL left the index inv.t_k_key on inv.t INVALID');
    expect(text).toContain('DROP INDEX CONCURRENTLY IF EXISTS "inv"."t_k_key";');
    expect(text).toContain('Schema is at version 1;');
    // status names it; validate fails on the failed row.
    const st = await run('inv', files).status();
    expect(st.runningPid).toBeUndefined();
    expect(st.invalidIndexes).toMatchObject([{ schema: 'inv', name: 't_k_key' }]);
    expect(formatStatus(st)).toMatch(/index inv\.t_k_key on inv\.t is INVALID/);
    expect((await run('inv', files).validate()).ok).toBe(false);
    // Fix the data, repair, migrate: the leftover is dropped (IF NOT EXISTS would have skipped it) and built.
    await s.db.exec('DELETE FROM inv.t WHERE ctid = (SELECT min(ctid) FROM inv.t WHERE k = 1)');
    await run('inv', files).repair();
    const events: ProgressEvent[] = [];
    const again = await run('inv', files, {}, (e) => events.push(e)).migrate();
    expect(again.failure).toBeUndefined();
    expect(again.applied[0]!.notes).toEqual([expect.stringContaining('dropped the invalid index inv.t_k_key')]);
    expect(events).toContainEqual({ type: 'invalid-index-dropped', script: 'V2__uniq.sql', index: 'inv.t_k_key' });
    expect(await invalid(s.db, 'inv')).toEqual([]);
    expect((await run('inv', files).validate()).ok).toBe(true);
  });

  it('validate fails on an invalid index that a recorded migration created', async () => {
    const files = { 'V1__t.sql': 'CREATE TABLE t (k int);\n', 'V2__idx.sql': 'CREATE INDEX CONCURRENTLY t_k_idx ON t (k);\n' };
    expect((await run('invrec', files).migrate()).ok).toBe(true);
    // An index that is invalid while its migration is recorded as applied (as Flyway leaves one
    // after IF NOT EXISTS skipped an invalid leftover): made so here through the catalog.
    await s.db.exec("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'invrec.t_k_idx'::regclass");
    const v = await run('invrec', files).validate();
    expect(v.ok).toBe(false);
    expect(v.issues).toMatchObject([{ code: 'invalid-index', script: 'V2__idx.sql' }]);
    expect(v.issues[0]!.message).toContain('DROP INDEX CONCURRENTLY IF EXISTS "invrec"."t_k_idx";');
    expect(v.invalidIndexes).toMatchObject([{ name: 't_k_idx', createdBy: 'V2__idx.sql' }]);
  });

  it('a rollback that fails after a block committed marks its version failed; one that committed nothing leaves it applied', async () => {
    const files = {
      'V1__a.sql': 'CREATE TABLE a (id int);\nCREATE TABLE a2 (id int);\n',
      'rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE a;\nCOMMIT;\nBEGIN;\nDROP TABLE nonexistent;\nCOMMIT;\n',
    };
    expect((await run('rbhalf', files).migrate()).ok).toBe(true);
    const r = await run('rbhalf', files).rollback();
    expect(r.failure).toMatchObject({ sqlstate: '42P01', recordedAsFailed: true, committedStatements: 3 });
    expect(formatRollback(r)).toContain('is now recorded as failed: finish or undo the half-done rollback by hand');
    expect(await history('rbhalf')).toEqual([
      [null, true],
      ['1', false],
    ]);
    expect((await run('rbhalf', files).validate()).ok).toBe(false);
    expect((await run('rbhalf', files).migrate()).issues.map((i) => i.code)).toEqual(['failed']);
    // The first block fails: nothing committed, the version stays applied.
    const first = { 'V1__a.sql': files['V1__a.sql'], 'rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE nonexistent;\nCOMMIT;\nBEGIN;\nDROP TABLE a;\nCOMMIT;\n' };
    expect((await run('rbnone', first).migrate()).ok).toBe(true);
    const n = await run('rbnone', first).rollback();
    expect(n.failure).toMatchObject({ recordedAsFailed: false });
    expect(await history('rbnone')).toEqual([
      [null, true],
      ['1', true],
    ]);
  });

  it('what a migration SETs does not leak into the next: search_path, ROLE; the history is written as the login role', async () => {
    const role = `mg_leak_${engine.name}`;
    const files = {
      'V1__schema.sql': `CREATE SCHEMA leak_other;\nSET search_path = leak_other;\n`,
      'V2__table.sql': 'CREATE TABLE leak_t (id int);\n',
      'V3__role.sql': `CREATE ROLE ${role};\nSET ROLE ${role};\n`,
      'V4__owned.sql': 'CREATE TABLE leak_owned (id int);\n',
    };
    try {
      const r = await run('leak', files).migrate();
      expect(r.failure).toBeUndefined();
      expect(await tableExists(s.db, 'leak', 'leak_t')).toBe(true);
      expect(await tableExists(s.db, 'leak_other', 'leak_t')).toBe(false);
      const owner = (await s.db.query<{ o: string }>("SELECT tableowner AS o FROM pg_tables WHERE schemaname = 'leak' AND tablename = 'leak_owned'")).rows[0]!.o;
      const me = (await s.db.query<{ u: string }>('SELECT session_user AS u')).rows[0]!.u;
      expect(owner).toBe(me);
      const by = await new SchemaHistory(s.db, 'leak', 'flyway_schema_history').rows();
      expect(new Set(by.map((x) => x.installedBy))).toEqual(new Set([me]));
    } finally {
      await s.db.exec('RESET ROLE');
      await s.db.exec(`DROP SCHEMA IF EXISTS leak CASCADE; DROP SCHEMA IF EXISTS leak_other CASCADE; DROP ROLE IF EXISTS ${role}`);
    }
  });

  it('a migration that ends its transaction with ROLLBACK is refused: it would be recorded as applied while nothing stays', async () => {
    const r = await run('dryrun', { 'V1__dry.sql': 'BEGIN;\nCREATE TABLE dry (id int);\nROLLBACK;\n' }).migrate();
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([{ code: 'not-runnable', location: 'migrations/V1__dry.sql:3:1' }]);
    expect(await history('dryrun')).toEqual([[null, true]]);
  });

  it('a file with several transaction blocks is recorded as failed while it runs, and a success only at its end', async () => {
    const files = {
      'V1__blocks.sql': 'BEGIN;\nCREATE TABLE b1 (id int);\nCOMMIT;\nBEGIN;\nCREATE TABLE b2 (id int);\nCOMMIT;\n',
      'V2__after.sql': 'BEGIN;\nCREATE TABLE c1 (id int);\nCOMMIT;\nCREATE TABLE c2 (id int);\n',
      'V3__fails.sql': 'BEGIN;\nCREATE TABLE d1 (id int);\nCOMMIT;\nBEGIN;\nCREATE TABLE d1 (id int);\nCOMMIT;\n',
      'V4__first_block_fails.sql': 'BEGIN;\nSELECT nope;\nCOMMIT;\nBEGIN;\nCREATE TABLE e (id int);\nCOMMIT;\n',
    };
    const seen: unknown[][] = [];
    const r = await run('blocks', files, {}, (e) => {
      if (e.type === 'start') seen.push([e.script]);
    }).migrate();
    expect(r.applied.map((a) => a.script)).toEqual(['V1__blocks.sql', 'V2__after.sql']);
    expect(r.failure).toMatchObject({ script: 'V3__fails.sql', sqlstate: '42P07', recordedAsFailed: true });
    expect(await history('blocks')).toEqual([
      [null, true],
      ['1', true],
      ['2', true],
      ['3', false],
    ]);
    // A failure in the first block: nothing committed, so nothing is recorded.
    await s.db.exec('DROP TABLE blocks.d1');
    await run('blocks', files).repair();
    const next = await run('blocks', { ...files, 'V3__fails.sql': 'BEGIN;\nCREATE TABLE d1 (id int);\nCOMMIT;\n' }).migrate();
    expect(next.failure).toMatchObject({ script: 'V4__first_block_fails.sql', recordedAsFailed: false });
    expect((await history('blocks')).slice(-1)).toEqual([['3', true]]);
  });
});

describe('runner integrity on a server: sessions, CONCURRENTLY and lock_timeout', () => {
  let s: Scratch;
  beforeAll(async () => {
    const { openScratch } = await import('../../src/db/engine.js');
    const { TEST_DATABASE_URL } = await import('../helpers/db.js');
    s = await openScratch(TEST_DATABASE_URL);
  });
  afterAll(async () => {
    await s.dispose();
  });
  const history = async (schema: string) => (await new SchemaHistory(s.db, schema, 'flyway_schema_history').rows()).map((r) => [r.version, r.success]);
  const waitFor = async (sql: string, params: unknown[] = []) => {
    for (let i = 0; i < 200; i++) {
      const r = await s.db.query<{ pid: number }>(sql, params);
      if (r.rows[0]) return r.rows[0].pid;
      await new Promise((res) => setTimeout(res, 25));
    }
    throw new Error(`timed out waiting for: ${sql}`);
  };

  it('PostgreSQL: lock_timeout cancels a CREATE INDEX CONCURRENTLY waiting for an old snapshot and leaves it INVALID', async () => {
    await s.db.exec('CREATE SCHEMA fact; CREATE TABLE fact.t (k int); INSERT INTO fact.t SELECT generate_series(1, 1000)');
    const old = await secondConnection(s.db);
    const builder = await secondConnection(s.db);
    try {
      await old.exec('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await old.exec('SELECT count(*) FROM fact.t');
      await builder.exec("SET lock_timeout = '300ms'");
      const err = await builder.exec('CREATE INDEX CONCURRENTLY t_k_idx ON fact.t (k)').then(
        () => undefined,
        (e: { code?: string }) => e.code,
      );
      expect(err).toBe('55P03');
      expect(await invalid(s.db, 'fact')).toEqual(['t_k_idx']);
    } finally {
      await old.exec('ROLLBACK').catch(() => undefined);
      await old.close();
      await builder.close();
    }
  });

  it('the runner builds it anyway: no lock_timeout on CONCURRENTLY, progress while it waits, writes go through', async () => {
    await s.db.exec('CREATE SCHEMA IF NOT EXISTS cic');
    const files = {
      'V1__t.sql': 'CREATE TABLE t (k int);\nINSERT INTO t SELECT generate_series(1, 1000);\n',
      'V2__idx.sql': 'CREATE INDEX CONCURRENTLY t_k_idx ON t (k);\n',
    };
    const events: ProgressEvent[] = [];
    const project = makeProject({ files });
    expect((await new Runner(s.db, makeProject({ files: { 'V1__t.sql': files['V1__t.sql'] } }), settings({ schema: 'cic' })).migrate()).ok).toBe(true);
    const old = await secondConnection(s.db);
    const writer = await secondConnection(s.db);
    try {
      await old.exec('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await old.exec('SELECT count(*) FROM cic.t');
      const running = new Runner(s.db, project, settings({ schema: 'cic', lockTimeout: '200ms' }), { progressEveryMs: 100, onProgress: (e) => events.push(e) }).migrate();
      const pid = await waitFor("SELECT pid FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event_type = 'Lock'");
      await new Promise((res) => setTimeout(res, 700)); // well past the 200 ms lock_timeout
      // While it waits, the table takes writes (SHARE UPDATE EXCLUSIVE blocks neither reads nor writes).
      await writer.exec("SET statement_timeout = '2s'");
      await writer.exec('INSERT INTO cic.t VALUES (1001)');
      expect(events.some((e) => e.type === 'concurrent' && e.blockers.length > 0)).toBe(true);
      const oldPid = (await old.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      expect(events.find((e) => e.type === 'concurrent' && e.blockers.length > 0)).toMatchObject({ script: 'V2__idx.sql', line: 1, blockers: [oldPid] });
      expect(pid).toBeGreaterThan(0);
      // Meanwhile status shows the migration as failed (its row is written first) and says a run holds the lock.
      const during = await new Runner(writer, project, settings({ schema: 'cic' })).status();
      expect(during.migrations.find((m) => m.version === '2')!.state).toBe('failed');
      expect(during.runningPid).toBeGreaterThan(0);
      expect(formatStatus(during)).toMatch(/a migration run holds the migration lock now \(backend pid \d+\)/);
      await old.exec('COMMIT');
      const r = await running;
      expect(r.failure).toBeUndefined();
      expect(r.applied.map((a) => a.script)).toEqual(['V2__idx.sql']);
      expect(await invalid(s.db, 'cic')).toEqual([]);
      // The session's own lock_timeout is back for what follows.
    } finally {
      await old.exec('ROLLBACK').catch(() => undefined);
      await old.close();
      await writer.close();
    }
  });

  it('losing the control session (lock, history) mid-run is a clear error; the history still says what committed', async () => {
    const files = { 'V1__slow.sql': 'CREATE TABLE slow (id int);\nSELECT pg_sleep(0.8);\n', 'V2__next.sql': 'CREATE TABLE next (id int);\n' };
    const control = await secondConnection(s.db);
    const controlPid = (await control.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const running = new Runner(control, makeProject({ files }), settings({ schema: 'ctl' })).migrate().then(
      () => undefined,
      (e: Error) => e,
    );
    await waitFor("SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(0.8)%'");
    await s.db.query('SELECT pg_terminate_backend($1)', [controlPid]);
    const err = await running;
    await control.close();
    // V1 runs on the work session to its end; the loss shows at V2's first history read.
    expect(err?.message).toMatch(/^lost the session that holds the migration lock and writes the schema history while applying migrations\/V2__next\.sql .*; applied before it: V1__slow\.sql\./);
    expect(err?.message).toContain('run `migration-guard status`');
    // V1 committed on the work session with its row.
    expect(await history('ctl')).toEqual([
      [null, true],
      ['1', true],
    ]);
  });

  it('a terminated backend during CREATE INDEX CONCURRENTLY: failed row, invalid index named, the right current version', async () => {
    const files = {
      'V1__t.sql': 'CREATE TABLE t (k int);\nINSERT INTO t SELECT generate_series(1, 1000);\n',
      'V2__idx.sql': 'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_k_idx ON t (k);\n',
      'V3__after.sql': 'CREATE TABLE after (id int);\n',
    };
    const old = await secondConnection(s.db);
    try {
      // An old snapshot keeps the build waiting, after its catalog entry committed.
      await old.exec('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await old.exec('SELECT 1');
      const running = new Runner(s.db, makeProject({ files }), settings({ schema: 'term' })).migrate();
      const pid = await waitFor("SELECT pid FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event_type = 'Lock'");
      await s.db.query('SELECT pg_terminate_backend($1)', [pid]);
      const r = await running;
      expect(r.failure).toMatchObject({ script: 'V2__idx.sql', sqlstate: '57P01', recordedAsFailed: true, connectionLost: true });
      expect(r.failure!.invalidIndexes.map((i) => i.name)).toEqual(['t_k_idx']);
      expect(r.currentVersion).toBe('1');
      expect(formatMigrate(r)).toContain('Schema is at version 1;');
      expect(await history('term')).toEqual([
        [null, true],
        ['1', true],
        ['2', false],
      ]);
      await old.exec('COMMIT');
      const status = await new Runner(s.db, makeProject({ files }), settings({ schema: 'term' })).status();
      expect(status.migrations.find((m) => m.version === '2')!.state).toBe('failed');
      expect(status.invalidIndexes.map((i) => i.name)).toEqual(['t_k_idx']);
      expect((await new Runner(s.db, makeProject({ files }), settings({ schema: 'term' })).validate()).ok).toBe(false);
      await new Runner(s.db, makeProject({ files }), settings({ schema: 'term' })).repair();
      const again = await new Runner(s.db, makeProject({ files }), settings({ schema: 'term' })).migrate();
      expect(again.applied.map((a) => a.script)).toEqual(['V2__idx.sql', 'V3__after.sql']);
      expect(await invalid(s.db, 'term')).toEqual([]);
    } finally {
      await old.exec('ROLLBACK').catch(() => undefined);
      await old.close();
    }
  });
});
