/**
 * The database commands (status, migrate, validate, rollback, repair, reset) and `create`:
 * config + migrations (as for lint) → a connection → the runner → a structured result.
 * Shared by the CLI; printing is left to the caller.
 *
 * The database is `--database-url` or DATABASE_URL: a postgres:// URL, or `pglite:DIR` for an
 * embedded PostgreSQL kept in a directory (a local database without a server). There is no
 * silent fallback to a throw-away database. Passwords never appear in messages.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigError, UsageError } from '../errors.js';
import type { Config } from '../load/config.js';
import { authorName } from '../load/git.js';
import { compareVersions } from '../load/version.js';
import type { Project } from '../model/project.js';
import { asDbError, connect, maskSecrets, openPglite, type ConnectOptions, type Db } from '../db/engine.js';
import { requestedExtensions } from '../db/extensions.js';
import { managedSchemas, measureRun, type MeasureOptions, type Measured, type RunMetrics } from '../db/metrics.js';
import { parseDbUrl, toPostgresUrl } from '../db/url.js';
import {
  assertCleanAllowed,
  Runner,
  type DryRunResult,
  type MigrateResult,
  type RepairResult,
  type ResetResult,
  type RollbackResult,
  type RunnerOptions,
  type StatusResult,
  type ValidateResult,
} from '../db/runner.js';
import { appliedOnUrl, beforeMigrate, beforeRollback, type DeployChecks } from './deploy.js';
import { loadProjects, type LintRequest } from './lint.js';

export interface DbRequest extends Omit<LintRequest, 'base'> {
  /** --database-url; falls back to env.DATABASE_URL. */
  databaseUrl?: string;
  env: NodeJS.ProcessEnv;
  onProgress?: RunnerOptions['onProgress'];
  /** Tests: shorter waits. */
  runner?: Omit<RunnerOptions, 'onProgress'>;
  connectRetryDelayMs?: number;
  /** Each wait between connection attempts (connectRetries), as Flyway prints it. */
  onConnectRetry?: ConnectOptions['onRetry'];
  /** migrate --target VERSION (Flyway's target): apply pending migrations up to this version. */
  target?: string;
  /** migrate --dry-run: print what would run, in order, and apply nothing. */
  dryRun?: boolean;
  /** --applied-on-database-url: the database of the environment named by requireAppliedOn (deploy.ts). */
  appliedOnDatabaseUrl?: string;
  /** The backup is starting (deploy.ts): the tool and the file, for a progress line. */
  onBackupStart?: (tool: string, file: string) => void;
}

/**
 * The one migration set a database command works on: the configured locations (`migrations` and
 * `locations:`; all of them when DIRs name them, as Flyway's `locations`), or one other directory.
 */
export async function loadSingleProject(req: Omit<LintRequest, 'base'>): Promise<{ config: Config; project: Project }> {
  const { config, projects } = await loadProjects({ ...req, paths: req.paths });
  if (projects.length !== 1 || projects[0]!.targets) {
    throw new UsageError(
      'database commands take one migration set: its directory, or all the configured locations (default: `migrations` and `locations:` of the config), not files or some of the locations',
    );
  }
  const project = projects[0]!.project;
  // Another runner's migrations: its semantics are modelled for lint and check only (issue #15).
  if (project.layout) {
    throw new UsageError(
      `${project.root} holds ${project.layout.name} migrations (layout: ${project.layout.name}): migration-guard's database commands apply Flyway-layout migrations only, ` +
        `so ${project.layout.runner} applies these; \`migration-guard lint\` and \`migration-guard check\` check them as ${project.layout.runner} runs them`,
    );
  }
  return { config, project };
}

/**
 * --database-url, else DATABASE_URL, else Flyway's url / user / password (config file, FLYWAY_*);
 * a jdbc:postgresql URL is converted (src/db/url.ts, toPostgresUrl).
 */
