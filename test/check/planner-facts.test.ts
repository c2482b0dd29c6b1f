/**
 * The planner facts rules/query-plan-regression.md states, measured on both engines: why check
 * gives the planner rows (an empty table plans as 1 row once analysed, and as 10 pages' worth of
 * rows before), and how imported statistics combine with the rows on disk (PostgreSQL 18, PGlite).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db, Scratch } from '../../src/db/engine.js';
import { describeEachEngine } from '../helpers/db.js';

const planRows = async (db: Db, sql: string) => {
  const r = await db.query<{ 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }>(`EXPLAIN (FORMAT JSON) ${sql}`);
  return r.rows[0]!['QUERY PLAN'][0]!.Plan['Plan Rows'];
};

describeEachEngine('planner facts', (engine) => {
  let scratch: Scratch;
  beforeAll(async () => {
    scratch = await engine.scratch();
  });
  afterAll(() => scratch.dispose());

  it('an empty table never analysed is estimated as 10 pages of rows; once analysed, as 1 row', async () => {
    const { db } = scratch;
    await db.exec('CREATE TABLE empty_t (id int, s text)');
    // 10 pages × the rows of (int, text) that fit a page by the width estimate.
    expect(await planRows(db, 'SELECT * FROM empty_t')).toBe(1270);
    await db.exec('ANALYZE empty_t');
    expect(await planRows(db, 'SELECT * FROM empty_t')).toBe(1);
  });

  it('imported statistics: nothing on an empty table; with rows, their rows per page times the pages on disk (PostgreSQL 18 only)', async () => {
    const { db } = scratch;
    const version = Number((await db.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]!.v);
    const restore = `SELECT pg_catalog.pg_restore_relation_stats('version', '180000'::integer, 'schemaname', 'public', 'relname', 'stats_t', 'relpages', '10000'::integer, 'reltuples', '1000000'::real)`;
    await db.exec('CREATE TABLE stats_t (id int, s text)');
    if (version < 180000) {
      // The local server (15) has no pg_restore_relation_stats: check notes it instead of importing.
      await expect(db.query(restore)).rejects.toThrow(/pg_restore_relation_stats.*does not exist/);
      return;
    }
    await db.query(restore);
    expect(await planRows(db, 'SELECT * FROM stats_t')).toBe(1);
    await db.exec(`INSERT INTO stats_t SELECT g, 'x' || g FROM generate_series(1, 1000) g`);
    const pages = Number((await db.query<{ p: string }>(`SELECT pg_relation_size('stats_t') / 8192 AS p`)).rows[0]!.p);
    // 1,000,000 rows / 10,000 pages = 100 rows a page, times the 6 pages the 1000 real rows take.
    expect(pages).toBe(6);
    expect(await planRows(db, 'SELECT * FROM stats_t')).toBe(100 * pages);
  });

  it('re-ANALYZE of 200,000 rows (a 30,000-row sample) keeps the cost of a Seq Scan, and row estimates within 20 %', async () => {
    const { db } = scratch;
    await db.exec(`CREATE TABLE sample_t (id int, k int)`);
    await db.exec(`INSERT INTO sample_t SELECT g, g % 7 FROM generate_series(1, 200000) g`);
    const costs = new Set<number>();
    const rows = new Set<number>();
    for (let i = 0; i < 4; i++) {
      await db.exec('ANALYZE sample_t');
      const r = await db.query<{ 'QUERY PLAN': { Plan: { 'Plan Rows': number; 'Total Cost': number } }[] }>(`EXPLAIN (FORMAT JSON) SELECT * FROM sample_t WHERE k = 3`);
      costs.add(r.rows[0]!['QUERY PLAN'][0]!.Plan['Total Cost']);
      rows.add(r.rows[0]!['QUERY PLAN'][0]!.Plan['Plan Rows']);
    }
    expect(costs.size).toBe(1);
    expect(Math.max(...rows) / Math.min(...rows)).toBeLessThan(1.2);
  });
});
