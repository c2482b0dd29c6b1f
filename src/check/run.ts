/**
 * The `check` pipeline on one scratch database, pure of printing:
 *  1. apply every migration in the runner's order (Flyway's, or another layout's) to the empty database (then seeds/test.sql);
 *  2. for each migration new in the change set with a rollback file: snapshot, apply (lock
 *     trace), rollback, snapshot, compare, apply again (up → down → up);
 *  3. the lock trace of each new migration (dangerous-lock);
 *  4. the schema diff of the change set: before the first new migration → after the last;
 *  5. timing (slow-migration);
 *  6. with `performance:`, the critical queries planned before the change set and after each of its
 *     migrations (performance.ts: query-plan-regression).
 * Rollbacks are verified on a state thrown away afterwards (rollback.ts), so only a migration that
 * fails to apply stops the chain (later migrations are reported as skipped); everything found so
 * far is returned. Findings go through the files' suppression comments and the
 * configured severities like the lint's.
 */
import { ApplyError, applyFile, type ApplyHooks, type PlannedStatement } from '../db/apply.js';
import { clusterWide, mayCreateRoutine, rolesNamed } from '../model/statements.js';
import { asDbError, type Db } from '../db/engine.js';
import { RESET_SESSION } from '../db/executor.js';
import { SchemaHistory } from '../db/history.js';
import { nameListKey } from '../model/ast.js';
import { versionKey } from '../load/version.js';
import { inChangeSet, type MigrationFile, type Project } from '../model/project.js';
import type { SqlStatement } from '../parse/parser.js';
import { composeDiffs, describeDiff, describeLine, diffSnapshots, emptyDiff, isEmptyDiff, type DiffLine, type SchemaDiff } from './diff.js';
import { dangerousLocks, LockTracer } from './locks.js';
import { verifyRollback } from './rollback.js';
import { objectKey, quoteName, takeSnapshot, type Snapshot, type SnapshotOptions } from './snapshot.js';
import { finish, type RawFinding } from './findings.js';
import { PlanTracker } from './performance.js';
import { applyFailed, describeFailure, failedOffset, failureOf, lockMessage, seconds, unreadBefore } from './messages.js';
import type { CheckPhase, CheckProjectOptions, MigrationCheck, PostgresInfo, ProjectCheck } from './types.js';

export { combineFindings, disagreements, REWRITE_CLAIM, type Disagreement } from './findings.js';
export type { ApplyFailure, CheckPhase, CheckProgress, CheckProjectOptions, MigrationCheck, PostgresInfo, ProjectCheck } from './types.js';

export async function postgresInfo(db: Db): Promise<PostgresInfo> {
  const r = await db.query<{ v: string; full: string }>("SELECT pg_catalog.current_setting('server_version') AS v, pg_catalog.version() AS full");
  const row = r.rows[0];
  return { engine: db.engine, version: (row?.v ?? '').split(' ')[0] ?? '', full: row?.full ?? '', label: db.label };
}

async function serverVersionNum(db: Db): Promise<number> {
  const r = await db.query<{ v: string }>("SELECT pg_catalog.current_setting('server_version_num') AS v");
  return Number(r.rows[0]?.v ?? 0);
}

const ms = (start: number) => performance.now() - start;

/** Procedures defined anywhere in the project, so CALL of one that COMMITs runs outside a transaction. */
function routineLookup(project: Project): ApplyHooks['routine'] {
  const routines = new Map<string, SqlStatement>();
  for (const f of project.files) {
    if (!mayCreateRoutine(f.text)) continue;
    for (const s of f.parsed.statements) {
      if (s.kind !== 'CreateFunctionStmt') continue;
      const key = nameListKey(s.node['funcname']);
      if (key) routines.set(key, s);
    }
  }
  return (key) => routines.get(key);
}

