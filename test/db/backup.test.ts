/**
 * The backup before a production deploy (issue #14 §3), on the real server with the real
 * pg_dump 15 client: the file is a custom-format archive pg_restore reads, taken before the
 * migration runs; a failing backup refuses the migrate and changes nothing; the password reaches
 * pg_dump only through PGPASSWORD; a pg_dump older than the server is caught before anything runs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScratch, type Scratch } from '../../src/db/engine.js';
import { backupFileName, libpqEnv, parsePgDumpVersion, serverMajor } from '../../src/db/backup.js';
import { runCli } from '../helpers/cli.js';
import { TEST_DATABASE_URL } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject, writeFiles } from '../helpers/tmp.js';

const env = { PATH: process.env['PATH'] };
const V1 = 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY);\nCOMMIT;\n';
const V2 = 'BEGIN;\nCREATE TABLE orders (id bigint PRIMARY KEY);\nCOMMIT;\n';
const rb = (t: string) => `BEGIN;\nDROP TABLE ${t};\nCOMMIT;\n`;

const yml = (backup: string) => `environments:\n  development: {}\n  production:\n    production: true\n${backup ? `    backup: ${backup}\n` : ''}`;

/** A script in `dir`; returns its path. */
function script(dir: string, name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

const realPgDump = spawnSync('sh', ['-c', 'command -v pg_dump'], { encoding: 'utf8' }).stdout.trim();

describe('pure pieces', () => {
  it('reads pg_dump --version and server_version_num as their majors', () => {
    expect(parsePgDumpVersion('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n')).toEqual({ major: 15, version: '15.20' });
    expect(parsePgDumpVersion('pg_dump (PostgreSQL) 9.6.24\n')).toEqual({ major: 9.6, version: '9.6.24' });
    expect(parsePgDumpVersion('psql (PostgreSQL) 15.2')).toBeUndefined();
    expect(serverMajor(150020)).toBe(15);
    expect(serverMajor(90624)).toBe(9.6);
  });
  it('names the file after the database and the UTC second; the URL becomes libpq variables', () => {
    expect(backupFileName('app', new Date('2026-11-30T13:27:40.123Z'))).toBe('app-20261130T132740Z.dump');
    expect(backupFileName('../evil db', new Date('2026-01-02T03:04:05Z'))).toBe('_evil_db-20260102T030405Z.dump');
    expect(libpqEnv('postgres://u%40x:p%23w@db.example:6543/app?sslmode=require&application_name=mg')).toEqual({
      PGHOST: 'db.example',
      PGPORT: '6543',
      PGUSER: 'u@x',
      PGPASSWORD: 'p#w',
      PGDATABASE: 'app',
      PGSSLMODE: 'require',
      PGAPPNAME: 'mg',
    });
  });
});

describe('backup before a production deploy [postgres]', () => {
  const role = `mg_backup_${process.pid}_${Date.now().toString(36)}`;
  const password = `pw-${Math.random().toString(36).slice(2)}-secret`;
  let scratch: Scratch;
  let url: string;
  let dir: string;
  const psql = (sql: string) => spawnSync('psql', [url, '-Atc', sql], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: '' } }).stdout.trim();
  const cli = (...args: string[]) => runCli(dir, [...args, '--database-url', url], { env });
  const dumps = () => (existsSync(join(dir, 'dumps')) ? readdirSync(join(dir, 'dumps')) : []);

  beforeAll(async () => {
    scratch = await openScratch(TEST_DATABASE_URL, { roles: [role] });
    const admin = new URL(await urlOf(scratch.db));
    // A login role with a password, owning the schema the migrations go to.
    await scratch.db.exec(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    await scratch.db.exec(`ALTER SCHEMA public OWNER TO ${role}`);
    admin.username = role;
    admin.password = password;
    url = admin.toString();
    dir = tmpProject({ 'migration-guard.yml': yml('{ directory: dumps }'), 'migrations/V1__users.sql': V1, 'migrations/rollback/V1__rollback.sql': rb('users') });
    // V1 applied on development: no backup there.
    const first = await cli('migrate', '--environment', 'development');
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain('Backup');
    writeFiles(dir, { 'migrations/V2__orders.sql': V2, 'migrations/rollback/V2__rollback.sql': rb('orders') });
  });
  afterAll(async () => {
    await scratch.dispose();
  });

  it('--dry-run says what would be backed up and takes nothing', async () => {
    const r = await cli('migrate', '--dry-run', '--environment', 'production');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Backup: would run pg_dump 15\.\d+ \(pg_dump\) --format=custom of database "mg_check_\w+" to dumps\/mg_check_\w+-\d{8}T\d{6}Z\.dump/m);
    expect(dumps()).toEqual([]);
  });

  it('a pg_dump older than the server is explained before anything runs (a stand-in client that prints an older version)', async () => {
    // Not a database mock: a stand-in for the client binary, so that an old pg_dump need not be installed.
    const calls = join(dir, 'old-calls.txt');
    const old = script(dir, 'old-pg_dump', `echo "$@" >> '${calls}'\necho 'pg_dump (PostgreSQL) 13.11'`);
    writeFiles(dir, { 'migration-guard.yml': yml(`{ directory: dumps, pgDump: ${old} }`) });
    for (const args of [['migrate'], ['migrate', '--dry-run']]) {
      const r = await cli(...args, '--environment', 'production');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${old} is pg_dump 13.11, older than the server (PostgreSQL 15.`);
      expect(r.stderr).toContain('sudo apt-get install -y postgresql-client-15');
      expect(r.stderr).toContain('backup.pgDump: /usr/lib/postgresql/15/bin/pg_dump');
    }
    expect(readFileSync(calls, 'utf8')).toBe('--version\n--version\n');
    writeFiles(dir, { 'migration-guard.yml': yml('{ directory: dumps, pgDump: /nonexistent/pg_dump }') });
    const missing = await cli('migrate', '--environment', 'production');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the backup cannot be taken: /nonexistent/pg_dump not found. Install the PostgreSQL client');
    expect(psql("SELECT to_regclass('public.orders') IS NULL")).toBe('t');
    expect(dumps()).toEqual([]);
  });

  it('a failing pg_dump refuses the migrate: database and history unchanged, partial file removed, stderr named', async () => {
    // A real pg_dump failure: the role may not read a schema of the database it dumps.
    await scratch.db.exec('CREATE SCHEMA locked; CREATE TABLE locked.t (id int)');
    writeFiles(dir, { 'migration-guard.yml': yml('{ directory: dumps }') });
    const historyBefore = psql('SELECT count(*) FROM flyway_schema_history');
    const r = await cli('migrate', '--environment', 'production').finally(() => scratch.db.exec('DROP SCHEMA locked CASCADE'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the backup failed, so nothing was changed: pg_dump 15.');
    expect(r.stderr).toMatch(/exited with code 1: pg_dump: error: .*permission denied for schema locked/);
    expect(psql("SELECT to_regclass('public.orders') IS NULL")).toBe('t');
    expect(psql('SELECT count(*) FROM flyway_schema_history')).toBe(historyBefore);
    expect(dumps()).toEqual([]);
  });

  it('a custom command that fails, or writes nothing, refuses too', async () => {
    for (const [command, message] of [
      ['"echo no space left >&2; exit 3"', 'exited with code 3: no space left'],
      // What a command prints of the connection is masked too.
      [`'echo "auth failed for $PGUSER with $PGPASSWORD" >&2; exit 1'`, `exited with code 1: auth failed for ${role} with ***`],
      ['"true"', 'exited with code 0 but wrote no file at'],
      ['": > {file}"', 'exited with code 0 but wrote an empty file'],
    ]) {
      writeFiles(dir, { 'migration-guard.yml': yml(`{ directory: dumps, command: ${command} }`) });
      const r = await cli('migrate', '--environment', 'production');
      expect(r.code, command).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toContain(password);
      expect(psql("SELECT to_regclass('public.orders') IS NULL")).toBe('t');
    }
    expect(dumps()).toEqual([]);
  });

  it('takes the backup with the password only in PGPASSWORD, then migrates; the archive is what was there before', async () => {
    // A wrapper around the real pg_dump that records its argv and what PGPASSWORD it was given.
    const argvLog = join(dir, 'argv.txt');
    const pwLog = join(dir, 'pgpassword.txt');
    const wrapper = script(dir, 'pg_dump-wrapper', `echo "$@" >> '${argvLog}'\nprintf %s "$PGPASSWORD" > '${pwLog}'\nexec '${realPgDump}' "$@"`);
    writeFiles(dir, { 'migration-guard.yml': yml(`{ directory: dumps, pgDump: ${wrapper} }`) });
    const r = await cli('migrate', '--environment', 'production');
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const [file] = dumps();
    // Said before it starts, and before the migration.
    expect(r.stderr).toMatch(new RegExp(`^backing up with pg_dump 15\\.\\d+ .* to dumps/${file}\\n[^]*applying migrations/V2__orders\\.sql`));
    expect(file).toMatch(/^mg_check_\w+-\d{8}T\d{6}Z\.dump$/);
    expect(r.stdout).toMatch(new RegExp(`^Backup: dumps/${file} \\(\\d+(\\.\\d)? (B|KiB), pg_dump 15\\.\\d+ \\(.*pg_dump-wrapper\\) --format=custom, \\d+(\\.\\d)? m?s\\)$`, 'm'));
    expect(r.stdout).toContain('applied V2__orders.sql');
    const list = spawnSync('pg_restore', ['--list', join(dir, 'dumps', file!)], { encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(statSync(join(dir, 'dumps', file!)).mode & 0o777).toBe(0o600);
    expect(list.stdout).toMatch(/TABLE public users /);
    expect(list.stdout).toMatch(/TABLE public flyway_schema_history /);
    expect(list.stdout).not.toMatch(/TABLE public orders /); // taken before V2 ran
    expect(psql("SELECT to_regclass('public.orders') IS NOT NULL")).toBe('t');
    const argv = readFileSync(argvLog, 'utf8');
    expect(argv).toContain('--format=custom --no-password --file=');
    expect(argv).not.toContain(password);
    expect(readFileSync(pwLog, 'utf8')).toBe(password);
    expect(r.stdout + r.stderr).not.toContain(password);
  });

  it('nothing pending: no backup, and it says so; backup none prints its reason on every run', async () => {
    writeFiles(dir, { 'migration-guard.yml': yml('{ directory: dumps }') });
    const r = await cli('migrate', '--environment', 'production');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Backup: not taken: nothing to apply, so no backup was taken');
    expect(dumps()).toHaveLength(1);
    writeFiles(dir, { 'migration-guard.yml': yml('{ none: "point-in-time recovery of the managed service" }') });
    for (const args of [['migrate'], ['migrate', '--dry-run'], ['rollback', '--force-production', '--to', '1']]) {
      const n = await cli(...args, '--environment', 'production');
      expect(n.stdout).toContain('Backup: none (backup.none: point-in-time recovery of the managed service)');
    }
    expect(dumps()).toHaveLength(1);
  });

  it('rollback on production (forced) takes a backup first', async () => {
    await cli('migrate', '--environment', 'development');
    writeFiles(dir, { 'migration-guard.yml': yml('{ directory: dumps }') });
    const r = await cli('rollback', '--force-production', '--environment', 'production');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Backup: dumps\/mg_check_\w+-\d{8}T\d{6}Z(-2)?\.dump/m);
    expect(r.stdout).toContain('rolled back 2');
    expect(dumps()).toHaveLength(2);
  });
});

describe('backup configuration', () => {
  const lint = async (backup: string) => runCli(tmpProject({ 'migration-guard.yml': yml(backup), 'migrations/V1__users.sql': V1, 'migrations/rollback/V1__rollback.sql': rb('users') }), ['lint'], { env });
  it('backup: none needs a reason; unknown keys and none with others are errors at their line', async () => {
    expect((await lint('none')).stderr).toContain('migration-guard.yml:5:13: environments.production.backup: none needs its reason');
    expect((await lint('{ none: "" }')).stderr).toContain('environments.production.backup.none must be a non-empty string');
    expect((await lint('{ none: "  " }')).stderr).toContain('environments.production.backup.none must not be blank');
    expect((await lint('{ none: x, directory: d }')).stderr).toContain('backup: none turns the backup off; it takes no other key');
    expect((await lint('{ dirctory: d }')).stderr).toContain('unknown key "dirctory" in environments.production.backup (did you mean "directory"?)');
    expect((await lint('{ none: "restored from snapshots" }')).code).toBe(0);
  });
});
