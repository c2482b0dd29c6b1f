/**
 * A new enum value used in the transaction that added it (cannot-run-in-transaction): measured on
 * both engines in a transaction block, then judged by lint under each way a runner sends the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asDbError, type Scratch } from '../../src/db/engine.js';
import rule from '../../rules/cannot-run-in-transaction.js';
import { describeEachEngine } from '../helpers/db.js';
import { lintSpec, type ProjectSpec } from '../helpers/rule-tester.js';

describeEachEngine('ALTER TYPE … ADD VALUE and a use of the value in one transaction block', (engine) => {
  let scratch: Scratch;
  beforeAll(async () => {
    scratch = await engine.scratch();
    await scratch.db.exec("CREATE TYPE mood AS ENUM ('calm'); CREATE TABLE person (name text, m mood, note text)");
  });
  afterAll(() => scratch.dispose());
  const run = async (statements: string[]): Promise<string> => {
    await scratch.db.exec('BEGIN');
    try {
      for (const s of statements) await scratch.db.exec(s);
      await scratch.db.exec('ROLLBACK');
      return 'ok';
    } catch (e) {
      await scratch.db.exec('ROLLBACK');
      return asDbError(e)?.code ?? String(e);
    }
  };
  it('INSERT … VALUES into a column of the type, UPDATE … SET and a cast fail with 55P04; the same text into a text column does not', async () => {
    expect(await run(["ALTER TYPE mood ADD VALUE 'tense'", "INSERT INTO person (name, m) VALUES ('a', 'tense')"])).toBe('55P04');
    expect(await run(["ALTER TYPE mood ADD VALUE 'tense'", "UPDATE person SET m = 'tense'"])).toBe('55P04');
    expect(await run(["ALTER TYPE mood ADD VALUE 'tense'", "SELECT 'tense'::mood"])).toBe('55P04');
    expect(await run(["ALTER TYPE mood ADD VALUE 'tense'", "INSERT INTO person (name, note) VALUES ('a', 'tense')"])).toBe('ok');
  });
  it('PostgreSQL cannot drop an enum value (what rollback-incomplete says of one a rollback leaves): a syntax error on 15, not implemented on 18', async () => {
    expect(await run(["ALTER TYPE mood DROP VALUE 'calm'"])).toBe(engine.name === 'pglite' ? '0A000' : '42601');
  });
});

const ENUM = "CREATE TYPE mood AS ENUM ('calm');\nCREATE TABLE person (name text, m mood, note text);\n";
const ADD_AND_USE = "ALTER TYPE mood ADD VALUE 'tense';\nINSERT INTO person (name, m) VALUES ('a', 'tense');\n";
const findings = (spec: ProjectSpec) => lintSpec(spec, [rule]).filter((f) => f.rule === 'cannot-run-in-transaction').map((f) => `${f.file.split('/').pop()}:${f.line}`);

describe('lint: the use is reported where the runner runs both in one transaction', () => {
  it('goose (a transaction per migration), but not with NO TRANSACTION', () => {
    expect(findings({ layout: { name: 'goose' }, files: { '00001_a.sql': `-- +goose Up\n${ENUM}`, '00002_b.sql': `-- +goose Up\n${ADD_AND_USE}` } })).toEqual(['00002_b.sql:3']);
    expect(findings({ layout: { name: 'goose' }, files: { '00001_a.sql': `-- +goose Up\n${ENUM}`, '00002_b.sql': `-- +goose NO TRANSACTION\n-- +goose Up\n${ADD_AND_USE}` } })).toEqual([]);
  });
  it('golang-migrate (one query: one implicit transaction) and diesel', () => {
    expect(findings({ layout: { name: 'golang-migrate' }, files: { '1_a.up.sql': ENUM, '2_b.up.sql': ADD_AND_USE } })).toEqual(['2_b.up.sql:2']);
    expect(findings({ layout: { name: 'diesel' }, files: { '2024-01-01-000000_a/up.sql': ENUM, '2024-01-02-000000_b/up.sql': ADD_AND_USE } })).toEqual(['up.sql:2']);
  });
  it("Flyway's transaction (runner mode) and the file's own BEGIN … COMMIT; not when each statement commits", () => {
    const files = { 'V1__a.sql': ENUM, 'V2__b.sql': ADD_AND_USE };
    expect(findings({ files, settings: { transactions: 'runner' } })).toEqual(['V2__b.sql:2']);
    expect(findings({ files: { 'V1__a.sql': ENUM, 'V2__b.sql': `BEGIN;\n${ADD_AND_USE}COMMIT;\n` } })).toEqual(['V2__b.sql:3']);
    expect(findings({ files, settings: { transactions: 'explicit' } })).toEqual([]);
  });
  it('a cast and an UPDATE are uses; the same text in a text column is not', () => {
    const use = (sql: string) => findings({ layout: { name: 'golang-migrate' }, files: { '1_a.up.sql': ENUM, '2_b.up.sql': `ALTER TYPE mood ADD VALUE 'tense';\n${sql}\n` } });
    expect(use("SELECT 'tense'::mood;")).toEqual(['2_b.up.sql:2']);
    expect(use("UPDATE person SET m = 'tense' WHERE name = 'a';")).toEqual(['2_b.up.sql:2']);
    expect(use("INSERT INTO person (name, note) VALUES ('a', 'tense');")).toEqual([]);
  });
});
