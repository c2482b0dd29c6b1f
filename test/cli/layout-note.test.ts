import { describe, expect, it } from 'vitest';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

describe('lint: the detected layout is said on stderr', () => {
  it('names the layout, why, and the `layout:` setting that overrides it', async () => {
    const dir = tmpProject({ 'migrations/00001_users.sql': '-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY);\n-- +goose Down\nDROP TABLE users;\n' });
    const r = await runCli(dir, ['lint', '--format', 'json']);
    expect(r.stderr).toBe('migration-guard: layout: goose (detected: 1 file with `-- +goose Up`; set `layout:` in migration-guard.yml to choose another)\n');
  });

  it('says nothing when `layout:` is set, or for Flyway names', async () => {
    const set = tmpProject({ 'migration-guard.yml': 'layout: goose\n', 'migrations/00001_users.sql': '-- +goose Up\nSELECT 1;\n' });
    expect((await runCli(set, ['lint', '--format', 'json'])).stderr).toBe('');
    const flyway = tmpProject({ 'migrations/V1__users.sql': 'BEGIN;\nSELECT 1;\nCOMMIT;\n' });
    expect((await runCli(flyway, ['lint', '--format', 'json'])).stderr).toBe('');
  });
});

describe('what the notes say about files migration-guard cannot read as migrations', () => {
  it("goose's Go migrations: named in a note, and in check's failure of a SQL migration that needs what one did", async () => {
    const dir = tmpProject({
      'migrations/00001_users.sql': '-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY);\n-- +goose Down\nDROP TABLE users;\n',
      'migrations/00002_backfill.go': 'package migrations\n',
      'migrations/00002_backfill_test.go': 'package migrations\n',
      'migrations/00003_orders.sql': '-- +goose Up\nALTER TABLE made_by_go ADD COLUMN note text;\n-- +goose Down\nALTER TABLE made_by_go DROP COLUMN note;\n',
    });
    const lint = await runCli(dir, ['lint', '--format', 'json']);
    expect(lint.stderr).toContain('migration-guard: goose runs 1 Go migration here that migration-guard cannot read (00002_backfill.go): the SQL migrations after it are checked without what it does\n');
    const check = await runCli(dir, ['check', '--format', 'json']);
    const json = JSON.parse(check.stdout) as { findings: { rule: string; line: number; message: string }[] };
    const failed = json.findings.find((f) => f.rule === 'apply-failed');
    expect(failed?.line).toBe(2);
    expect(failed?.message).toMatch(/goose runs a Go migration before it that check cannot, the last 00002_backfill\.go: what it does is missing here/);
  });

  it('names no runner knows: a note on how to choose the layout', async () => {
    const dir = tmpProject({ 'migrations/V0001.Initial.up.sql': 'CREATE TABLE t (id int);\n', 'migrations/V0001.Initial.down.sql': 'DROP TABLE t;\n' });
    const r = await runCli(dir, ['lint', '--format', 'json']);
    expect(r.stderr).toMatch(/^migration-guard: no file here is named as Flyway names migrations .* set `layout:` in migration-guard\.yml/);
  });
});
