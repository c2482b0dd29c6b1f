/**
 * When does PostgreSQL skip the full-table scan of SET NOT NULL? Measured with
 * client_min_messages = debug1: PostgreSQL logs `verifying table "parcel"` when it scans
 * (tablecmds.c ATRewriteTable) and `existing constraints on column "parcel.weight" are sufficient
 * to prove that it does not contain nulls` when a validated CHECK proves it
 * (NotNullImpliedByRelConstraints). For each CHECK form, the set-not-null rule must agree.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import rule from '../../rules/set-not-null.js';
import { describeEachEngine, type TestEngine } from '../helpers/db.js';
import { lintSpec } from '../helpers/rule-tester.js';

interface Session {
  exec(sql: string): Promise<void>;
  /** Runs `sql` and returns the messages PostgreSQL sent meanwhile (DEBUG1 and up). */
  messages(sql: string): Promise<string[]>;
  /** Relation lock modes this session holds on parcel. */
  locks(): Promise<string[]>;
  close(): Promise<void>;
}

const LOCKS = `SELECT mode FROM pg_locks WHERE locktype = 'relation' AND relation = 'parcel'::regclass AND pid = pg_backend_pid() ORDER BY mode`;

/** A session whose notices we can read: node-postgres on the server (own schema), PGlite itself. */
async function open(engine: TestEngine): Promise<Session> {
  if (engine.name === 'pglite') {
    const db = await PGlite.create();
    return {
      exec: async (sql) => void (await db.exec(sql)),
      messages: async (sql) => {
        const out: string[] = [];
        await db.exec(sql, { onNotice: (n) => out.push(n.message ?? '') });
        return out;
      },
      locks: async () => (await db.query<{ mode: string }>(LOCKS)).rows.map((r) => r.mode),
      close: () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: engine.url });
  await client.connect();
  let out: string[] = [];
  client.on('notice', (n) => out.push(n.message ?? ''));
  const schema = `nn_proof_${process.pid}_${Date.now().toString(36)}`;
  await client.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}`);
  return {
    exec: async (sql) => void (await client.query(sql)),
    messages: async (sql) => {
      out = [];
      await client.query(sql);
      return out;
    },
    locks: async () => (await client.query<{ mode: string }>(LOCKS)).rows.map((r) => r.mode),
    close: async () => {
      await client.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
      await client.end();
    },
  };
}

type Verdict = 'scan' | 'skip';

/** What PostgreSQL did for the statement: scanned, proved it from the constraints, or neither. */
function observed(messages: string[], column: string): Verdict | 'neither' {
  if (messages.some((m) => m === 'verifying table "parcel"')) return 'scan';
  if (messages.some((m) => m === `existing constraints on column "parcel.${column}" are sufficient to prove that it does not contain nulls`)) return 'skip';
  return 'neither';
}

interface Form {
  /** The CHECK on parcel (id int, weight int, label text), created with the table. */
  check: string;
  /** What PostgreSQL 15 and PGlite (PostgreSQL 18) were seen doing. */
  pg: Verdict;
}

const FORMS: Form[] = [
  { check: 'weight IS NOT NULL', pg: 'skip' },
  { check: 'NOT (weight IS NULL)', pg: 'skip' },
  { check: 'weight IS NOT NULL AND weight > 0', pg: 'skip' },
  { check: 'weight > 0 AND (id > 0 AND weight IS NOT NULL)', pg: 'skip' },
  { check: 'NOT (weight IS NULL OR id IS NULL)', pg: 'skip' },
  { check: '(weight IS NOT NULL AND id > 0) OR (weight IS NOT NULL AND id < 0)', pg: 'skip' },
  { check: 'weight IS DISTINCT FROM NULL', pg: 'skip' },
  { check: 'NOT (weight IS NOT DISTINCT FROM NULL)', pg: 'skip' },
  { check: '(weight IS NOT NULL) = true', pg: 'skip' },
  { check: '(weight IS NULL) = false', pg: 'skip' },
  { check: 'ROW(weight, id) IS NOT NULL', pg: 'skip' },
  { check: 'parcel.weight IS NOT NULL', pg: 'skip' },
  { check: 'weight::integer IS NOT NULL', pg: 'skip' },
  { check: 'weight IS NOT NULL AND NULL', pg: 'skip' },
  { check: 'weight IS NOT NULL OR false', pg: 'skip' },
  // a CHECK passes when its expression is NULL: these let a NULL weight in
  { check: 'weight > 0', pg: 'scan' },
  { check: "label <> ''", pg: 'scan' },
  { check: 'weight = ANY (ARRAY[1, 2])', pg: 'scan' },
  { check: 'weight IN (1, 2)', pg: 'scan' },
  { check: 'weight BETWEEN 1 AND 10', pg: 'scan' },
  { check: 'coalesce(weight, 0) > 0', pg: 'scan' },
  { check: 'num_nonnulls(weight) = 1', pg: 'scan' },
  { check: 'weight IS NOT NULL OR id > 0', pg: 'scan' },
  { check: 'weight > 0 OR weight IS NOT NULL', pg: 'scan' },
  { check: 'NOT (ROW(weight, id) IS NULL)', pg: 'scan' },
  { check: '(weight IS NOT NULL) IS TRUE', pg: 'scan' },
  { check: 'CASE WHEN weight IS NULL THEN false ELSE true END', pg: 'scan' },
  { check: 'weight::bigint IS NOT NULL', pg: 'scan' },
  { check: 'weight IS NOT NULL OR NULL', pg: 'scan' },
  { check: 'id IS NOT NULL', pg: 'scan' },
];

/** Migrations as the linter sees them and as the database runs them; rows go in after the first. */
interface Scenario {
  name: string;
  migrations: string[];
  rows: string;
  column: string;
  pg: Verdict;
}

const ROWS = `INSERT INTO parcel (id, weight, label) SELECT g, 1, 'x' FROM generate_series(1, 50) g`;
const SET_NOT_NULL = 'ALTER TABLE parcel ALTER COLUMN weight SET NOT NULL;';

const SCENARIOS: Scenario[] = [
  ...FORMS.map((f) => ({
    name: `CHECK (${f.check})`,
    migrations: [`CREATE TABLE parcel (id int, weight int, label text, CONSTRAINT parcel_check CHECK (${f.check}));`, SET_NOT_NULL],
    rows: ROWS,
    column: 'weight',
    pg: f.pg,
  })),
  {
    name: 'CHECK (weight IS NOT NULL) NOT VALID, never validated',
    migrations: ['CREATE TABLE parcel (id int, weight int, label text);', 'ALTER TABLE parcel ADD CONSTRAINT w_nn CHECK (weight IS NOT NULL) NOT VALID;', SET_NOT_NULL],
    rows: ROWS,
    column: 'weight',
    pg: 'scan',
  },
  {
    name: 'CHECK (weight IS NOT NULL AND weight > 0) NOT VALID, then VALIDATE',
    migrations: [
      'CREATE TABLE parcel (id int, weight int, label text);',
      'ALTER TABLE parcel ADD CONSTRAINT w_pos CHECK (weight IS NOT NULL AND weight > 0) NOT VALID;',
      'ALTER TABLE parcel VALIDATE CONSTRAINT w_pos;',
      SET_NOT_NULL,
    ],
    rows: ROWS,
    column: 'weight',
    pg: 'skip',
  },
  {
    name: 'two checks: weight > 0, and id > 0 AND weight IS NOT NULL',
    migrations: ['CREATE TABLE parcel (id int, weight int, label text, CHECK (weight > 0), CHECK (id > 0 AND weight IS NOT NULL));', SET_NOT_NULL],
    rows: ROWS,
    column: 'weight',
    pg: 'skip',
  },
  {
    name: 'a renamed column: CHECK (w IS NOT NULL AND w > 0), then RENAME w TO weight',
    migrations: ['CREATE TABLE parcel (id int, w int, label text, CHECK (w IS NOT NULL AND w > 0));', 'ALTER TABLE parcel RENAME COLUMN w TO weight;', SET_NOT_NULL],
    rows: `INSERT INTO parcel (id, w, label) SELECT g, 1, 'x' FROM generate_series(1, 50) g`,
    column: 'weight',
    pg: 'skip',
  },
  {
    name: 'a composite column: its CHECK (weight IS NOT NULL) is a row test',
    migrations: ['CREATE TYPE pair AS (x int, y int);', 'CREATE TABLE parcel (id int, weight pair, label text, CHECK (weight IS NOT NULL));', SET_NOT_NULL],
    rows: `INSERT INTO parcel (id, weight) SELECT g, ROW(1, 1)::pair FROM generate_series(1, 50) g`,
    column: 'weight',
    pg: 'scan',
  },
  {
    name: 'a composite column: CHECK (weight IS DISTINCT FROM NULL) is a scalar test',
    migrations: ['CREATE TYPE pair AS (x int, y int);', 'CREATE TABLE parcel (id int, weight pair, label text, CHECK (weight IS DISTINCT FROM NULL));', SET_NOT_NULL],
    rows: `INSERT INTO parcel (id, weight) SELECT g, ROW(1, 1)::pair FROM generate_series(1, 50) g`,
    column: 'weight',
    pg: 'skip',
  },
  {
    name: 'ADD PRIMARY KEY USING INDEX on a nullable column',
    migrations: ['CREATE TABLE parcel (id int, weight int, label text);', 'CREATE UNIQUE INDEX parcel_id_idx ON parcel (id);', 'ALTER TABLE parcel ADD CONSTRAINT parcel_pk PRIMARY KEY USING INDEX parcel_id_idx;'],
    rows: ROWS,
    column: 'id',
    pg: 'scan',
  },
  {
    name: 'ADD PRIMARY KEY USING INDEX after a validated CHECK (id IS NOT NULL AND id > 0)',
    migrations: [
      'CREATE TABLE parcel (id int, weight int, label text, CHECK (id IS NOT NULL AND id > 0));',
      'CREATE UNIQUE INDEX parcel_id_idx ON parcel (id);',
      'ALTER TABLE parcel ADD CONSTRAINT parcel_pk PRIMARY KEY USING INDEX parcel_id_idx;',
    ],
    rows: ROWS,
    column: 'id',
    pg: 'skip',
  },
  {
    name: 'ADD PRIMARY KEY (id) on a nullable column',
    migrations: ['CREATE TABLE parcel (id int, weight int, label text);', 'ALTER TABLE parcel ADD PRIMARY KEY (id);'],
    rows: ROWS,
    column: 'id',
    pg: 'scan',
  },
  {
    name: 'ADD PRIMARY KEY (id) after a validated CHECK (id IS NOT NULL)',
    migrations: ['CREATE TABLE parcel (id int, weight int, label text, CHECK (id IS NOT NULL));', 'ALTER TABLE parcel ADD PRIMARY KEY (id);'],
    rows: ROWS,
    column: 'id',
    pg: 'skip',
  },
];

/** The rule's verdict on the last migration: reported means it says PostgreSQL scans. */
function linted(s: Scenario): Verdict {
  const files = Object.fromEntries(s.migrations.map((m, i) => [`V${i + 1}__step.sql`, m]));
  const last = `V${s.migrations.length}__step.sql`;
  return lintSpec({ files }, [rule]).some((f) => f.file.endsWith(last)) ? 'scan' : 'skip';
}

describeEachEngine('SET NOT NULL: when PostgreSQL skips the scan, and set-not-null agrees', (engine) => {
  let s: Session;
  beforeAll(async () => {
    s = await open(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  for (const sc of SCENARIOS) {
    it(sc.name, async () => {
      await s.exec('DROP TABLE IF EXISTS parcel; DROP TYPE IF EXISTS pair');
      const [first, ...rest] = sc.migrations;
      const last = rest.pop()!;
      await s.exec(first!);
      if (first!.startsWith('CREATE TYPE')) await s.exec(rest.shift()!);
      await s.exec(sc.rows);
      for (const m of rest) await s.exec(m);
      await s.exec('BEGIN');
      try {
        const messages = await s.messages(`SET LOCAL client_min_messages = debug1; ${last} SET LOCAL client_min_messages = notice;`);
        expect(observed(messages, sc.column), messages.join('\n')).toBe(sc.pg);
        // Whether it scans or not, the statement holds ACCESS EXCLUSIVE on parcel until commit.
        expect(await s.locks()).toContain('AccessExclusiveLock');
      } finally {
        await s.exec('ROLLBACK');
      }
      expect(linted(sc)).toBe(sc.pg);
    });
  }
});
