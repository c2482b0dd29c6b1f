/**
 * `layout: { name: golang-migrate, replace: { as written: as sent } }`: a runner's own text
 * replacements (river's `/* TEMPLATE: schema *\/`) applied before lint reads and check sends a file.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { describeEachEngine } from '../helpers/db.js';
import { makeProject } from '../helpers/rule-tester.js';
import { tmpProject } from '../helpers/tmp.js';

const RIVER = { name: 'golang-migrate', transaction: true, replace: { '/* TEMPLATE: schema */': '' } } as const;
const MARKED = [
  'CREATE TABLE /* TEMPLATE: schema */river_job (id bigint);', // 1
  "DO $$ BEGIN IF (SELECT to_regclass('/* TEMPLATE: schema */river_job') IS NOT NULL) THEN", // 2
  '  ALTER TABLE /* TEMPLATE: schema */river_job RENAME TO river_job_old;', // 3
  'END IF; END $$;', // 4
  'CREATE INDEX river_job_id ON /* TEMPLATE: schema */river_job_old (id);', // 5
  '',
].join('\n');

describe('replace: what the runner sends', () => {
  it('lint reads the text as sent; positions stay the file’s', () => {
    const project = makeProject({ layout: RIVER, files: { '001_a.up.sql': MARKED } });
    const up = project.files[0]!;
    expect(up.text).not.toContain('TEMPLATE');
    expect(up.text).toContain("to_regclass('river_job')");
    expect(up.parsed.statements.map((s) => up.position(s.start).line)).toEqual([1, 2, 5]);
    const index = up.parsed.statements[2]!;
    const at = up.text.indexOf('river_job_old (id)');
    expect(up.position(at)).toEqual({ line: 5, column: MARKED.split('\n')[4]!.indexOf('river_job_old (id)') + 1 });
    expect(index.kind).toBe('IndexStmt');
  });

  it('a replace key for another layout, or a non-string value, is a configuration error at its line', async () => {
    const bad = tmpProject({ 'migration-guard.yml': "layout:\n  name: goose\n  replace:\n    x: ''\n", 'migrations/00001_a.sql': '-- +goose Up\nSELECT 1;\n' });
    const r = await runCli(bad, ['lint']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pattern, transaction and replace are for golang-migrate-style files only/);
    const value = tmpProject({ 'migration-guard.yml': "layout:\n  name: golang-migrate\n  replace:\n    x: [1]\n", 'migrations/1_a.up.sql': 'SELECT 1;\n' });
    const v = await runCli(value, ['lint']);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/migration-guard\.yml:4:\d+.*must be a string/);
  });
});

describeEachEngine('replace: check sends the replaced text', (engine) => {
  it('the marker inside a string literal is gone: the DO block renames, the index lands on the renamed table', async () => {
    const dir = tmpProject({
      'migration-guard.yml': "layout:\n  name: golang-migrate\n  transaction: true\n  replace:\n    '/* TEMPLATE: schema */': ''\n",
      'migrations/001_a.up.sql': MARKED,
      'migrations/001_a.down.sql': 'DROP TABLE river_job_old;\n',
    });
    const r = await runCli(dir, ['check', '--format', 'json', ...(engine.url ? ['--database-url', engine.url] : [])]);
    const json = JSON.parse(r.stdout) as { migrations: { applied: string; rollback: string }[]; schemaDiff: { added: { name: string }[] } };
    expect(json.migrations.map((m) => `${m.applied} ${m.rollback}`)).toEqual(['ok verified']);
    expect(json.schemaDiff.added.map((a) => a.name)).toEqual(expect.arrayContaining(['public.river_job_old', 'public.river_job_id']));
  }, 60_000);
});
