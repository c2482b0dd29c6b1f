/**
 * Several locations are one migration set (issue #13 §3), as Flyway resolves
 * `locations=filesystem:sql1,filesystem:sql2`: it scans each location recursively and merges them
 * (Scanner), so versions are ordered across them and a version in two of them is Flyway's
 * "Found more than one migration with version" error.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { loadSingleProject, runMigrate, runStatus } from '../../src/commands/db.js';
import { loadProjects, runLint } from '../../src/commands/lint.js';
import { engines } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

const CONFIG = 'migrations: sql1\nlocations: [sql2]\ntransactions: runner\n';
/** V1 and V3 in sql1, V2 in sql2 (in a subdirectory): one chain, V2 needs V1's table. */
const SET = {
  'migration-guard.yml': CONFIG,
  'sql1/V1__create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
  'sql2/sub/V2__add_email.sql': 'ALTER TABLE users ADD COLUMN email text;\n',
  'sql1/V3__add_name.sql': 'ALTER TABLE users ADD COLUMN name text;\n',
  'sql2/R__users_view.sql': 'CREATE OR REPLACE VIEW user_emails AS SELECT id, email FROM users;\n',
};

describe('the configured locations are one migration set', () => {
  it('merges them in Flyway order; each file keeps its script relative to its location', async () => {
    const { projects } = await loadProjects({ cwd: tmpProject(SET), paths: [] });
    expect(projects).toHaveLength(1);
    const { project, targets } = projects[0]!;
    expect(targets).toBeUndefined();
    expect(project.root).toBe('sql1');
    expect(project.locations).toEqual(['sql1', 'sql2']);
    expect(project.migrations.map((m) => [m.path, m.rel, m.location])).toEqual([
      ['sql1/V1__create_users.sql', 'V1__create_users.sql', 'sql1'],
      ['sql2/sub/V2__add_email.sql', 'sub/V2__add_email.sql', 'sql2'],
      ['sql1/V3__add_name.sql', 'V3__add_name.sql', 'sql1'],
      ['sql2/R__users_view.sql', 'R__users_view.sql', 'sql2'],
    ]);
  });

  it('naming both locations on the command line is the same set; naming one reports on its files only', async () => {
    const cwd = tmpProject(SET);
    const both = await loadProjects({ cwd, paths: ['sql2', 'sql1'] });
    expect(both.projects).toHaveLength(1);
    expect(both.projects[0]!.targets).toBeUndefined();
    const one = await loadProjects({ cwd, paths: ['sql2'] });
    expect(one.projects).toHaveLength(1);
    expect(one.projects[0]!.project.migrations).toHaveLength(4);
    expect([...one.projects[0]!.targets!].sort()).toEqual(['R__users_view.sql', 'sub/V2__add_email.sql']);
    // A file inside the second location is read within the whole set.
    const file = await loadProjects({ cwd, paths: ['sql2/sub/V2__add_email.sql'] });
    expect(file.projects[0]!.project.locations).toEqual(['sql1', 'sql2']);
    expect([...file.projects[0]!.targets!]).toEqual(['sub/V2__add_email.sql']);
  });

  it('a version in two locations is duplicate-version, naming both files', async () => {
    const cwd = tmpProject({ ...SET, 'sql2/V3__other.sql': 'SELECT 1;\n' });
    const r = await runLint({ cwd, paths: [] });
    const dup = r.findings.filter((f) => f.rule === 'duplicate-version');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.severity).toBe('error');
    expect([dup[0]!.file, dup[0]!.message]).toEqual([
      expect.stringMatching(/^sql[12]\/V3__(add_name|other)\.sql$/),
      expect.stringMatching(/also used by sql[12]\/V3__(add_name|other)\.sql .*Found more than one migration with version 3/),
    ]);
    expect(dup[0]!.message).not.toContain(dup[0]!.file);
  });

  it('an identical copy (same script, same text) in two locations is one migration, as Flyway collects them into a set', async () => {
    const cwd = tmpProject({ ...SET, 'sql2/V1__create_users.sql': SET['sql1/V1__create_users.sql'] });
    const r = await runLint({ cwd, paths: [] });
    expect(r.findings.filter((f) => f.rule === 'duplicate-version')).toEqual([]);
    const { projects } = await loadProjects({ cwd, paths: [] });
    expect(projects[0]!.project.migrations.map((m) => m.path)).toEqual(['sql1/V1__create_users.sql', 'sql2/sub/V2__add_email.sql', 'sql1/V3__add_name.sql', 'sql2/R__users_view.sql']);
    // Different text under the same script name is Flyway's duplicate.
    const differs = tmpProject({ ...SET, 'sql2/V1__create_users.sql': 'CREATE TABLE users (id int PRIMARY KEY);\n' });
    expect((await runLint({ cwd: differs, paths: [] })).findings.filter((f) => f.rule === 'duplicate-version')).toHaveLength(1);
  });

  it('directories that are not configured locations stay sets of their own (no config: each directory named)', async () => {
    const cwd = tmpProject({ 'a/V1__x.sql': 'SELECT 1;\n', 'b/V1__x.sql': 'SELECT 1;\n' });
    const { projects } = await loadProjects({ cwd, paths: ['a', 'b'] });
    expect(projects.map((p) => p.project.locations)).toEqual([['a'], ['b']]);
    const r = await runLint({ cwd, paths: ['a', 'b'] });
    expect(r.findings.filter((f) => f.rule === 'duplicate-version')).toEqual([]);
  });

  it('a location outside the repository, missing, or inside another location is a configuration error', async () => {
    const outside = tmpProject({ 'migration-guard.yml': 'locations: ["../elsewhere"]\n', 'migrations/V1__a.sql': 'SELECT 1;\n' });
    await expect(loadProjects({ cwd: outside, paths: [] })).rejects.toThrow(/location "\.\.\/elsewhere" leaves the repository/);
    const missing = tmpProject({ 'migration-guard.yml': 'locations: [filesystem:sql2]\n', 'migrations/V1__a.sql': 'SELECT 1;\n' });
    await expect(loadProjects({ cwd: missing, paths: [] })).rejects.toThrow('no such file or directory: sql2 (a configured location)');
    const nested = tmpProject({ 'migration-guard.yml': 'locations: [migrations/extra]\n', 'migrations/extra/V1__a.sql': 'SELECT 1;\n' });
    await expect(loadProjects({ cwd: nested, paths: [] })).rejects.toThrow(
      'location "migrations/extra" lies inside location "migrations", which is read recursively: Flyway would find its migrations twice',
    );
  });

  it('files with the configured suffixes are read, in every location', async () => {
    const cwd = tmpProject({
      'migration-guard.yml': 'migrations: sql1\nlocations: [sql2]\nsqlMigrationPrefix: M\nsqlMigrationSeparator: "-"\nsqlMigrationSuffixes: [.sql, .pgsql]\n',
      'sql1/M1-a.sql': 'SELECT 1;\n',
      'sql2/M2-b.PGSQL': 'SELECT 2;\n',
      'sql2/notes.txt': 'not read',
    });
    const { projects } = await loadProjects({ cwd, paths: [] });
    expect(projects[0]!.project.migrations.map((m) => [m.path, m.version?.raw, m.description])).toEqual([
      ['sql1/M1-a.sql', '1', 'a'],
      ['sql2/M2-b.PGSQL', '2', 'b'],
    ]);
  });

  it('--base reads every location at the base ref, with the configured suffixes', async () => {
    const cwd = tmpProject({
      'migration-guard.yml': 'migrations: sql1\nlocations: [sql2]\nsqlMigrationSuffixes: [.sql, .pgsql]\n',
      'sql1/V1__a.sql': 'CREATE TABLE a (id int);\n',
      'sql2/V2__b.pgsql': 'CREATE TABLE b (id int);\n',
    });
    const git = (...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');
    writeFileSync(join(cwd, 'sql2/V2__b.pgsql'), 'CREATE TABLE b (id bigint);\n');
    writeFileSync(join(cwd, 'sql2/V3__c.sql'), 'CREATE TABLE c (id int);\n');
    const { projects } = await loadProjects({ cwd, paths: [], base: 'HEAD' });
    expect(projects[0]!.project.migrations.map((m) => [m.path, m.isNew])).toEqual([
      ['sql1/V1__a.sql', false],
      ['sql2/V2__b.pgsql', false],
      ['sql2/V3__c.sql', true],
    ]);
    const r = await runLint({ cwd, paths: [], base: 'HEAD' });
    expect(r.findings.filter((f) => f.rule === 'applied-migration-modified').map((f) => f.file)).toEqual(['sql2/V2__b.pgsql']);
  });

  it('database commands take the set, not one of its locations', async () => {
    const cwd = tmpProject(SET);
    const { project } = await loadSingleProject({ cwd, paths: ['sql1', 'sql2'] });
    expect(project.migrations).toHaveLength(4);
    await expect(loadSingleProject({ cwd, paths: ['sql1'] })).rejects.toThrow(/one migration set/);
  });
});

