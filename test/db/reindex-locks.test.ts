/**
 * REINDEX TABLE / REINDEX INDEX (not CONCURRENTLY): the lock modes the backend holds, read from
 * pg_locks inside the transaction before it ends, on the server and on PGlite — and the
 * lock-timeout-missing message, which must name those modes.
 *
 * PostgreSQL's source (src/backend/commands/indexcmds.c): ReindexTable opens the table with
 * ShareLock and reindex_relation → reindex_index takes AccessExclusiveLock on each index;
 * ReindexIndex (RangeVarCallbackForReindexIndex) locks the index's table with ShareLock first,
 * then the index with AccessExclusiveLock. REINDEX SCHEMA cannot run in a transaction block
 * (ReindexMultipleTables gives each table a transaction of its own), so its locks are read from a
 * third session while a reader holds it up — on the server only: PGlite has one session. Also on
 * the server only: a SELECT on the table waits behind REINDEX INDEX even when its plan uses no
 * index, as the planner opens every index of the table (plancat.c: get_relation_info).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rule from '../../rules/lock-timeout-missing.js';
import type { Scratch } from '../../src/db/engine.js';
import { lockModeName } from '../../src/check/locks.js';
import { describeEachEngine, engines } from '../helpers/db.js';
import { lintSpec } from '../helpers/rule-tester.js';

const SETUP = 'CREATE TABLE t (id int PRIMARY KEY, v text);\nCREATE INDEX t_v ON t (v);\nINSERT INTO t VALUES (1, \'a\'), (2, \'b\');\n';

/** pg_locks mode names → the names the rule's messages use ("ShareLock" → "SHARE"), as check's tracer reads them. */
const modeName = (m: string) => lockModeName(m) ?? m;

/** The relation locks this backend holds on t and its indexes after `sql`, inside a transaction. */
async function locksHeldBy(s: Scratch, sql: string): Promise<Record<string, string[]>> {
  await s.db.exec('BEGIN');
  try {
    await s.db.exec(sql);
    const r = await s.db.query<{ rel: string; mode: string }>(
      `SELECT c.relname AS rel, l.mode
         FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_class c ON c.oid = l.relation
        WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND l.granted
          AND c.relname IN ('t', 't_pkey', 't_v')
        ORDER BY 1, 2`,
    );
    const held: Record<string, string[]> = {};
    for (const { rel, mode } of r.rows) (held[rel] ??= []).push(modeName(mode));
    return held;
  } finally {
    await s.db.exec('ROLLBACK');
  }
}

/** lock-timeout-missing's message for `sql` in a migration after the one that creates t. */
function message(sql: string): string {
  const found = lintSpec({ files: { 'V1__t.sql': SETUP, 'V2__reindex.sql': sql } }, [rule]);
  expect(found).toHaveLength(1);
  return found[0]!.message;
}

describeEachEngine('REINDEX lock modes (pg_locks inside the transaction)', (engine) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await engine.scratch();
    await s.db.exec(SETUP);
  });
  afterAll(async () => s?.dispose());

  it('REINDEX TABLE t: SHARE on the table, ACCESS EXCLUSIVE on each of its indexes', async () => {
    const held = await locksHeldBy(s, 'REINDEX TABLE t');
    expect(held).toEqual({ t: ['SHARE'], t_pkey: ['ACCESS EXCLUSIVE'], t_v: ['ACCESS EXCLUSIVE'] });
    const text = message('REINDEX TABLE t;');
    expect(text).toContain(`a ${held['t']![0]} lock on existing table t`);
    expect(text).toContain(`an ${held['t_v']![0]} lock on each of its indexes`);
  });

  it('REINDEX INDEX t_v: ACCESS EXCLUSIVE on the index, SHARE on its table, the other index untouched', async () => {
    const held = await locksHeldBy(s, 'REINDEX INDEX t_v');
    expect(held).toEqual({ t: ['SHARE'], t_v: ['ACCESS EXCLUSIVE'] });
    const text = message('REINDEX INDEX t_v;');
    expect(text).toContain(`an ${held['t_v']![0]} lock on index t_v of existing table t`);
    expect(text).toContain(`a ${held['t']![0]} lock on the table`);
  });
});

