/**
 * `create` writes the header of the guide's templates (§3.2, §7.1) and its files lint clean with the
 * real lint command, migration-documented included: under our layout, with `transactions: runner`,
 * and under Flyway's undo naming.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCreate } from '../../src/commands/db.js';
import { runCli } from '../helpers/cli.js';
import { tmpProject } from '../helpers/tmp.js';

/** git sees no global or system configuration: only what a test sets in the repository. */
const NO_GLOBAL_GIT = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const NOW = new Date('2026-03-07T23:30:00Z');

function gitRepo(files: Record<string, string>, user: string): string {
  const dir = tmpProject(files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...NO_GLOBAL_GIT }, stdio: 'ignore' });
  git('init', '-q');
  git('config', 'user.name', user);
  return dir;
}

async function lintClean(dir: string): Promise<void> {
  const r = await runCli(dir, ['lint', '--format', 'json', '--fail-on', 'warning']);
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout).findings).toEqual([]);
  expect(r.code).toBe(0);
}

describe('create writes the documentation header', () => {
  it("author from the repository's git config, the given date, a Description from the name, the Rollback it creates", async () => {
    const dir = gitRepo({ 'migrations/V001__init.sql': '-- V001__init.sql\n' }, 'Ada Lovelace');
    const r = await runCreate({ cwd: dir, paths: [], name: 'add_user_preferences', now: NOW, env: NO_GLOBAL_GIT });
    expect(r).toEqual({ version: '002', migration: 'migrations/V002__add_user_preferences.sql', rollback: 'migrations/rollback/V002__rollback.sql' });
    const migration = readFileSync(join(dir, r.migration), 'utf8');
    expect(migration.split('\n').slice(0, 5)).toEqual([
      '-- V002__add_user_preferences.sql',
      '-- Author: Ada Lovelace',
      '-- Date: 2026-03-07',
      '-- Description: Add user preferences.',
      '-- Rollback: migrations/rollback/V002__rollback.sql',
    ]);
    const rollback = readFileSync(join(dir, r.rollback), 'utf8');
    expect(rollback.split('\n').slice(0, 4)).toEqual([
      '-- rollback/V002__rollback.sql',
      '-- Rollback for: V002__add_user_preferences.sql',
      '-- Author: Ada Lovelace',
      '-- Date: 2026-03-07',
    ]);
    // V001 (only its name line) has findings of its own; the created pair adds none.
    const r2 = await runCli(dir, ['lint', '--format', 'json']);
    expect(JSON.parse(r2.stdout).findings.map((f: { file: string }) => f.file)).not.toContain(r.migration);
    expect(JSON.parse(r2.stdout).findings.map((f: { file: string }) => f.file)).not.toContain(r.rollback);
  });

  it('the created files lint clean, warnings included, with the CLI', async () => {
    const dir = gitRepo({ 'migrations/.keep': '' }, 'Grace Hopper');
    const created = await runCli(dir, ['create', '--name', 'create_gift_cards'], { env: NO_GLOBAL_GIT });
    expect(created.code).toBe(0);
    expect(readFileSync(join(dir, 'migrations/V001__create_gift_cards.sql'), 'utf8')).toContain('\n-- Author: Grace Hopper\n');
    await lintClean(dir);
  });

  it('with transactions: runner, and under Flyway with its undo files (rollbackPattern U{version}__{description}.sql)', async () => {
    for (const yml of ['transactions: runner\n', 'runner: flyway\nrollbackPattern: U{version}__{description}.sql\n']) {
      const dir = gitRepo({ 'migration-guard.yml': yml, 'migrations/.keep': '' }, 'Edsger Dijkstra');
      const r = await runCreate({ cwd: dir, paths: [], name: 'add_note', now: NOW, env: NO_GLOBAL_GIT });
      const header = readFileSync(join(dir, r.migration), 'utf8').split('\n')[4];
      expect(header).toBe(`-- Rollback: ${r.rollback}`);
      if (yml.includes('flyway')) expect(r.rollback).toBe('migrations/U001__add_note.sql');
      await lintClean(dir);
    }
  });

  it('the Rollback line is written from the repository (the config\'s directory), wherever create runs, and lints clean from there', async () => {
    const root = gitRepo({ 'shared/migration-guard.yml': 'migrations: db\n', 'shared/db/.keep': '', 'work/.keep': '' }, 'Barbara Liskov');
    const cwd = join(root, 'work');
    const r = await runCreate({ cwd, paths: [], configPath: '../shared/migration-guard.yml', name: 'add_note', now: NOW, env: NO_GLOBAL_GIT });
    expect(r.rollback).toBe('../shared/db/rollback/V001__rollback.sql');
    expect(readFileSync(join(cwd, r.migration), 'utf8').split('\n')[4]).toBe('-- Rollback: db/rollback/V001__rollback.sql');
    const lint = await runCli(cwd, ['lint', '--config', '../shared/migration-guard.yml', '--format', 'json', '--fail-on', 'warning']);
    expect(lint.stderr).toBe('');
    expect(JSON.parse(lint.stdout).findings).toEqual([]);
    expect(lint.code).toBe(0);
  });

  it("without a git user name: the system's user name, never an empty Author", async () => {
    const dir = tmpProject({ 'migrations/.keep': '' });
    const r = await runCreate({ cwd: dir, paths: [], name: 'add_note', now: NOW, env: NO_GLOBAL_GIT });
    const author = readFileSync(join(dir, r.migration), 'utf8').split('\n')[1];
    expect(author).toBe(`-- Author: ${userInfo().username}`);
    expect(userInfo().username.length).toBeGreaterThan(0);
  });
});
