/**
 * argv → command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/input
 * errors (one clear line on stderr, never a stack trace unless MIGRATION_GUARD_DEBUG is set).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { rules } from '../../rules/index.js';
import {
  runCreate,
  runMigrate,
  runRepair,
  runReset,
  runRollback,
  runStatus,
  runValidate,
  type DbRequest,
} from '../commands/db.js';
import { runCheck } from '../commands/check.js';
import { runLint, type LintRequest } from '../commands/lint.js';
import { CHECK_RULES } from '../check/rules.js';
import { checkProgressPrinter, formatCheckJson, formatCheckText } from '../report/check.js';
import { maskSecrets } from '../db/url.js';
import { ConfigError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { SUPPRESSION_RULE } from '../lint/engine.js';
import { exitCodeFor } from '../lint/exit-code.js';

export { exitCodeFor };
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
import { formatJson } from '../report/json.js';
import { formatText } from '../report/text.js';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const USAGE = `Usage: migration-guard <command> [options]

Commands:
  lint [PATH…]     Check migrations against the checklist (default PATH: the configured
                   migrations directory, "migrations")
  check [PATH…]    lint, then apply every migration to a scratch database (embedded PGlite,
                   or a temporary database next to --database-url), verify each new
                   migration's rollback (up → down → up), trace its locks and diff the schema
  rules            List the rules with their default severity
  status [DIR]     Each migration's state in the database: applied, pending, failed,
                   missing, outdated, checksum match
  migrate [DIR]    Apply pending migrations (Flyway-compatible schema history)
  validate [DIR]   Check applied migrations against the files (checksums, names,
                   missing files, failed runs, out-of-order versions)
  create --name N  New migration with the next version, plus its rollback file
  rollback [DIR]   Undo the newest applied version (--to VERSION: every one above it)
                   with its rollback file
  repair [DIR]     Remove failed runs from the schema history (after cleaning up by hand)
  reset [DIR]      Drop everything in the schema and migrate again (development only)
  help             Show this help

Options for lint:
  --base REF              Compare with a git ref (the PR's target branch) to know which
                          migrations are new, modified or deleted
  --format text|json      Output format (default text)
  --config FILE           Config file (default: migration-guard.yml if present)
  --environment NAME      Environment for placeholders and per-environment config
  --placeholder NAME=VAL  Set a placeholder value (repeatable)
  --fail-on LEVEL         error (default), warning or never: when to exit with 1
  --color / --no-color    Force colours on or off (default: on for a terminal)

Options for check: those of lint, and
  --database-url URL      a server to create the temporary database on (default: embedded
                          PGlite; $DATABASE_URL is never used by check)

Options for the database commands:
  --database-url URL      postgres://user:password@host:5432/db (default: $DATABASE_URL), or
                          pglite:DIR for an embedded database kept in DIR
  --format text|json      Output format (default text); progress goes to stderr
  --config FILE, --environment NAME, --placeholder NAME=VAL   as for lint
  --trace-locks           migrate: report locks that blocked reads or writes while
                          further statements ran (reads pg_locks after each statement)
  --to VERSION            rollback: undo every applied version above VERSION
  --force-production      rollback: allow it on an environment marked production
  --name NAME             create: the description, [a-z0-9_]

Exit codes: 0 ok; 1 lint findings at or above --fail-on, or migrations that fail to
apply or validate; 2 usage, config or connection error.
`;

const LINT_OPTIONS: ParseArgsConfig['options'] = {
  base: { type: 'string' },
  format: { type: 'string' },
  config: { type: 'string' },
  environment: { type: 'string' },
  placeholder: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function choice<T extends string>(value: string | undefined, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parse(argv: string[], options: ParseArgsConfig['options']): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}


async function lintCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, LINT_OPTIONS);
  if (values['help']) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const format = choice(values['format'] as string | undefined, 'format', ['text', 'json'] as const, 'text');
  const failOn = choice(values['fail-on'] as string | undefined, 'fail-on', ['error', 'warning', 'never'] as const, 'error');
  const result = await runLint(lintRequest(values, positionals, io));
  if (format === 'json') io.stdout(formatJson(result.findings, result.summary));
  else io.stdout(formatText(result.findings, result.summary, useColor(values, io)));
  return exitCodeFor(result.findings, failOn);
}

async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ...LINT_OPTIONS, 'database-url': { type: 'string' } });
  if (values['help']) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const format = choice(values['format'] as string | undefined, 'format', ['text', 'json'] as const, 'text');
  const failOn = choice(values['fail-on'] as string | undefined, 'fail-on', ['error', 'warning', 'never'] as const, 'error');
  const progress = checkProgressPrinter(io.stderr, io.isTTY);
  try {
    const result = await runCheck({
      ...lintRequest(values, positionals, io),
      databaseUrl: values['database-url'] as string | undefined,
      onProgress: progress.onProgress,
      onConnectRetry: (...retry) => io.stderr(formatConnectRetry(...retry)),
    });
    progress.stop();
    if (format === 'json') io.stdout(formatCheckJson(result));
    else io.stdout(formatCheckText(result, useColor(values, io)));
    return exitCodeFor(result.findings, failOn);
  } finally {
    progress.stop();
  }
}

/** The options lint and check share, as a request. */
function lintRequest(values: Values, positionals: string[], io: Io): LintRequest {
  return {
    cwd: io.cwd,
    paths: positionals,
    base: values['base'] as string | undefined,
    configPath: values['config'] as string | undefined,
    environment: values['environment'] as string | undefined,
    placeholders: placeholderValues(values),
    workers: workersFromEnv(io.env),
  };
}