/** The relation locks session `pid` holds or waits for in schema r, as "relname MODE" / "relname MODE (waiting)". */
async function locksOf(observer: Scratch['db'], pid: number): Promise<string[]> {
  const r = await observer.query<{ rel: string; mode: string; granted: boolean }>(
    `SELECT c.relname AS rel, l.mode, l.granted
       FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_class c ON c.oid = l.relation
      WHERE l.pid = $1 AND l.locktype = 'relation' AND c.relnamespace = 'r'::regnamespace
      ORDER BY 1, 2`,
    [pid],
  );
  return r.rows.map((x) => `${x.rel} ${modeName(x.mode)}${x.granted ? '' : ' (waiting)'}`);
}

describe('REINDEX, seen from another session [postgres]', () => {
  const server = engines.find((e) => e.name === 'postgres')!;
  let s: Scratch;
  beforeAll(async () => {
    s = await server.scratch();
    await s.db.exec('CREATE SCHEMA r; CREATE TABLE r.t (id int PRIMARY KEY, v text); CREATE INDEX t_v ON r.t (v); CREATE TABLE r.u (id int PRIMARY KEY);');
  });
  afterAll(async () => s?.dispose());

  it('behind REINDEX INDEX, a SELECT whose plan uses no index waits, and so does an INSERT', async () => {
    const other = await s.db.sibling();
    const fails = (sql: string) =>
      other.exec(sql).then(
        () => 'ran',
        (e: { code?: string }) => e.code ?? 'error',
      );
    try {
      await other.exec('SET enable_indexscan = off; SET enable_indexonlyscan = off; SET enable_bitmapscan = off');
      const plan = (await other.query<{ 'QUERY PLAN': string }>('EXPLAIN SELECT count(*) FROM r.t WHERE v IS NOT NULL')).rows.map((x) => x['QUERY PLAN']).join('\n');
      expect(plan).toContain('Seq Scan on t');
      expect(plan).not.toMatch(/Index/);
      await other.exec("SET lock_timeout = '300ms'");
      await s.db.exec('BEGIN');
      await s.db.exec('REINDEX INDEX r.t_v');
      const select = await fails('SELECT count(*) FROM r.t WHERE v IS NOT NULL');
      const insert = await fails("INSERT INTO r.t VALUES (10, 'x')");
      await s.db.exec('ROLLBACK');
      // 55P03 lock_not_available: lock_timeout ran out.
      expect({ select, insert }).toEqual({ select: '55P03', insert: '55P03' });
      expect(await fails('SELECT count(*) FROM r.t WHERE v IS NOT NULL')).toBe('ran');
      expect(message('REINDEX INDEX t_v;')).toContain(
        'every later INSERT, UPDATE and DELETE on t queues behind it, and so does every SELECT (the planner opens each index of the table, even for a sequential scan)',
      );
    } finally {
      await other.close();
    }
  });

  it('SHARE on one table and ACCESS EXCLUSIVE on its indexes, nothing on the other table', async () => {
    const reader = await s.db.sibling();
    const observer = await s.db.sibling();
    try {
      const pid = (await s.db.query<{ pid: number }>('SELECT pg_catalog.pg_backend_pid() AS pid')).rows[0]!.pid;
      await s.db.exec("SET lock_timeout = '20s'");
      // The reader's transaction keeps ACCESS SHARE on r.t and, from the planner, on its indexes.
      await reader.exec('BEGIN');
      await reader.exec('SELECT v FROM r.t WHERE id = 1');
      const reindex = s.db.exec('REINDEX SCHEMA r');
      let held: string[] = [];
      for (let i = 0; i < 200 && !held.some((x) => x.endsWith('(waiting)')); i++) {
        await new Promise((done) => setTimeout(done, 50));
        held = await locksOf(observer, pid);
      }
      await reader.exec('ROLLBACK');
      await reindex;
      const waiting = held.filter((x) => x.endsWith('(waiting)'));
      expect(waiting).toHaveLength(1);
      expect(waiting[0]).toMatch(/^(t_pkey|t_v) ACCESS EXCLUSIVE \(waiting\)$/);
      expect(held).toContain('t SHARE');
      expect(held.filter((x) => /^u(_pkey)? /.test(x))).toEqual([]);
      const table = held.find((x) => x.startsWith('t '))!.slice(2);
      const index = waiting[0]!.split(' ').slice(1, -1).join(' ');
      expect(message('REINDEX SCHEMA r;')).toContain(
        `a ${table} lock on every table in schema r and an ${index} lock on each of their indexes (one table at a time)`,
      );
    } finally {
      await reader.close();
      await observer.close();
    }
  });
});
