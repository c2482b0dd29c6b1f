/**
 * The guards a deploy passes before it changes a database (issue #14 §3 and §4), run by
 * runMigrate, runDryRun and runRollback (db.ts) and by the Action's plan mode:
 *
 * - staging first: with `environments.NAME.requireAppliedOn: OTHER`, every migration the run would
 *   apply must be recorded as successful, with the same checksum, in OTHER's schema history
 *   (src/db/staging.ts). OTHER's database is `--applied-on-database-url` or
 *   MIGRATION_GUARD_APPLIED_ON_DATABASE_URL (the Action: `applied-on-database-url`); OTHER's own
 *   configuration (`--environment OTHER`) says where its history is and its placeholders.
 * - backup first: on a production environment, the backup of src/db/backup.ts, unless
 *   `backup: { none: reason }`; none when there is nothing to apply; planned, not taken, on a dry run.
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Config } from '../load/config.js';
import { compareVersions, parseVersion } from '../load/version.js';
import { plannedBackup, pgDumpMismatch, pgDumpVersion, childEnv, serverMajor, takeBackup, type BackupOutcome } from '../db/backup.js';
import { asDbError, maskSecrets } from '../db/engine.js';
import { requestedExtensions } from '../db/extensions.js';
import type { DryRunResult, Runner } from '../db/runner.js';
import { compareWithStaging, stagingRows, type AppliedOnReport, type PendingMigration } from '../db/staging.js';
import { toPostgresUrl } from '../db/url.js';
import { analyse } from '../db/validator.js';
import { loadSingleProject, openDatabase, withConnectionBuiltins, type DbRequest } from './db.js';

export type { AppliedOnReport, BackupOutcome };

/** What the guards found; printed before the command's own result (src/report/deploy.ts). */
export interface DeployChecks {
  appliedOn?: AppliedOnReport;
  backup?: BackupOutcome;
}

export const APPLIED_ON_ENV = 'MIGRATION_GUARD_APPLIED_ON_DATABASE_URL';

/**
 * The database of the environment named by requireAppliedOn: --applied-on-database-url, else
 * MIGRATION_GUARD_APPLIED_ON_DATABASE_URL (a jdbc:postgresql URL is converted). A UsageError
 * naming what to pass when the config requires one and none is given; undefined when not required.
 */
export function appliedOnUrl(req: Pick<DbRequest, 'appliedOnDatabaseUrl' | 'env'>, config: Pick<Config, 'requireAppliedOn' | 'environment'>): string | undefined {
  if (!config.requireAppliedOn) return undefined;
  const given = req.appliedOnDatabaseUrl ?? (req.env[APPLIED_ON_ENV] || undefined);
  if (!given) {
    const other = config.requireAppliedOn;
    throw new UsageError(
      `environment "${config.environment}" applies only what "${other}" has applied first (requireAppliedOn: ${other}): pass ${other}'s database as --applied-on-database-url URL or ${APPLIED_ON_ENV} (the Action: the input applied-on-database-url, from a secret)`,
    );
  }
  return toPostgresUrl(given).url;
}

/**
 * Compares `pending` with the schema history of the requireAppliedOn environment. Connection,
 * configuration and query failures are one UsageError naming that environment, its password
 * masked: the deploy is refused either way.
 */
export async function checkAppliedOn(req: DbRequest, config: Config, url: string, pending: PendingMigration[]): Promise<AppliedOnReport> {
  const name = config.requireAppliedOn;
  let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    const staging = await loadSingleProject({ ...req, environment: name, onConfig: undefined });
    db = await openDatabase(url, req.cwd, staging.config, req.connectRetryDelayMs, req.onConnectRetry, requestedExtensions(staging.project));
    const project = await withConnectionBuiltins({ ...req, environment: name, onConfig: undefined }, staging.project, staging.config, db);
    const { rows, history } = await stagingRows(db, staging.config.schema, staging.config.historyTable);
    const a = analyse(project, rows, { outOfOrder: true, ignoreMigrationPatterns: staging.config.ignoreMigrationPatterns });
    return { environment: name, database: db.label, history, currentVersion: a.current, checked: pending.length, issues: compareWithStaging(pending, a.infos, name, a.current) };
  } catch (e) {
    const d = asDbError(e);
    const message = d ? `${d.code} ${d.message}` : (e as Error).message;
    throw new UsageError(maskSecrets(`refusing to deploy: cannot check that "${name}" applied these migrations first (requireAppliedOn: ${name}): ${message}`, url));
  } finally {
    await db?.close();
  }
}

