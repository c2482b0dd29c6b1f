/**
 * The backup a deploy takes before it changes a production database (the guide's §7.2, "backup
 * plan in place"): `pg_dump --format=custom` of the target database to a timestamped file, or the
 * configured command. The connection reaches the child through libpq's environment variables
 * (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, …), never its command line, so no
 * password shows in `ps` or in a log. Pure helpers first; the child processes at the end.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { BackupSettings } from '../load/settings.js';
import { maskSecrets, parseDbUrl } from './url.js';

export type { BackupSettings };

/** What the deploy did about a backup; printed by the CLI, an output of the Action. */
export type BackupOutcome =
  /** `file`: absolute path; `bytes`: its size; `ms`: how long the command ran. */
  | { status: 'taken'; file: string; bytes: number; ms: number; tool: string }
  /** Production, but nothing to apply or roll back. */
  | { status: 'skipped'; reason: string }
  /** `backup: { none: reason }`. */
  | { status: 'disabled'; reason: string }
  /** A dry run / plan: what would be backed up, and where to. */
  | { status: 'planned'; file: string; tool: string; database: string };

/**
 * libpq's environment variables for a postgres:// URL (libpq "Environment Variables", PostgreSQL
 * docs §34.15): only what the URL says, so anything else keeps what the environment had.
 * node-postgres's `sslmode=no-verify` is libpq's `require` (encrypted, certificate unchecked).
 */
export function libpqEnv(url: string): Record<string, string> {
  const u = parseDbUrl(url);
  const env: Record<string, string> = {};
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') env[name] = String(value);
  };
  const p = u.params;
  set('PGHOST', p['host'] || u.host);
  set('PGPORT', p['port'] || u.port);
  set('PGUSER', p['user'] || u.user);
  set('PGPASSWORD', p['password'] || u.password);
  set('PGDATABASE', p['dbname'] || u.database);
  set('PGSSLMODE', p['sslmode'] === 'no-verify' ? 'require' : p['sslmode']);
  set('PGSSLROOTCERT', p['sslrootcert']);
  set('PGSSLCERT', p['sslcert']);
  set('PGSSLKEY', p['sslkey']);
  set('PGAPPNAME', p['application_name']);
  set('PGCONNECT_TIMEOUT', p['connect_timeout']);
  set('PGOPTIONS', p['options']);
  return env;
}

/** `app-20261130T132740Z.dump`: the database name (file-name safe) and the UTC time to the second. */
export function backupFileName(database: string, now: Date): string {
  const safe = database.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^\.+/, '') || 'database';
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
  return `${safe}-${stamp}.dump`;
}

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → { major: 15, version: "15.20" }; 9.6 → major 9.6. */
export function parsePgDumpVersion(text: string): { major: number; version: string } | undefined {
  const m = /\bpg_dump \(PostgreSQL\) ((\d+)(?:\.(\d+))?[\w.]*)/.exec(text);
  if (!m) return undefined;
  const first = Number(m[2]);
  return { major: first >= 10 ? first : Number(`${first}.${m[3] ?? 0}`), version: m[1]! };
}

/** server_version_num (e.g. 150020) → major version (15; 90624 → 9.6). */
export function serverMajor(versionNum: number): number {
  return versionNum >= 100000 ? Math.floor(versionNum / 10000) : Math.floor(versionNum / 10000) + (Math.floor(versionNum / 100) % 100) / 10;
}

/**
 * Why this pg_dump cannot dump this server, or undefined. pg_dump refuses a server of a newer
 * major version than its own ("aborting because of server version mismatch": pg_dump.c, the
 * check after connecting); an older server it dumps (back to 9.2 for pg_dump 15+).
 */
export function pgDumpMismatch(client: { major: number; version: string }, server: { major: number; version: string }, pgDump: string): string | undefined {
  if (client.major >= server.major) return undefined;
  return (
    `the backup cannot be taken: ${pgDump} is pg_dump ${client.version}, older than the server (PostgreSQL ${server.version}), and pg_dump refuses a server of a newer major version ("aborting because of server version mismatch"). ` +
    `Install the PostgreSQL ${server.major} client and point backup.pgDump at its pg_dump: on Debian/Ubuntu (GitHub's runners) add the PGDG apt repository (https://wiki.postgresql.org/wiki/Apt) and run ` +
    `\`sudo apt-get install -y postgresql-client-${server.major}\`, then set backup.pgDump: /usr/lib/postgresql/${server.major}/bin/pg_dump; on macOS \`brew install postgresql@${server.major}\`. Nothing was changed`
  );
}

export interface BackupPlan {
  settings: BackupSettings;
  /** The target database (postgres://); its password reaches the child only as PGPASSWORD. */
  url: string;
  /** Directory `settings.directory` is relative to (the config file's). */
  baseDir: string;
  environment: string;
  /** The database's name (current_database()). */
  database: string;
  /** Inherited by the child (PATH …); the URL's PG* variables override it. */
  env: NodeJS.ProcessEnv;
  now: Date;
  /** How the tool is named in messages (default: from the settings). */
  tool?: string;
  /** Called once the file name is chosen, before the command starts. */
  onStart?: (tool: string, file: string) => void;
}

