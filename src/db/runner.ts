/**
 * The runner: migrate, status, validate, rollback, repair, reset (clean + migrate) and baseline
 * on one database, Flyway-compatible. It reads the schema history (history.ts), compares it with
 * the files (validator.ts) and runs each migration with applyFile (apply.ts), writing the history
 * row inside the migration's own transaction. Pure of printing: progress goes to a callback.
 *
 * Every command that writes holds Flyway's session advisory lock for the whole run, so two
 * runners never apply at once: the second waits, then reads the history again and finds nothing
 * left to do.
 */
import { performance } from 'node:perf_hooks';
import { UsageError } from '../errors.js';
import type { Config } from '../load/config.js';
import { compareVersions, parseVersion, versionKey } from '../load/version.js';
import type { MigrationFile, Project } from '../model/project.js';
import { dangerousLocks, LockTracer, type LockEntry } from '../check/locks.js';
import { ApplyError, applyFile, applyMode, planFile, type ApplyMode, type ApplyPlan, type PlannedStatement } from './apply.js';
import { dropInvalidBefore, invalidIndexes, watchBackend, type ConcurrentProgress, type InvalidIndex } from './concurrent.js';
import type { Db } from './engine.js';
import { quoteIdent, SchemaHistory, type HistoryRow } from './history.js';
import { analyse, versionText, type Analysis, type MigrationInfo, type ValidationIssue } from './validator.js';

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const failureFrom = (file: MigrationFile, e: ApplyError, mode: ApplyMode, recorded: boolean, invalid: InvalidIndex[] = []): MigrationFailure => ({
  script: file.rel,
  path: file.path,
  version: file.version ? versionText(file.version) : null,
  description: file.description ?? '',
  mode,
  location: `${e.file}:${e.line}:${e.column}`,
  sqlstate: e.sqlstate,
  message: e.message,
  detail: e.detail,
  hint: e.hint,
  recordedAsFailed: recorded,
  committedStatements: e.committedBefore,
  invalidIndexes: invalid,
  connectionLost: e.connectionLost,
});

/**
 * Two sessions, as Flyway keeps them: `db` (the control session) holds the advisory lock and
 * writes the schema history outside migrations; migrations run on `work`, a sibling session, so a
 * migration whose backend is terminated still gets its failed row, and the version the schema is
 * at can still be read. A history row that must commit with a migration is written on `work`,
 * inside the migration's transaction. (Embedded PGlite has one session: both are the same.)
 */
export class Runner {
  readonly history: SchemaHistory;
  private work?: { db: Db; history: SchemaHistory; pid?: number };
  constructor(
    readonly db: Db,
    readonly project: Project,
    readonly settings: RunnerSettings,
    readonly opts: RunnerOptions = {},
  ) {
    this.history = new SchemaHistory(db, settings.schema, settings.historyTable);
  }

  private progress(e: ProgressEvent): void {
    this.opts.onProgress?.(e);
  }

  private async rows(): Promise<HistoryRow[]> {
    return (await this.history.exists()) ? this.history.rows() : [];
  }

  private analyse(rows: HistoryRow[]): Analysis {
    return analyse(this.project, rows, { outOfOrder: this.settings.outOfOrder });
  }

  /** Runs fn holding the migration lock, with the session settings from the config. */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + (this.opts.lockWaitMs ?? 600_000);
    let wait = 50;
    let told = false;
    while (!(await this.history.tryLock())) {
      if (!told) {
        told = true;
        this.progress({ type: 'lock-wait', holderPid: await this.history.lockHolder().catch(() => undefined) });
      }
      if (Date.now() > deadline) {
        throw new UsageError(`gave up waiting for the migration lock on ${this.history.qualified}: another runner has held it for ${Math.round((this.opts.lockWaitMs ?? 600_000) / 1000)} s`);
      }
      await sleep(wait);
      wait = Math.min(wait * 2, 1000);
    }
    const db = await this.db.sibling();
    try {
      const pid = db.engine === 'postgres' ? (await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid : undefined;
      this.work = { db, history: new SchemaHistory(db, this.settings.schema, this.settings.historyTable), pid };
      if (db.engine === 'postgres') {
        // PostgreSQL 14+: a statement whose client is gone (a killed runner) is cancelled within a
        // second instead of running on unseen (postgresql.conf docs, client_connection_check_interval).
        await db.query("SELECT set_config('client_connection_check_interval', '1s', false)").catch(() => undefined);
      }
      await this.sessionTimeouts(this.settings.lockTimeout, this.settings.statementTimeout);
      await this.useSchema();
      return await fn();
    } finally {
      this.work = undefined;
      await db.close();
      await this.history.unlock().catch(() => undefined);
    }
  }