describe('check applies the locations as one chain [pglite]', () => {
  it('V2 in sql2 runs after V1 of sql1 on the same database', async () => {
    const r = await runCheck({ cwd: tmpProject(SET), paths: [] });
    expect(r.migrations.filter((m) => m.kind !== 'seed').map((m) => [m.file, m.applied])).toEqual([
      ['sql1/V1__create_users.sql', 'ok'],
      ['sql2/sub/V2__add_email.sql', 'ok'],
      ['sql1/V3__add_name.sql', 'ok'],
      ['sql2/R__users_view.sql', 'ok'],
    ]);
    expect(r.findings.filter((f) => f.rule === 'apply-failed')).toEqual([]);
  }, 120_000);
});

const server = engines.find((e) => e.name === 'postgres')!;

describe('migrate and status see one set [postgres]', () => {
  it('applies V1, V2, V3 and the repeatable across locations, scripts relative to their location', async () => {
    const scratch = await server.scratch();
    try {
      const cwd = tmpProject(SET);
      const req = { cwd, paths: [], databaseUrl: await urlOf(scratch.db), env: {} };
      const m = await runMigrate(req);
      expect(m.ok).toBe(true);
      expect(m.applied.map((a) => [a.script, a.path])).toEqual([
        ['V1__create_users.sql', 'sql1/V1__create_users.sql'],
        ['sub/V2__add_email.sql', 'sql2/sub/V2__add_email.sql'],
        ['V3__add_name.sql', 'sql1/V3__add_name.sql'],
        ['R__users_view.sql', 'sql2/R__users_view.sql'],
      ]);
      const s = await runStatus(req);
      expect(s.migrations.map((i) => [i.script, i.state])).toEqual([
        ['V1__create_users.sql', 'applied'],
        ['sub/V2__add_email.sql', 'applied'],
        ['V3__add_name.sql', 'applied'],
        ['R__users_view.sql', 'applied'],
      ]);
    } finally {
      await scratch.dispose();
    }
  }, 120_000);

  it('a version in two locations stops migrate before anything runs', async () => {
    const scratch = await server.scratch();
    try {
      const cwd = tmpProject({ ...SET, 'sql2/V1__again.sql': 'SELECT 1;\n' });
      const m = await runMigrate({ cwd, paths: [], databaseUrl: await urlOf(scratch.db), env: {} });
      expect(m.ok).toBe(false);
      expect(m.applied).toEqual([]);
      expect(m.issues.map((i) => [i.code, i.message])).toEqual([
        ['duplicate-version', expect.stringMatching(/found more than one migration with version 1: sql[12]\/V1__\w+\.sql and sql[12]\/V1__\w+\.sql/)],
      ]);
    } finally {
      await scratch.dispose();
    }
  }, 120_000);
});
