import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/load/config.js';
import { readCriticalQueries } from '../../src/check/queries.js';
import { readStatistics } from '../../src/check/statistics.js';
import { runCheck } from '../../src/commands/check.js';
import { tmpProject } from '../helpers/tmp.js';

const load = (cwd: string) => loadConfig({ cwd, knownRules: ['query-plan-regression'], env: {} });

describe('performance: in migration-guard.yml', () => {
  it('off by default; queries, rows, costFactor (default 2) and statistics when set', async () => {
    expect((await load(tmpProject({}))).performance).toBeNull();
    const dir = tmpProject({ 'migration-guard.yml': 'performance:\n  queries: test/performance\n  rows: {orders: 200000, shop.customers: 5000}\n  statistics: prod-stats.sql\n' });
    expect((await load(dir)).performance).toEqual({ queries: 'test/performance', rows: { orders: 200000, 'shop.customers': 5000 }, costFactor: 2, statistics: 'prod-stats.sql' });
    const withFactor = tmpProject({ 'migration-guard.yml': 'performance:\n  queries: q\n  costFactor: 1.5\n' });
    expect((await load(withFactor)).performance).toEqual({ queries: 'q', rows: {}, costFactor: 1.5 });
  });

  it('unknown keys with a did-you-mean, wrong values, a missing queries: errors at file:line:column', async () => {
    const bad = (yml: string) => load(tmpProject({ 'migration-guard.yml': yml }));
    await expect(bad('performance:\n  queries: q\n  costfactor: 3\n')).rejects.toThrow(
      'migration-guard.yml:3:3: unknown key "costfactor" in performance (did you mean "costFactor"?); allowed: queries, rows, costFactor, statistics',
    );
    await expect(bad('performance:\n  queries: q\n  costFactor: 1\n')).rejects.toThrow('migration-guard.yml:3:15: performance.costFactor must be a number from 1.01 to 1000000');
    await expect(bad('performance:\n  queries: q\n  rows:\n    orders: many\n')).rejects.toThrow('migration-guard.yml:4:13: performance.rows.orders must be a number from 1 to 10000000');
    await expect(bad('performance:\n  queries: q\n  rows: [orders]\n')).rejects.toThrow('migration-guard.yml:3:9: performance.rows must be a map of table: number of rows');
    await expect(bad('performance:\n  rows: {orders: 10}\n')).rejects.toThrow('migration-guard.yml:2:3: performance.queries is required');
    await expect(bad('performance:\n  queries: q\n  rows: {"drop table": 10}\n')).rejects.toThrow('migration-guard.yml:3:10: performance.rows: "drop table" is not a table name (table or schema.table)');
  });
});

describe('critical query files', () => {
  const read = (files: Record<string, string>) => {
    const dir = tmpProject(files);
    return readCriticalQueries(resolve(dir, 'q'), { baseDir: dir, cwd: dir });
  };

  it('one query per .sql file, named by the file, in name order', async () => {
    const q = await read({ 'q/b_orders.sql': '-- the account page\nSELECT * FROM orders WHERE id = 1;\n', 'q/a_update.sql': 'UPDATE orders SET total = 0 WHERE id = 2', 'q/readme.md': 'not a query' });
    expect(q).toEqual([
      { name: 'a_update', file: 'q/a_update.sql', sql: 'UPDATE orders SET total = 0 WHERE id = 2' },
      { name: 'b_orders', file: 'q/b_orders.sql', sql: 'SELECT * FROM orders WHERE id = 1' },
    ]);
  });

  it('a file that is not exactly one query: an error at its file:line:column', async () => {
    await expect(read({ 'q/two.sql': 'SELECT 1;\n  SELECT 2;\n' })).rejects.toThrow('q/two.sql:2:3: holds more than one statement');
    await expect(read({ 'q/ddl.sql': '\nCREATE INDEX i ON t (a);\n' })).rejects.toThrow('q/ddl.sql:2:1: is not a query (Index)');
    await expect(read({ 'q/param.sql': 'SELECT * FROM orders\nWHERE id = $1;\n' })).rejects.toThrow('q/param.sql:2:12: has a parameter ($n)');
    await expect(read({ 'q/empty.sql': '-- nothing\n' })).rejects.toThrow('q/empty.sql:1:1: empty');
    await expect(read({ 'q/broken.sql': 'SELECT * FORM orders;\n' })).rejects.toThrow(/^q\/broken\.sql:1:\d+: not a valid query: syntax error/);
    await expect(read({ 'x.sql': '' })).rejects.toThrow('performance.queries: cannot read the folder q (ENOENT)');
  });

  it('check stops with exit-2 errors (ConfigError) before any database work', async () => {
    const dir = tmpProject({ 'migration-guard.yml': 'performance:\n  queries: q\n', 'q/bad.sql': 'DELETE FROM t; DELETE FROM u;', 'migrations/V1__t.sql': 'CREATE TABLE t (id int);\n' });
    await expect(runCheck({ cwd: dir, paths: ['migrations'] })).rejects.toMatchObject({ name: 'ConfigError', message: 'q/bad.sql:1:16: holds more than one statement: a critical query file holds exactly one query, named by its file' });
  });

  it('a statistics file without a restore call is an error', async () => {
    const dir = tmpProject({ 's.sql': 'SET statement_timeout = 0;\n' });
    await expect(readStatistics(resolve(dir, 's.sql'), { cwd: dir })).rejects.toThrow('performance.statistics: s.sql holds no pg_restore_relation_stats / pg_restore_attribute_stats call');
  });
});
