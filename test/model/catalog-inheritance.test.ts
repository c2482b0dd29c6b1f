/**
 * Column changes on a partitioned or inherited table reach its partitions and children in the
 * catalog as they do in PostgreSQL (unless ALTER TABLE ONLY), and dropping a partitioned table
 * drops its partitions: checked against PostgreSQL's own catalog, on the server and on PGlite.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import type { Catalog } from '../../src/model/catalog.js';
import { describeEachEngine } from '../helpers/db.js';
import { replay } from '../helpers/rule-tester.js';

const SQL = [
  // Partitions: declared with PARTITION OF, attached later, and a sub-partitioned one.
  'CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL, payload jsonb, kind text) PARTITION BY RANGE (at);',
  "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
  'CREATE TABLE events_2025 (id bigint NOT NULL, at timestamptz NOT NULL, payload jsonb, kind text);',
  "ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
  "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (kind);",
  "CREATE TABLE events_2026_a PARTITION OF events_2026 FOR VALUES IN ('a');",
  // Inheritance, two levels, and one child that leaves.
  'CREATE TABLE base (id int, note text, score int);',
  'CREATE TABLE derived (extra int) INHERITS (base);',
  'CREATE TABLE grandchild (more int) INHERITS (derived);',
  'CREATE TABLE leaver () INHERITS (base);',
  'ALTER TABLE leaver NO INHERIT base;',
  // Changes on the parents.
  "ALTER TABLE events ADD COLUMN source text DEFAULT 'app';",
  'ALTER TABLE events ALTER COLUMN payload SET NOT NULL;',
  'ALTER TABLE events RENAME COLUMN payload TO body;',
  'ALTER TABLE events ALTER COLUMN source TYPE varchar(20);',
  'ALTER TABLE base ADD COLUMN flag boolean;',
  'ALTER TABLE base ALTER COLUMN note TYPE varchar(200);',
  'ALTER TABLE base ALTER COLUMN score SET DEFAULT 0;',
  'ALTER TABLE ONLY base ALTER COLUMN flag SET DEFAULT false;',
  'ALTER TABLE base RENAME COLUMN id TO base_id;',
  'ALTER TABLE base DROP COLUMN score;',
  // Dropped with its partitions.
  'CREATE TABLE logs (at date NOT NULL, line text) PARTITION BY RANGE (at);',
  "CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
  'DROP TABLE logs;',
].join('\n');

const TABLES = ['events', 'events_2024', 'events_2025', 'events_2026', 'events_2026_a', 'base', 'derived', 'grandchild', 'leaver'];

type Col = [name: string, type: string, notNull: boolean, hasDefault: boolean];
const byName = (a: Col, b: Col) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

describeEachEngine('partitions and inheriting tables in the catalog', (engine) => {
  let s: Scratch;
  let catalog: Catalog;
  beforeAll(async () => {
    s = await engine.scratch();
    await s.db.exec(SQL);
    catalog = replay({ files: { 'V1__tables.sql': SQL } }).catalog;
  });
  afterAll(async () => s?.dispose());

  for (const table of TABLES) {
    it(`columns of ${table}`, async () => {
      const pg = await s.db.query<{ name: string; type: string; notnull: boolean; hasdef: boolean }>(
        `SELECT attname AS name, format_type(atttypid, atttypmod) AS type, attnotnull AS notnull, atthasdef AS hasdef
           FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
        [table],
      );
      const theirs: Col[] = pg.rows.map((r) => [r.name, r.type, r.notnull, r.hasdef]);
      const ours: Col[] = [...(catalog.columns(`public.${table}`)?.values() ?? [])].map((c) => [c.name, c.type, c.notNull, c.hasDefault]);
      expect(ours.sort(byName)).toEqual(theirs.sort(byName));
    });
  }

  it('a dropped partitioned table takes its partitions along', async () => {
    const pg = await s.db.query<{ relname: string }>("SELECT relname FROM pg_class WHERE relname LIKE 'logs%'");
    expect(pg.rows).toEqual([]);
    expect(catalog.relation('public.logs')).toBeUndefined();
    expect(catalog.relation('public.logs_2024')).toBeUndefined();
    expect(catalog.columns('public.logs_2024')).toBeUndefined();
  });
});
