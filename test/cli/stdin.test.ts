import { describe, expect, it } from 'vitest';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';
import { documented } from '../helpers/documented.js';

const run = (cwd: string, argv: string[], stdin?: string) => runCli(cwd, argv, { stdin });

const PROJECT = {
  'migrations/V1__create_users.sql': documented('V1__create_users.sql', 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\nCOMMIT;\n'),
  'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
  'migrations/V2__add_index.sql': documented('V2__add_index.sql', 'BEGIN;\nSELECT 1;\nCOMMIT;\n'),
  'migrations/rollback/V2__rollback.sql': 'SELECT 1;\n',
};

const json = (s: string) => JSON.parse(s) as { findings: { rule: string; file: string; line: number }[]; summary: { files: number } };

describe('lint - --stdin-filepath PATH', () => {
  it('lints stdin as the file at PATH: the history before it is replayed (users exists), its rollback paired', async () => {
    const dir = tmpProject(PROJECT);
    // On disk V2 is harmless; the editor's buffer adds a blocking index on the table V1 created.
    const r = await run(dir, ['lint', '-', '--stdin-filepath', 'migrations/V2__add_index.sql', '--format', 'json'], documented('V2__add_index.sql', 'BEGIN;\nCREATE INDEX idx ON users (email);\nCOMMIT;\n'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['require-concurrent-index', 'migrations/V2__add_index.sql', 7]]);
    expect(report.summary.files).toBe(2); // the file and its rollback
    // the file on disk is as it was: linting it gives nothing
    expect(json((await run(dir, ['lint', 'migrations/V2__add_index.sql', '--format', 'json'])).stdout).findings).toEqual([]);
  });

  it('a file that does not exist yet is linted in its place: naming, rollback pairing, ordering', async () => {
    const dir = tmpProject(PROJECT);
    const r = await run(dir, ['lint', '-', '--stdin-filepath', 'migrations/V3__new.sql', '--format', 'json'], documented('V3__new.sql', 'BEGIN;\nALTER TABLE users ADD COLUMN age int;\nCOMMIT;\n', 'none, a test'));
    expect(json(r.stdout).findings.map((f) => f.rule)).toEqual(['rollback-missing']);
    const badName = await run(dir, ['lint', '-', '--stdin-filepath', 'migrations/V3_new.sql', '--format', 'json'], 'SELECT 1;\n');
    expect(json(badName.stdout).findings.map((f) => [f.rule, f.file])).toEqual([['migration-naming', 'migrations/V3_new.sql']]);
  });

  it("a new migration in a folder of its own that does not exist yet (diesel's layout): linted in its place", async () => {
    const dir = tmpProject({
      'migrations/2024-01-01-000001_users/up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
      'migrations/2024-01-01-000001_users/down.sql': 'DROP TABLE users;\n',
    });
    const r = await run(dir, ['lint', '-', '--stdin-filepath', 'migrations/2024-02-01-000002_index/up.sql', '--format', 'json', '--rule', 'migration-documented=off'], 'CREATE INDEX idx ON users (email);\n');
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.findings.map((f) => [f.rule, f.file])).toEqual([
      ['rollback-missing', 'migrations/2024-02-01-000002_index/up.sql'],
      ['require-concurrent-index', 'migrations/2024-02-01-000002_index/up.sql'],
    ]);
  });

  it('usage errors: no --stdin-filepath, --stdin-filepath without -, other paths, a directory', async () => {
    const dir = tmpProject(PROJECT);
    const a = await run(dir, ['lint', '-'], 'SELECT 1;');
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('lint - needs --stdin-filepath PATH');
    const b = await run(dir, ['lint', '--stdin-filepath', 'migrations/V3__x.sql'], 'SELECT 1;');
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--stdin-filepath goes with "-"');
    const c = await run(dir, ['lint', '-', 'migrations', '--stdin-filepath', 'migrations/V3__x.sql'], 'SELECT 1;');
    expect(c.stderr).toContain('lint - reads one file from stdin: name no other path');
    const d = await run(dir, ['lint', '-', '--stdin-filepath', 'migrations/rollback'], 'SELECT 1;');
    expect(d.stderr).toContain('is a directory, not a file');
    const e = await run(dir, ['lint', '-', '--stdin-filepath', 'nowhere/V1__x.sql'], 'SELECT 1;');
    expect(e.stderr).toContain('no such directory nowhere');
  });
});
