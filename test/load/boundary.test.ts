/**
 * The repository boundary (issue #10, item 7): the migrations root, every symlink met while
 * walking it and a file named on the command line must resolve inside the repository (the config
 * file's directory, else the working directory). Real temporary directories and real symlinks.
 */
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside } from '../../src/load/fs.js';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

const run = (cwd: string, argv: string[]) => runCli(cwd, argv);

const MIGRATION = 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n';
const ROLLBACK = 'DROP TABLE t;\n';
const SECRET = 'BEGIN;\nCREATE TABLE stolen (id int);\nCOMMIT;\n';
/** Fails fast if anything tries to connect: the boundary is checked before. */
const NO_SERVER = ['--database-url', 'postgres://u@127.0.0.1:1/none'];

describe('isInside', () => {
  const p = (...s: string[]) => sep + s.join(sep);
  it.each([
    [p('repo'), p('repo'), true],
    [p('repo'), p('repo', 'migrations'), true],
    [p('repo'), p('repo', '..migrations'), true],
    [p('repo'), p('repo', '..', 'x'), true], // callers pass resolved paths; ".." here is a name
    [p('repo') + sep, p('repo', 'a'), true],
    [p('repo'), p('repo2'), false],
    [p('repo'), p('rep'), false],
    [p('repo', 'a'), p('repo'), false],
    [p('repo'), p('other', 'repo'), false],
    [sep, p('anything'), true],
  ])('isInside(%s, %s) = %s', (boundary, target, expected) => {
    expect(isInside(boundary, target)).toBe(expected);
  });
});

