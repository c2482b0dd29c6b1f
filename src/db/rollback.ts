/**
 * rollback: undoes applied versions with their rollback files, newest first, holding the runner's
 * lock (runner.ts). Every file is planned before any runs, so a missing, empty or unparseable
 * rollback refuses the whole command; each rollback deletes its version's history rows, and those
 * of repeatables applied after it (they may depend on what the rollback removed: the next migrate
 * applies them again), in the rollback's own transaction.
 */
import { performance } from 'node:perf_hooks';
import { compareVersions, parseVersion, versionKey, type Version } from '../load/version.js';
import type { MigrationFile, Project } from '../model/project.js';
import { ApplyError, applyFile, planFile, type ApplyPlan } from './apply.js';
import type { Db } from './engine.js';
import { failureFrom, resetSession, type MigrationExecutor, type WorkSession } from './executor.js';
import type { HistoryRow, SchemaHistory } from './history.js';
import type { ProgressEvent, RollbackResult, RunnerSettings } from './runner-types.js';
import { versionText } from './validator.js';

/** What a rollback needs of the runner, inside its lock. */
export interface RollbackHost {
  db: Db;
  project: Project;
  settings: RunnerSettings;
  history: SchemaHistory;
  work: WorkSession;
  executor: MigrationExecutor;
  progress(e: ProgressEvent): void;
  rows(): Promise<HistoryRow[]>;
  /** The version the schema is at, after the rollbacks. */
  current(): Promise<string | undefined>;
}

/** Rolls back every applied version above `to`, or the newest one without `to`. */
export async function rollbackVersions(host: RollbackHost, to: Version | undefined): Promise<RollbackResult> {
  const result: RollbackResult = { database: host.db.label, history: host.history.qualified, target: to && versionText(to), rolledBack: [], issues: [], ok: true };
  const rows = await host.rows();
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
  for (const f of host.project.files) if (f.kind === 'rollback' && f.version) rollbacks.set(versionKey(f.version), f);
  const plans = new Map<MigrationFile, ApplyPlan>();
  for (const t of targets) {
    const file = rollbacks.get(versionKey(t.v));
    if (!file) {
      result.issues.push({
        code: 'rollback-missing',
        version: t.row.version!,
        script: t.row.script,
        message: `no rollback file for applied migration ${t.row.version} (${t.row.script}): expected ${host.project.root}/${host.project.rollbackPattern.pathFor(t.v.raw)}`,
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
    let repeatables: string[] = [];
    host.progress({ type: 'start', action: 'rollback', script: file.rel, path: file.path });
    const work = host.work;
    await resetSession(work, host.settings);
    // A rollback that can stop half-way marks its version failed first (as migrate records such
    // a migration): if anything kills it, the history never claims the version is intact.
    const marked = !plan.atomic;
    if (marked) await host.history.setSuccess(t.row.installedRank, false);
    try {
      await applyFile(
        work.db,
        file,
        {
          outside: (p, send) => host.executor.runOutside(file, p, send, []),
          beforeCommit: async () => {
            await work.db.exec('RESET ROLE');
            const now = await work.history.rows();
            const ranks = now.filter((r) => r.version !== null && r.type !== 'BASELINE' && sameVersion(r.version, t.v)).map((r) => r.installedRank);
            const first = Math.min(...ranks, t.row.installedRank);
            const later = now.filter((r) => r.version === null && r.type === 'SQL' && r.installedRank > first);
            const dependents = later.map((r) => r.installedRank);
            await work.history.deleteRanks([...ranks, ...dependents]);
            removed = ranks.length + dependents.length;
            repeatables = [...new Set(later.map((r) => r.script))];
          },
        },
        plan,
      );
    } catch (e) {
      if (!(e instanceof ApplyError)) throw e;
      // A connection lost as the rollback committed: its history rows, read on the control
      // session, say whether PostgreSQL committed it.
      const gone = e.atCommit && !(await host.history.rows()).some((r) => r.installedRank === t.row.installedRank);
      if (!gone) {
        host.progress({ type: 'failed', action: 'rollback', script: file.rel, path: file.path, ms: Math.round(performance.now() - started) });
        const partial = marked && (mode === 'no-transaction' || e.committedBefore > 0);
        if (marked && !partial) await host.history.setSuccess(t.row.installedRank, true);
        result.failure = { ...failureFrom(file, e, mode, partial), version: t.row.version, description: t.row.description };
        result.ok = false;
        break;
      }
    }
    const ms = Math.round(performance.now() - started);
    host.progress({ type: 'done', action: 'rollback', script: file.rel, path: file.path, ms, slow: false });
    result.rolledBack.push({ version: t.row.version!, description: t.row.description, rollbackScript: file.rel, path: file.path, mode, executionTime: ms, removedRows: removed, repeatablesToRerun: repeatables });
  }
  result.currentVersion = await host.current();
  return result;
}

export function sameVersion(text: string, v: Version): boolean {
  const p = parseVersion(text);
  return p !== undefined && versionKey(p) === versionKey(v);
}
