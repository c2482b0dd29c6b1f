import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpProject, writeFiles } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';
import { documented } from '../helpers/documented.js';

const run = (cwd: string, ...argv: string[]) => runCli(cwd, argv);

const CLEAN = {
  'migrations/V1__create_users.sql': documented('V1__create_users.sql', 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\nCOMMIT;\n'),
  'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
  'migrations/V2__index_users_email.sql': documented('V2__index_users_email.sql', 'CREATE INDEX CONCURRENTLY idx_users_email ON users (email);\n'),
  'migrations/rollback/V2__rollback.sql': 'DROP INDEX CONCURRENTLY idx_users_email;\n',
  'migrations/R__views.sql': documented('R__views.sql', 'CREATE OR REPLACE VIEW user_emails AS SELECT email FROM users;\n'),
  'migrations/seeds/test.sql': "INSERT INTO users VALUES (1, 'a@example.com');\n",
};

describe('migration-guard lint', () => {
  it('exits 0 and says so on a clean project', async () => {
    const dir = tmpProject(CLEAN);
    const r = await run(dir, 'lint');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✔ no problems in 3 migrations (6 files)');
    expect(r.code).toBe(0);
  });

  it('prints compiler-style findings with help and exits 1', async () => {
    const dir = tmpProject({
      ...CLEAN,
      'migrations/V3__add_index.sql': documented('V3__add_index.sql', 'BEGIN;\nCREATE INDEX idx_users_id ON users (id);\nCOMMIT;\n'),
      'migrations/rollback/V3__rollback.sql': 'BEGIN;\nDROP INDEX idx_users_id;\nCOMMIT;\n',
    });
    const r = await run(dir, 'lint');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'migrations/V3__add_index.sql:7:30 error require-concurrent-index CREATE INDEX on existing table users takes a SHARE lock',
    );
    expect(r.stdout).toMatch(/\n {4}help: Use CREATE INDEX CONCURRENTLY/);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('--format json prints only JSON with findings and summary', async () => {
    const dir = tmpProject({ 'migrations/V1__x.sql': 'UPDATE users SET a = 1;\n' });
    const r = await run(dir, 'lint', '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ errors: 2, warnings: 2, files: 1, migrations: 1 });
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual([
      'migration-documented',
      'rollback-missing',
      'transaction-wrapping',
      'unbatched-data-change',
    ]);
    expect(Object.keys(report.findings[0]).sort()).toEqual(['column', 'file', 'help', 'line', 'message', 'rule', 'severity']);
    expect(r.code).toBe(1);
  });

  it('--fail-on decides the exit code', async () => {
    const dir = tmpProject({
      'migrations/V1__x.sql': 'BEGIN;\nUPDATE users SET a = 1;\nCOMMIT;\n',
      'migrations/rollback/V1__rollback.sql': 'SELECT 1;\n',
    });
    expect((await run(dir, 'lint')).code).toBe(0);
    expect((await run(dir, 'lint', '--fail-on', 'warning')).code).toBe(1);
    expect((await run(dir, 'lint', '--fail-on', 'never', '--format', 'json')).code).toBe(0);
  });

  it('lints named files within their migrations directory', async () => {
    const dir = tmpProject({
      ...CLEAN,
      'migrations/V3__bad.sql': 'CREATE INDEX i ON users (id);\n',
    });
    const r = await run(dir, 'lint', 'migrations/V1__create_users.sql', '--format', 'json');
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    const bad = JSON.parse((await run(dir, 'lint', 'migrations/V3__bad.sql', '--format', 'json')).stdout);
    expect(bad.findings.map((f: { rule: string }) => f.rule)).toEqual([
      'migration-documented',
      'rollback-missing',
      'transaction-wrapping',
      'require-concurrent-index',
    ]);
  });

  it('usage errors exit 2 with one line on stderr', async () => {
    const dir = tmpProject(CLEAN);
    for (const argv of [['lint', '--format', 'xml'], ['lint', '--bogus'], ['frobnicate'], ['lint', 'missing-dir'], []]) {
      const r = await run(dir, ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await run(dir, 'lint', 'missing-dir')).stderr).toBe('migration-guard: error: no such file or directory: missing-dir\n');
  });
});

describe('configuration', () => {
  it('reads migration-guard.yml: path, placeholders, severities, environments', async () => {
    const dir = tmpProject({
      'migration-guard.yml': [
        'migrations: db/migrations',
        'transactions: runner',
        'placeholders:',
        '  schema: app',
        'rules:',
        '  rollback-missing: off',
        'environments:',
        '  production:',
        '    rules:',
        '      unbatched-data-change: error',
        '',
      ].join('\n'),
      'db/migrations/V1__x.sql': documented('V1__x.sql', 'UPDATE ${SCHEMA}.users SET a = ${environment};\n', 'none, a test'),
    });
    const dev = JSON.parse((await run(dir, 'lint', '--format', 'json')).stdout);
    expect(dev.findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`)).toEqual([
      'unbatched-data-change:warning',
    ]);
    expect(dev.findings[0].message).toContain('app.users');
    const prod = JSON.parse((await run(dir, 'lint', '--format', 'json', '--environment', 'production')).stdout);
    expect(prod.findings.map((f: { severity: string }) => f.severity)).toEqual(['error']);
  });

  it.each([
    ['unknown key', 'migratons: x\n', 'migration-guard.yml:1:1: unknown key "migratons"'],
    ['wrong type', 'transactions: sometimes\n', 'migration-guard.yml:1:15: transactions must be one of explicit, runner'],
    ['unknown rule', 'rules:\n  no-such-rule: off\n', 'migration-guard.yml:2:3: unknown rule "no-such-rule"'],
    ['bad severity', 'rules:\n  parse-error: fatal\n', 'migration-guard.yml:2:16: rules.parse-error must be one of error, warning, off'],
    ['invalid YAML', 'rules: [unclosed\n', 'migration-guard.yml:'],
    ['path escaping the repository', 'migrations: ../../etc\n', 'leaves the repository'],
    ['placeholder not scalar', 'placeholders:\n  a: [1]\n', 'migration-guard.yml:2:6: placeholders.a must be a string'],
  ])('rejects %s with file:line:col and exit 2', async (_name, yaml, expected) => {
    const dir = tmpProject({ 'migration-guard.yml': yaml, 'migrations/V1__x.sql': 'SELECT 1;' });
    const r = await run(dir, 'lint');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(expected);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--config must exist', async () => {
    const dir = tmpProject(CLEAN);
    const r = await run(dir, 'lint', '--config', 'nope.yml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('config file not found: nope.yml');
  });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });

describe('--base', () => {

  it('reports modified, deleted and out-of-order migrations against the base branch', async () => {
    const dir = tmpProject({
      ...CLEAN,
      'migrations/V5__later.sql': documented('V5__later.sql', 'BEGIN;\nCREATE TABLE later (id int);\nCOMMIT;\n'),
      'migrations/rollback/V5__rollback.sql': 'BEGIN;\nDROP TABLE later;\nCOMMIT;\n',
    });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'checkout', '-qb', 'feature');
    writeFiles(dir, {
      'migrations/V1__create_users.sql': documented('V1__create_users.sql', 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\nCOMMIT;\n'),
      'migrations/V3__new.sql': documented('V3__new.sql', 'BEGIN;\nCREATE TABLE t3 (id int);\nCREATE INDEX i3 ON t3 (id);\nCOMMIT;\n'),
      'migrations/rollback/V3__rollback.sql': 'BEGIN;\nDROP TABLE t3;\nCOMMIT;\n',
    });
    git(dir, 'rm', '-q', 'migrations/rollback/V5__rollback.sql');
    const r = await run(dir, 'lint', '--base', 'main', '--format', 'json');
    const got = JSON.parse(r.stdout).findings.map((f: { rule: string; file: string; line: number }) => `${f.rule} ${f.file}:${f.line}`);
    expect(got).toEqual([
      'applied-migration-modified migrations/V1__create_users.sql:7',
      'out-of-order-version migrations/V3__new.sql:1',
      'rollback-missing migrations/V5__later.sql:1',
      // its Rollback line names the rollback just deleted
      'migration-documented migrations/V5__later.sql:5',
      'applied-migration-modified migrations/rollback/V5__rollback.sql:1',
    ]);
    expect(r.code).toBe(1);
  });

  it('an unknown ref is a usage error', async () => {
    const dir = tmpProject(CLEAN);
    git(dir, 'init', '-q', '-b', 'main');
    const r = await run(dir, 'lint', '--base', 'origin/main');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown git ref "origin/main"');
  });
});

describe('hostile file system', () => {
  it('refuses a symlink that leaves the repository', async () => {
    const outside = tmpProject({ 'secret.sql': 'SELECT 1;' });
    const dir = tmpProject(CLEAN);
    symlinkSync(join(outside, 'secret.sql'), join(dir, 'migrations/V9__link.sql'));
    const r = await run(dir, 'lint');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('points outside the repository');
  });

  it('survives a symlink loop', async () => {
    const dir = tmpProject(CLEAN);
    symlinkSync(join(dir, 'migrations'), join(dir, 'migrations/loop'));
    const r = await run(dir, 'lint', '--format', 'json');
    expect(r.code).toBe(0);
  });

  it('a migration that cannot be read is an error, not a skip', async () => {
    const dir = tmpProject(CLEAN);
    symlinkSync(join(dir, 'gone.sql'), join(dir, 'migrations/V9__dangling.sql'));
    const r = await run(dir, 'lint');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('migration-guard: error: broken symlink: migrations/V9__dangling.sql\n');
  });
});

describe('the built CLI (dist/cli.js)', () => {
  it('runs as a program and loads the WASM parser from the bundle', () => {
    const dir = tmpProject({ 'migrations/V1__x.sql': documented('V1__x.sql', 'BEGIN;\nSELEC 1;\nCOMMIT;\n'), 'migrations/rollback/V1__rollback.sql': 'SELECT 1;' });
    const bin = new URL('../../dist/cli.js', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ rule: 'parse-error', line: 7, column: 1 });
  });

  it('check loads a PGlite contrib extension from the bundle (dist/pglite-ext)', () => {
    const dir = tmpProject({
      'migrations/V1__k.sql': 'BEGIN;\nCREATE EXTENSION pgcrypto;\nCREATE TABLE k (id uuid DEFAULT gen_random_uuid());\nCOMMIT;\n',
      'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE k;\nDROP EXTENSION pgcrypto;\nCOMMIT;\n',
    });
    const bin = new URL('../../dist/cli.js', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ applied: 1, rollbacksVerified: 1 });
  });
});

describe('--base scopes the report to the change', () => {
  it('findings of merged, unchanged migrations are not reported; the change is judged against the whole history', async () => {
    const dir = tmpProject({
      // Merged long ago, with findings of its own (no rollback, not wrapped, an unbatched UPDATE).
      'migrations/V1__legacy.sql': 'CREATE TABLE legacy (id int, flag int);\nUPDATE legacy SET flag = 0;\n',
    });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'checkout', '-qb', 'feature');
    writeFiles(dir, { 'migrations/V2__index_legacy.sql': 'CREATE INDEX legacy_flag_idx ON legacy (flag);\n' });
    const r = await run(dir, 'lint', '--base', 'main', '--format', 'json');
    const got = JSON.parse(r.stdout).findings.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((g: string) => g.endsWith('migrations/V2__index_legacy.sql'))).toBe(true);
    // legacy existed before the change (V1 is merged): a plain CREATE INDEX on it blocks writes.
    expect(got).toContain('require-concurrent-index migrations/V2__index_legacy.sql');
    // Without --base, every migration is linted.
    const all = JSON.parse((await run(dir, 'lint', '--format', 'json')).stdout).findings.map((f: { file: string }) => f.file);
    expect(all).toContain('migrations/V1__legacy.sql');
  });
});
