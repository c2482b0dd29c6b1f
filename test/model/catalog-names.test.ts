/**
 * The catalog names unnamed constraints exactly as PostgreSQL does, also when the name must be
 * cut to 63 bytes (and not in the middle of a multi-byte character): checked against the
 * names PostgreSQL itself gives, on the server and on PGlite.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import { makeObjectName } from '../../src/model/catalog.js';
import { describeEachEngine } from '../helpers/db.js';
import { replay } from '../helpers/rule-tester.js';

const LONG_TABLE = 'customer_subscription_billing_adjustments_history'; // 49 bytes
const LONG_COLUMN = 'previous_billing_period_adjustment_reference'; // 44 bytes
const WIDE_TABLE = 'überlänge_straßenverzeichnis_größenordnungen_tabelle'; // non-ASCII, 57 bytes
const WIDE_COLUMN = 'gemäß_änderungsübersicht_jährlich';

const SQL = [
  'CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE);',
  `CREATE TABLE ${LONG_TABLE} (`,
  `  id int PRIMARY KEY,`,
  `  ${LONG_COLUMN} int UNIQUE REFERENCES parent (id),`,
  `  amount int CHECK (amount > 0) CHECK (amount < 1000000),`,
  `  a int, b text,`,
  `  UNIQUE (a, b, ${LONG_COLUMN}),`,
  `  CHECK (a > amount)`,
  ');',
  `CREATE TABLE ${WIDE_TABLE} (`,
  `  ${WIDE_COLUMN} int PRIMARY KEY CHECK (${WIDE_COLUMN} > 0),`,
  `  x text REFERENCES parent (code)`,
  ');',
  `ALTER TABLE ${WIDE_TABLE} ADD UNIQUE (${WIDE_COLUMN}, x);`,
  `ALTER TABLE ${LONG_TABLE} ADD CHECK (${LONG_COLUMN} > 0);`,
  `ALTER TABLE ${LONG_TABLE} ADD CHECK (${LONG_COLUMN} < 10);`,
].join('\n');

it('makeObjectName cuts the longer part first and never the label', () => {
  expect(makeObjectName('t', 'a', 'check')).toBe('t_a_check');
  expect(makeObjectName('t', undefined, 'pkey')).toBe('t_pkey');
  const name = makeObjectName('a'.repeat(40), 'b'.repeat(40), 'fkey');
  expect(name).toBe(`${'a'.repeat(29)}_${'b'.repeat(28)}_fkey`);
  expect(Buffer.byteLength(name)).toBe(63);
  // Two-byte characters: a name is never cut inside one.
  expect(makeObjectName('é'.repeat(40), undefined, 'pkey')).toBe(`${'é'.repeat(29)}_pkey`);
});

describeEachEngine('generated constraint names match PostgreSQL', (engine) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await engine.scratch();
    await s.db.exec(SQL);
  });
  afterAll(async () => s?.dispose());

  for (const table of [LONG_TABLE, WIDE_TABLE]) {
    it(table, async () => {
      const pg = await s.db.query<{ conname: string }>(
        `SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'f', 'c') ORDER BY conname`,
        [table],
      );
      const { catalog } = replay({ files: { 'V1__names.sql': SQL } });
      const ours = catalog
        .constraints(`public.${table}`)
        .filter((c) => c.kind !== 'not null')
        .map((c) => c.name)
        .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      expect(pg.rows.map((r) => r.conname).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(ours);
      expect(ours.some((n) => Buffer.byteLength(n) === 63 || Buffer.byteLength(n) === 62)).toBe(true);
    });
  }
});