/** The file the backup goes to (absolute), and how it is taken, in words. */
export function plannedBackup(p: BackupPlan): { file: string; tool: string } {
  const file = join(resolve(p.baseDir, p.settings.directory), backupFileName(p.database, p.now));
  return { file, tool: p.settings.command ? `backup.command (${p.settings.command})` : `${p.settings.pgDump} --format=custom` };
}

/** `{file}` in a custom command, quoted for sh. */
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  error?: NodeJS.ErrnoException;
}

/** Runs a child; keeps the last 8 KiB of stdout and stderr. Never rejects. */
function runChild(file: string, args: string[], env: NodeJS.ProcessEnv, shell = false): Promise<ChildResult> {
  return new Promise((done) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const keep = (list: Buffer[], b: Buffer) => {
      list.push(b);
      while (list.length > 1 && list.reduce((n, x) => n + x.length, 0) > 8192) list.shift();
    };
    const child = spawn(file, args, { env, shell, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (b: Buffer) => keep(out, b));
    child.stderr.on('data', (b: Buffer) => keep(err, b));
    let error: NodeJS.ErrnoException | undefined;
    child.on('error', (e) => (error = e));
    child.on('close', (code, signal) =>
      done({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8').slice(-4000), ...(error ? { error } : {}) }),
    );
  });
}

/** The child's environment: the inherited one (PATH…) with the URL's connection on top. */
export function childEnv(env: NodeJS.ProcessEnv, url: string): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], ...env, ...(/^postgres(ql)?:\/\//i.test(url) ? libpqEnv(url) : {}) };
}

/** `pg_dump --version` of the configured pg_dump; a missing binary is a UsageError saying what to install. */
export async function pgDumpVersion(pgDump: string, env: NodeJS.ProcessEnv): Promise<{ major: number; version: string }> {
  const r = await runChild(pgDump, ['--version'], env);
  if (r.error?.code === 'ENOENT') {
    throw new UsageError(`the backup cannot be taken: ${pgDump} not found. Install the PostgreSQL client of the server's major version (postgresql-client-NN), or set backup.pgDump to its path, or backup.command`);
  }
  const v = parsePgDumpVersion(r.stdout);
  if (r.error || r.code !== 0 || !v) {
    throw new UsageError(`the backup cannot be taken: \`${pgDump} --version\` ${r.error ? `failed: ${r.error.message}` : `printed "${(r.stdout + r.stderr).trim().slice(0, 200)}"`}, not pg_dump's version`);
  }
  return v;
}

/**
 * Runs the backup: pg_dump (--format=custom --no-password --file=FILE, the database from
 * PGDATABASE), or `settings.command` through sh with `{file}` replaced by the quoted path and the
 * environment MIGRATION_GUARD_BACKUP_FILE, MIGRATION_GUARD_DATABASE, MIGRATION_GUARD_ENVIRONMENT
 * plus libpq's PG* variables. Throws a UsageError — the command, its exit and its stderr, the
 * password masked — when it fails or leaves no file or an empty one (a partial file is removed).
 */
export async function takeBackup(p: BackupPlan): Promise<BackupOutcome & { status: 'taken' }> {
  const planned = plannedBackup(p);
  const tool = p.tool ?? planned.tool;
  // A dump holds every row: readable by its owner only (a directory created here, and the file).
  mkdirSync(resolve(p.baseDir, p.settings.directory), { recursive: true, mode: 0o700 });
  // Never over an earlier backup (two runs in the same second): app-…Z-2.dump.
  let file = planned.file;
  for (let n = 2; existsSync(file); n++) file = planned.file.replace(/\.dump$/, `-${n}.dump`);
  const env = childEnv(p.env, p.url);
  p.onStart?.(tool, file);
  const started = Date.now();
  const command = p.settings.command;
  const r = command
    ? await runChild(command.split('{file}').join(shellQuote(file)), [], {
        ...env,
        MIGRATION_GUARD_BACKUP_FILE: file,
        MIGRATION_GUARD_DATABASE: p.database,
        MIGRATION_GUARD_ENVIRONMENT: p.environment,
      }, true)
    : await runChild(p.settings.pgDump, ['--format=custom', '--no-password', `--file=${file}`], env);
  const ms = Date.now() - started;
  const fail = (what: string): never => {
    rmSync(file, { force: true });
    throw new UsageError(maskSecrets(`the backup failed, so nothing was changed: ${tool} ${what}`, p.url));
  };
  const stderr = r.stderr.trim();
  if (r.error) fail(`could not be run (${r.error.code ?? r.error.message})`);
  if (r.code !== 0) fail(`${r.signal ? `was killed by ${r.signal}` : `exited with code ${r.code}`}${stderr ? `: ${stderr}` : ' and printed nothing on stderr'}`);
  let bytes = 0;
  try {
    bytes = statSync(file).size;
  } catch {
    fail(`exited with code 0 but wrote no file at ${file}${command ? ' (write it to {file} or $MIGRATION_GUARD_BACKUP_FILE)' : ''}`);
  }
  if (bytes === 0) fail(`exited with code 0 but wrote an empty file ${file}`);
  chmodSync(file, 0o600);
  return { status: 'taken', file, bytes, ms, tool };
}