describe('a directory named explicitly outside the repository', () => {
  it('is read (the user named it), but a symlink in it that leaves it is refused', async () => {
    const elsewhere = tmpProject({ 'migrations/V1__a.sql': MIGRATION, 'migrations/rollback/V1__rollback.sql': ROLLBACK });
    const secret = tmpProject({ 'V2__b.sql': SECRET });
    const repo = tmpProject({});
    const ok = await run(repo, ['lint', join(elsewhere, 'migrations')]);
    expect(ok.code).toBe(0);
    symlinkSync(join(secret, 'V2__b.sql'), join(elsewhere, 'migrations', 'V2__b.sql'));
    const bad = await run(repo, ['lint', join(elsewhere, 'migrations')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('points outside the repository');
  });
});

describe('migrations/ itself a symlink to a directory outside the repository', () => {
  const outside = tmpProject({ 'V1__a.sql': SECRET, 'rollback/V1__rollback.sql': ROLLBACK });
  const repo = tmpProject({});
  symlinkSync(outside, join(repo, 'migrations'));

  it.each([['lint'], ['check'], ['migrate', ...NO_SERVER], ['status', ...NO_SERVER]])('%s: exit 2, nothing read', async (...argv) => {
    const r = await run(repo, argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('migrations path "migrations" leaves the repository');
    expect(r.stderr).toContain(`it resolves to ${outside}`);
    expect(r.stderr).not.toContain('internal error');
  });

  it('migrate on an embedded database: refused before the database is even created', async () => {
    const r = await run(repo, ['migrate', '--database-url', 'pglite:.pgdata']);
    expect(r.code).toBe(2);
    expect(existsSync(join(repo, '.pgdata'))).toBe(false);
  });

  it('named on the command line: the same (the root is resolved, not just its name)', async () => {
    const other = tmpProject({ 'migration-guard.yml': 'migrations: db\n', 'db/V1__a.sql': MIGRATION });
    symlinkSync(outside, join(other, 'linked'));
    const r = await run(other, ['lint', 'linked']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`migration-guard: error: symlink linked points outside the repository (to ${outside}); refusing to read it\n`);
  });

  it('below a symlinked parent: db -> outside, migrations: db/migrations', async () => {
    const parent = tmpProject({ 'migrations/V1__a.sql': SECRET });
    const dir = tmpProject({ 'migration-guard.yml': 'migrations: db/migrations\n' });
    symlinkSync(parent, join(dir, 'db'));
    const r = await run(dir, ['lint']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`migration-guard.yml: migrations path "db/migrations" leaves the repository (${dir}): it resolves to ${join(parent, 'migrations')}`);
  });
});

describe('inside the repository', () => {
  it('a directory named ..migrations is inside (configured, and named on the command line)', async () => {
    const dir = tmpProject({
      'migration-guard.yml': 'migrations: ..migrations\n',
      '..migrations/V1__a.sql': MIGRATION,
      '..migrations/rollback/V1__rollback.sql': ROLLBACK,
    });
    const configured = await run(dir, ['lint', '--format', 'json']);
    expect(configured.stderr).toBe('');
    expect(configured.code).toBe(0);
    expect(JSON.parse(configured.stdout).summary.migrations).toBe(1);
    const named = await run(dir, ['lint', '--format', 'json', '..migrations']);
    expect(named.code).toBe(0);
    const file = await run(dir, ['lint', '--format', 'json', '..migrations/V1__a.sql']);
    expect(file.stderr).toBe('');
    expect(file.code).toBe(0);
    // The migration and its rollback file: naming one names the pair.
    expect(JSON.parse(file.stdout).summary).toMatchObject({ files: 2, migrations: 1 });
  });

  it('migrate applies from ..migrations (embedded database)', async () => {
    const dir = tmpProject({ 'migration-guard.yml': 'migrations: ..migrations\n', '..migrations/V1__a.sql': MIGRATION });
    const r = await run(dir, ['migrate', '--database-url', 'pglite:.pgdata', '--format', 'json']);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).applied).toHaveLength(1);
  });

  it('symlinks to sibling directories inside the repository are followed (the root and below it)', async () => {
    const dir = tmpProject({
      'db/sql/V1__a.sql': MIGRATION,
      'db/sql/rollback/V1__rollback.sql': ROLLBACK,
      'db/sql/rollback/V2__rollback.sql': 'DROP TABLE u;\n',
      'shared/V2__b.sql': 'BEGIN;\nCREATE TABLE u (id int);\nCOMMIT;\n',
    });
    symlinkSync(join(dir, 'db/sql'), join(dir, 'migrations'));
    symlinkSync('../../shared', join(dir, 'db/sql/shared'));
    const r = await run(dir, ['lint', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.migrations).toBe(2);
  });
});

describe('nested symlinks and single files pointing out', () => {
  it('a symlink deep inside migrations/ pointing outside: exit 2 for lint, check and migrate', async () => {
    const outside = tmpProject({ 'V9__x.sql': SECRET });
    const dir = tmpProject({ 'migrations/V1__a.sql': MIGRATION, 'migrations/rollback/V1__rollback.sql': ROLLBACK });
    mkdirSync(join(dir, 'migrations/a/b'), { recursive: true });
    symlinkSync(outside, join(dir, 'migrations/a/b/elsewhere'));
    for (const argv of [['lint'], ['check'], ['migrate', ...NO_SERVER]]) {
      const r = await run(dir, argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`migration-guard: error: symlink migrations/a/b/elsewhere points outside the repository (to ${outside}); refusing to read it\n`);
    }
  });

  it('a file named on the command line that resolves outside through a symlink is refused; one written as an outside path is the user\'s choice', async () => {
    const outside = tmpProject({ 'V9__x.sql': SECRET });
    const dir = tmpProject({ 'migrations/V1__a.sql': MIGRATION, 'migrations/rollback/V1__rollback.sql': ROLLBACK });
    const direct = await run(dir, ['lint', join(outside, 'V9__x.sql'), '--format', 'json']);
    expect(direct.stderr).toBe('');
    expect(JSON.parse(direct.stdout).findings.map((f: { file: string }) => f.file)).toContainEqual(expect.stringMatching(/V9__x\.sql$/));
    symlinkSync(join(outside, 'V9__x.sql'), join(dir, 'migrations/V9__x.sql'));
    const linked = await run(dir, ['lint', 'migrations/V9__x.sql']);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toBe(`migration-guard: error: symlink migrations/V9__x.sql points outside the repository (to ${join(outside, 'V9__x.sql')}); refusing to read it\n`);
  });
});