  private async sessionTimeouts(lockTimeout: string, statementTimeout: string): Promise<void> {
    await this.work!.db.query("SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)", [lockTimeout || '0', statementTimeout || '0']);
  }

  /** Migrations run with the configured schema first on the search_path, as Flyway does. */
  private async useSchema(): Promise<void> {
    if (this.settings.schema !== 'public' && (await this.history.schemaExists())) {
      await this.work!.db.query("SELECT set_config('search_path', $1, false)", [`${quoteIdent(this.settings.schema)}, public`]);
    }
  }

  /** Invalid indexes, each with the recorded migration whose CREATE INDEX CONCURRENTLY names it. */
  private async attributedInvalidIndexes(rows: HistoryRow[]): Promise<AttributedIndex[]> {
    // The managed schemas: the configured one and those on the session's search_path.
    const path = (await this.db.query<{ s: string[] }>('SELECT current_schemas(false) AS s')).rows[0]?.s ?? [];
    const invalid = await invalidIndexes(this.db, [...new Set([this.settings.schema, ...path])]);
    if (invalid.length === 0) return [];
    const recorded = new Set(rows.filter((r) => r.success && r.type === 'SQL').map((r) => r.script));
    const creator = new Map<string, string>();
    for (const f of this.project.migrations) {
      if (!recorded.has(f.rel)) continue;
      for (const st of f.parsed.statements) {
        const name = st.kind === 'IndexStmt' && st.node['concurrent'] ? st.node['idxname'] : undefined;
        if (typeof name === 'string' && !creator.has(name)) creator.set(name, f.rel);
      }
    }
    return invalid.map((i) => (creator.has(i.name) ? { ...i, createdBy: creator.get(i.name) } : i));
  }

  async status(): Promise<StatusResult> {
    const exists = await this.history.exists();
    const rows = exists ? await this.history.rows() : [];
    const a = this.analyse(rows);
    const invalid = await this.attributedInvalidIndexes(rows);
    const summary = {} as StatusResult['summary'];
    for (const s of ['applied', 'out-of-order', 'pending', 'failed', 'missing', 'outdated', 'ignored', 'baseline', 'below-baseline', 'schema', 'deleted'] as const) {
      summary[s] = 0;
    }
    for (const m of a.infos) summary[m.state]++;
    return {
      database: this.db.label,
      history: this.history.qualified,
      historyExists: exists,
      currentVersion: a.current,
      migrations: a.infos,
      issues: a.issues,
      summary,
      invalidIndexes: invalid,
    };
  }

  /** Flyway's validate: the applied migrations match the files; pending ones are listed, not errors. */
  async validate(): Promise<ValidateResult> {
    const rows = await this.rows();
    const a = this.analyse(rows);
    const invalid = await this.attributedInvalidIndexes(rows);
    const issues = [...a.issues];
    for (const i of invalid) {
      if (!i.createdBy) continue;
      issues.push({
        code: 'invalid-index',
        script: i.createdBy,
        message: `index ${i.schema}.${i.name} on ${i.table} is INVALID (a failed CONCURRENTLY build), though ${i.createdBy} is recorded as applied: PostgreSQL never uses it but keeps updating it. Rebuild it: ${i.fix} then run the CREATE INDEX CONCURRENTLY of ${i.createdBy} again`,
      });
    }
    return {
      database: this.db.label,
      history: this.history.qualified,
      ok: issues.length === 0,
      issues,
      pending: a.pending.map((f) => f.rel),
      invalidIndexes: invalid,
    };
  }

  /** True when the schema holds no relation, routine or type of its own. */
  async schemaIsEmpty(): Promise<boolean> {
    const r = await this.db.query<{ empty: boolean }>(
      `SELECT NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1)
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1)
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                           WHERE n.nspname = $1 AND t.typrelid = 0 AND t.typcategory <> 'A') AS empty`,
      [this.settings.schema],
    );
    return r.rows[0]?.empty === true;
  }

