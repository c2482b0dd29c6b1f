import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from '../helpers/db.js';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';
import { documented } from '../helpers/documented.js';

const run = (cwd: string, ...argv: string[]) => runCli(cwd, argv);

const PROJECT = {
  'migrations/V1__users.sql': documented('V1__users.sql', 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\nCOMMIT;\n'),
  'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
  'migrations/V2__index.sql': documented('V2__index.sql', 'CREATE INDEX CONCURRENTLY users_email ON users (email);\n'),
  // forgets the index: rollback-incomplete
  'migrations/rollback/V2__rollback.sql': 'SELECT 1;\n',
};

describe('migration-guard check', () => {
  it('on embedded PGlite: JSON report on stdout, progress lines on stderr, exit 1 for the broken rollback', async () => {
    const dir = tmpProject(PROJECT);
    const r = await run(dir, 'check', '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toEqual([
      'rollback-incomplete migrations/rollback/V2__rollback.sql',
    ]);
    expect(report.findings[0].message).toContain('users_email');
    expect(report.postgres.engine).toBe('pglite');
    expect(r.stderr).toMatch(/^✔ \[1\/2\] apply migrations\/V1__users\.sql/m);
    // Something is said from the start, before PGlite has started (seconds on a busy machine).
    expect(r.stderr).toMatch(/^… starting embedded PostgreSQL \(PGlite\)\n✔ starting embedded PostgreSQL \(PGlite\) \d+\.\d\ds\n/);
    expect(r.stderr).not.toContain('\x1b[');
    expect(r.code).toBe(1);
  });

  it('on a server: a temporary database is used and dropped; the URL password never shows', async () => {
    const dir = tmpProject({ 'migrations/V1__users.sql': PROJECT['migrations/V1__users.sql'], 'migrations/rollback/V1__rollback.sql': PROJECT['migrations/rollback/V1__rollback.sql'] });
    const url = new URL(TEST_DATABASE_URL);
    url.password = 'not-needed-secret';
    const r = await run(dir, 'check', '--database-url', url.toString());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ no problems');
    expect(r.stdout + r.stderr).not.toContain('not-needed-secret');
  });

  it('the summary counts only what PostgreSQL applied: a refused file and what follows it are not "applied"', async () => {
    const dir = tmpProject({
      'migrations/V1__a.sql': 'CREATE TABLE a (id int);\n',
      'migrations/V2__nul.sql': 'CREATE TABLE b (id int);\n\0CREATE TABLE c (id int);\n',
      'migrations/V3__c.sql': 'CREATE TABLE d (id int);\n',
      'migrations/seeds/test.sql': 'INSERT INTO a VALUES (1);\n',
    });
    const r = await run(dir, 'check');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 of 3 migrations applied \(1 failed, 1 not run\) to a scratch database/);
  });

  it('an unreachable server is a usage error (exit 2), not a crash', async () => {
    const dir = tmpProject(PROJECT);
    const r = await run(dir, 'check', '--database-url', 'postgres://u:pw@127.0.0.1:1/x');
    expect(r.code).toBe(2);
    // One line per retry while connectRetries (default 3) waits, then the error.
    expect(r.stderr).toMatch(/^… starting a scratch database on postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x\n/);
    expect(r.stderr).toMatch(/^connecting to postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x failed \(ECONNREFUSED\); retry 1 of 3/m);
    expect(r.stderr).toMatch(/^✖ starting a scratch database/m);
    expect(r.stderr).toMatch(/^migration-guard: error: cannot connect to postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x/m);
    expect(r.stderr).not.toContain(':pw@');
  });

  it('the bundled CLI runs check on embedded PGlite (its WASM and data files ship in dist/)', () => {
    const dir = tmpProject(PROJECT);
    const bin = new URL('../../dist/cli.js', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['rollback-incomplete']);
  });
});