export function databaseUrl(req: Pick<DbRequest, 'databaseUrl' | 'env'>, config?: Pick<Config, 'databaseUrl' | 'databaseUrlFromCommandLine'>): string {
  const given = req.databaseUrl ?? (config?.databaseUrlFromCommandLine ? undefined : req.env['DATABASE_URL']);
  const url = given === undefined ? config?.databaseUrl : toPostgresUrl(given).url;
  if (!url) {
    throw new UsageError(
      "no database: pass --database-url URL (the Action: the database-url input) or set DATABASE_URL (postgres://user@host:5432/db, or pglite:DIR for an embedded database kept in DIR), or give Flyway's url (flyway.conf, flyway.toml, FLYWAY_URL)",
    );
  }
  return url;
}

/**
 * A postgres:// URL (checked first, then connected with connectRetries) or pglite:DIR, started
 * with the bundled extensions in `extensions`.
 */
export async function openDatabase(
  url: string,
  cwd: string,
  config: Config,
  retryDelayMs?: number,
  onRetry?: ConnectOptions['onRetry'],
  extensions: Iterable<string> = [],
): Promise<Db> {
  if (url.startsWith('pglite:')) {
    const dir = url.slice('pglite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!dir) throw new UsageError('pglite: needs a directory, e.g. --database-url pglite:.pgdata');
    const full = resolve(cwd, dir);
    mkdirSync(full, { recursive: true });
    try {
      return await openPglite(full, extensions);
    } catch (e) {
      throw new UsageError(`cannot open embedded database in ${dir}: ${(e as Error).message}`);
    }
  }
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new UsageError(`database URL must start with postgres:// or postgresql:// (or be pglite:DIR), got a URL starting with "${/^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? url.slice(0, 1)}"`);
  }
  parseDbUrl(url); // a malformed URL: a usage error that names the problem, the password masked
  return connect(url, { connectRetries: config.connectRetries, retryDelayMs, onRetry });
}

/** Loads, connects, runs, closes; database failures become one masked line (exit 2). */
async function withRunner<T>(req: DbRequest, check: (config: Config) => void, fn: (runner: Runner, ctx: { config: Config; url: string }) => Promise<T>): Promise<T> {
  const loaded = await loadSingleProject(req);
  const { config } = loaded;
  check(config);
  const url = databaseUrl(req, config);
  const db = await openDatabase(url, req.cwd, config, req.connectRetryDelayMs, req.onConnectRetry, requestedExtensions(loaded.project)).catch((e: unknown) => {
    // The URL came from a Flyway file whose ${NAME}s were not all set: say so with the failure.
    const notes = url === config.databaseUrl ? (config.databaseUrlNotes ?? []) : [];
    throw e instanceof UsageError && notes.length ? new UsageError(`${e.message} (${notes.join('; ')})`) : e;
  });
  try {
    const project = await withConnectionBuiltins(req, loaded.project, config, db);
    return await fn(new Runner(db, project, config, { ...req.runner, onProgress: req.onProgress }), { config, url });
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) throw new UsageError(maskSecrets(e.message, url));
    const d = asDbError(e);
    const message = d ? `${d.code} ${d.message}` : (e as Error).message;
    throw new UsageError(`database error on ${db.label}: ${maskSecrets(message, url)}`);
  } finally {
    await db.close();
  }
}

/**
 * The project again with ${flyway:user} and ${flyway:database} as this connection says them, when
 * a file uses either (they change what runs and, for repeatables, the checksum Flyway records).
 */
export async function withConnectionBuiltins(req: DbRequest, project: Project, config: Config, db: Db): Promise<Project> {
  const names = [`${config.placeholderPrefix}flyway:user`, `${config.placeholderPrefix}flyway:database`].map((n) => n.toLowerCase());
  const uses = project.files.some((f) => {
    const text = f.decoded.text.toLowerCase();
    return names.some((n) => text.includes(n));
  });
  if (!uses || !config.placeholderReplacement) return project;
  const { rows } = await db.query<{ user: string; database: string }>('SELECT current_user AS user, current_database() AS database');
  return (await loadSingleProject({ ...req, onConfig: undefined, connection: rows[0]! })).project;
}

const noCheck = () => undefined;