  /** Creates the history table with a baseline row (Flyway's `baseline`). */
  async baseline(version = this.settings.baselineVersion): Promise<{ database: string; history: string; version: string }> {
    return this.withLock(async () => {
      if (await this.history.exists()) {
        const rows = await this.history.rows();
        if (rows.some((r) => r.type !== 'SCHEMA')) {
          throw new UsageError(`cannot baseline: ${this.history.qualified} already has migrations in it`);
        }
        await this.history.insert({ version: version.replace(/_/g, '.'), description: '<< Flyway Baseline >>', type: 'BASELINE', script: '<< Flyway Baseline >>', checksum: null, executionTime: 0, success: true });
      } else await this.history.create(version);
      return { database: this.db.label, history: this.history.qualified, version: version.replace(/_/g, '.') };
    });
  }

  async migrate(): Promise<MigrateResult> {
    return this.withLock(() => this.migrateLocked());
  }

  private async migrateLocked(): Promise<MigrateResult> {
    const result: MigrateResult = {
      database: this.db.label,
      history: this.history.qualified,
      createdHistory: false,
      applied: [],
      issues: [],
      warnings: [],
      ok: true,
    };
    if (!(await this.history.exists())) {
      if (await this.schemaIsEmpty()) {
        await this.history.create();
      } else if (this.settings.baselineOnMigrate) {
        await this.history.create(this.settings.baselineVersion);
        result.baselined = this.settings.baselineVersion.replace(/_/g, '.');
      } else {
        result.issues.push({
          code: 'non-empty-schema',
          message: `schema "${this.settings.schema}" is not empty but has no schema history table ${this.history.qualified}: set baselineOnMigrate: true (and baselineVersion) to adopt the existing schema, or migrate an empty database`,
        });
        result.ok = false;
        return result;
      }
      result.createdHistory = true;
      await this.useSchema();
    }
    const a = this.analyse(await this.history.rows());
    result.initialVersion = a.current;
    const always = new Set(['failed', 'duplicate-version', 'duplicate-repeatable', 'unknown-placeholder']);
    result.issues = a.issues.filter((i) => always.has(i.code) || this.settings.validateOnMigrate);
    if (!this.settings.validateOnMigrate) {
      for (const f of a.ignored) result.warnings.push(`skipped ${f.path}: its version is below the current version ${a.current} and outOfOrder is false`);
    }
    // Every pending file is planned before the first is sent: one that cannot run whole (does not
    // decode, does not parse) stops the run before anything is applied.
    const plans = new Map<MigrationFile, ApplyPlan>();
    for (const file of a.pending) {
      if (file.unknownPlaceholders.length > 0) continue; // already an issue of its own
      try {
        plans.set(file, planFile(file));
      } catch (e) {
        if (!(e instanceof ApplyError)) throw e;
        result.issues.push({ code: 'not-runnable', script: file.rel, location: `${e.file}:${e.line}:${e.column}`, message: e.message });
      }
    }
    if (result.issues.length > 0) {
      result.ok = false;
      return result;
    }
    for (const file of a.pending) {
      const outcome = await this.applyMigration(file, plans.get(file)!);
      if ('failure' in outcome) {
        result.failure = outcome.failure;
        result.ok = false;
        break;
      }
      result.applied.push(outcome.applied);
      if (outcome.applied.slow) {
        result.warnings.push(
          `${file.path} took ${(outcome.applied.executionTime / 1000).toFixed(1)} s, more than slowMigrationSeconds (${this.settings.slowMigrationSeconds} s): on a large production table it may hold locks for long`,
        );
      }
    }
    // Read on the control session, which outlives a terminated migration backend.
    result.currentVersion = this.analyse(await this.history.rows()).current;
    return result;
  }

