/**
 * The executor (Flyway's DbMigrate/SqlMigrationExecutor in one): applies one migration file on
 * the work session and keeps the schema history true about it, whatever stops it.
 *
 * - An atomic file (transactional, or one BEGIN … COMMIT block) writes its success row inside its
 *   own transaction.
 * - A file that can stop half-way gets a success = false row first, on the control session, and
 *   its last step turns it into a success (inside the last transaction block when the file ends
 *   with COMMIT): a SIGKILL or a terminated backend leaves it failed, never pending or applied.
 * - After any failure the history, read on the control session, says whether the last COMMIT went
 *   through; invalid indexes that appeared are named with the statement that removes them.
 * - CONCURRENTLY statements follow the policy in concurrent.ts.
 * - With Flyway's `group`, `applyGroup` applies all pending (atomic) migrations in ONE
 *   transaction with their history rows: all of them commit, or none.
 */
import { performance } from 'node:perf_hooks';
import { dangerousLocks, LockTracer } from '../check/locks.js';
import type { MigrationFile } from '../model/project.js';
import { ApplyError, applyFile, applyInside, type ApplyMode, type ApplyPlan, type PlannedStatement } from './apply.js';
import { dropInvalidBefore, invalidIndexes, watchBackend, type InvalidIndex } from './concurrent.js';
import type { Db } from './engine.js';
import { quoteIdent, SchemaHistory } from './history.js';
import type { AppliedMigration, MigrationFailure, ProgressEvent, RunnerOptions, RunnerSettings } from './runner-types.js';
import { versionText } from './validator.js';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const failureFrom = (file: MigrationFile, e: ApplyError, mode: ApplyMode, recorded: boolean, invalid: InvalidIndex[] = []): MigrationFailure => ({
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

/** The session migrations run on; its backend pid on a server. */
export interface WorkSession {
  db: Db;
  history: SchemaHistory;
  pid?: number;
}

/** Opens the work session next to `control` (the same session on PGlite), set up by resetSession. */
export async function openWorkSession(control: Db, settings: RunnerSettings): Promise<WorkSession> {
  const db = await control.sibling();
  try {
    const history = new SchemaHistory(db, settings.schema, settings.historyTable);
    const pid = db.engine === 'postgres' ? (await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid : undefined;
    const work = { db, history, pid };
    await resetSession(work, settings);
    return work;
  } catch (e) {
    await db.close();
    throw e;
  }
}

/**
 * Puts the work session back to the runner's settings before each migration, so what one
 * migration SETs (search_path, ROLE, SESSION AUTHORIZATION, any setting) never leaks into the
 * next — as Flyway restores the connection's original state between migrations (DbMigrate).
 * RESET ALL leaves role and session_authorization alone (GUC_NO_RESET_ALL), hence the two RESETs.
 * Then: lock_timeout, statement_timeout, the configured schema first on the search_path and, on
 * PostgreSQL 14+, client_connection_check_interval = 1s, so that a statement whose client is gone
 * (a killed runner) is cancelled instead of running on unseen (PostgreSQL docs, "Connection Settings").
 */
export async function resetSession(work: WorkSession, settings: RunnerSettings): Promise<void> {
  const { db } = work;
  await db.exec(RESET_SESSION);
  if (db.engine === 'postgres') await db.query("SELECT set_config('client_connection_check_interval', '1s', false)").catch(() => undefined);
  await sessionTimeouts(db, settings.lockTimeout, settings.statementTimeout);
  if (settings.schema !== 'public' && (await work.history.schemaExists())) await useSchema(db, settings.schema);
}

/** What a migration SET in its session, undone: RESET ALL leaves role and session_authorization alone. */
export const RESET_SESSION = 'RESET SESSION AUTHORIZATION; RESET ROLE; RESET ALL';

/** Migrations run with the configured schema first on the search_path, as Flyway does. */
export async function useSchema(db: Db, schema: string): Promise<void> {
  if (schema !== 'public') await db.query("SELECT set_config('search_path', $1, false)", [`${quoteIdent(schema)}, public`]);
}

async function sessionTimeouts(db: Db, lockTimeout: string, statementTimeout: string): Promise<void> {
  await db.query("SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)", [lockTimeout || '0', statementTimeout || '0']);
}

export interface ExecutorContext {
  /** The control session: lock, history outside migrations, progress queries. */
  control: Db;
  history: SchemaHistory;
  work: WorkSession;
  settings: RunnerSettings;
  opts: RunnerOptions;
  progress(e: ProgressEvent): void;
}

export class MigrationExecutor {
  constructor(private readonly ctx: ExecutorContext) {}

  async apply(file: MigrationFile, plan: ApplyPlan): Promise<{ applied: AppliedMigration } | { failure: MigrationFailure }> {
    const base = { script: file.rel, path: file.path };
    const mode = plan.mode;
    const work = this.ctx.work;
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
      await resetSession(work, this.ctx.settings);
      const startRank = await this.ctx.history.maxRank();
      const invalidBefore = marked ? new Set((await invalidIndexes(this.ctx.control)).map((i) => i.oid)) : undefined;
      const tracer = this.ctx.opts.traceLocks ? await LockTracer.start(work.db, file) : undefined;
      const marker = marked ? await this.ctx.history.insert({ ...row, executionTime: 0, success: false }) : undefined;
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      this.ctx.progress({ type: 'start', action: 'migrate', ...base });
      try {
        await applyFile(
          work.db,
          file,
          {
            ...tracer?.hooks,
            outside: (p, send) => this.runOutside(file, p, send, notes),
            beforeCommit: async () => {
              // A SET ROLE of the migration's must not decide who may write the history.
              await work.db.exec('RESET ROLE');
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
        const after = (await this.ctx.history.rows()).filter((r) => r.installedRank > startRank && r.script === file.rel);
        if (after.some((r) => r.success)) {
          notes.push(`the connection broke as the migration finished (${e.message}), but PostgreSQL had committed it: it is recorded as applied`);
          this.ctx.progress({ type: 'done', action: 'migrate', ...base, ms, slow: false });
          return { applied: { ...base, version: row.version, description: row.description, mode, executionTime: ms, slow: false, retries: attempt, notes } };
        }
        this.ctx.progress({ type: 'failed', action: 'migrate', ...base, ms });
        // Outside a transaction, statements before the failure stayed, and a failed CONCURRENTLY
        // build leaves an invalid index: such a run stays recorded as failed, as Flyway records it.
        const partial = marked && (mode === 'no-transaction' || e.committedBefore > 0);
        if (marker !== undefined) {
          if (partial) await this.ctx.history.setExecutionTime(marker, ms);
          else await this.ctx.history.deleteRanks([marker]);
        }
        if (!partial && !e.connectionLost && e.sqlstate === '55P03' && attempt < this.ctx.settings.lockRetries) {
          const delayMs = (this.ctx.opts.retryDelayMs ?? 1000) * 2 ** attempt;
          this.ctx.progress({ type: 'retry', script: file.rel, attempt: attempt + 1, delayMs, message: e.message });
          await sleep(delayMs);
          continue;
        }
        const invalid = invalidBefore ? (await invalidIndexes(this.ctx.control)).filter((i) => !invalidBefore.has(i.oid)) : [];
        return { failure: failureFrom(file, e, mode, partial, invalid) };
      }
      const ms = elapsed();
      const slow = this.ctx.settings.slowMigrationSeconds > 0 && ms > this.ctx.settings.slowMigrationSeconds * 1000;
      const trace = tracer ? await tracer.finish() : undefined;
      this.ctx.progress({ type: 'done', action: 'migrate', ...base, ms, slow });
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
   * Flyway's `group` (DbMigrate.applyMigrations with executeGroupInTransaction): every file in one
   * transaction on the work session, each after the session reset Flyway does between
   * migrations, each with its success row written inside that transaction. A failure rolls all of
   * it back — nothing applied, nothing recorded (Flyway: "Changes successfully rolled back") — and
   * is returned as the failing file's failure. Every plan must be atomic (`firstNonAtomic`); a
   * file written as one BEGIN … COMMIT block runs without its own BEGIN and COMMIT. Not retried on
   * lock_timeout, and no lock trace.
   */
  async applyGroup(files: [MigrationFile, ApplyPlan][]): Promise<{ applied: AppliedMigration[] } | { failure: MigrationFailure }> {
    const work = this.ctx.work;
    await resetSession(work, this.ctx.settings);
    const startRank = await this.ctx.history.maxRank();
    const applied: AppliedMigration[] = [];
    let current: [MigrationFile, ApplyPlan] | undefined;
    let atCommit = false;
    try {
      await work.db.exec('BEGIN');
      for (const entry of files) {
        current = entry;
        const [file, plan] = entry;
        const base = { script: file.rel, path: file.path };
        if (applied.length > 0) await resetSession(work, this.ctx.settings);
        this.ctx.progress({ type: 'start', action: 'migrate', ...base });
        const started = performance.now();
        await applyInside(work.db, file, plan);
        await work.db.exec('RESET ROLE');
        const ms = Math.round(performance.now() - started);
        const version = file.version ? versionText(file.version) : null;
        await work.history.insert({ version, description: file.description ?? '', type: 'SQL', script: file.rel, checksum: file.checksum, executionTime: ms, success: true });
        const slow = this.ctx.settings.slowMigrationSeconds > 0 && ms > this.ctx.settings.slowMigrationSeconds * 1000;
        this.ctx.progress({ type: 'done', action: 'migrate', ...base, ms, slow });
        applied.push({ ...base, version, description: file.description ?? '', mode: plan.mode, executionTime: ms, slow, retries: 0, notes: ['applied in one transaction with the other pending migrations (group: true)'] });
      }
      current = undefined;
      atCommit = true;
      await work.db.exec('COMMIT');
      return { applied };
    } catch (e) {
      await work.db.exec('ROLLBACK').catch(() => undefined);
      // A connection lost while COMMIT was on its way: the history, read on the control session, decides.
      if (atCommit) {
        const after = (await this.ctx.history.rows()).filter((r) => r.installedRank > startRank && r.success);
        if (after.length === files.length) return { applied };
      }
      const [file, plan] = current ?? files[files.length - 1]!;
      const error = e instanceof ApplyError ? e : new ApplyError(`the group's transaction failed: ${(e as Error).message}`, file.path, 1, 1);
      this.ctx.progress({ type: 'failed', action: 'migrate', script: file.rel, path: file.path, ms: 0 });
      const failure = failureFrom(file, error, plan.mode, false);
      failure.message += ` (group: true, so the whole group was rolled back: none of the ${files.length} pending migrations was applied)`;
      return { failure };
    }
  }

  /**
   * The CONCURRENTLY policy (concurrent.ts): no lock_timeout or statement_timeout of ours on the
   * statement, an invalid index of the same name dropped before a build, progress while it runs.
   */
  async runOutside(file: MigrationFile, p: PlannedStatement, send: () => Promise<void>, notes: string[]): Promise<void> {
    if (!/CONCURRENTLY/.test(p.outside ?? '')) return send();
    const work = this.ctx.work;
    await sessionTimeouts(work.db, '0', '0');
    try {
      const dropped = p.stmt ? await dropInvalidBefore(work.db, p.stmt) : undefined;
      if (dropped) {
        const index = `${dropped.schema}.${dropped.name}`;
        notes.push(`dropped the invalid index ${index} that an earlier failed build left, before building it again`);
        this.ctx.progress({ type: 'invalid-index-dropped', script: file.rel, index });
      }
      const line = file.position(p.start).line;
      const started = performance.now();
      const stop =
        work.pid !== undefined && work.db.engine === 'postgres'
          ? watchBackend(this.ctx.control, work.pid, this.ctx.opts.progressEveryMs ?? 5000, (x) =>
              this.ctx.progress({ type: 'concurrent', script: file.rel, path: file.path, line, elapsedMs: Math.round(performance.now() - started), ...x }),
            )
          : () => undefined;
      try {
        await send();
      } finally {
        stop();
      }
    } finally {
      await sessionTimeouts(work.db, this.ctx.settings.lockTimeout, this.ctx.settings.statementTimeout).catch(() => undefined);
    }
  }
}