export const runStatus = (req: DbRequest): Promise<StatusResult> => withRunner(req, noCheck, (r) => r.status());
/** Flyway's validate; `allowPending` (the Action's plan mode): migrations not applied yet are not an error. */
export const runValidate = (req: DbRequest & { allowPending?: boolean }): Promise<ValidateResult> =>
  withRunner(req, noCheck, (r) => r.validate({ allowPending: req.allowPending }));
/** What measureRun needs to read a runner's database (src/db/metrics.ts). */
function metricsOf(r: Runner, command: 'migrate' | 'rollback', url: string): MeasureOptions {
  const { schema, historyTable, slowMigrationSeconds } = r.settings;
  return { command, database: 'target', schemas: managedSchemas(r.project, schema), history: { schema, table: historyTable }, slowMigrationSeconds, url };
}

/**
 * Runs `fn` after the deploy guards of a migrate (deploy.ts) with the target in effect
 * (`req.target`, else the config's `target`): the staging check (refused when the requireAppliedOn
 * environment has not applied a pending migration) and, on production, the backup — planned, not
 * taken, when `dryRun`.
 */
function withMigrateGuards<T>(
  req: DbRequest,
  dryRun: boolean,
  fn: (r: Runner, url: string, target: string | undefined, guarded: Awaited<ReturnType<typeof beforeMigrate>>) => Promise<T>,
): Promise<T> {
  let target: string | undefined;
  let stagingUrl: string | undefined;
  return withRunner(
    req,
    (c) => {
      target = req.target ?? c.target;
      stagingUrl = appliedOnUrl(req, c);
    },
    async (r, { config, url }) => fn(r, url, target, await beforeMigrate(req, config, url, stagingUrl, r, target, dryRun)),
  );
}

/**
 * migrate up to `req.target` (else the config's `target`, default latest), after the deploy
 * guards. With the run's metrics (tables, indexes and size before and after, each migration's
 * duration), measured after the guards; none when refused.
 */
export function runMigrate(req: DbRequest): Promise<MigrateResult & DeployChecks & { metrics?: RunMetrics }> {
  return withMigrateGuards(req, false, async (r, url, target, { dry, checks, refused }) => {
    if (refused) {
      const v = dry.currentVersion;
      return { database: dry.database, history: dry.history, createdHistory: false, initialVersion: v, currentVersion: v, applied: [], issues: checks.appliedOn!.issues, warnings: [], ok: false, ...checks };
    }
    const measured = await measureRun(
      r.db,
      metricsOf(r, 'migrate', url),
      () => r.migrate({ target }),
      (m) => m.applied.map((a) => ({ file: a.path, version: a.version, durationMs: a.executionTime })),
      (m) => m.applied.some((a) => a.slow),
    );
    return { ...measured, ...checks };
  });
}

/** migrate --dry-run: what migrate (with the same target) would apply, in order, and the guards' verdicts; nothing is written. */
export function runDryRun(req: DbRequest): Promise<DryRunResult & DeployChecks> {
  return withMigrateGuards(req, true, async (_r, _url, _target, { dry, checks, refused }) =>
    refused ? { ...dry, issues: [...dry.issues, ...checks.appliedOn!.issues], ok: false, ...checks } : { ...dry, ...checks },
  );
}

/**
 * Flyway's baseline: creates the schema history with a BASELINE row at `version` (default: the
 * config's baselineVersion), the row baselineOnMigrate writes. Refused when the history records
 * migrations.
 */
export function runBaseline(req: DbRequest & { version?: string }): Promise<{ database: string; history: string; version: string }> {
  if (req.version !== undefined && !/^\d+(?:[._]\d+)*$/.test(req.version)) {
    throw new UsageError(`--baseline-version must be a version such as 1 or 2.1 (got "${req.version}")`);
  }
  return withRunner(req, noCheck, (r) => r.baseline(req.version));
}
export const runRepair = (req: DbRequest): Promise<RepairResult> => withRunner(req, noCheck, (r) => r.repair());
export const runReset = (req: DbRequest): Promise<ResetResult> => withRunner(req, (c) => assertCleanAllowed(c), (r) => r.reset());