  private async applyMigration(file: MigrationFile, plan: ApplyPlan): Promise<{ applied: AppliedMigration } | { failure: MigrationFailure }> {
    const base = { script: file.rel, path: file.path };
    const mode = plan.mode;
    const work = this.work!;
    // A file that can stop half-way is recorded as failed before it starts, and marked a success
    // by its last step: whatever kills the run (SIGKILL, a terminated backend), the history never
    // shows it as pending or applied when part of it ran. An atomic file needs no such row.
    const marked = !plan.atomic;
    const row = {
      version: file.version ? versionText(file.version) : null,
      description: file.description ?? '',
      type: 'SQL' as const,
      script: file.rel,
      checksum: file.checksum,
    };
    const notes: string[] = [];
    for (let attempt = 0; ; attempt++) {
      const startRank = await this.history.maxRank();
      const invalidBefore = marked ? new Set((await invalidIndexes(this.db)).map((i) => i.oid)) : undefined;
      const tracer = this.opts.traceLocks ? await LockTracer.start(work.db, file) : undefined;
      const marker = marked ? await this.history.insert({ ...row, executionTime: 0, success: false }) : undefined;
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      this.progress({ type: 'start', action: 'migrate', ...base });
      try {
        await applyFile(
          work.db,
          file,
          {
            ...tracer?.hooks,
            outside: (p, send) => this.runOutside(file, p, send, notes),
            beforeCommit: async () => {
              if (marker !== undefined) await work.history.succeed(marker, elapsed());
              else await work.history.insert({ ...row, executionTime: elapsed(), success: true });
            },
          },
          plan,
        );
      } catch (e) {
        if (!(e instanceof ApplyError)) throw e;
        const ms = elapsed();
        // The history, read on the control session, says whether the last COMMIT went through.
        const after = (await this.history.rows()).filter((r) => r.installedRank > startRank && r.script === file.rel);
        if (after.some((r) => r.success)) {
          notes.push(`the connection broke as the migration finished (${e.message}), but PostgreSQL had committed it: it is recorded as applied`);
          this.progress({ type: 'done', action: 'migrate', ...base, ms, slow: false });
          return { applied: { ...base, version: row.version, description: row.description, mode, executionTime: ms, slow: false, retries: attempt, notes } };
        }
        this.progress({ type: 'failed', action: 'migrate', ...base, ms });
        // Outside a transaction, statements before the failure stayed, and a failed CONCURRENTLY
        // build leaves an invalid index: such a run stays recorded as failed, as Flyway records it.
        const partial = marked && (mode === 'no-transaction' || e.committedBefore > 0);
        if (marker !== undefined) {
          if (partial) await this.history.setExecutionTime(marker, ms);
          else await this.history.deleteRanks([marker]);
        }
        if (!partial && !e.connectionLost && e.sqlstate === '55P03' && attempt < this.settings.lockRetries) {
          const delayMs = (this.opts.retryDelayMs ?? 1000) * 2 ** attempt;
          this.progress({ type: 'retry', script: file.rel, attempt: attempt + 1, delayMs, message: e.message });
          await sleep(delayMs);
          continue;
        }
        const invalid = invalidBefore ? (await invalidIndexes(this.db)).filter((i) => !invalidBefore.has(i.oid)) : [];
        return { failure: failureFrom(file, e, mode, partial, invalid) };
      }
      const ms = elapsed();
      const slow = this.settings.slowMigrationSeconds > 0 && ms > this.settings.slowMigrationSeconds * 1000;
      const trace = tracer ? await tracer.finish() : undefined;
      this.progress({ type: 'done', action: 'migrate', ...base, ms, slow });
      return {
        applied: {
          ...base,
          version: row.version,
          description: row.description,
          mode,
          executionTime: ms,
          slow,
          retries: attempt,
          notes,
          ...(trace ? { dangerousLocks: dangerousLocks(trace) } : {}),
        },
      };
    }
  }

  /**
   * The CONCURRENTLY policy (concurrent.ts): no lock_timeout or statement_timeout of ours on the
   * statement, an invalid index of the same name dropped before a build, progress while it runs.
   */
  private async runOutside(file: MigrationFile, p: PlannedStatement, send: () => Promise<void>, notes: string[]): Promise<void> {
    if (!/CONCURRENTLY/.test(p.outside ?? '')) return send();
    const work = this.work!;
    await this.sessionTimeouts('0', '0');
    try {
      const dropped = p.stmt ? await dropInvalidBefore(work.db, p.stmt) : undefined;
      if (dropped) {
        const index = `${dropped.schema}.${dropped.name}`;
        notes.push(`dropped the invalid index ${index} that an earlier failed build left, before building it again`);
        this.progress({ type: 'invalid-index-dropped', script: file.rel, index });
      }
      const line = file.position(p.start).line;
      const started = performance.now();
      const stop =
        work.pid !== undefined && work.db.engine === 'postgres'
          ? watchBackend(this.db, work.pid, this.opts.progressEveryMs ?? 5000, (x) =>
              this.progress({ type: 'concurrent', script: file.rel, path: file.path, line, elapsedMs: Math.round(performance.now() - started), ...x }),
            )
          : () => undefined;
      try {
        await send();
      } finally {
        stop();
      }
    } finally {
      await this.sessionTimeouts(this.settings.lockTimeout, this.settings.statementTimeout).catch(() => undefined);
    }
  }

