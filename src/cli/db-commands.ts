/**
 * The database commands — status (Flyway: info), migrate, validate, baseline, rollback (Flyway:
 * undo, for U{version}__ rollback files), repair, reset — and create.
 */
import {
  runBaseline,
  runCreate,
  runDryRun,
  runMigrate,
  runRepair,
  runReset,
  runRollback,
  runStatus,
  runValidate,
  type DbRequest,
} from '../commands/db.js';
import { UsageError } from '../errors.js';
import type { Config } from '../load/config.js';
import { jdbcAware, printConfigNotes } from './lint-commands.js';
import {
  formatConnectRetry,
  formatCreate,
  formatDbJson,
  formatMigrate,
  formatRepair,
  formatReset,
  formatRollback,
  formatStatus,
  formatValidate,
  progressPrinter,
} from '../report/db.js';
import { formatDeployChecks, shownPath } from '../report/deploy.js';
import { formatBaseline, formatDryRun } from '../report/dry-run.js';
import { choice, flywayArgsOf, parse, placeholderValues, type Io, type Options } from './options.js';
import { usageOf } from './usage.js';

export type DbCommand = 'status' | 'migrate' | 'validate' | 'baseline' | 'rollback' | 'repair' | 'reset' | 'create';

const DB_OPTIONS: Options = {
  'database-url': { type: 'string' },
  format: { type: 'string' },
  config: { type: 'string' },
  environment: { type: 'string' },
  placeholder: { type: 'string', multiple: true },
  // Accepted as lint and check accept them; the database commands print no colour either way.
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
};

const EXTRA: Partial<Record<DbCommand, Options>> = {
  rollback: { to: { type: 'string' }, 'force-production': { type: 'boolean' } },
  create: { name: { type: 'string' } },
  migrate: { 'trace-locks': { type: 'boolean' }, target: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'applied-on-database-url': { type: 'string' } },
  baseline: { 'baseline-version': { type: 'string' } },
};

/** `typed` is the name the user typed (an alias such as info or undo), for help and messages. */
export async function dbCommand(command: DbCommand, argv: string[], io: Io, typed: string = command): Promise<number> {
  const { values, positionals } = parse(argv, { ...DB_OPTIONS, ...EXTRA[command] });
  if (values['help']) {
    io.stdout(usageOf(typed));
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`${typed} takes at most one migrations directory`);
  const format = choice(values['format'] as string | undefined, 'format', ['text', 'json'] as const, 'text');
  const print = (result: unknown, text: string) => io.stdout(format === 'json' ? formatDbJson(result) : text);
  const base = {
    cwd: io.cwd,
    paths: positionals,
    configPath: values['config'] as string | undefined,
    environment: values['environment'] as string | undefined,
    placeholders: placeholderValues(values),
    env: io.env,
    flywayArgs: flywayArgsOf(values),
    onConfig: (config: Config) => printConfigNotes(config, io),
  };
  if (command === 'create') {
    if (values['database-url'] !== undefined) throw new UsageError('create does not use a database');
    const r = await runCreate({ ...base, name: values['name'] as string | undefined });
    print(r, formatCreate(r));
    return 0;
  }
  const progress = progressPrinter(io.stderr, io.isTTY);
  const req: DbRequest = {
    ...base,
    // -url=… (Flyway's, on the command line) wins over DATABASE_URL: loadConfig reads it.
    databaseUrl: jdbcAware((values['database-url'] as string | undefined) ?? (base.flywayArgs['url'] ? undefined : io.env['DATABASE_URL']), io),
    env: io.env,
    onProgress: progress.onProgress,
    // As Flyway does: one line per wait while connectRetries lasts.
    onConnectRetry: (...retry) => io.stderr(formatConnectRetry(...retry)),
    target: values['target'] as string | undefined,
    dryRun: values['dry-run'] === true,
    appliedOnDatabaseUrl: jdbcAware(values['applied-on-database-url'] as string | undefined, io),
    onBackupStart: (tool, file) => io.stderr(`backing up with ${tool} to ${shownPath(file, io.cwd)}\n`),
  };
  try {
    switch (command) {
      case 'status': {
        const r = await runStatus(req);
        print(r, formatStatus(r));
        return 0;
      }
      case 'validate': {
        const r = await runValidate(req);
        print(r, formatValidate(r));
        return r.ok ? 0 : 1;
      }
      case 'migrate': {
        if (req.dryRun) {
          if (values['trace-locks']) throw new UsageError('--dry-run applies nothing, so there are no locks to trace: drop --trace-locks');
          const r = await runDryRun(req);
          print(r, formatDeployChecks(r, io.cwd) + formatDryRun(r));
          return r.ok ? 0 : 1;
        }
        const r = await runMigrate({ ...req, runner: { traceLocks: values['trace-locks'] === true } });
        print(r, formatDeployChecks(r, io.cwd) + formatMigrate(r));
        if (r.metrics?.warning) io.stderr(`migration-guard: warning: ${r.metrics?.warning}\n`);
        return r.ok ? 0 : 1;
      }
      case 'baseline': {
        const r = await runBaseline({ ...req, version: values['baseline-version'] as string | undefined });
        print(r, formatBaseline(r));
        return 0;
      }
      case 'rollback': {
        const r = await runRollback({ ...req, to: values['to'] as string | undefined, forceProduction: values['force-production'] === true, undo: typed === 'undo' });
        print(r, formatDeployChecks(r, io.cwd) + formatRollback(r));
        if (r.metrics?.warning) io.stderr(`migration-guard: warning: ${r.metrics?.warning}\n`);
        return r.ok ? 0 : 1;
      }
      case 'repair': {
        const r = await runRepair(req);
        print(r, formatRepair(r));
        return 0;
      }
      case 'reset': {
        const r = await runReset(req);
        print(r, formatReset(r));
        return r.ok ? 0 : 1;
      }
    }
  } finally {
    progress.stop();
  }
}
