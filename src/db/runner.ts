/**
 * The runner: migrate, status, validate, rollback, repair, reset (clean + migrate) and baseline
 * on one database, Flyway-compatible. It reads the schema history (history.ts), compares it with
 * the files (validator.ts) and has the executor (executor.ts) apply each migration and keep the
 * history true about it. Pure of printing: progress goes to a callback.
 *
 * Every command that writes holds Flyway's session advisory lock for the whole run, so two
 * runners never apply at once: the second waits, then reads the history again and finds nothing
 * left to do.
 */
import { UsageError } from '../errors.js';
import { parseVersion } from '../load/version.js';
import type { MigrationFile, Project } from '../model/project.js';
import { ApplyError, planFile, type ApplyPlan } from './apply.js';
import { groupMode } from './plan.js';
import { rollbackVersions, sameVersion } from './rollback.js';
import { assertCleanAllowed, cleanSchema } from './clean.js';
import { builtIndex, invalidIndexes } from './concurrent.js';
import type { Db } from './engine.js';
import { MigrationExecutor, openWorkSession, sleep, useSchema, type WorkSession } from './executor.js';
import { SchemaHistory, type HistoryRow } from './history.js';
import { parseTarget, pendingUpToTarget } from './target.js';
import type {
  AttributedIndex,
  DryRunResult,
  MigrateResult,
  ProgressEvent,
  RepairResult,
  ResetResult,
  RollbackResult,
  RunnerOptions,
  RunnerSettings,
  StatusResult,
  ValidateResult,
} from './runner-types.js';
import { analyse, pendingIssues, versionText, type Analysis } from './validator.js';

export * from './runner-types.js';
export { assertCleanAllowed } from './clean.js';


/**
 * Two sessions, as Flyway keeps them: `db` (the control session) holds the advisory lock and
 * writes the schema history outside migrations; migrations run on `work`, a sibling session, so a
 * migration whose backend is terminated still gets its failed row, and the version the schema is
 * at can still be read. A history row that must commit with a migration is written on `work`,
 * inside the migration's transaction. (Embedded PGlite has one session: both are the same.)
 */
