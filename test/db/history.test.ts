import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import { SchemaHistory } from '../../src/db/history.js';
import { Runner } from '../../src/db/runner.js';
import { flywayChecksum } from '../../src/model/checksum.js';
import { describeEachEngine } from '../helpers/db.js';
import { makeProject } from '../helpers/rule-tester.js';
import { settings } from '../helpers/runner.js';

it("uses Flyway's advisory lock key: 0x466C79776179 + the Java hashCode of the quoted table", () => {
  // Both numbers computed with jshell from Flyway's own expression and String.hashCode().
  const h = new SchemaHistory({} as never, 'public', 'flyway_schema_history');
  expect(h.qualified).toBe('"public"."flyway_schema_history"');
  expect(h.lockKey).toBe('77433833903597');
});

describeEachEngine('schema history', (engine) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await engine.scratch();
  });
  afterAll(async () => {
    await s.dispose();
  });

  it("creates Flyway's exact table, primary key and success index", async () => {
    const h = new SchemaHistory(s.db, 'public', 'flyway_schema_history');
    expect(await h.exists()).toBe(false);
    await h.create();
    expect(await h.exists()).toBe(true);
    const cols = await s.db.query<{ column_name: string; data_type: string; len: number | null; is_nullable: string; column_default: string | null }>(
      `SELECT column_name, data_type, character_maximum_length AS len, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'flyway_schema_history' ORDER BY ordinal_position`,
    );
    expect(cols.rows.map((c) => [c.column_name, c.data_type, c.len, c.is_nullable, c.column_default])).toEqual([
      ['installed_rank', 'integer', null, 'NO', null],
      ['version', 'character varying', 50, 'YES', null],
      ['description', 'character varying', 200, 'NO', null],
      ['type', 'character varying', 20, 'NO', null],
      ['script', 'character varying', 1000, 'NO', null],
      ['checksum', 'integer', null, 'YES', null],
      ['installed_by', 'character varying', 100, 'NO', null],
      ['installed_on', 'timestamp without time zone', null, 'NO', 'now()'],
      ['execution_time', 'integer', null, 'NO', null],
      ['success', 'boolean', null, 'NO', null],
    ]);
    const idx = await s.db.query<{ indexname: string; indexdef: string }>(
      "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'flyway_schema_history' ORDER BY 1",
    );
    expect(idx.rows.map((r) => r.indexname)).toEqual(['flyway_schema_history_pk', 'flyway_schema_history_s_idx']);
    expect(idx.rows[1]!.indexdef).toContain('(success)');
    const pk = await s.db.query("SELECT 1 FROM pg_constraint WHERE conname = 'flyway_schema_history_pk' AND contype = 'p'");
    expect(pk.rowCount).toBe(1);
  });

  it('a new schema gets Flyway\'s schema-creation marker at rank 0, a baseline row at rank 1', async () => {
    const h = new SchemaHistory(s.db, 'other', 'my_history');
    await h.create('2_1');
    const rows = await h.rows();
    expect(rows.map((r) => [r.installedRank, r.version, r.description, r.type, r.script, r.checksum, r.success])).toEqual([
      [0, null, '<< Flyway Schema Creation >>', 'SCHEMA', '"other"', null, true],
      [1, '2.1', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', null, true],
    ]);
    const user = (await s.db.query<{ u: string }>('SELECT current_user AS u')).rows[0]!.u;
    expect(rows.every((r) => r.installedBy === user && r.executionTime === 0)).toBe(true);
  });

  it('history rows carry the Flyway checksums of the test vectors', async () => {
    expect(flywayChecksum('SELECT 1;\n')).toBe(78787420);
    expect(flywayChecksum('SELECT 8;')).toBe(-714045419);
    expect(flywayChecksum('')).toBe(0);
    const project = makeProject({
      files: { 'V1__one.sql': 'SELECT 1;\n', 'V2__eight.sql': 'SELECT 8;', 'V3__empty.sql': '', 'sub/V1_1__Nested_name.sql': 'SELECT 2;' },
    });
    const r = await new Runner(s.db, project, settings({ schema: 'vectors' })).migrate();
    expect(r.failure).toBeUndefined();
    expect(r.ok).toBe(true);
    const rows = await new SchemaHistory(s.db, 'vectors', 'flyway_schema_history').rows();
    expect(rows.map((x) => [x.installedRank, x.version, x.description, x.type, x.script, x.checksum, x.success])).toEqual([
      [0, null, '<< Flyway Schema Creation >>', 'SCHEMA', '"vectors"', null, true],
      [1, '1', 'one', 'SQL', 'V1__one.sql', 78787420, true],
      [2, '1.1', 'Nested name', 'SQL', 'sub/V1_1__Nested_name.sql', flywayChecksum('SELECT 2;'), true],
      [3, '2', 'eight', 'SQL', 'V2__eight.sql', -714045419, true],
      [4, '3', 'empty', 'SQL', 'V3__empty.sql', 0, true],
    ]);
    expect(rows.every((x) => x.executionTime >= 0 && x.installedOn instanceof Date && !Number.isNaN(x.installedOn.getTime()))).toBe(true);
  });
});
