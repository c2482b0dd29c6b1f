/**
 * What `check` reports about a project, migration by migration (run.ts fills it, report/check.ts
 * prints it).
 */
import type { Scratch } from '../db/engine.js';
import type { ApplyMode } from '../db/apply.js';
import type { Config } from '../load/config.js';
import type { DiffLine, SchemaDiff } from './diff.js';
import type { LockEntry, TracedStatement } from './locks.js';
import type { Finding } from '../lint/types.js';
import type { PerformanceReport, PerformanceSetup } from './performance.js';
import type { CachedMigration } from './db-cache.js';

/** `engine`: the scratch database starting (`file` names the engine), before any migration. */
export type CheckPhase = 'engine' | 'apply' | 'rollback' | 'reapply' | 'seed';

/** Progress of the run, for the CLI (a line per phase, or a live line on a TTY). */
export interface CheckProgress {
  /** Path shown to users. */
  file: string;
  phase: CheckPhase;
  status: 'start' | 'ok' | 'failed';
  /** Time spent in this phase so far (0 at start). */
  elapsedMs: number;
  /** 1-based position of the migration (or seed) among those of the run, and their number. */
  index: number;
  total: number;
}

export interface ApplyFailure {
  file: string;
  line: number;
  column: number;
  sqlstate?: string;
  message: string;
  detail?: string;
  hint?: string;
}

/** What happened to one migration (or seed) on the scratch database. */
export interface MigrationCheck {
  file: string;
  kind: 'versioned' | 'repeatable' | 'seed';
  version?: string;
  description?: string;
  /** In the change set: rollback verified and locks traced. */
  isNew: boolean;
  /** How it ran: in one transaction, as written (its own BEGIN/COMMIT), statement by statement in autocommit. */
  mode?: ApplyMode;
  applied: 'ok' | 'failed' | 'skipped';
  /** First application, in ms. */
  durationMs?: number;
  error?: ApplyFailure;
  /**
   * verified: up → down gives the schema back and up works again; incomplete / failed: see
   * the findings; missing: new but no rollback file; none: not applicable (repeatable, seed,
   * not new, or not reached).
   */
  rollback: 'verified' | 'incomplete' | 'failed' | 'missing' | 'none';
  rollbackFile?: string;
  rollbackDurationMs?: number;
  /** What up → down left different (left behind = added, lost = dropped). */
  rollbackDiff?: SchemaDiff;
  /** Locks on pre-existing relations (new migrations only). */
  locks: LockEntry[];
  /** Pre-existing relations the migration rewrote (new relfilenode). */
  rewritten: string[];
  /** Locks reported as dangerous-lock (before suppressions). */
  dangerousLocks: number;
  /** Slowest statement of the first application. */
  slowest?: TracedStatement;
  /** Not applied by this run: its state was restored from check's database state cache (mode and duration are the run's that saved it). */
  restored?: true;
  /** Traced migrations: each top-level statement and the pre-existing tables it rewrote (new relfilenode). */
  statements?: { line: number; column: number; rewrote: string[] }[];
}

export interface PostgresInfo {
  engine: 'postgres' | 'pglite';
  /** server_version, e.g. "15.20" or "18.1". */
  version: string;
  /** version(). */
  full: string;
  /** Where it ran, password masked. */
  label: string;
}

export interface ProjectCheck {
  root: string;
  findings: Finding[];
  migrations: MigrationCheck[];
  /** Schema before the first new migration → after all migrations (before seeds). */
  schemaDiff: SchemaDiff;
  /** The diff lines as people read them (children of added/dropped tables folded). */
  schemaChanges: DiffLine[];
  /** False when a failure stopped the chain: the diff covers what was applied. */
  complete: boolean;
  postgres: PostgresInfo;
  /** The critical queries' plans before and after the change set (performance: configured). */
  performance?: PerformanceReport;
}

export interface CheckProjectOptions {
  config: Config;
  onProgress?: (p: CheckProgress) => void;
  /** A copy of the scratch database as it is now, for rollbacks that cannot be verified in a transaction. */
  copy?: () => Promise<Scratch>;
  /** The critical queries to plan before and after the change set (query-plan-regression). */
  performance?: PerformanceSetup;
  /**
   * The database already holds the first `count` migrations (and the runner's tracking table),
   * restored from check's database state cache (db-cache.ts): they are not applied again and are
   * reported with what the cold run recorded (`entries`, one per migration).
   */
  restored?: { count: number; entries: CachedMigration[] };
  /**
   * Called once when the first `count` migrations are applied, before anything else touches the
   * database (the change set's lock trace, plans, snapshots), and only if they all applied and
   * raised no finding (a server's skipped cluster-wide statement) and created no role: to save
   * the state. Not called when the chain stops earlier.
   */
  saveAt?: { count: number; save: (entries: CachedMigration[]) => Promise<void> };
}