/** MIGRATION_GUARD_WORKERS: parser worker threads; unset, empty or 0: parse in-process. */
function workersFromEnv(env: Io['env']): number | undefined {
  const raw = env['MIGRATION_GUARD_WORKERS']?.trim();
  if (!raw) return undefined;
  if (!/^\d{1,2}$/.test(raw)) throw new UsageError(`MIGRATION_GUARD_WORKERS must be a whole number from 0 to 99 (got "${raw}")`);
  return Number(raw);
}

/** --color / --no-color, else colour on a terminal unless NO_COLOR is set or TERM is dumb. */
function useColor(values: Values, io: Io): boolean {
  if (values['no-color']) return false;
  if (values['color']) return true;
  return io.isTTY && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
}

function placeholderValues(values: Values): Record<string, string> {
  const placeholders: Record<string, string> = {};
  for (const p of (values['placeholder'] as string[] | undefined) ?? []) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UsageError(`--placeholder takes NAME=VALUE (got "${p}")`);
    placeholders[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return placeholders;
}

const DB_OPTIONS: ParseArgsConfig['options'] = {
  'database-url': { type: 'string' },
  format: { type: 'string' },
  config: { type: 'string' },
  environment: { type: 'string' },
  placeholder: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
};

type DbCommand = 'status' | 'migrate' | 'validate' | 'rollback' | 'repair' | 'reset' | 'create';

/** status, migrate, validate, rollback, repair, reset and create. */
async function dbCommand(command: DbCommand, argv: string[], io: Io): Promise<number> {
  const extra: ParseArgsConfig['options'] =
    command === 'rollback'
      ? { to: { type: 'string' }, 'force-production': { type: 'boolean' } }
      : command === 'create'
        ? { name: { type: 'string' } }
        : command === 'migrate'
          ? { 'trace-locks': { type: 'boolean' } }
          : {};
  const { values, positionals } = parse(argv, { ...DB_OPTIONS, ...extra });
  if (values['help']) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new UsageError(`${command} takes at most one migrations directory`);
  const format = choice(values['format'] as string | undefined, 'format', ['text', 'json'] as const, 'text');
  const print = (result: unknown, text: string) => io.stdout(format === 'json' ? formatDbJson(result) : text);
  const base = {
    cwd: io.cwd,
    paths: positionals,
    configPath: values['config'] as string | undefined,
    environment: values['environment'] as string | undefined,
    placeholders: placeholderValues(values),
  };
  if (command === 'create') {
    if (values['database-url'] !== undefined) throw new UsageError('create does not use a database');
    const r = await runCreate({ ...base, name: values['name'] as string | undefined });
    print(r, formatCreate(r));
    return EXIT_OK;
  }
  const progress = progressPrinter(io.stderr, io.isTTY);
  const req: DbRequest = {
    ...base,
    databaseUrl: values['database-url'] as string | undefined,
    env: io.env,
    onProgress: progress.onProgress,
    // As Flyway does: one line per wait while connectRetries lasts.
    onConnectRetry: (...retry) => io.stderr(formatConnectRetry(...retry)),
  };
  try {
    switch (command) {
      case 'status': {
        const r = await runStatus(req);
        print(r, formatStatus(r));
        return EXIT_OK;
      }
      case 'validate': {
        const r = await runValidate(req);
        print(r, formatValidate(r));
        return r.ok ? EXIT_OK : EXIT_FINDINGS;
      }
      case 'migrate': {
        const r = await runMigrate({ ...req, runner: { traceLocks: values['trace-locks'] === true } });
        print(r, formatMigrate(r));
        return r.ok ? EXIT_OK : EXIT_FINDINGS;
      }
      case 'rollback': {
        const r = await runRollback({ ...req, to: values['to'] as string | undefined, forceProduction: values['force-production'] === true });
        print(r, formatRollback(r));
        return r.ok ? EXIT_OK : EXIT_FINDINGS;
      }
      case 'repair': {
        const r = await runRepair(req);
        print(r, formatRepair(r));
        return EXIT_OK;
      }
      case 'reset': {
        const r = await runReset(req);
        print(r, formatReset(r));
        return r.ok ? EXIT_OK : EXIT_FINDINGS;
      }
    }
  } finally {
    progress.stop();
  }
}

function rulesCommand(argv: string[], io: Io): number {
  const { values } = parse(argv, { format: { type: 'string' } });
  const format = choice(values['format'] as string | undefined, 'format', ['text', 'json'] as const, 'text');
  const list = [
    ...rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description })),
    { id: SUPPRESSION_RULE, severity: 'warning', description: 'A suppression comment without a reason, or naming an unknown rule.' },
    ...CHECK_RULES.map((r) => ({ id: r.id, severity: r.severity, description: `${r.description} (check)` })),
  ];
  if (format === 'json') io.stdout(JSON.stringify(list, null, 2) + '\n');
  else {
    const width = Math.max(...list.map((r) => r.id.length));
    for (const r of list) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
  }
  return EXIT_OK;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'lint':
        return await lintCommand(rest, io);
      case 'rules':
        return rulesCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io);
      case 'status':
      case 'migrate':
      case 'validate':
      case 'create':
      case 'rollback':
      case 'repair':
      case 'reset':
        return await dbCommand(command, rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return EXIT_OK;
      case '--version':
      case '-V':
        io.stdout(`${pkg.version}\n`);
        return EXIT_OK;
      case undefined:
        io.stderr(USAGE);
        return EXIT_ERROR;
      default:
        throw new UsageError(`unknown command "${command}" (run \`migration-guard help\`)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.stderr(`migration-guard: error: ${maskSecrets(e.message)}\n`);
      return EXIT_ERROR;
    }
    const message = maskSecrets(e instanceof Error ? e.message : String(e));
    io.stderr(`migration-guard: internal error: ${message}\n`);
    if (io.env['MIGRATION_GUARD_DEBUG'] && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    else io.stderr('Set MIGRATION_GUARD_DEBUG=1 for details, and please report this.\n');
    return EXIT_ERROR;
  }
}
