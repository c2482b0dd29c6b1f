/**
 * The settings migration-guard works with, their defaults (Flyway's where Flyway has the key), and
 * the loaded configuration (config.ts builds it from migration-guard.yml, Flyway's configuration,
 * FLYWAY_* variables and command-line flags).
 */
import type { SeveritySetting } from '../lint/types.js';
import type { ConfigKind } from './flyway/index.js';
import { DEFAULT_ROLLBACK_PATTERN } from './naming.js';
import type { LayoutSetting } from './layouts/index.js';
import { DEFAULT_ENCODING } from './text.js';

export interface Settings {
  migrations: string;
  /**
   * Which runner's files these are (issue #15): flyway, golang-migrate, goose, dbmate, diesel, sqlx,
   * prisma; undefined: detected from the files (src/load/layouts/index.ts detectLayout).
   */
  layout?: LayoutSetting;
  rollbackPattern: string;
  seeds: string;
  transactions: 'explicit' | 'runner';
  /**
   * Who applies the migrations in production: our runner, or Flyway itself (then lint judges each
   * file as Flyway runs it: in its own transaction, no lock_timeout set by a runner).
   */
  runner: 'migration-guard' | 'flyway';
  /** Further migration directories (Flyway `locations`), one migration set with `migrations`. */
  locations: string[];
  placeholders: Record<string, string>;
  /** Flyway's placeholderPrefix / placeholderSuffix / placeholderReplacement. */
  placeholderPrefix: string;
  placeholderSuffix: string;
  placeholderReplacement: boolean;
  /** Flyway's sqlMigrationPrefix / sqlMigrationSeparator / sqlMigrationSuffixes / repeatableSqlMigrationPrefix. */
  sqlMigrationPrefix: string;
  sqlMigrationSeparator: string;
  sqlMigrationSuffixes: string[];
  repeatableSqlMigrationPrefix: string;
  /** Flyway's target: the newest version migrate applies ("latest": all; "current": none beyond the applied). */
  target: string;
  /** Flyway's group: all pending migrations in one transaction. */
  group: boolean;
  /** Flyway's mixed: a migration may mix transactional and non-transactional statements. */
  mixed: boolean;
  /**
   * Flyway's ignoreMigrationPatterns (`type:state`, type `*`, `versioned` or `repeatable`; state
   * `pending`, `missing`, `ignored`, `future` or `*`): what validate lets pass. Default `*:future`,
   * as Flyway: pending migrations fail validate.
   */
  ignoreMigrationPatterns: string[];
  /** The migrations' text encoding (Flyway's `encoding`): a TextDecoder label, decoded strictly. */
  encoding: string;
  rules: Record<string, SeveritySetting>;
  /** Runner (Flyway-compatible) settings. */
  historyTable: string;
  schema: string;
  outOfOrder: boolean;
  validateOnMigrate: boolean;
  baselineOnMigrate: boolean;
  baselineVersion: string;
  cleanDisabled: boolean;
  /** The environment is production: rollback and reset are refused without an explicit override. */
  production: boolean;
  connectRetries: number;
  /** PostgreSQL durations, e.g. "5s"; empty: not set. */
  lockTimeout: string;
  statementTimeout: string;
  /** Retries of a migration that failed on lock_timeout. */
  lockRetries: number;
  /** A migration slower than this is reported (seed: 60 s). */
  slowMigrationSeconds: number;
  /** The header lines migration-documented requires (the guide's §3.2 template). */
  documentation: { required: DocumentationField[] };
  /** Critical queries whose plans check compares before/after the change set (query-plan-regression); null: off. */
  performance: PerformanceSettings | null;
  /**
   * The Action's migrate / rollback on production: approving reviews the deployed commit's merged
   * pull request needs (the guide's "peer reviewed", §9.1); 0 turns the check off.
   */
  requiredApprovals: number;
  /** Before migrate/rollback on production: the backup to take (src/db/backup.ts), or `none` with the reason. */
  backup: BackupSettings;
  /** An environment whose schema history must record each pending migration first (src/db/staging.ts); '' none. */
  requireAppliedOn: string;
}

/**
 * `backup:` — `{ none: reason }` (no backup; the reason is printed on every run), or the command
 * (default pg_dump --format=custom), the directory the file goes to (relative to the config
 * file's directory) and the pg_dump to run.
 */