/**
 * Rollback files named as Flyway names undo migrations (`U{version}__{description}.sql`, any
 * directory): then Flyway's `undo` means our `rollback`.
 */
export function isFlywayUndoPattern(pattern: string): boolean {
  return /(^|\/)U\{version\}__/.test(pattern);
}

/**
 * `rollback`; `undo` (req.undo: Flyway's name) only when the rollback files follow Flyway's undo
 * naming, else a usage error pointing at `rollback`. With the run's metrics, as migrate.
 */
export function runRollback(req: DbRequest & { to?: string; forceProduction?: boolean; undo?: boolean }): Promise<Measured<RollbackResult> & DeployChecks> {
  return withRunner(
    req,
    (c) => {
      if (req.undo && !isFlywayUndoPattern(c.rollbackPattern)) {
        throw new UsageError(
          `undo runs Flyway's undo migrations (U{version}__{description}.sql), but this project's rollback files are named "${c.rollbackPattern}" (rollbackPattern): run \`migration-guard rollback\`, or set rollbackPattern: U{version}__{description}.sql`,
        );
      }
      if (c.production && !req.forceProduction) {
        throw new UsageError(`refusing to roll back: environment "${c.environment}" is production (pass --force-production if you really mean to)`);
      }
    },
    async (r, { config, url }) => {
      // On production (with forceProduction), the backup first; then the rollback, measured.
      const checks = await beforeRollback(req, config, url, r, req.to);
      const measured = await measureRun(
        r.db,
        metricsOf(r, 'rollback', url),
        () => r.rollback({ to: req.to, forceProduction: req.forceProduction }),
        (b) => b.rolledBack.map((x) => ({ file: x.path, version: x.version, durationMs: x.executionTime })),
      );
      return { ...measured, ...checks };
    },
  );
}

export interface CreateResult {
  version: string;
  migration: string;
  rollback: string;
}

const NAME_RE = /^[a-z0-9_]+$/;

/**
 * `create --name add_user_preferences`: the next version (keeping the zero-padding of the
 * highest existing one: V009 → V010) and its rollback file, from our templates.
 */
export async function runCreate(req: Omit<LintRequest, 'base'> & { name?: string; now?: Date }): Promise<CreateResult> {
  const name = req.name;
  if (!name) throw new UsageError('create needs --name, e.g. --name add_user_preferences');
  if (!NAME_RE.test(name) || /^_|_$|__/.test(name)) {
    throw new UsageError(`--name must be lower-case letters, digits and single underscores, e.g. add_user_preferences (got "${name}")`);
  }
  const { config, project } = await loadSingleProject(req);
  const versions = project.files.filter((f) => f.kind === 'versioned' && f.version).map((f) => f.version!);
  versions.sort(compareVersions);
  const highest = versions[versions.length - 1];
  const version = nextVersion(highest?.raw);
  const rootAbs = resolve(req.cwd, project.root);
  // Flyway's naming settings: V001__name.sql by default, M001-name.pgsql with M, - and .pgsql.
  const migrationRel = `${config.sqlMigrationPrefix}${version}${config.sqlMigrationSeparator}${name}${config.sqlMigrationSuffixes[0] ?? '.sql'}`;
  const rollbackRel = project.rollbackPattern.pathFor(version, name);
  const shown = (rel: string) => relative(req.cwd, join(rootAbs, rel)).split(sep).join('/');
  for (const rel of [migrationRel, rollbackRel]) {
    if (existsSync(join(rootAbs, rel))) throw new UsageError(`${shown(rel)} already exists`);
  }
  const date = (req.now ?? new Date()).toISOString().slice(0, 10);
  // The header of the guide's templates (§3.2, §7.1), as migration-documented checks it.
  const author = authorName(config.baseDir, req.env ? { ...process.env, ...req.env } : process.env);
  const ctx = {
    version,
    name,
    date,
    author,
    migration: shown(migrationRel),
    rollback: shown(rollbackRel),
    // As the guide writes it (migrations/rollback/V002__rollback.sql): from the repository, not the working directory.
    rollbackFromRepo: relative(config.baseDir, join(rootAbs, rollbackRel)).split(sep).join('/'),
    rollbackRel,
    runnerWraps: config.transactions === 'runner',
  };
  for (const [rel, text] of [
    [migrationRel, migrationTemplate(ctx)],
    [rollbackRel, rollbackTemplate(ctx)],
  ] as const) {
    mkdirSync(dirname(join(rootAbs, rel)), { recursive: true });
    writeFileSync(join(rootAbs, rel), text, { flag: 'wx' });
  }
  return { version, migration: ctx.migration, rollback: ctx.rollback };
}