  /**
   * Undoes applied versions with their rollback files, newest version first: the newest one, or
   * (with `to`) every applied version above `to`. Each rollback deletes its version's history
   * rows, and those of repeatables applied after it (they may depend on what the rollback
   * removed; the next migrate applies them again), in the rollback's own transaction.
   */
  async rollback(opts: { to?: string; forceProduction?: boolean } = {}): Promise<RollbackResult> {
    if (this.settings.production && !opts.forceProduction) {
      throw new UsageError(
        `refusing to roll back: environment "${this.settings.environment}" is production (pass --force-production if you really mean to)`,
      );
    }
    const to = opts.to === undefined ? undefined : parseVersion(opts.to);
    if (opts.to !== undefined && !to) throw new UsageError(`--to must be a version such as 3 or 1.2 (got "${opts.to}")`);
    return this.withLock(async () => {
      const result: RollbackResult = { database: this.db.label, history: this.history.qualified, target: to && versionText(to), rolledBack: [], issues: [], ok: true };
      const rows = await this.rows();
      const latest = new Map<string, HistoryRow>();
      for (const r of rows) {
        const v = r.version !== null && r.type === 'SQL' ? parseVersion(r.version) : undefined;
        if (v) latest.set(versionKey(v), r);
      }
      let targets = [...latest.values()]
        .filter((r) => r.success)
        .map((r) => ({ row: r, v: parseVersion(r.version!)! }))
        .sort((a, b) => compareVersions(b.v, a.v));
      targets = to ? targets.filter((t) => compareVersions(t.v, to) > 0) : targets.slice(0, 1);
      const rollbacks = new Map<string, MigrationFile>();
      for (const f of this.project.files) if (f.kind === 'rollback' && f.version) rollbacks.set(versionKey(f.version), f);
      const plans = new Map<MigrationFile, ApplyPlan>();
      for (const t of targets) {
        const file = rollbacks.get(versionKey(t.v));
        if (!file) {
          result.issues.push({
            code: 'rollback-missing',
            version: t.row.version!,
            script: t.row.script,
            message: `no rollback file for applied migration ${t.row.version} (${t.row.script}): expected ${this.project.root}/${this.project.rollbackPattern.pathFor(t.v.raw)}`,
          });
          continue;
        }
        try {
          plans.set(file, planFile(file));
        } catch (e) {
          if (!(e instanceof ApplyError)) throw e;
          result.issues.push({ code: 'not-runnable', version: t.row.version!, script: file.rel, location: `${e.file}:${e.line}:${e.column}`, message: e.message });
          continue;
        }
        if (plans.get(file)!.statements.length === 0) {
          result.issues.push({
            code: 'rollback-empty',
            version: t.row.version!,
            script: file.rel,
            location: `${file.path}:1:1`,
            message: `${file.path} has no statement: running it would delete the history row of ${t.row.version} (${t.row.script}) while everything it created stays, and the next migrate would fail. Write the statements that undo it, or one that fails loudly when it cannot be undone`,
          });
        }
      }
      if (result.issues.length > 0) {
        result.ok = false;
        return result;
      }
      for (const t of targets) {
        const file = rollbacks.get(versionKey(t.v))!;
        const plan = plans.get(file)!;
        const mode = plan.mode;
        const started = performance.now();
        let removed = 0;
        this.progress({ type: 'start', action: 'rollback', script: file.rel, path: file.path });
        const work = this.work!;
        try {
          await applyFile(
            work.db,
            file,
            {
              outside: (p, send) => this.runOutside(file, p, send, []),
              beforeCommit: async () => {
                const now = await work.history.rows();
                const ranks = now.filter((r) => r.version !== null && r.type !== 'BASELINE' && sameVersion(r.version, t.v)).map((r) => r.installedRank);
                const first = Math.min(...ranks, t.row.installedRank);
                const dependents = now.filter((r) => r.version === null && r.type === 'SQL' && r.installedRank > first).map((r) => r.installedRank);
                await work.history.deleteRanks([...ranks, ...dependents]);
                removed = ranks.length + dependents.length;
              },
            },
            plan,
          );
        } catch (e) {
          if (!(e instanceof ApplyError)) throw e;
          this.progress({ type: 'failed', action: 'rollback', script: file.rel, path: file.path, ms: Math.round(performance.now() - started) });
          result.failure = { ...failureFrom(file, e, mode, false), version: t.row.version, description: t.row.description };
          result.ok = false;
          break;
        }
        const ms = Math.round(performance.now() - started);
        this.progress({ type: 'done', action: 'rollback', script: file.rel, path: file.path, ms, slow: false });
        result.rolledBack.push({ version: t.row.version!, description: t.row.description, rollbackScript: file.rel, path: file.path, mode, executionTime: ms, removedRows: removed });
      }
      result.currentVersion = this.analyse(await this.rows()).current;
      return result;
    });
  }

