/**
 * ALTER TABLE … SET LOGGED / SET UNLOGGED / SET TABLESPACE / SET ACCESS METHOD on a table that has
 * rows: what table-rewrite claims (a copy, or nothing when the table already is so) against what
 * PostgreSQL does — the relfilenode of the table and its primary key before and after — on the
 * server and on PGlite.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import rule from '../../rules/table-rewrite.js';
import { openScratch, type Scratch } from '../../src/db/engine.js';
import { describeEachEngine } from '../helpers/db.js';
import { rebuiltBy } from '../helpers/relfilenodes.js';
import { lintSpec } from '../helpers/rule-tester.js';

const COLUMNS = "(id int PRIMARY KEY, v text);\nINSERT INTO t VALUES (1, 'a'), (2, 'b');";
const LOGGED = `CREATE TABLE t ${COLUMNS}`;
const UNLOGGED = `CREATE UNLOGGED TABLE t ${COLUMNS}`;
/** A second table access method: heap's handler under another name (access methods are not in schema m). */
const HEAP2 = 'DROP ACCESS METHOD IF EXISTS heap2 CASCADE;\nCREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;';

/** [the migration that creates the table, the ALTER TABLE in a later one]. */
const CASES: Array<[string, string]> = [
  [LOGGED, 'ALTER TABLE t SET LOGGED;'],
  [LOGGED, 'ALTER TABLE t SET UNLOGGED;'],
  [UNLOGGED, 'ALTER TABLE t SET LOGGED;'],
  [UNLOGGED, 'ALTER TABLE t SET UNLOGGED;'],
  [`${UNLOGGED}\nALTER TABLE t SET LOGGED;`, 'ALTER TABLE t SET LOGGED;'],
  [LOGGED, 'ALTER TABLE t SET TABLESPACE pg_default;'],
  [`CREATE TABLE t (id int PRIMARY KEY, v text) TABLESPACE pg_default;\nINSERT INTO t VALUES (1, 'a');`, 'ALTER TABLE t SET TABLESPACE pg_default;'],
  [LOGGED, 'ALTER TABLE t SET ACCESS METHOD heap;'],
  [`CREATE TABLE t (id int PRIMARY KEY, v text) USING heap;\nINSERT INTO t VALUES (1, 'a');`, 'ALTER TABLE t SET ACCESS METHOD heap;'],
  [`${HEAP2}\nCREATE TABLE t (id int PRIMARY KEY, v text) USING heap2;\nINSERT INTO t VALUES (1, 'a');`, 'ALTER TABLE t SET ACCESS METHOD heap;'],
  [`${HEAP2}\nCREATE TABLE t (id int PRIMARY KEY, v text) USING heap2;\nINSERT INTO t VALUES (1, 'a');`, 'ALTER TABLE t SET ACCESS METHOD heap2;'],
  [`${HEAP2}\n${LOGGED}`, 'ALTER TABLE t SET ACCESS METHOD heap2;'],
  [LOGGED, 'ALTER TABLE t SET LOGGED, SET TABLESPACE pg_default, SET ACCESS METHOD heap;'],
  [UNLOGGED, 'ALTER TABLE t SET TABLESPACE pg_default, SET LOGGED;'],
];

function claim(setup: string, change: string): 'rewrite' | 'none' {
  const found = lintSpec({ files: { 'V1__t.sql': setup, 'V2__alter.sql': change } }, [rule]);
  if (found.length === 0) return 'none';
  expect(found).toHaveLength(1);
  expect(found[0]!.message).toContain('on existing table t copies all of it');
  return 'rewrite';
}

it('the cases cover both outcomes', () => {
  expect(new Set(CASES.map(([s, c]) => claim(s, c)))).toEqual(new Set(['rewrite', 'none']));
});

describeEachEngine('SET LOGGED/UNLOGGED/TABLESPACE/ACCESS METHOD: the table-rewrite claim is what PostgreSQL does', (engine) => {
  let scratch: Scratch;
  beforeAll(async () => {
    scratch = await openScratch(engine.url);
  });
  afterAll(async () => scratch?.dispose());

  it.each(CASES)('%s | %s', async (setup, change) => {
    const rebuilt = await rebuiltBy(scratch.db, setup, change);
    expect(rebuilt.length === 0 ? 'none' : (expect(rebuilt).toEqual(['t', 't_pkey']), 'rewrite')).toBe(claim(setup, change));
  });
});