/** Applies the project on `db` (an empty database) and verifies what is new. */
export async function checkProject(db: Db, project: Project, opts: CheckProjectOptions): Promise<ProjectCheck> {
  const { config } = opts;
  const runStarted = Date.now();
  const postgres = await postgresInfo(db);
  // Flyway (and migrate) create the schema history table before the first migration runs, and
  // migrations may use it (GRANT or REVOKE on it, a view or trigger on it): the scratch database
  // has it too, empty. Snapshots leave it out.
  // Another runner creates its own tracking table before the first migration, and writes a row
  // for each (src/load/layouts): the same here, so histories that touch it apply.
  const tracking = project.layout?.tracking;
  const restored = opts.restored;
  if (restored) {
    // Restored: the tracking table and its rows are in the state already.
  } else if (project.layout) {
    for (const sql of tracking?.create ?? []) await db.exec(sql);
  } else {
    const history = new SchemaHistory(db, config.schema, config.historyTable);
    if (!(await history.exists())) await history.create();
  }
  // The runner writes its row in the migration's own transaction (where it has one): a row it
  // cannot write (a trigger the history put on its table, as Lemmy's forbid_diesel_cli does) fails
  // the migration under that runner — reported as the migration's failure, at its first line.
  const record = (m: MigrationFile) =>
    tracking && m.kind === 'versioned' && m.version
      ? async () => {
          try {
            for (const r of tracking.record(m.version!.raw, m.description ?? '', m.decoded.text)) await db.query(r.sql, r.params);
          } catch (e) {
            const d = asDbError(e);
            if (!d) throw e;
            const runner = project.layout?.runner ?? 'the runner';
            throw new ApplyError(`${runner} could not record it in ${tracking.table}: ${d.message}`, m.path, 1, 1, d.code, d.detail, d.hint);
          }
        }
      : undefined;
  const snapOpts: SnapshotOptions = tracking
    ? { historyTable: tracking.table, historySchema: 'public' }
    : { historyTable: config.historyTable, historySchema: config.schema };
  const snapshot = () => takeSnapshot(db, snapOpts);
  const routine = routineLookup(project);
  const raw: RawFinding[] = [];
  const results: MigrationCheck[] = [];
  const seedRel = `${config.seeds.replace(/\/+$/, '')}/test.sql`;
  const seed = project.files.find((f) => f.kind === 'seed' && f.rel === seedRel);
  const total = project.migrations.length + (seed ? 1 : 0);
  const isInChangeSet = (m: MigrationFile) => inChangeSet(project, m);
  const slowMs = config.slowMigrationSeconds > 0 ? config.slowMigrationSeconds * 1000 : Infinity;

  const progress = (file: MigrationFile, phase: CheckPhase, index: number) => {
    const started = performance.now();
    opts.onProgress?.({ file: file.path, phase, status: 'start', elapsedMs: 0, index, total });
    return (ok: boolean) => opts.onProgress?.({ file: file.path, phase, status: ok ? 'ok' : 'failed', elapsedMs: ms(started), index, total });
  };

  // On a server, statements that act on the whole cluster would escape the scratch database:
  // DROP DATABASE, ALTER SYSTEM, tablespaces, and changes to roles that existed before the run are
  // not sent (a finding says so); roles the migrations create are, and are dropped afterwards.
  const createdRoles = new Set<string>();
  const skippedAt = new Set<string>();
  const skip = (file: MigrationFile) => (p: PlannedStatement) => {
    const c = db.engine === 'postgres' && p.stmt ? clusterWide(p.stmt) : undefined;
    if (!c || !p.stmt) return false;
    const roles = rolesNamed(p.stmt);
    if (p.stmt.kind === 'CreateRoleStmt') {
      for (const r of roles) createdRoles.add(r);
      return false;
    }
    if (c.object === 'role' && roles.length > 0 && roles.every((r) => createdRoles.has(r))) return false;
    const key = `${file.path}:${p.start}`;
    if (!skippedAt.has(key)) {
      skippedAt.add(key);
      const pos = file.position(p.start);
      raw.push({
        rule: 'cluster-statement-skipped',
        file,
        offset: p.start,
        line: pos.line,
        column: pos.column,
        message: `check did not run this ${c.verb} on the server: it acts on the whole cluster (${c.object === 'role' ? 'a role that existed before the check' : `a ${c.object}`}), outside the scratch database, so running it there could change what other databases see; the rest of ${file.rel} was checked without it`,
      });
    }
    return true;
  };

  // With a base, unchanged migrations can run after the first new one (an R__ file, an older
  // version merged meanwhile): the PR's schema diff is then the sum of its own migrations' diffs.
  const firstNew = project.migrations.findIndex(isInChangeSet);
  const mixed = firstNew >= 0 && project.migrations.slice(firstNew).some((m) => !isInChangeSet(m));
  const effects: SchemaDiff[] = [];

  // Critical queries: planned before the change set and after each migration from there on (performance.ts).
  const plans = opts.performance ? new PlanTracker(db, opts.performance, await serverVersionNum(db)) : undefined;
  let planned = false;

  let base: Snapshot | undefined;
  let stopped = false;
  let index = 0;
  // check's database state cache: the state after the merged migrations, saved before anything
  // else touches the database, only when they applied with nothing to say and created no role.
  const saveAt = opts.saveAt;
  const saveIfDue = async () => {
    if (!saveAt || index !== saveAt.count || stopped || raw.length > 0 || createdRoles.size > 0) return;
    await saveAt.save(results.slice(0, saveAt.count).map((r) => ({ mode: r.mode, durationMs: r.durationMs })));
  };
  for (const m of project.migrations) {
    await saveIfDue();
    index++;
    const isNew = isInChangeSet(m);
    const entry: MigrationCheck = {
      file: m.path,
      kind: m.kind === 'repeatable' ? 'repeatable' : 'versioned',
      version: m.version ? versionKey(m.version) : undefined,
      description: m.description,
      isNew,
      applied: 'skipped',
      // A runner without down migrations (Prisma) misses none: rollback-missing asks for none either.
      rollback: isNew && m.kind === 'versioned' && !m.rollback && project.layout?.rollbacks !== 'none' ? 'missing' : 'none',
      rollbackFile: m.kind === 'versioned' ? m.rollback?.path : undefined,
      locks: [],
      rewritten: [],
      dangerousLocks: 0,
    };
    results.push(entry);
    if (restored && index <= restored.count) {
      const cached = restored.entries[index - 1];
      Object.assign(entry, { applied: 'ok', restored: true }, cached?.mode ? { mode: cached.mode } : {}, cached?.durationMs !== undefined ? { durationMs: cached.durationMs } : {});
      continue;
    }
    if (stopped) continue;
    // Parsed now if not yet (LazyParsed: a migration the state cache restored is never parsed),
    // so that the parse is not counted in the migration's own time below.
    void m.parsed.statements;
    void m.rollback?.parsed.statements;

    const verify = isNew && m.kind === 'versioned' && m.rollback !== undefined;
    if (plans && isNew && !planned) {
      planned = true;
      await plans.point();
    }
    let justTaken: Snapshot | undefined;
    if (isNew && !base) base = justTaken = await snapshot();
    const before = verify || (mixed && isNew) ? (justTaken ?? (await snapshot())) : undefined;

    // Up, traced when new, on a session reset as the runner resets it before each migration:
    // what an earlier migration SET does not carry into this one.
    await db.exec(RESET_SESSION);
    const tracer = isNew ? await LockTracer.start(db, m) : undefined;
    let done = progress(m, 'apply', index);
    const started = performance.now();
    try {
      entry.mode = await applyFile(db, m, { ...tracer?.hooks, routine, skip: skip(m) });
      // The runner's row, after the lock trace ended (so its writes are not the migration's).
      await record(m)?.();
    } catch (e) {
      if (!(e instanceof ApplyError)) throw e;
      done(false);
      entry.applied = 'failed';
      entry.error = failureOf(e);
      const missing = db.engine === 'pglite' && e.sqlstate === '0A000' ? /^extension "(.+)" is not available$/.exec(e.message)?.[1] : undefined;
      raw.push(
        missing
          ? {
              rule: 'extension-unavailable',
              file: m,
              offset: failedOffset(m, e),
              line: e.line,
              column: e.column,
              message: `embedded PostgreSQL (PGlite ${postgres.version}) does not ship the extension "${missing}", so ${m.rel} and the migrations after it were not checked here`,
            }
          : applyFailed(m, e, `${m.rel} fails on a fresh database: ${describeFailure(e)}; the migrations after it were not applied${unreadBefore(project, m)}`),
      );
      stopped = true;
      continue;
    }
    entry.durationMs = ms(started);
    entry.applied = 'ok';
    done(true);
    if (plans && planned) await plans.point(m);

    if (tracer) {
      const trace = await tracer.finish();
      entry.locks = trace.locks;
      entry.rewritten = trace.rewritten;
      entry.slowest = [...trace.statements].sort((a, b) => b.durationMs - a.durationMs)[0];
      const dangerous = dangerousLocks(trace);
      entry.dangerousLocks = dangerous.length;
      for (const l of dangerous) {
        const stmt = m.parsed.statements[l.statement.index];
        raw.push({ rule: 'dangerous-lock', file: m, offset: stmt?.start, line: l.statement.line, column: l.statement.column, message: lockMessage(l) });
      }
      // What PostgreSQL showed: a table that existed before the change got a new relfilenode.
      entry.statements = trace.statements.map((s) => ({ line: s.line, column: s.column, rewrote: s.rewrote }));
      for (const s of trace.statements) {
        const tables = s.rewrote.filter((name) => existedBeforeChange(base, name));
        if (tables.length === 0) continue;
        const stmt = m.parsed.statements[s.index];
        const held = tables.map((t) => trace.locks.find((l) => l.relation === t && l.statement.index === s.index)?.mode).filter(Boolean);
        raw.push({
          rule: 'table-rewrite',
          file: m,
          offset: stmt?.start,
          line: s.line,
          column: s.column,
          message:
            `observed on PostgreSQL ${postgres.version}: this statement rewrote ${tables.length > 1 ? 'the existing tables' : 'the existing table'} ${tables.join(', ')} (new relfilenode)` +
            (held.length ? ` under ${held[0]} lock` : '') +
            ': every row is copied, and on production data that takes as long as the table is large',
        });
      }
    }
    if (isNew && entry.durationMs > slowMs) {
      const s = entry.slowest;
      const stmt = s ? m.parsed.statements[s.index] : undefined;
      raw.push({
        rule: 'slow-migration',
        file: m,
        offset: stmt?.start,
        line: s?.line ?? 1,
        column: s?.column ?? 1,
        message:
          `${m.rel} took ${seconds(entry.durationMs)} on an empty scratch database (limit: slowMigrationSeconds = ${config.slowMigrationSeconds})` +
          (s ? `; the slowest statement is this one (${seconds(s.durationMs)})` : '') +
          ': on production data it will take longer, holding its locks all the while',
      });
    }

    if (mixed && isNew && before) effects.push(diffSnapshots(before, await snapshot()));
    if (!verify || !before) continue;
    const rollback = m.rollback!;

    // Down, compare, up again: on a state thrown away afterwards (rollback.ts), so that what the
    // rollback does never changes what the next migration is applied to.
    const verdict = await verifyRollback(
      { db, copy: opts.copy, snapshot: (d) => takeSnapshot(d, snapOpts), routine, skip, foldedSince: runStarted, phase: (name) => progress(name === 'rollback' ? rollback : m, name, index) },
      m,
      rollback,
      before,
    );
    if (verdict.disturbed) stopped = true;
    if (verdict.failure) {
      const e = verdict.failure;
      entry.rollback = 'failed';
      raw.push({
        rule: 'rollback-failed',
        file: rollback,
        offset: failedOffset(rollback, e),
        line: e.line,
        column: e.column,
        message: `the rollback of ${m.rel} fails right after the migration: ${describeFailure(e)}`,
        help: e.hint ? `PostgreSQL's hint: ${e.hint}` : undefined,
      });
      continue;
    }
    entry.rollbackDurationMs = verdict.downMs === undefined ? undefined : Math.round(verdict.downMs);
    const problems: string[] = [];
    const diff = verdict.diff;
    if (diff && !isEmptyDiff(diff)) {
      entry.rollbackDiff = diff;
      const lines = describeDiff(diff);
      const group = (change: DiffLine['change'], label: string) => {
        const items = lines.filter((l) => l.change === change).map(describeLine);
        if (items.length) problems.push(`${label}: ${items.join('; ')}`);
      };
      group('added', 'left behind');
      group('dropped', 'lost (existed before the migration, gone after the rollback)');
      group('changed', 'not restored');
      if (lines.some((l) => l.change === 'changed' && l.kind === 'enum')) {
        problems.push('PostgreSQL cannot drop an enum value (ALTER TYPE … DROP VALUE is refused): a rollback removes an added value only by creating the type again (a new type without it, the columns converted, the old one dropped), or the value stays and the rollback says so');
      }
    }
    const reapplyError = verdict.reapplyError;
    if (reapplyError) {
      problems.push(`applying ${m.rel} again after the rollback fails at ${reapplyError.file}:${reapplyError.line}:${reapplyError.column}: ${describeFailure(reapplyError)}`);
    }

    if (problems.length === 0) {
      entry.rollback = 'verified';
      continue;
    }
    entry.rollback = 'incomplete';
    // A goose/dbmate down section: at its directive line, named as the section of the file.
    const at = rollback.sectionStart !== undefined ? rollback.position(rollback.sectionStart) : { line: 1, column: 1 };
    const what = rollback.section === 'down' ? `the down section of ${rollback.rel} does not undo its up section` : `${rollback.rel} does not undo ${m.rel}`;
    raw.push({
      rule: 'rollback-incomplete',
      file: rollback,
      line: at.line,
      column: at.column,
      alsoFiles: [m],
      message: `${what}: ${problems.join('. ')}` + (verdict.disturbed ? '; the migrations after it were not applied' : ''),
    });
  }

  await saveIfDue(); // a chain with nothing new: the state after all of it
  const schemaDiff = mixed ? composeDiffs(effects) : base ? diffSnapshots(base, await snapshot()) : emptyDiff();

  if (seed && !stopped) {
    index++;
    const done = progress(seed, 'seed', index);
    const started = performance.now();
    const entry: MigrationCheck = { file: seed.path, kind: 'seed', isNew: seed.isNew, applied: 'ok', rollback: 'none', locks: [], rewritten: [], dangerousLocks: 0 };
    try {
      await db.exec(RESET_SESSION);
      entry.mode = await applyFile(db, seed, { routine, skip: skip(seed) });
      entry.durationMs = ms(started);
      done(true);
    } catch (e) {
      if (!(e instanceof ApplyError)) throw e;
      done(false);
      entry.applied = 'failed';
      entry.error = failureOf(e);
      raw.push(
        applyFailed(seed, e, `${seed.rel} fails after the migrations: ${describeFailure(e)}`, 'Keep the test seed in step with the schema the migrations build.'),
      );
    }
    results.push(entry);
  } else if (seed) {
    results.push({ file: seed.path, kind: 'seed', isNew: seed.isNew, applied: 'skipped', rollback: 'none', locks: [], rewritten: [], dangerousLocks: 0 });
  }

  if (plans) raw.push(...plans.findings());
  return {
    root: project.root,
    ...(plans ? { performance: plans.report() } : {}),
    findings: finish(raw, config.rules, project.targets),
    migrations: results,
    schemaDiff,
    schemaChanges: describeDiff(schemaDiff),
    complete: !stopped,
    postgres,
  };
}

/** Did the relation `schema.name` (as the lock trace names it) exist before the change set's first migration? */
function existedBeforeChange(base: Snapshot | undefined, name: string): boolean {
  if (!base) return false;
  const dot = name.indexOf('.');
  const key = `${quoteName(name.slice(0, dot))}.${quoteName(name.slice(dot + 1))}`;
  return base.has(objectKey('table', key)) || base.has(objectKey('materialized view', key));
}