  /** Flyway's repair, for failed runs: removes the success=false rows once the half-applied changes are cleaned up. */
  async repair(): Promise<RepairResult> {
    return this.withLock(async () => {
      const failed = (await this.rows()).filter((r) => !r.success);
      await this.history.deleteRanks(failed.map((r) => r.installedRank));
      return {
        database: this.db.label,
        history: this.history.qualified,
        removed: failed.map((r) => ({ version: r.version, description: r.description, script: r.script })),
      };
    });
  }

  /**
   * `reset`: drops everything in the schema (Flyway's clean, history table included), then
   * migrates from scratch. Refused unless cleanDisabled is false and the environment is not
   * production.
   */
  async reset(): Promise<ResetResult> {
    assertCleanAllowed(this.settings);
    return this.withLock(async () => {
      await this.clean();
      const migrate = await this.migrateLocked();
      return { database: this.db.label, schema: this.settings.schema, migrate, ok: migrate.ok };
    });
  }

  /** Drops and recreates the schema, keeping its owner, privileges and comment. */
  private async clean(): Promise<void> {
    const schema = this.settings.schema;
    const q = quoteIdent(schema);
    const info = await this.db.query<{ owner: string; comment: string | null }>(
      `SELECT nspowner::regrole::text AS owner, obj_description(oid, 'pg_namespace') AS comment FROM pg_catalog.pg_namespace WHERE nspname = $1`,
      [schema],
    );
    if (info.rows.length === 0) return;
    const { owner, comment } = info.rows[0]!;
    const grants = await this.db.query<{ grantee: string; privilege: string; grantable: boolean }>(
      `SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END AS grantee, a.privilege_type AS privilege, a.is_grantable AS grantable
         FROM pg_catalog.pg_namespace n, aclexplode(n.nspacl) a WHERE n.nspname = $1 AND a.grantee <> n.nspowner`,
      [schema],
    );
    await this.db.exec('BEGIN');
    try {
      await this.db.exec(`DROP SCHEMA ${q} CASCADE`);
      await this.db.exec(`CREATE SCHEMA ${q}`);
      await this.db.exec(`ALTER SCHEMA ${q} OWNER TO ${owner}`);
      for (const g of grants.rows) {
        await this.db.exec(`GRANT ${g.privilege} ON SCHEMA ${q} TO ${g.grantee}${g.grantable ? ' WITH GRANT OPTION' : ''}`);
      }
      if (comment !== null) await this.db.exec(`COMMENT ON SCHEMA ${q} IS ${quoteLiteral(comment)}`);
      await this.db.exec('COMMIT');
    } catch (e) {
      await this.db.exec('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }
}

export function assertCleanAllowed(settings: Pick<RunnerSettings, 'cleanDisabled' | 'production' | 'environment'>): void {
  if (settings.production) {
    throw new UsageError(`refusing to reset: environment "${settings.environment}" is production; reset drops every object in the schema`);
  }
  if (settings.cleanDisabled) {
    throw new UsageError('refusing to reset: cleanDisabled is true (the default); set cleanDisabled: false for this environment in migration-guard.yml to allow it');
  }
}

function sameVersion(text: string, v: ReturnType<typeof parseVersion> & object): boolean {
  const p = parseVersion(text);
  return p !== undefined && versionKey(p) === versionKey(v);
}

const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;
