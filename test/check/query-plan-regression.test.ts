import { expect, it } from 'vitest';
import { runCheck, type CheckResult } from '../../src/commands/check.js';
import { formatCheckJson, formatCheckText } from '../../src/report/check.js';
import { describeEachEngine } from '../helpers/db.js';
import { tmpProject } from '../helpers/tmp.js';

const tx = (...sql: string[]) => `BEGIN;\n${sql.join('\n')}\nCOMMIT;\n`;

/** A project whose base is `base` (migrations already merged) and whose change set is `change`. */
function project(base: Record<string, string>, change: Record<string, string>, extra: Record<string, string>) {
  const dir = tmpProject({ ...base, ...change, ...extra });
  const baseFiles = Object.entries(base).map(([path, text]) => ({ path, rel: path.replace(/^migrations\//, ''), bytes: new TextEncoder().encode(text) }));
  return { dir, baseFiles };
}

const ORDERS = {
  'migrations/V1__orders.sql': tx(
    'CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);',
    'CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers, total numeric(10,2) NOT NULL, created_at timestamptz NOT NULL DEFAULT now());',
    'CREATE INDEX orders_customer_idx ON orders (customer_id);',
  ),
  'migrations/rollback/V1__rollback.sql': tx('DROP TABLE orders;', 'DROP TABLE customers;'),
};
const config = (extra = '') => `performance:\n  queries: test/performance\n  rows:\n    orders: 10000\n    customers: 1000\n${extra}`;
const QUERIES = {
  'test/performance/orders_of_customer.sql': '-- the account page\nSELECT id, total FROM orders WHERE customer_id = 42;\n',
  'test/performance/order_count.sql': 'SELECT count(*) FROM orders;\n',
};

const regressions = (r: CheckResult) => r.findings.filter((x) => x.rule === 'query-plan-regression');
const where = (r: CheckResult) => regressions(r).map((x) => `${x.file}:${x.line}:${x.column} ${x.severity}`);
const query = (r: CheckResult, name: string) => r.performance!.queries.find((q) => q.name === name)!;

async function check(engineUrl: string | undefined, change: Record<string, string>, extra: Record<string, string> = {}, yml = config()) {
  const { dir, baseFiles } = project(ORDERS, change, { 'migration-guard.yml': yml, ...QUERIES, ...extra });
  return runCheck({ cwd: dir, paths: ['migrations'], baseFiles, databaseUrl: engineUrl });
}

describeEachEngine('query-plan-regression', (engine) => {
  it('a DROP INDEX that turns an index scan into a seq scan: a warning at the DROP INDEX, naming the query, the relation, before → after', async () => {
    const r = await check(engine.url, {
      'migrations/V2__drop_idx.sql': tx('ALTER TABLE orders ADD COLUMN note text;', 'DROP INDEX orders_customer_idx;'),
      'migrations/rollback/V2__rollback.sql': tx('CREATE INDEX orders_customer_idx ON orders (customer_id);', 'ALTER TABLE orders DROP COLUMN note;'),
    }, { 'test/performance/orders_of_some.sql': 'SELECT id FROM orders WHERE customer_id = 3 OR customer_id = 500;\n' });
    // Two queries lost their index: one finding each, both at the DROP INDEX.
    expect(where(r)).toEqual(['migrations/V2__drop_idx.sql:3:1 warning', 'migrations/V2__drop_idx.sql:3:1 warning']);
    const some = query(r, 'orders_of_some');
    // PostgreSQL 15 reads an OR of two values by a BitmapOr; 18 (PGlite) turns the OR into = ANY and an Index Scan.
    if (engine.name === 'postgres') {
      expect(some.before!.plan!.shape).toBe('Bitmap Heap Scan on public.orders → BitmapOr (Bitmap Index Scan using orders_customer_idx; Bitmap Index Scan using orders_customer_idx)');
      expect(some.changes.map((c) => `${c.kind} ${c.before} → ${c.after}`)).toContain('seq-scan Bitmap Heap Scan using orders_customer_idx → Seq Scan');
    } else {
      expect(some.before!.plan!.shape).toBe('Index Scan using orders_customer_idx on public.orders');
      expect(some.changes.map((c) => `${c.kind} ${c.before} → ${c.after}`)).toContain('seq-scan Index Scan using orders_customer_idx → Seq Scan');
    }
    const [f] = regressions(r).filter((x) => x.message.includes('orders_of_customer'));
    expect(f!.message).toMatch(
      /^after V2__drop_idx\.sql, the critical query test\/performance\/orders_of_customer\.sql plans worse: public\.orders: Index Scan using orders_customer_idx → Seq Scan \(index public\.orders_customer_idx is gone\); estimated cost 8\.46 → 199 \(×23\.5, more than costFactor 2\)$/,
    );
    const q = query(r, 'orders_of_customer');
    expect(q.before).toMatchObject({ plan: { shape: 'Index Scan using orders_customer_idx on public.orders' } });
    expect(q.before!.after).toBeUndefined();
    expect(q.after).toMatchObject({ after: 'V2__drop_idx.sql', plan: { shape: 'Seq Scan on public.orders' } });
    expect(q.after!.plan!.text[0]).toMatch(/^Seq Scan on orders {2}\(cost=/);
    // The count read orders by a Seq Scan before and after: no finding, same plan.
    expect(query(r, 'order_count').changes).toEqual([]);
    expect(r.performance!.tables).toEqual([
      expect.objectContaining({ table: 'public.customers', synthetic: 1000 }),
      expect.objectContaining({ table: 'public.orders', synthetic: 10000 }),
    ]);
    expect(formatCheckText(r, false)).toMatch(
      /\n  orders_of_customer  ⚠ worse\n    before: Index Scan using orders_customer_idx on public\.orders \(cost [\d.]+\)\n    after: +Seq Scan on public\.orders \(cost [\d,]+\)\n/,
    );
    const json = JSON.parse(formatCheckJson(r));
    expect(json.performance.queries[0].after.plan.text.length).toBeGreaterThan(0);
  });

  it('a suppression comment before the statement excuses it; a search_path the migration SETs does not change the plans', async () => {
    const r = await check(engine.url, {
      'migrations/V2__drop_idx.sql': tx(
        'SET search_path = pg_catalog;',
        '-- migration-guard-ignore query-plan-regression: the account page reads from the search service now',
        'DROP INDEX public.orders_customer_idx;',
      ),
      'migrations/rollback/V2__rollback.sql': tx('CREATE INDEX orders_customer_idx ON orders (customer_id);'),
    });
    expect(regressions(r)).toEqual([]);
    expect(r.performance!.notes).toEqual([]);
    expect(query(r, 'orders_of_customer').after!.plan!.shape).toBe('Seq Scan on public.orders');
    expect(query(r, 'orders_of_customer').changes.map((c) => c.kind)).toEqual(['seq-scan', 'cost']);
  });

  it('notes: a configured table that does not exist, a table the fill cannot fill (and check goes on), a query that never plans', async () => {
    const r = await check(
      engine.url,
      { 'migrations/V2__geo.sql': tx('CREATE TABLE places (id int PRIMARY KEY, at point NOT NULL);'), 'migrations/rollback/V2__rollback.sql': tx('DROP TABLE places;') },
      { 'test/performance/zz_missing.sql': 'SELECT * FROM nowhere;\n', 'test/performance/places.sql': 'SELECT * FROM places WHERE id = 1;\n' },
      config('    places: 100\n    nope: 5\n'),
    );
    expect(r.performance!.notes).toEqual([
      'performance.rows: cannot generate values for public.places: NOT NULL column without a default of a type the fill does not know: at (point); give it a DEFAULT or fill the table through seeds',
      'performance.rows: nope was not filled: no such table after the change set',
      'test/performance/zz_missing.sql does not plan at any point: relation "nowhere" does not exist',
      'public.places is empty: the plans read it as an empty table\'s; add it to performance.rows',
    ]);
    // Each table with where its rows came from, and the rows the planner counts for those the queries read.
    expect(r.performance!.tables).toEqual([
      { table: 'public.customers', synthetic: 1000, fillMs: expect.any(Number) },
      { table: 'public.orders', synthetic: 10000, fillMs: expect.any(Number), plannerRows: 10000 },
      { table: 'public.places', plannerRows: -1 },
    ]);
    expect(formatCheckText(r, false)).toContain('  rows: public.places: never analysed');
    expect(formatCheckText(r, false)).toContain('  note: performance.rows: nope was not filled: no such table after the change set');
    expect(regressions(r)).toEqual([]);
  });

  it('is reported at the migration after which the plan first got worse, not at the change set\'s first', async () => {
    const r = await check(engine.url, {
      'migrations/V2__note.sql': tx('ALTER TABLE orders ADD COLUMN note text;'),
      'migrations/rollback/V2__rollback.sql': tx('ALTER TABLE orders DROP COLUMN note;'),
      'migrations/V3__drop_idx.sql': 'DROP INDEX CONCURRENTLY orders_customer_idx;\n',
      'migrations/rollback/V3__rollback.sql': 'CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);\n',
      'migrations/V4__audit.sql': tx('CREATE TABLE audit (id int);'),
      'migrations/rollback/V4__rollback.sql': tx('DROP TABLE audit;'),
    });
    expect(where(r)).toEqual(['migrations/V3__drop_idx.sql:1:1 warning']);
    expect(query(r, 'orders_of_customer').after!.after).toBe('V4__audit.sql');
  });

  it('filling and planning longer than slowMigrationSeconds is a note', async () => {
    const r = await check(engine.url, { 'migrations/V2__audit.sql': tx('CREATE TABLE audit (id int);'), 'migrations/rollback/V2__rollback.sql': tx('DROP TABLE audit;') }, {}, `slowMigrationSeconds: 0.001\n${config()}`);
    expect(r.performance!.notes).toEqual([expect.stringMatching(/^filling the tables and planning the queries took \d+\.\d s, more than slowMigrationSeconds \(0\.001 s\): lower performance\.rows$/)]);
  });

  it('an index replaced by an equivalent one is no regression', async () => {
    const r = await check(engine.url, {
      'migrations/V2__swap_idx.sql': 'CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);\nDROP INDEX CONCURRENTLY orders_customer_idx;\n',
      'migrations/rollback/V2__rollback.sql': 'CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);\nDROP INDEX CONCURRENTLY orders_customer_id_idx;\n',
    });
    expect(regressions(r)).toEqual([]);
    const q = query(r, 'orders_of_customer');
    expect(q.before!.plan!.shape).toBe('Index Scan using orders_customer_idx on public.orders');
    expect(q.after!.plan!.shape).toBe('Index Scan using orders_customer_id_idx on public.orders');
    expect(q.after!.plan!.cost).toBe(q.before!.plan!.cost);
  });

  it('cost growth beyond costFactor: a data migration that doubles the rows is reported at it', async () => {
    const r = await check(
      engine.url,
      {
        'migrations/V2__copy.sql': tx('-- migration-guard-ignore unbatched-data-change: test data', 'INSERT INTO orders (customer_id, total) SELECT customer_id, total FROM orders;'),
        'migrations/rollback/V2__rollback.sql': tx('-- migration-guard-ignore unbatched-data-change: test data', 'DELETE FROM orders WHERE id > 10000;'),
      },
      {},
      config('  costFactor: 1.5\n'),
    );
    expect(where(r)).toEqual(['migrations/V2__copy.sql:3:1 warning']);
    expect(regressions(r)[0]!.message).toMatch(/order_count\.sql plans worse: estimated cost [\d,]+ → [\d,]+ \(×2\.\d, more than costFactor 1\.5\)$/);
    expect(r.performance!.costFactor).toBe(1.5);
  });

  it('a query that planned before and fails after is an error at the statement that breaks it', async () => {
    const r = await check(engine.url, {
      'migrations/V2__rename.sql': tx('CREATE TABLE audit (id int);', 'ALTER TABLE orders RENAME COLUMN customer_id TO client_id;'),
      'migrations/rollback/V2__rollback.sql': tx('ALTER TABLE orders RENAME COLUMN client_id TO customer_id;', 'DROP TABLE audit;'),
    });
    expect(where(r)).toEqual(['migrations/V2__rename.sql:3:1 error']);
    expect(regressions(r)[0]!.message).toMatch(/orders_of_customer\.sql planned before \(Index Scan using orders_customer_idx on public\.orders \(cost [\d.]+\)\) and fails after it: column "customer_id" does not exist/);
    expect(query(r, 'orders_of_customer').after!.error!.sqlstate).toBe('42703');
  });

  it('without a base every migration is new: a query is "before" from the first point it plans (after the migration creating its table, filled)', async () => {
    const dir = tmpProject({
      ...ORDERS,
      'migrations/V2__drop_idx.sql': tx('DROP INDEX orders_customer_idx;'),
      'migrations/rollback/V2__rollback.sql': tx('CREATE INDEX orders_customer_idx ON orders (customer_id);'),
      'migration-guard.yml': config(),
      ...QUERIES,
    });
    const r = await runCheck({ cwd: dir, paths: ['migrations'], databaseUrl: engine.url });
    expect(where(r)).toEqual(['migrations/V2__drop_idx.sql:2:1 warning']);
    expect(query(r, 'orders_of_customer').before).toMatchObject({ after: 'V1__orders.sql', plan: { shape: 'Index Scan using orders_customer_idx on public.orders' } });
    expect(r.performance!.tables.map((t) => t.synthetic)).toEqual([1000, 10000]);
  });

  it('imported statistics (pg_dump --statistics-only) change the plan on PostgreSQL 18; on 15 a note says they need 18', async () => {
    const stats = [
      '\\restrict abc',
      "SET statement_timeout = 0;",
      "SELECT * FROM pg_catalog.pg_restore_relation_stats(\n\t'version', '180000'::integer,\n\t'schemaname', 'public',\n\t'relname', 'orders',\n\t'relpages', '80'::integer,\n\t'reltuples', '10000'::real\n);",
      "SELECT * FROM pg_catalog.pg_restore_attribute_stats(\n\t'version', '180000'::integer,\n\t'schemaname', 'public',\n\t'relname', 'orders',\n\t'attname', 'customer_id',\n\t'inherited', 'f'::boolean,\n\t'null_frac', '0'::real,\n\t'avg_width', '8'::integer,\n\t'n_distinct', '2'::real,\n\t'most_common_vals', '{42,7}'::text,\n\t'most_common_freqs', '{0.9,0.1}'::real[]\n);",
      "SELECT * FROM pg_catalog.pg_restore_relation_stats(\n\t'version', '180000'::integer,\n\t'schemaname', 'public',\n\t'relname', 'audit',\n\t'relpages', '1000'::integer,\n\t'reltuples', '100000'::real\n);",
      '\\unrestrict abc',
    ].join('\n');
    const change = { 'migrations/V2__audit.sql': tx('CREATE TABLE audit (id int);'), 'migrations/rollback/V2__rollback.sql': tx('DROP TABLE audit;') };
    const without = await check(engine.url, change);
    const withStats = await check(engine.url, change, { 'stats/prod.sql': stats, 'test/performance/audit.sql': 'SELECT * FROM audit WHERE id = 1;\n' }, config('  statistics: stats/prod.sql\n'));
    expect(query(without, 'orders_of_customer').before!.plan!.shape).toBe('Index Scan using orders_customer_idx on public.orders');
    if (engine.name === 'pglite') {
      // Production says 90 % of the orders are customer 42's: the planner reads the whole table instead.
      expect(query(withStats, 'orders_of_customer').before!.plan!.shape).toBe('Seq Scan on public.orders');
      expect(withStats.performance!.tables.find((t) => t.table === 'public.orders')).toMatchObject({ synthetic: 10000, statistics: true });
      // audit has production statistics but no rows on disk: it still plans as an empty table.
      expect(withStats.performance!.notes).toEqual(["public.audit is empty: the plans read it as an empty table's (imported statistics do not change that); add it to performance.rows"]);
      expect(query(withStats, 'audit').after!.plan!.rows).toBe(1);
    } else {
      expect(query(withStats, 'orders_of_customer').before!.plan!.shape).toBe('Index Scan using orders_customer_idx on public.orders');
      expect(withStats.performance!.notes).toEqual([
        expect.stringMatching(/^performance\.statistics: not imported: .*needs PostgreSQL 18, and this is PostgreSQL 15/),
        "public.audit is empty: the plans read it as an empty table's; add it to performance.rows",
      ]);
    }
    expect(regressions(withStats)).toEqual([]);
  });
});
