import type { Node } from '@pgsql/types';
import { describe, expect, it } from 'vitest';
import { checkConstraintsOf, impliesNotNull, type NotNullTarget } from '../../src/model/predtest.js';
import { parseSql, type SqlStatement } from '../../src/parse/parser.js';

const statement = (sql: string) => parseSql(sql).statements[0] as SqlStatement;
/** The raw expression of `CHECK (expr)`, as libpg-query parses it. */
const expr = (e: string) => checkConstraintsOf(statement(`ALTER TABLE parcel ADD CHECK (${e})`))[0]!['raw_expr'] as Node;
const weight: NotNullTarget = { column: 'weight', relname: 'parcel', type: 'integer' };

describe('impliesNotNull', () => {
  // The verdicts PostgreSQL gives (test/db/not-null-proof.test.ts measures them on both engines).
  const proves = [
    'weight IS NOT NULL',
    'NOT (weight IS NULL)',
    'NOT NOT (weight IS NOT NULL)',
    'weight IS NOT NULL AND weight > 0',
    'weight > 0 AND (id > 0 AND (label <> \'\' AND weight IS NOT NULL))',
    'NOT (weight IS NULL OR id IS NULL)',
    'weight IS NOT NULL OR weight IS NOT NULL',
    '(weight IS NOT NULL AND id > 0) OR (weight IS NOT NULL AND id < 0)',
    '(weight IS NOT NULL OR weight IS NOT NULL) AND id > 0',
    'weight IS DISTINCT FROM NULL',
    'NULL IS DISTINCT FROM weight',
    'NOT (weight IS NOT DISTINCT FROM NULL)',
    '(weight IS NOT NULL) = true',
    'true = (weight IS NOT NULL)',
    '(weight IS NULL) = false',
    '(weight IS NOT NULL) <> false',
    'ROW(weight, id) IS NOT NULL',
    '(weight, 1) IS NOT NULL',
    'NOT (ROW(weight) IS NULL)',
    'parcel.weight IS NOT NULL',
    'public.parcel.weight IS NOT NULL',
    'weight::integer IS NOT NULL',
    'weight::int4 IS NOT NULL',
    'weight IS NOT NULL AND NULL',
    'weight IS NOT NULL AND true',
    'weight IS NOT NULL OR false',
  ];
  const doesNot = [
    'weight > 0',
    "label <> ''",
    'weight = ANY (ARRAY[1, 2])',
    'weight IN (1, 2)',
    'weight BETWEEN 1 AND 10',
    'coalesce(weight, 0) > 0',
    'num_nonnulls(weight) = 1',
    'id IS NOT NULL',
    'weight IS NULL',
    'NOT (weight IS NOT NULL)',
    'weight IS NOT NULL OR id > 0',
    'weight > 0 OR weight IS NOT NULL',
    'NOT (weight IS NULL AND id IS NULL)',
    'NOT (ROW(weight, id) IS NULL)',
    '(weight IS NOT NULL) IS TRUE',
    '(weight > 0) IS NOT FALSE',
    'CASE WHEN weight IS NULL THEN false ELSE true END',
    'weight::bigint IS NOT NULL',
    'weight::text IS NOT NULL',
    'weight IS NOT NULL OR NULL',
    'weight IS NOT NULL OR true',
    'box.weight IS NOT NULL',
    'other.parcel.weight IS NOT NULL',
    '(weight IS NOT NULL) = id',
  ];
  it.each(proves)('CHECK (%s) proves weight IS NOT NULL', (e) => {
    expect(impliesNotNull(expr(e), weight)).toBe(true);
  });
  it.each(doesNot)('CHECK (%s) does not', (e) => {
    expect(impliesNotNull(expr(e), weight)).toBe(false);
  });

  it('a cast is the column only when it casts to the column’s own type', () => {
    expect(impliesNotNull(expr('weight::bigint IS NOT NULL'), { ...weight, type: 'bigint' })).toBe(true);
    expect(impliesNotNull(expr('weight::integer IS NOT NULL'), { column: 'weight' })).toBe(false);
  });

  it("a composite column's own IS [NOT] NULL is a row test; IS DISTINCT FROM NULL and ROW(col) are scalar tests", () => {
    const pair = { ...weight, type: 'pair', composite: true };
    expect(impliesNotNull(expr('weight IS NOT NULL'), pair)).toBe(false);
    expect(impliesNotNull(expr('NOT (weight IS NULL)'), pair)).toBe(false);
    expect(impliesNotNull(expr('weight IS DISTINCT FROM NULL'), pair)).toBe(true);
    expect(impliesNotNull(expr('ROW(weight) IS NOT NULL'), pair)).toBe(true);
  });

  it('a qualified reference must name the table the CHECK was added to', () => {
    expect(impliesNotNull(expr('parcel.weight IS NOT NULL'), { column: 'weight', relname: 'box' })).toBe(false);
    expect(impliesNotNull(expr('s.parcel.weight IS NOT NULL'), { column: 'weight', relname: 'parcel', schemaname: 's' })).toBe(true);
  });

  it('no expression proves nothing', () => {
    expect(impliesNotNull(undefined, weight)).toBe(false);
  });
});

describe('checkConstraintsOf', () => {
  it('finds table and column CHECKs of CREATE TABLE and ALTER TABLE, and nothing else', () => {
    const create = checkConstraintsOf(statement('CREATE TABLE t (a int CHECK (a > 0) NOT NULL, b int UNIQUE, CONSTRAINT c CHECK (b IS NOT NULL), PRIMARY KEY (a))'));
    expect(create.map((c) => c['conname'] ?? null)).toEqual([null, 'c']);
    const alter = checkConstraintsOf(statement('ALTER TABLE t ADD COLUMN d int CHECK (d > 1), ADD CONSTRAINT e CHECK (d < 9) NOT VALID, ADD UNIQUE (d)'));
    expect(alter.map((c) => c['conname'] ?? null)).toEqual([null, 'e']);
  });
});