/** "009" → "010", "1_2" → "1_3", "9" → "10", none → "001". */
export function nextVersion(raw: string | undefined): string {
  if (!raw) return '001';
  const m = /^(.*?)(\d+)$/.exec(raw)!;
  const last = m[2]!;
  const next = (BigInt(last) + 1n).toString().padStart(last.length, '0');
  return `${m[1]}${next}`;
}

interface TemplateContext {
  version: string;
  name: string;
  /** YYYY-MM-DD (UTC). */
  date: string;
  author: string;
  /** Paths relative to the working directory. */
  migration: string;
  rollback: string;
  /** The rollback's path relative to the repository (the config's directory): the Rollback line. */
  rollbackFromRepo: string;
  /** The rollback's path relative to the migrations directory (the first line of §7.1's header). */
  rollbackRel: string;
  runnerWraps: boolean;
}

/** "add_user_preferences" → "Add user preferences." (a start: the author says why). */
function describe(name: string): string {
  const words = name.replace(/_/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

function migrationTemplate(c: TemplateContext): string {
  const begin = c.runnerWraps ? '' : 'BEGIN;\n\n';
  const commit = c.runnerWraps ? '' : '\nCOMMIT;\n';
  return `-- ${c.migration.split('/').pop()}
-- Author: ${c.author}
-- Date: ${c.date}
-- Description: ${describe(c.name)}
-- Rollback: ${c.rollbackFromRepo}
--
-- One atomic change${c.runnerWraps ? ' (the runner wraps this file in a transaction)' : ' in one transaction'}. Keep out of it:
-- - CREATE INDEX / DROP INDEX on existing tables: use CREATE INDEX CONCURRENTLY in a migration of its own,
--   with no BEGIN/COMMIT (CONCURRENTLY cannot run inside a transaction block);
-- - large UPDATE/DELETE: batch them (a DO block that COMMITs per batch, in a migration of its own);
-- - new constraints on big tables: ADD CONSTRAINT … NOT VALID here, VALIDATE CONSTRAINT in a later migration.

${begin}-- Fail fast instead of queueing behind long transactions (and blocking everyone queued behind us).
SET LOCAL lock_timeout = '5s';

-- CREATE TABLE example (
--     id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
--     created_at  timestamptz NOT NULL DEFAULT now(),
--     updated_at  timestamptz NOT NULL DEFAULT now()
-- );

-- ALTER TABLE example ADD COLUMN note text;
${commit}`;
}

function rollbackTemplate(c: TemplateContext): string {
  const begin = c.runnerWraps ? '' : 'BEGIN;\n\n';
  const commit = c.runnerWraps ? '' : '\nCOMMIT;\n';
  return `-- ${c.rollbackRel}
-- Rollback for: ${c.migration.split('/').pop()}
-- Author: ${c.author}
-- Date: ${c.date}
--
-- Undo every change of the migration, in reverse order, so the schema is exactly as before it
-- (\`migration-guard check\` verifies this: up, down, up). A rollback that drops an index of an
-- existing table uses DROP INDEX CONCURRENTLY in a file with no BEGIN/COMMIT.

${begin}SET LOCAL lock_timeout = '5s';

-- ALTER TABLE example DROP COLUMN IF EXISTS note;
-- DROP TABLE IF EXISTS example;
${commit}`;
}
