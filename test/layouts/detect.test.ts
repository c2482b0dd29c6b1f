/**
 * Which layout a run uses (#15): detectLayout from the files, the note `lint` prints about it,
 * `layout:` in migration-guard.yml (a name, or golang-migrate-style files read by a pattern of the
 * project's own), and `lint --base` on a file that holds both directions.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../src/load/layouts/index.js';
import { runCli } from '../helpers/cli.js';
import { tmpProject, writeFiles } from '../helpers/tmp.js';

const flywayName = (b: string) => /^[VR]\d*__.+\.sql$/.test(b);
const detect = (files: Record<string, string>, usesSqlx = false) =>
  detectLayout(Object.entries(files).map(([rel, text]) => ({ rel, text })), { isFlywayName: flywayName, usesSqlx });

const T = 'CREATE TABLE t (id int);\n';
const GOOSE = `-- +goose Up\n${T}-- +goose Down\nDROP TABLE t;\n`;

describe('detectLayout', () => {
  it('each layout by its files', () => {
    expect(detect({ '1_a.sql': GOOSE, '2_b.sql': GOOSE })).toEqual({ name: 'goose', reason: '2 files with `-- +goose Up`', files: 2 });
    expect(detect({ '20240101_a.sql': `-- migrate:up\n${T}-- migrate:down\n` })).toMatchObject({ name: 'dbmate' });
    expect(detect({ '2016-01-07-082941_x/up.sql': T, '2016-01-07-082941_x/down.sql': T })).toMatchObject({ name: 'diesel', reason: '1 folder with up.sql (diesel)' });
    expect(detect({ '20240101000000_init/migration.sql': T, 'migration_lock.toml': '' })).toMatchObject({ name: 'prisma' });
    expect(detect({ '1_a.up.sql': T, '1_a.down.sql': T })).toMatchObject({ name: 'golang-migrate' });
    expect(detect({ 'V1__a.sql': T, 'V2__b.sql': T })).toEqual({ name: 'flyway', reason: '2 files named as Flyway names them', files: 2 });
  });
  it('{n}_{x}.up.sql is sqlx in a project that depends on sqlx, golang-migrate otherwise; simple {n}_{x}.sql only for sqlx', () => {
    expect(detect({ '1_a.up.sql': T, '1_a.down.sql': T }, true)).toMatchObject({ name: 'sqlx' });
    expect(detect({ '1_a.sql': T, '2_b.sql': T }, true)).toMatchObject({ name: 'sqlx', reason: '2 files named {version}_{description}.sql in a project that depends on sqlx' });
    expect(detect({ '1_a.sql': T, '2_b.sql': T }, false)).toEqual({ name: 'flyway', reason: 'no migration files found', files: 0 });
  });
  it('the layout most files follow; Flyway on a tie or with nothing', () => {
    expect(detect({ 'V1__a.sql': T, '1_a.sql': GOOSE, '2_b.sql': GOOSE })).toMatchObject({ name: 'goose' });
    expect(detect({ 'V1__a.sql': T, '1_a.sql': GOOSE })).toMatchObject({ name: 'flyway' });
    expect(detect({})).toEqual({ name: 'flyway', reason: 'no migration files found', files: 0 });
    // goose and dbmate directives only count at the top level.
    expect(detect({ 'sub/1_a.sql': GOOSE })).toMatchObject({ name: 'flyway' });
  });
});

type Finding = { rule: string; file: string; line: number; message: string };
async function lint(dir: string, ...args: string[]) {
  const r = await runCli(dir, ['lint', ...args, '--format', 'json']);
  const findings: Finding[] = r.stdout ? JSON.parse(r.stdout).findings : [];
  return { ...r, findings, at: findings.map((f) => `${f.rule} ${f.file}:${f.line}`) };
}
const note = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('migration-guard: layout:'));

describe('lint: the layout note and the layout it lints with', () => {
  it('a goose directory: a note on stderr, and goose semantics (CIC in a wrapped file)', async () => {
    const dir = tmpProject({
      'migrations/1_a.sql': GOOSE,
      'migrations/2_idx.sql': '-- +goose Up\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n-- +goose Down\nDROP INDEX t_id;\n',
    });
    const r = await lint(dir, 'migrations');
    expect(note(r.stderr)).toEqual(['migration-guard: layout: goose (detected: 2 files with `-- +goose Up`; set `layout:` in migration-guard.yml to choose another)']);
    expect(r.at).toContain('transaction-wrapping migrations/2_idx.sql:2');
    expect(r.findings.find((f) => f.rule === 'transaction-wrapping')!.message).toContain('goose runs each migration in a transaction');
    // goose names: no Flyway naming finding for them.
    expect(r.at.filter((a) => a.startsWith('migration-naming'))).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('a Flyway directory: no note', async () => {
    const dir = tmpProject({ 'migrations/V1__a.sql': `BEGIN;\n${T}COMMIT;\n`, 'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE t;\nCOMMIT;\n' });
    const r = await lint(dir, 'migrations');
    expect(r.stderr).not.toContain('layout:');
  });

  it('{n}_{x}.up.sql: sqlx with a Cargo.toml that depends on sqlx, golang-migrate without', async () => {
    const files = { 'migrations/1_a.up.sql': T, 'migrations/1_a.down.sql': 'DROP TABLE t;\n', 'migrations/2_b.sql': T };
    const withCargo = tmpProject({ ...files, 'Cargo.toml': '[package]\nname = "app"\n\n[dependencies]\nsqlx = { version = "0.8", features = ["postgres"] }\n' });
    const a = await lint(withCargo, 'migrations');
    expect(note(a.stderr)[0]).toMatch(/^migration-guard: layout: sqlx \(detected: 3 files named \{version\}_\{description\}\.sql in a project that depends on sqlx;/);
    // 2_b.sql is a simple sqlx migration, not a bad name.
    expect(a.at.filter((x) => x.startsWith('migration-naming'))).toEqual([]);
    expect(a.findings.find((f) => f.rule === 'rollback-missing' && f.file === 'migrations/2_b.sql')!.message).toContain('a simple sqlx migration has no down');

    const without = tmpProject(files);
    const b = await lint(without, 'migrations');
    expect(note(b.stderr)[0]).toMatch(/^migration-guard: layout: golang-migrate \(detected: 2 files named/);
    expect(b.findings.filter((f) => f.rule === 'migration-naming').map((f) => f.file)).toEqual(['migrations/2_b.sql']);
  });

  it('`layout: diesel` in migration-guard.yml overrides detection (no note)', async () => {
    const dir = tmpProject({
      'migration-guard.yml': 'layout: diesel\n',
      // Files goose would claim; diesel reads only folders.
      'migrations/1_a.sql': GOOSE,
      'migrations/2016-01-07-082941_x/up.sql': 'CREATE INDEX CONCURRENTLY t_id ON t (id);\n',
      'migrations/2016-01-07-082941_x/down.sql': 'DROP INDEX CONCURRENTLY t_id;\n',
    });
    const r = await lint(dir, 'migrations');
    expect(note(r.stderr)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'migration-naming').map((f) => f.file)).toEqual(['migrations/1_a.sql']);
    expect(r.findings.find((f) => f.file === 'migrations/2016-01-07-082941_x/up.sql' && f.rule === 'transaction-wrapping')!.message).toContain('diesel runs each migration in a transaction');
  });

  it('an unknown layout name: exit 2 with a did-you-mean at file:line:col', async () => {
    const dir = tmpProject({ 'migration-guard.yml': '# settings\nlayout: gose\n', 'migrations/1_a.sql': GOOSE });
    const r = await runCli(dir, ['lint', 'migrations']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/migration-guard\.yml:2:9/);
    expect(r.stderr).toContain('(got "gose"); did you mean "goose"?');
  });

  it('pattern for a layout other than golang-migrate: exit 2', async () => {
    const dir = tmpProject({ 'migration-guard.yml': 'layout: {name: goose, pattern: x}\n', 'migrations/1_a.sql': GOOSE });
    const r = await runCli(dir, ['lint', 'migrations']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pattern, transaction and replace are for golang-migrate-style files only');
    expect(r.stderr).toMatch(/migration-guard\.yml:1:9/);
  });

  it('golang-migrate with a pattern and transaction: true reads authelia-style names, CIC wrapped → error', async () => {
    const dir = tmpProject({
      'migration-guard.yml': "layout: {name: golang-migrate, pattern: '^V(?<version>\\d{4})\\.(?<description>[^.]+)\\.(?<direction>up|down)\\.sql$', transaction: true}\n",
      'migrations/V0001.Initial_Schema.up.sql': T,
      'migrations/V0001.Initial_Schema.down.sql': 'DROP TABLE t;\n',
      'migrations/V0002.Index.up.sql': 'CREATE INDEX CONCURRENTLY t_id ON t (id);\n',
      'migrations/V0002.Index.down.sql': 'DROP INDEX t_id;\n',
      'migrations/0003_plain.up.sql': T,
    });
    const r = await lint(dir, 'migrations');
    expect(note(r.stderr)).toEqual([]);
    expect(r.at).toContain('transaction-wrapping migrations/V0002.Index.up.sql:1');
    expect(r.findings.find((f) => f.rule === 'transaction-wrapping')!.message).toContain("the project's runner runs each migration in a transaction (layout transaction: true)");
    // The pattern is the grammar: a golang-migrate name the pattern does not match is not read.
    expect(r.findings.filter((f) => f.rule === 'migration-naming').map((f) => f.file)).toEqual(['migrations/0003_plain.up.sql']);
    // Paired by the pattern's version: no rollback-missing for V0001/V0002.
    expect(r.findings.filter((f) => f.rule === 'rollback-missing')).toEqual([]);
  });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });

describe('lint --base with goose', () => {
  it('only the changed file is reported, both its sections', async () => {
    const dir = tmpProject({
      // Merged before, with findings of its own (no header, a wrapped CIC).
      'migrations/1_old.sql': '-- +goose Up\nCREATE TABLE old (id int);\nCREATE INDEX CONCURRENTLY old_id ON old (id);\n-- +goose Down\nDROP TABLE old;\n',
    });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'checkout', '-qb', 'feature');
    writeFiles(dir, {
      'migrations/2_new.sql': '-- +goose Up\nCREATE INDEX CONCURRENTLY old_id2 ON old (id);\n\n-- +goose Down\nSELECT 1;\nDROP INDEX CONCURRENTLY old_id2;\n',
    });
    const r = await lint(dir, 'migrations', '--base', 'main');
    expect(r.findings.length).toBeGreaterThan(0);
    expect(new Set(r.findings.map((f) => f.file))).toEqual(new Set(['migrations/2_new.sql']));
    // The up section (line 2) and the down section (line 6).
    expect(r.at).toContain('transaction-wrapping migrations/2_new.sql:2');
    expect(r.at).toContain('transaction-wrapping migrations/2_new.sql:6');
    // Without --base the merged file is linted too.
    const all = await lint(dir, 'migrations');
    expect(all.findings.map((f) => f.file)).toContain('migrations/1_old.sql');
  });
});

describe('lint --base with diesel', () => {
  it("a change to a migration's metadata.toml alone is a change of that migration", async () => {
    const dir = tmpProject({
      'migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id int);\n',
      'migrations/2024-01-01-000000_users/down.sql': 'DROP TABLE users;\n',
      'migrations/2024-01-02-000000_idx/up.sql': 'CREATE INDEX CONCURRENTLY users_id ON users (id);\n',
      'migrations/2024-01-02-000000_idx/down.sql': 'DROP INDEX CONCURRENTLY users_id;\n',
      'migrations/2024-01-02-000000_idx/metadata.toml': 'run_in_transaction = false\n',
    });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'checkout', '-qb', 'feature');
    expect((await lint(dir, 'migrations', '--base', 'main')).findings).toEqual([]);
    // The PR removes the setting: diesel now runs the CONCURRENTLY inside its transaction.
    writeFiles(dir, { 'migrations/2024-01-02-000000_idx/metadata.toml': '# run in a transaction again\nrun_in_transaction = true\n' });
    const r = await lint(dir, 'migrations', '--base', 'main');
    expect(new Set(r.findings.map((f) => f.file))).toEqual(new Set(['migrations/2024-01-02-000000_idx/up.sql', 'migrations/2024-01-02-000000_idx/down.sql']));
    expect(r.at).toContain('transaction-wrapping migrations/2024-01-02-000000_idx/up.sql:1');
  });
});
