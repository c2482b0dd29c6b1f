/**
 * ALTER COLUMN … TYPE, pair by pair: what column-type-change claims (the table is rewritten, only
 * the indexes on the column are rebuilt, or nothing is) against what PostgreSQL does — the
 * relfilenode of the table and of the index on the column, before and after — on the server and
 * on PGlite. The claims come from src/model/catalog/type-change.ts and pg-facts.json.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import rule from '../../rules/column-type-change.js';
import { openScratch, type Scratch } from '../../src/db/engine.js';
import { describeEachEngine } from '../helpers/db.js';
import { rebuiltBy } from '../helpers/relfilenodes.js';
import { lintSpec } from '../helpers/rule-tester.js';

type Outcome = 'none' | 'indexes' | 'rewrite';

const DOMAINS = [
  "CREATE DOMAIN zc AS text CHECK (VALUE <> '');",
  'CREATE DOMAIN zn AS text;',
  'CREATE DOMAIN vc20 AS varchar(20);',
  "CREATE DOMAIN zz AS zn CHECK (VALUE <> 'x');",
].join('\n');

/** [old type, new type]; the lint's claim for each is compared with PostgreSQL's behaviour. */
const PAIRS: Array<[string, string]> = [
  ['varchar(10)', 'varchar(20)'], ['varchar(20)', 'varchar(10)'], ['varchar(10)', 'varchar'], ['varchar(10)', 'text'],
  ['text', 'varchar'], ['text', 'varchar(10)'], ['char(5)', 'char(10)'], ['char(5)', 'text'], ['char(5)', 'varchar(10)'],
  ['numeric(10,2)', 'numeric(12,2)'], ['numeric(10,2)', 'numeric(8,2)'], ['numeric(10,2)', 'numeric(12,4)'],
  ['numeric(10,2)', 'numeric'], ['numeric', 'numeric(10,2)'],
  ['int', 'bigint'], ['bigint', 'int'], ['smallint', 'int'], ['int', 'oid'], ['oid', 'int'], ['int', 'regclass'], ['int', 'numeric'],
  ['cidr', 'inet'], ['inet', 'cidr'],
  ['timestamp(3)', 'timestamp(6)'], ['timestamp(6)', 'timestamp(3)'], ['timestamp', 'timestamp(3)'], ['time(3)', 'time'],
  ['varbit(5)', 'varbit(10)'], ['bit(5)', 'bit(10)'], ['real', 'double precision'], ['uuid', 'text'],
  ['int[]', 'bigint[]'], ['varchar(10)[]', 'text[]'], ['text[]', 'varchar[]'],
  ['text', 'zn'], ['text', 'zc'], ['zc', 'text'], ['zn', 'text'], ['zn', 'zc'], ['varchar(10)', 'vc20'], ['text', 'zz'],
  ['text', 'citext'], ['citext', 'text'], ['varchar(10)', 'citext'],
  // a new collation: the indexes on the column, and the table only when the type change rewrites it
  ['varchar(20)', 'varchar(50) COLLATE "C"'], ['text', 'text COLLATE "C"'], ['varchar(20)', 'text COLLATE "C"'],
  ['text', 'varchar(10) COLLATE "C"'],
];

/** timestamp ↔ timestamptz: no table rewrite only when the session TimeZone is UTC. */
const TIME_ZONE_PAIRS: Array<[string, string]> = [['timestamp', 'timestamptz'], ['timestamptz', 'timestamp']];

const setup = (from: string, indexed = true) =>
  `${DOMAINS}\nCREATE TABLE t (id int PRIMARY KEY, c ${from});\n${indexed ? 'CREATE INDEX t_c ON t (c);\n' : ''}INSERT INTO t (id) VALUES (1), (2);`;
const change = (to: string) => `ALTER TABLE t ALTER COLUMN c TYPE ${to};`;