/**
 * The backup step on a production environment (undefined elsewhere): disabled (backup.none),
 * skipped (`count` is 0), planned (`dryRun`) or taken. The pg_dump version is checked against
 * the server's before anything else, on a dry run too.
 */
export async function backupStep(req: DbRequest, config: Config, url: string, runner: Runner, count: number, what: 'apply' | 'roll back', dryRun: boolean): Promise<BackupOutcome | undefined> {
  if (!config.production) return undefined;
  // A pgDump path like bin/pg_dump is the config file's, as backup.directory is; a bare name is looked up on PATH.
  const s = { ...config.backup, pgDump: config.backup.pgDump.includes('/') ? resolve(config.baseDir, config.backup.pgDump) : config.backup.pgDump };
  if (s.none !== undefined) return { status: 'disabled', reason: s.none };
  if (count === 0) return { status: 'skipped', reason: `nothing to ${what}, so no backup was taken` };
  if (url.startsWith('pglite:') && !s.command) {
    throw new UsageError('pg_dump cannot reach an embedded PGlite database: set backup.command (e.g. a copy of its directory to {file}), or backup: { none: "reason" }');
  }
  const { rows } = await runner.db.query<{ db: string; num: string; v: string }>("SELECT current_database() AS db, current_setting('server_version_num') AS num, current_setting('server_version') AS v");
  const { db: database, num, v } = rows[0]!;
  const plan = { settings: s, url, baseDir: config.baseDir, environment: config.environment, database, env: req.env, now: new Date() };
  let tool = plannedBackup(plan).tool;
  if (!s.command) {
    const client = await pgDumpVersion(s.pgDump, childEnv(req.env, url));
    const problem = pgDumpMismatch(client, { major: serverMajor(Number(num)), version: v.split(' ')[0]! }, s.pgDump);
    if (problem) throw new UsageError(problem);
    tool = `pg_dump ${client.version} (${s.pgDump}) --format=custom`;
  }
  if (dryRun) return { status: 'planned', file: plannedBackup(plan).file, tool, database };
  return takeBackup({ ...plan, tool, onStart: req.onBackupStart });
}

/** The dry run's migrations as the staging check takes them. */
const pendingOf = (dry: DryRunResult): PendingMigration[] => dry.migrations.map((m) => ({ script: m.script, path: m.path, version: m.version, description: m.description }));

/**
 * Before migrate (and for migrate --dry-run and the Action's plan): what would run, the staging
 * check (issues: refuse), then the backup (taken, or planned when `dryRun`). When the dry run
 * has issues of its own, nothing is checked: migrate stops on them before changing anything.
 */
export async function beforeMigrate(
  req: DbRequest,
  config: Config,
  url: string,
  stagingUrl: string | undefined,
  runner: Runner,
  target: string | undefined,
  dryRun: boolean,
): Promise<{ dry: DryRunResult; checks: DeployChecks; refused: boolean }> {
  const dry = await runner.dryRun({ target });
  const checks: DeployChecks = {};
  if (!dry.ok) return { dry, checks, refused: false };
  const pending = pendingOf(dry);
  if (stagingUrl && pending.length > 0) {
    checks.appliedOn = await checkAppliedOn(req, config, stagingUrl, pending);
    if (checks.appliedOn.issues.length > 0) return { dry, checks, refused: true };
  }
  const backup = await backupStep(req, config, url, runner, pending.length, 'apply', dryRun);
  if (backup) checks.backup = backup;
  return { dry, checks, refused: false };
}

/** Before rollback: the backup, when some version would be rolled back (`to`: those above it; else the newest). */
export async function beforeRollback(req: DbRequest, config: Config, url: string, runner: Runner, to: string | undefined): Promise<DeployChecks> {
  if (!config.production) return {};
  const status = await runner.status();
  const applied = status.migrations.filter((m) => m.kind === 'versioned' && (m.state === 'applied' || m.state === 'out-of-order'));
  const floor = to === undefined ? undefined : parseVersion(to);
  if (to !== undefined && !floor) return {}; // the runner refuses the --to value before anything runs
  const count = floor ? applied.filter((m) => compareVersions(parseVersion(m.version!)!, floor) > 0).length : Math.min(applied.length, 1);
  const backup = await backupStep(req, config, url, runner, count, 'roll back', false);
  return backup ? { backup } : {};
}