export interface BackupSettings {
  none?: string;
  command?: string;
  directory: string;
  pgDump: string;
}

/** `performance:` in migration-guard.yml (guide §8.2, rules/query-plan-regression.md). */
export interface PerformanceSettings {
  /** Folder of .sql files, one query each, relative to the config file. */
  queries: string;
  /** Synthetic rows per table ("orders" or "schema.orders"), generated before the change set. */
  rows: Record<string, number>;
  /** A query whose estimated total cost grows by more than this factor is reported. */
  costFactor: number;
  /** A `pg_dump --statistics-only` file (PostgreSQL 18), relative to the config file. */
  statistics?: string;
}

/** The default costFactor (see rules/query-plan-regression.md for why 2). */
export const DEFAULT_COST_FACTOR = 2;

/**
 * The header lines of the guide's migration template (§3.2), as named in `documentation.required`:
 * the file-name line, `-- Author:`, `-- Date:`, `-- Description:`, `-- Rollback:`.
 */
export const DOCUMENTATION_FIELDS = ['filename', 'author', 'date', 'description', 'rollback'] as const;
export type DocumentationField = (typeof DOCUMENTATION_FIELDS)[number];

export interface ConfigSource {
  /** As shown to the user (relative to the working directory). */
  file: string;
  kind: ConfigKind;
}

export interface Config extends Settings {
  /** The config file, or undefined when none was found (defaults apply): migration-guard.yml when there is one, else Flyway's. */
  file?: string;
  /** The kind of `file` (undefined: none). */
  kind?: ConfigKind;
  /** Every file read, migration-guard.yml last (it wins). */
  sources: ConfigSource[];
  /**
   * The database from Flyway's url / user / password (config file, then FLYWAY_URL, FLYWAY_USER,
   * FLYWAY_PASSWORD), as a postgres:// URL. A secret: print it only through maskUrl.
   */
  databaseUrl?: string;
  /** Why `databaseUrl` may be wrong (flyway.conf's url uses a ${NAME} not set): said when connecting with it fails. */
  databaseUrlNotes?: string[];
  /** Things the user should know (Flyway settings not used, classpath: locations): one line each, for stderr. */
  warnings: string[];
  /** The database URL came from Flyway's -url on the command line: it wins over DATABASE_URL. */
  databaseUrlFromCommandLine?: boolean;
  /** Directory paths in the config are relative to (the config file's, else the working directory). */
  baseDir: string;
  /** Absolute migrations directory. */
  migrationsDir: string;
  /** The environment in effect and its name for ${environment} / ${flyway:environment}. */
  environment: string;
}

export const DEFAULTS: Settings = {
  migrations: 'migrations',
  rollbackPattern: DEFAULT_ROLLBACK_PATTERN,
  seeds: 'seeds',
  transactions: 'explicit',
  runner: 'migration-guard',
  locations: [],
  placeholders: {},
  placeholderPrefix: '${',
  placeholderSuffix: '}',
  placeholderReplacement: true,
  sqlMigrationPrefix: 'V',
  sqlMigrationSeparator: '__',
  sqlMigrationSuffixes: ['.sql'],
  repeatableSqlMigrationPrefix: 'R',
  target: 'latest',
  group: false,
  mixed: false,
  ignoreMigrationPatterns: ['*:future'],
  encoding: DEFAULT_ENCODING,
  rules: {},
  historyTable: 'flyway_schema_history',
  schema: 'public',
  outOfOrder: false,
  validateOnMigrate: true,
  baselineOnMigrate: false,
  baselineVersion: '1',
  cleanDisabled: true,
  production: false,
  connectRetries: 3,
  lockTimeout: '5s',
  statementTimeout: '',
  lockRetries: 3,
  slowMigrationSeconds: 60,
  backup: { directory: 'backups', pgDump: 'pg_dump' },
  requireAppliedOn: '',
  requiredApprovals: 1,
  performance: null,
  documentation: { required: [...DOCUMENTATION_FIELDS] },
};

/** Flyway's ValidatePattern, the shape of an ignoreMigrationPatterns entry: `type:state`. */
export const MIGRATION_PATTERN = /^(\*|versioned|repeatable):(\*|pending|missing|ignored|future)$/i;