export class Runner {
  readonly history: SchemaHistory;
  private work?: WorkSession;
  private executor?: MigrationExecutor;
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
    return analyse(this.project, rows, { outOfOrder: this.settings.outOfOrder, ignoreMigrationPatterns: this.settings.ignoreMigrationPatterns });
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
    try {
      this.work = await openWorkSession(this.db, this.settings);
      const { db, history, settings, opts } = this;
      this.executor = new MigrationExecutor({ control: db, history, work: this.work, settings, opts, progress: (e) => this.progress(e) });
      return await fn();
    } finally {
      await this.work?.db.close();
      this.work = undefined;
      this.executor = undefined;
      await this.history.unlock().catch(() => undefined);
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
        const name = builtIndex(st)?.name;
        if (name !== undefined && !creator.has(name)) creator.set(name, f.rel);
      }
    }
    return invalid.map((i) => (creator.has(i.name) ? { ...i, createdBy: creator.get(i.name) } : i));
  }

  async status(): Promise<StatusResult> {
    const exists = await this.history.exists();
    const rows = exists ? await this.history.rows() : [];
    const a = this.analyse(rows);
    const invalid = await this.attributedInvalidIndexes(rows);
    const runningPid = await this.history.lockHolder();
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
      ...(runningPid !== undefined ? { runningPid } : {}),
    };
  }

  /** Flyway's validate: the applied migrations match the files; pending ones are listed, not errors. */
  /**
   * Flyway's validate: the applied migrations against the files, and (unless `allowPending` or
   * ignoreMigrationPatterns says `*:pending`) no migration left to apply.
   */
  async validate(opts: { allowPending?: boolean } = {}): Promise<ValidateResult> {
    const rows = await this.rows();
    const a = this.analyse(rows);
    const invalid = await this.attributedInvalidIndexes(rows);
    const issues = [...a.issues, ...(opts.allowPending ? [] : pendingIssues(a.infos, this.settings.ignoreMigrationPatterns))];
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

  /**
   * Creates the history table with a baseline row (Flyway's `baseline`, DbBaseline): the same
   * baseline again is skipped; another baseline, or any migration recorded, is refused.
   */
  async baseline(version = this.settings.baselineVersion): Promise<{ database: string; history: string; version: string; skipped?: boolean }> {
    return this.withLock(async () => {
      if (await this.history.exists()) {
        const rows = await this.history.rows();
        const marker = rows.find((r) => r.type === 'BASELINE');
        if (marker && marker.version !== null && sameVersion(marker.version, parseVersion(version.replace(/_/g, '.'))!)) {
          return { database: this.db.label, history: this.history.qualified, version: marker.version, skipped: true };
        }
        if (marker) throw new UsageError(`cannot baseline at ${version.replace(/_/g, '.')}: ${this.history.qualified} was already baselined at ${marker.version}`);
        if (rows.some((r) => r.type !== 'SCHEMA')) {
          throw new UsageError(`cannot baseline: ${this.history.qualified} already has migrations in it`);
        }
        await this.history.insert({ version: version.replace(/_/g, '.'), description: '<< Flyway Baseline >>', type: 'BASELINE', script: '<< Flyway Baseline >>', checksum: null, executionTime: 0, success: true });
      } else await this.history.create(version);
      return { database: this.db.label, history: this.history.qualified, version: version.replace(/_/g, '.') };
    });
  }

  /** `target`: Flyway's target (target.ts), default latest. */
  async migrate(opts: { target?: string } = {}): Promise<MigrateResult> {
    return this.withLock(() => this.migrateLocked(opts.target));
  }

  /**
   * migrate --dry-run: what migrate would apply now, in order, with each file's plan (statements,
   * transaction mode). Reads the history, writes nothing, takes no lock: another runner may
   * apply something in between.
   */
  async dryRun(opts: { target?: string } = {}): Promise<DryRunResult> {
    const exists = await this.history.exists();
    const result: DryRunResult = { database: this.db.label, history: this.history.qualified, createsHistory: !exists, migrations: [], issues: [], warnings: [], ok: true };
    let rows = exists ? await this.history.rows() : [];
    if (!exists && !(await this.schemaIsEmpty())) {
      if (!this.settings.baselineOnMigrate) {
        result.issues.push({ code: 'non-empty-schema', message: `schema "${this.settings.schema}" is not empty but has no schema history table ${this.history.qualified}: migrate would stop (set baselineOnMigrate: true to adopt it)` });
        result.ok = false;
        return result;
      }
      result.baselined = this.settings.baselineVersion.replace(/_/g, '.');
      rows = [{ installedRank: 1, version: result.baselined, description: '<< Flyway Baseline >>', type: 'BASELINE', script: '<< Flyway Baseline >>', checksum: null, installedBy: '', installedOn: new Date(0), executionTime: 0, success: true }];
    }
    const p = this.prepare(rows, opts.target);
    Object.assign(result, { currentVersion: p.current, issues: p.issues, warnings: p.warnings, ok: p.issues.length === 0 }, p.groupInTransaction ? { group: true } : {});
    for (const file of p.pending) {
      const plan = p.plans.get(file);
      if (!plan) continue;
      result.migrations.push({ script: file.rel, path: file.path, version: file.version ? versionText(file.version) : null, description: file.description ?? '', statements: plan.statements.length, mode: plan.mode });
    }
    return result;
  }

  /**
   * What migrate checks before it sends anything: the issues that stop it, the pending files
   * (up to `target`) and the plan of each. A file that cannot run whole (does not decode, does
   * not parse) is an issue, so nothing is applied.
   */
  private prepare(rows: HistoryRow[], target: string | undefined) {
    const a = this.analyse(rows);
    const always = new Set(['failed', 'duplicate-version', 'duplicate-repeatable', 'unknown-placeholder']);
    const issues = a.issues.filter((i) => always.has(i.code) || this.settings.validateOnMigrate);
    const warnings: string[] = [];
    if (!this.settings.validateOnMigrate) {
      for (const f of a.ignored) warnings.push(`skipped ${f.path}: its version is below the current version ${a.current} and outOfOrder is false`);
    }
    const known = [...this.project.migrations.flatMap((f) => (f.version ? [f.version] : [])), ...rows.flatMap((r) => (r.version !== null && parseVersion(r.version) ? [parseVersion(r.version)!] : []))];
    const pending = pendingUpToTarget(a.pending, parseTarget(target ?? 'latest'), a.current === undefined ? undefined : parseVersion(a.current), known);
    const plans = new Map<MigrationFile, ApplyPlan>();
    for (const file of pending) {
      if (file.unknownPlaceholders.length > 0) continue; // already an issue of its own
      try {
        plans.set(file, planFile(file, undefined, { mixed: this.settings.mixed }));
      } catch (e) {
        if (!(e instanceof ApplyError)) throw e;
        issues.push({ code: 'not-runnable', script: file.rel, location: `${e.file}:${e.line}:${e.column}`, message: e.message });
      }
    }
    // Flyway's group: one transaction for all pending migrations, or refused when their kinds mix.
    const group = this.settings.group && issues.length === 0 ? groupMode(pending.map((f) => [f, plans.get(f)!]), this.settings.mixed) : undefined;
    if (group?.problem) issues.push({ code: 'not-runnable', script: group.problem.file.rel, location: `${group.problem.file.path}:1:1`, message: group.problem.message });
    return { current: a.current, issues, warnings, pending, plans, groupInTransaction: group?.transaction === true && pending.length > 1 };
  }

  private async migrateLocked(target?: string): Promise<MigrateResult> {
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
      await useSchema(this.work!.db, this.settings.schema);
    }
    // Every pending file is planned before the first is sent (prepare).
    const { current, issues, warnings, pending, plans, groupInTransaction } = this.prepare(await this.history.rows(), target);
    result.initialVersion = current;
    result.issues = issues;
    result.warnings.push(...warnings);
    if (result.issues.length > 0) {
      result.ok = false;
      return result;
    }
    if (groupInTransaction) {
      const outcome = await this.executor!.applyGroup(pending.map((f) => [f, plans.get(f)!]));
      if ('failure' in outcome) {
        result.failure = outcome.failure;
        result.ok = false;
      } else result.applied.push(...outcome.applied);
    }
    for (const file of groupInTransaction ? [] : pending) {
      const outcome = await this.executor!.apply(file, plans.get(file)!).catch((e: unknown) => {
        // Not a statement of the file: the control session (lock, history) failed.
        const done = result.applied.map((x) => x.script);
        throw new UsageError(
          `lost the session that holds the migration lock and writes the schema history while applying ${file.path} ` +
            `(${e instanceof Error ? e.message : String(e)}); ${done.length ? `applied before it: ${done.join(', ')}` : 'nothing was applied before it'}. ` +
            `Whether ${file.rel} committed is recorded in the history: run \`migration-guard status\` before anything else`,
        );
      });
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
    return this.withLock(() =>
      rollbackVersions(
        {
          db: this.db,
          project: this.project,
          settings: this.settings,
          history: this.history,
          work: this.work!,
          executor: this.executor!,
          progress: (e) => this.progress(e),
          rows: () => this.rows(),
          current: async () => this.analyse(await this.rows()).current,
        },
        to,
      ),
    );
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
      await cleanSchema(this.db, this.settings.schema);
      const migrate = await this.migrateLocked();
      return { database: this.db.label, schema: this.settings.schema, migrate, ok: migrate.ok };
    });
  }

}



