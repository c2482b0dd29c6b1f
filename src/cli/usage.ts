/**
 * Help text: the global usage (`migration-guard help`) and one page per command
 * (`migration-guard COMMAND --help`, `migration-guard help COMMAND`). Flyway's command names that
 * mean the same thing are aliases (`info` = `status`, `undo` = `rollback`).
 */

/**
 * Flyway's command-line settings, `-url=jdbc:…`, `-locations=filesystem:sql`, `-placeholders.region=eu`
 * (one dash). Here, not in options.ts, so that main.ts can reorder argv without loading the commands.
 */
export const FLYWAY_ARG = /^-([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*)=(.*)$/s;

/** Every command, as typed. */
export const COMMANDS = [
  'lint',
  'check',
  'rules',
  'status',
  'migrate',
  'validate',
  'baseline',
  'create',
  'rollback',
  'repair',
  'reset',
  'help',
  'version',
] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * Flyway's names for our commands (Flyway CLI: `info`, `undo`). `undo` runs Flyway's undo
 * migrations, so it is accepted only when the rollback files are named as Flyway names them
 * (see db-commands.ts).
 */
export const ALIASES: Record<string, Command> = { info: 'status', undo: 'rollback' };

const LINT_OPTIONS = `  --base REF              Compare with a git ref (the PR's target branch) to know which
                          migrations are new, modified or deleted
  --format FORMAT         text (default), json, sarif (SARIF 2.1.0, as the Action uploads it) or
                          github (workflow commands: ::error file=…,line=…::message)
  --config FILE           Config file: migration-guard.yml, flyway.toml, flyway.conf or
                          flyway.config.js (default: those present in the working directory)
  --environment NAME      Environment for placeholders and per-environment config
  --placeholder NAME=VAL  Set a placeholder value (repeatable)
  -KEY=VALUE              A Flyway setting, as Flyway's CLI takes it (-locations=filesystem:sql)
  --rule ID=LEVEL         Set a rule's severity: off, warning or error (repeatable; overrides
                          the config)
  --exclude-rule ID       Turn a rule off (repeatable; same as --rule ID=off)
  --fail-on LEVEL         error (default), warning or never: when to exit with 1
  --color / --no-color    Force colours on or off (default: FORCE_COLOR, else off when
                          NO_COLOR is set, else on for a terminal)
  --no-cache              Neither read nor write the caches: lint's findings per file
                          (replayed for files unchanged since the last run, same output) and
                          check's database state
  --cache-dir DIR         Where the caches live: DIR/lint and DIR (default: the lint cache in
                          $MIGRATION_GUARD_CACHE_DIR/lint, else node_modules/.cache/migration-guard/
                          lint of the project, else ~/.cache/migration-guard/lint; check's state in
                          $MIGRATION_GUARD_CACHE_DIR, else ~/.cache/migration-guard)`;

const DB_OPTIONS = `  --database-url URL      postgres://user:password@host:5432/db or jdbc:postgresql://… (default:
                          $DATABASE_URL, else Flyway's url), or pglite:DIR for an embedded
                          database kept in DIR
  --format text|json      Output format (default text); progress goes to stderr
  --config FILE           Config file: migration-guard.yml, flyway.toml, flyway.conf or
                          flyway.config.js (default: those present in the working directory)
  --environment NAME      Environment for placeholders and per-environment config
  --placeholder NAME=VAL  Set a placeholder value (repeatable)
  -KEY=VALUE              A Flyway setting, as Flyway's CLI takes it (-url=jdbc:…, -user=…)`;

const EXIT = `Exit codes: 0 ok; 1 lint findings at or above --fail-on, or migrations that fail to
apply or validate; 2 usage, config or connection error.`;

export const USAGE = `Usage: migration-guard <command> [options]

Commands:
  lint [PATH…]     Check migrations against the checklist (default PATH: the configured
                   migrations directory, "migrations"); "lint -" reads one file from stdin
  check [PATH…]    lint, then apply every migration to a scratch database (embedded PGlite,
                   or a temporary database next to --database-url), verify each new
                   migration's rollback (up → down → up), trace its locks and diff the schema
  rules [RULE]     List the rules with their default severity, or print one rule's page
  status [DIR]     Each migration's state in the database (Flyway: info)
  migrate [DIR]    Apply pending migrations (Flyway-compatible schema history);
                   --target VERSION, --dry-run
  validate [DIR]   Check applied migrations against the files
  baseline [DIR]   Mark an existing database as being at baselineVersion
  create --name N  New migration with the next version, plus its rollback file
  rollback [DIR]   Undo the newest applied version (--to VERSION: every one above it)
                   with its rollback file (Flyway: undo)
  repair [DIR]     Remove failed runs from the schema history (after cleaning up by hand)
  reset [DIR]      Drop everything in the schema and migrate again (development only)
  help [COMMAND]   Show this help, or one command's
  version          Print the version (also --version, -v)

Run "migration-guard COMMAND --help" for a command's options.

${EXIT}
`;

const PAGES: Record<Exclude<Command, 'help' | 'version'>, string> = {
  lint: `Usage: migration-guard lint [PATH…] [options]
       migration-guard lint - --stdin-filepath PATH [options]

Checks migrations against the checklist, without a database. PATH is a migrations directory or
a file in one (default: the configured migrations directory). A file is checked within its
directory (rollback pairing, ordering, history replay) and only its findings are reported.
With "-", the SQL is read from stdin and checked as if it were the file at --stdin-filepath
(for editors and pre-commit hooks); the files before it are read from disk.

Options:
${LINT_OPTIONS}
  --stdin-filepath PATH   with "-": where the SQL on stdin belongs in its project

${EXIT}
`,
  check: `Usage: migration-guard check [PATH…] [options]

Lints, then applies every migration to a scratch database (embedded PGlite, or a temporary
database created next to --database-url and dropped afterwards), verifies each new migration's
rollback (up → down → up), traces the locks it takes and diffs the schema.

Options: those of lint (but not "-"), and
  --database-url URL      a server to create the temporary database on (default: embedded
                          PGlite; $DATABASE_URL is never used by check)
  (--no-cache also: with --base, do not start from or save the database as the merged
   migrations before the change set leave it; on PGlite it is kept in the cache directory,
   the newest 8)
  --cache-on-server       with --database-url: keep that cache as mg_cache_* databases on the
                          server (the newest 8); without it check leaves the server as it was

${EXIT}
`,
  rules: `Usage: migration-guard rules [RULE] [--format text|json]

Without RULE: every rule with its default severity and what it flags.
With RULE: that rule's page (the lock it takes or the failure it prevents, the safe pattern,
examples).

Options:
  --format text|json      Output format (default text)
`,
  status: `Usage: migration-guard status [DIR] [options]
       migration-guard info [DIR] [options]      (Flyway's name)

Each migration's state in the database: applied, pending, failed, missing, outdated, checksum
match; invalid indexes left by failed CONCURRENTLY builds.

Options:
${DB_OPTIONS}
`,
  migrate: `Usage: migration-guard migrate [DIR] [options]

Applies pending versioned migrations in version order, then repeatables whose checksum changed,
using Flyway's schema history table, checksums and advisory lock.

Options:
${DB_OPTIONS}
  --target VERSION        Apply pending versioned migrations up to VERSION only (Flyway's
                          target): a version that must exist (VERSION? : up to it even when no
                          migration has it), "latest" (default: every one), "current" (none
                          above the applied version), "next" (only the next one). Repeatables
                          still run.
  --dry-run               Print what would run, in order (version, description, statement
                          count, transaction mode), and apply nothing
  --trace-locks           Report locks that blocked reads or writes while further statements
                          ran (reads pg_locks after each statement)
  --applied-on-database-url URL
                          The database of the environment the config's requireAppliedOn names
                          (e.g. staging), default $MIGRATION_GUARD_APPLIED_ON_DATABASE_URL:
                          every pending migration must be recorded there as applied
                          successfully, with the same checksum, or nothing is applied

On an environment marked production, a backup is taken first (the config's backup: pg_dump
--format=custom to backups/DATABASE-YYYYMMDDTHHMMSSZ.dump by default, or backup.command, or
backup: { none: "reason" }); if it fails, nothing is applied. --dry-run says what would be
backed up and takes nothing.

${EXIT}
`,
  validate: `Usage: migration-guard validate [DIR] [options]

Checks applied migrations against the files: checksums, names, missing files, failed runs,
out-of-order versions — and, as Flyway's validate, that none is left to apply: a pending
migration (or an outdated repeatable) fails it unless ignoreMigrationPatterns has '*:pending'.

Options:
${DB_OPTIONS}

${EXIT}
`,
  baseline: `Usage: migration-guard baseline [DIR] [options]

Marks an existing database as being at a version (Flyway's baseline): creates the schema
history table with a BASELINE row, so that migrate applies only the versions above it. Refused
when the history already records migrations.

Options:
${DB_OPTIONS}
  --baseline-version V    The version (default: the config's baselineVersion, 1)
`,
  create: `Usage: migration-guard create --name NAME [DIR] [options]

Writes a new migration with the next version (keeping the zero-padding of the highest one) and
its rollback file, from templates.

Options:
  --name NAME             The description: lower-case letters, digits, single underscores
  --format text|json      Output format (default text)
  --config FILE, --environment NAME   as for lint
`,
  rollback: `Usage: migration-guard rollback [DIR] [options]
       migration-guard undo [DIR] [options]      (Flyway's name, for U{version}__ rollback files)

Undoes the newest applied version with its rollback file (with --to VERSION: every applied
version above VERSION, newest first). Each rollback removes its version's history rows and
those of repeatable migrations applied after it, so that the next migrate re-applies them
(they may depend on what the rollback removed).

Options:
${DB_OPTIONS}
  --to VERSION            Undo every applied version above VERSION
  --force-production      Allow it on an environment marked production (a backup is taken
                          first, as for migrate: the config's backup)

${EXIT}
`,
  repair: `Usage: migration-guard repair [DIR] [options]

Removes failed runs (success = false rows) from the schema history, after the half-applied
changes have been cleaned up by hand (Flyway's repair, for failed runs).

Options:
${DB_OPTIONS}
`,
  reset: `Usage: migration-guard reset [DIR] [options]

Drops everything in the schema (Flyway's clean, history table included) and migrates again.
Development only: refused while cleanDisabled is true (the default) or on production.

Options:
${DB_OPTIONS}

${EXIT}
`,
};

/** The help page of a command (or alias); the global usage for help/version or an unknown name. */
export function usageOf(command: string | undefined): string {
  const name = command === undefined ? undefined : (ALIASES[command] ?? command);
  if (name && name in PAGES) return PAGES[name as keyof typeof PAGES];
  return USAGE;
}

/** True when `name` is a command or an alias. */
export function isCommand(name: string): boolean {
  return (COMMANDS as readonly string[]).includes(name) || name in ALIASES;
}
