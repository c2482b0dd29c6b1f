/**
 * The runner's settings, options, progress events and results: plain data shared by the runner
 * (runner.ts), the executor (executor.ts) and the reports (src/report/db.ts).
 */
import type { Config } from '../load/config.js';
import type { LockEntry } from '../check/locks.js';
import type { ApplyMode } from './apply.js';
import type { ConcurrentProgress, InvalidIndex } from './concurrent.js';
import type { MigrationInfo, ValidationIssue } from './validator.js';

export type RunnerSettings = Pick<
  Config,
  | 'historyTable'
  | 'schema'
  | 'outOfOrder'
  | 'validateOnMigrate'
  | 'baselineOnMigrate'
  | 'baselineVersion'
  | 'cleanDisabled'
  | 'production'
  | 'environment'
  | 'lockTimeout'
  | 'statementTimeout'
  | 'lockRetries'
  | 'slowMigrationSeconds'
  | 'group'
  | 'mixed'
  | 'ignoreMigrationPatterns'
>;

export type ProgressEvent =
  | { type: 'lock-wait'; holderPid?: number }
  | { type: 'start'; action: 'migrate' | 'rollback'; script: string; path: string }
  | { type: 'done'; action: 'migrate' | 'rollback'; script: string; path: string; ms: number; slow: boolean }
  | { type: 'failed'; action: 'migrate' | 'rollback'; script: string; path: string; ms: number }
  | { type: 'retry'; script: string; attempt: number; delayMs: number; message: string }
  /** While a CONCURRENTLY statement runs (server only): what it is doing or waiting for. */
  | ({ type: 'concurrent'; script: string; path: string; line: number; elapsedMs: number } & ConcurrentProgress)
  /** An invalid index left by an earlier failed build was dropped before building it again. */
  | { type: 'invalid-index-dropped'; script: string; index: string };

export interface RunnerOptions {
  onProgress?: (e: ProgressEvent) => void;
  /** First wait before retrying a migration that hit lock_timeout (doubles each time). */
  retryDelayMs?: number;
  /** How long to wait for another runner's lock before giving up. */
  lockWaitMs?: number;
  /** Trace the locks each migration takes on existing relations (pg_locks after each statement). */
  traceLocks?: boolean;
  /** How often to report on a running CONCURRENTLY statement, in ms (default 5000). */
  progressEveryMs?: number;
}

export interface AppliedMigration {
  script: string;
  path: string;
  version: string | null;
  description: string;
  mode: ApplyMode;
  executionTime: number;
  slow: boolean;
  retries: number;
  /** With traceLocks: locks that blocked reads or writes while further statements ran. */
  dangerousLocks?: LockEntry[];
  /** What the runner did besides the file's statements (an invalid index dropped before a rebuild…). */
  notes: string[];
}

export interface MigrationFailure {
  script: string;
  path: string;
  version: string | null;
  description: string;
  mode: ApplyMode;
  /** file:line:col of the failing statement. */
  location: string;
  sqlstate?: string;
  message: string;
  detail?: string;
  hint?: string;
  /** A success=false row was written (the migration had partly committed). */
  recordedAsFailed: boolean;
  /** Statements that had committed before the failure (outside a transaction). */
  committedStatements: number;
  /** Invalid indexes that appeared while it ran (a failed CONCURRENTLY build), with the statement that removes each. */
  invalidIndexes: InvalidIndex[];
  /** The connection broke (terminated backend, network) rather than a statement failing. */
  connectionLost: boolean;
}

export interface MigrateResult {
  database: string;
  history: string;
  createdHistory: boolean;
  baselined?: string;
  /** Version before and after the run. */
  initialVersion?: string;
  currentVersion?: string;
  applied: AppliedMigration[];
  issues: ValidationIssue[];
  warnings: string[];
  failure?: MigrationFailure;
  ok: boolean;
}

/** migrate --dry-run: what migrate would do now; nothing was written. */
export interface DryRunResult {
  database: string;
  history: string;
  /** migrate would create the history table (absent now). */
  createsHistory: boolean;
  /** baselineOnMigrate would mark the existing schema as at this version first. */
  baselined?: string;
  currentVersion?: string;
  /** Flyway's group: all of them would run in one transaction. */
  group?: boolean;
  /** In the order migrate applies them: statements as the runner sends them, and how. */
  migrations: { script: string; path: string; version: string | null; description: string; statements: number; mode: ApplyMode }[];
  /** Issues that would stop migrate before it applies anything. */
  issues: ValidationIssue[];
  warnings: string[];
  ok: boolean;
}

export interface StatusResult {
  database: string;
  history: string;
  historyExists: boolean;
  currentVersion?: string;
  migrations: MigrationInfo[];
  issues: ValidationIssue[];
  summary: Record<MigrationInfo['state'], number>;
  /** Invalid indexes in the database, with the recorded migration that creates each, when one does. */
  invalidIndexes: AttributedIndex[];
  /**
   * Backend pid of a runner holding the migration lock now: a failed row may then be a migration
   * still running (a file that can stop half-way is recorded as failed until its last step).
   */
  runningPid?: number;
}

export interface AttributedIndex extends InvalidIndex {
  /** Script of the successfully recorded migration whose CREATE INDEX … CONCURRENTLY names it. */
  createdBy?: string;
}

export interface ValidateResult {
  database: string;
  history: string;
  ok: boolean;
  issues: ValidationIssue[];
  pending: string[];
  invalidIndexes: AttributedIndex[];
}

export interface RolledBack {
  version: string;
  description: string;
  rollbackScript: string;
  path: string;
  mode: ApplyMode;
  executionTime: number;
  /** History rows removed: the version's, and those of repeatables applied after it. */
  removedRows: number;
  /** Scripts of the repeatables whose history rows were removed: the next migrate re-applies them. */
  repeatablesToRerun: string[];
}

export interface RollbackResult {
  database: string;
  history: string;
  target?: string;
  rolledBack: RolledBack[];
  issues: ValidationIssue[];
  failure?: MigrationFailure;
  currentVersion?: string;
  ok: boolean;
}

export interface RepairResult {
  database: string;
  history: string;
  removed: { version: string | null; description: string; script: string }[];
}

export interface ResetResult {
  database: string;
  schema: string;
  migrate: MigrateResult;
  ok: boolean;
}