/** What the rule says ALTER COLUMN c TYPE `to` does to a c of type `from`. */
function claim(from: string, to: string, indexed = true): Outcome | 'time zone' {
  const found = lintSpec({ files: { 'V1__t.sql': `CREATE EXTENSION IF NOT EXISTS citext;\n${setup(from, indexed)}`, 'V2__change.sql': change(to) } }, [rule]);
  if (found.length === 0) return 'none';
  expect(found).toHaveLength(1);
  const message = found[0]!.message;
  if (message.includes('unless the session TimeZone is UTC')) return 'time zone';
  if (message.includes("keeps the table's data file") && message.includes('rebuilds the indexes on c')) return 'indexes';
  expect(message).toContain('rewrites the whole table');
  return 'rewrite';
}

function observed(rebuilt: string[]): Outcome {
  if (rebuilt.includes('t')) {
    expect(rebuilt).toEqual(['t', 't_c', 't_pkey']);
    return 'rewrite';
  }
  return rebuilt.length ? (expect(rebuilt).toEqual(['t_c']), 'indexes') : 'none';
}

it('the pairs cover every outcome the rule can claim', () => {
  const claims = new Set([...PAIRS, ...TIME_ZONE_PAIRS].map(([a, b]) => claim(a, b)));
  expect([...claims].sort()).toEqual(['indexes', 'none', 'rewrite', 'time zone']);
  expect(PAIRS.length + TIME_ZONE_PAIRS.length).toBeGreaterThanOrEqual(25);
});

describeEachEngine('ALTER COLUMN TYPE: the lint claim is what PostgreSQL does', (engine) => {
  let scratch: Scratch;
  beforeAll(async () => {
    scratch = await openScratch(engine.url, { extensions: ['citext'] });
    await scratch.db.exec('CREATE EXTENSION IF NOT EXISTS citext');
  });
  afterAll(async () => scratch?.dispose());

  it.each(PAIRS)('%s → %s', async (from, to) => {
    const rebuilt = await rebuiltBy(scratch.db, setup(from), change(to));
    expect(claim(from, to)).toBe(observed(rebuilt));
  });

  it('a new collation on a column without an index rebuilds nothing, and the rule stays quiet', async () => {
    expect(claim('text', 'text COLLATE "C"', false)).toBe('none');
    expect(observed(await rebuiltBy(scratch.db, setup('text', false), change('text COLLATE "C"')))).toBe('none');
  });

  it('naming the collation the column already has rebuilds nothing (the message hedges: "unless it already is")', async () => {
    expect(observed(await rebuiltBy(scratch.db, setup('text COLLATE "C"'), change('text COLLATE "C"')))).toBe('none');
    const [f] = lintSpec({ files: { 'V1__t.sql': setup('text COLLATE "C"'), 'V2__change.sql': change('text COLLATE "C"') } }, [rule]);
    expect(f?.message).toContain('unless it already is');
  });

  it.each([['int', 'oid'], ['varchar(20)', 'varchar(50) COLLATE "C"']])('an index-only rebuild (%s → %s) still holds ACCESS EXCLUSIVE on the table, as the message says', async (from, to) => {
    expect(claim(from, to)).toBe('indexes');
    await rebuiltBy(scratch.db, setup(from), 'SELECT 1');
    await scratch.db.exec('BEGIN');
    try {
      await scratch.db.exec(`ALTER TABLE m.t ALTER COLUMN c TYPE ${to}`);
      const r = await scratch.db.query<{ mode: string }>("SELECT mode FROM pg_locks WHERE relation = 'm.t'::regclass AND pid = pg_backend_pid()");
      expect(r.rows.map((x) => x.mode)).toContain('AccessExclusiveLock');
    } finally {
      await scratch.db.exec('ROLLBACK');
    }
  });

  it.each(TIME_ZONE_PAIRS)('%s → %s: indexes only in UTC, a rewrite elsewhere', async (from, to) => {
    expect(claim(from, to)).toBe('time zone');
    expect(observed(await rebuiltBy(scratch.db, setup(from), change(to), "SET TimeZone = 'UTC'"))).toBe('indexes');
    expect(observed(await rebuiltBy(scratch.db, setup(from), change(to), "SET TimeZone = 'Europe/Paris'"))).toBe('rewrite');
  });
});
