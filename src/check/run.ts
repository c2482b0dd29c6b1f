/**
 * The `check` pipeline on one scratch database, pure of printing:
 *  1. apply every migration in Flyway order to the empty database (then seeds/test.sql);
 *  2. for each migration new in the change set with a rollback file: snapshot, apply (lock
 *     trace), rollback, snapshot, compare, apply again (up → down → up);
 *  3. the lock trace of each new migration (dangerous-lock);
 *  4. the schema diff of the change set: before the first new migration → after the last;
 *  5. timing (slow-migration).
 * Rollbacks are verified on a state thrown away afterwards (rollback.ts), so only a migration that
 * fails to apply stops the chain (later migrations are reported as skipped); everything found so
 * far is returned. Findings go through the files' suppression comments and the
 * configured severities like the lint's.
 */
import { ApplyError, applyFile, applyMode, type ApplyHooks, type ApplyMode, type PlannedStatement } from '../db/apply.js';
import { clusterWide, rolesNamed } from '../model/statements.js';
import type { Db, Scratch } from '../db/engine.js';
import { RESET_SESSION } from '../db/executor.js';
import { SchemaHistory } from '../db/history.js';
import { nameListKey } from '../model/ast.js';
import { parseSuppressions, type Suppression } from '../lint/suppressions.js';
import { sortFindings } from '../lint/engine.js';
import type { Finding, Severity, SeveritySetting } from '../lint/types.js';
import type { Config } from '../load/config.js';
import { versionKey } from '../load/version.js';
import type { MigrationFile, Project } from '../model/project.js';
import type { SqlStatement } from '../parse/parser.js';
import { composeDiffs, describeDiff, describeLine, diffSnapshots, emptyDiff, isEmptyDiff, type DiffLine, type SchemaDiff } from './diff.js';
import { dangerousLocks, LockTracer, type LockEntry, type TracedStatement } from './locks.js';
import { checkRule, type CheckRuleId } from './rules.js';
import { verifyRollback } from './rollback.js';
import { objectKey, quoteName, takeSnapshot, type Snapshot, type SnapshotOptions } from './snapshot.js';
import tableRewriteRule from '../../rules/table-rewrite.js';

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
}

export interface CheckProjectOptions {
  config: Config;
  onProgress?: (p: CheckProgress) => void;
  /** A copy of the scratch database as it is now, for rollbacks that cannot be verified in a transaction. */
  copy?: () => Promise<Scratch>;
}

interface RawFinding {
  /** A check rule, or the lint's table-rewrite when PostgreSQL was seen rewriting a table. */
  rule: CheckRuleId | 'table-rewrite';
  file: MigrationFile;
  /** Offset in file.text the finding is about (statement-level suppressions). */
  offset?: number;
  line: number;
  column: number;
  message: string;
  help?: string;
  /** Files whose file-level suppressions also excuse it. */
  alsoFiles?: MigrationFile[];
}

export async function postgresInfo(db: Db): Promise<PostgresInfo> {
  const r = await db.query<{ v: string; full: string }>("SELECT pg_catalog.current_setting('server_version') AS v, pg_catalog.version() AS full");
  const row = r.rows[0];
  return { engine: db.engine, version: (row?.v ?? '').split(' ')[0] ?? '', full: row?.full ?? '', label: db.label };
}

const ms = (start: number) => performance.now() - start;

/** An apply-failed finding at the failing statement; PostgreSQL's hint, when it gives one, is the help. */
function applyFailed(file: MigrationFile, e: ApplyError, message: string, help?: string): RawFinding {
  return {
    rule: 'apply-failed',
    file,
    offset: failedOffset(file, e),
    line: e.line,
    column: e.column,
    message,
    help: e.hint ? `PostgreSQL's hint: ${e.hint}` : help,
  };
}

function seconds(msValue: number): string {
  return msValue >= 10_000 ? `${(msValue / 1000).toFixed(0)} s` : msValue >= 1000 ? `${(msValue / 1000).toFixed(1)} s` : `${Math.round(msValue)} ms`;
}

/** Procedures defined anywhere in the project, so CALL of one that COMMITs runs outside a transaction. */
function routineLookup(project: Project): ApplyHooks['routine'] {
  const routines = new Map<string, SqlStatement>();
  for (const f of project.files) {
    for (const s of f.parsed.statements) {
      if (s.kind !== 'CreateFunctionStmt') continue;
      const key = nameListKey(s.node['funcname']);
      if (key) routines.set(key, s);
    }
  }
  return (key) => routines.get(key);
}

function failureOf(e: ApplyError): ApplyFailure {
  return { file: e.file, line: e.line, column: e.column, sqlstate: e.sqlstate, message: e.message, detail: e.detail, hint: e.hint };
}

function describeFailure(e: ApplyError): string {
  let s = `${e.sqlstate ? `ERROR ${e.sqlstate}: ` : ''}${e.message}`;
  if (e.detail) s += ` (detail: ${e.detail})`;
  return s;
}

/** The statement an ApplyError points at, for statement-level suppressions. */
function failedOffset(file: MigrationFile, e: ApplyError): number | undefined {
  return e.statementIndex >= 0 ? file.parsed.statements[e.statementIndex]?.start : undefined;
}

function lockMessage(l: LockEntry): string {
  const what = l.relkind === 'index' ? `index ${l.relation}` : l.relkind === 'materialized view' ? `materialized view ${l.relation}` : `table ${l.relation}`;
  const blocks = l.blocks === 'reads and writes' ? 'every read and write' : 'every write (INSERT, UPDATE, DELETE)';
  const others = l.heldWhile.length;
  const lines = l.heldWhile.slice(0, 5).map((s) => s.line);
  const where = `line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}${others > lines.length ? ', …' : ''}`;
  const rewrite = l.rewritten ? ' It also rewrites the table (new relfilenode), so the lock lasts as long as the copy.' : '';
  return (
    `takes ${/^[AEIOU]/.test(l.mode) ? 'an' : 'a'} ${l.mode} lock on ${what} and holds it while ${others} more statement${others === 1 ? ' runs' : 's run'} (${where}) until COMMIT ` +
    `(${seconds(l.heldMs)} here, on an empty table): it blocks ${blocks} on ${l.relation} for that whole time, ` +
    `and queries queue behind it while it waits for the lock.${rewrite}`
  );
}

/** Applies the project on `db` (an empty database) and verifies what is new. */
export async function checkProject(db: Db, project: Project, opts: CheckProjectOptions): Promise<ProjectCheck> {
  const { config } = opts;
  const runStarted = Date.now();
  const postgres = await postgresInfo(db);
  // Flyway (and migrate) create the schema history table before the first migration runs, and
  // migrations may use it (GRANT or REVOKE on it, a view or trigger on it): the scratch database
  // has it too, empty. Snapshots leave it out.
  const history = new SchemaHistory(db, config.schema, config.historyTable);
  if (!(await history.exists())) await history.create();
  const snapOpts: SnapshotOptions = { historyTable: config.historyTable, historySchema: config.schema };
  const snapshot = () => takeSnapshot(db, snapOpts);
  const routine = routineLookup(project);
  const raw: RawFinding[] = [];
  const results: MigrationCheck[] = [];
  const seedRel = `${config.seeds.replace(/\/+$/, '')}/test.sql`;
  const seed = project.files.find((f) => f.kind === 'seed' && f.rel === seedRel);
  const total = project.migrations.length + (seed ? 1 : 0);
  const targets = project.targets;
  const inChangeSet = (m: MigrationFile) => m.isNew && (!targets || targets.has(m.rel));
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
  const firstNew = project.migrations.findIndex(inChangeSet);
  const mixed = firstNew >= 0 && project.migrations.slice(firstNew).some((m) => !inChangeSet(m));
  const effects: SchemaDiff[] = [];

  let base: Snapshot | undefined;
  let stopped = false;
  let index = 0;
  for (const m of project.migrations) {
    index++;
    const isNew = inChangeSet(m);
    const entry: MigrationCheck = {
      file: m.path,
      kind: m.kind === 'repeatable' ? 'repeatable' : 'versioned',
      version: m.version ? versionKey(m.version) : undefined,
      description: m.description,
      isNew,
      applied: 'skipped',
      rollback: isNew && m.kind === 'versioned' ? (m.rollback ? 'none' : 'missing') : 'none',
      rollbackFile: m.kind === 'versioned' ? m.rollback?.path : undefined,
      locks: [],
      rewritten: [],
      dangerousLocks: 0,
    };
    results.push(entry);
    if (stopped) continue;

    const verify = isNew && m.kind === 'versioned' && m.rollback !== undefined;
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
          : applyFailed(m, e, `${m.rel} fails on a fresh database: ${describeFailure(e)}; the migrations after it were not applied`),
      );
      stopped = true;
      continue;
    }
    entry.durationMs = ms(started);
    entry.applied = 'ok';
    done(true);

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
    raw.push({
      rule: 'rollback-incomplete',
      file: rollback,
      line: 1,
      column: 1,
      alsoFiles: [m],
      message: `${rollback.rel} does not undo ${m.rel}: ${problems.join('. ')}` + (verdict.disturbed ? '; the migrations after it were not applied' : ''),
    });
  }

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

  return {
    root: project.root,
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

/** Suppression comments and configured severities, as the lint applies them. */
function finish(raw: RawFinding[], severities: Record<string, SeveritySetting>, targets?: Set<string>): Finding[] {
  const cache = new Map<MigrationFile, Suppression[]>();
  const suppressions = (f: MigrationFile) => {
    let s = cache.get(f);
    if (!s) cache.set(f, (s = parseSuppressions(f)));
    return s;
  };
  const out: Finding[] = [];
  for (const f of raw) {
    const setting = severities[f.rule];
    if (setting === 'off') continue;
    if (targets && !targets.has(f.file.rel) && !(f.alsoFiles ?? []).some((o) => targets.has(o.rel))) continue;
    const excused =
      suppressions(f.file).some(
        (s) => s.rules.includes(f.rule) && (s.scope === 'file' || (f.offset !== undefined && f.offset >= s.start && f.offset <= s.end)),
      ) || (f.alsoFiles ?? []).some((o) => suppressions(o).some((s) => s.rules.includes(f.rule) && s.scope === 'file'));
    if (excused) continue;
    const meta = f.rule === 'table-rewrite' ? tableRewriteRule.meta : checkRule(f.rule);
    out.push({
      rule: f.rule,
      severity: (setting as Severity | undefined) ?? meta.severity,
      file: f.file.path,
      line: f.line,
      column: f.column,
      message: f.message,
      help: f.help ?? meta.help,
    });
  }
  return out;
}

/**
 * Lint and check findings together, sorted like the lint's. An apply-failed at the very place
 * the lint already reports a parse error says nothing new and is dropped.
 */
export function combineFindings(lint: Finding[], check: Finding[], migrations: MigrationCheck[] = []): Finding[] {
  const parseErrors = new Set(lint.filter((f) => f.rule === 'parse-error').map((f) => `${f.file}:${f.line}:${f.column}`));
  // A rewrite PostgreSQL showed at a statement the lint already reports as rewriting: once.
  const where = statementLocator(migrations);
  const rewriteClaims = new Set(lint.filter(claimsRewrite).map(where));
  // An empty rollback is rollback-empty's; its rollback-incomplete would say the same again.
  const emptyRollbacks = new Set(lint.filter((f) => f.rule === 'rollback-empty').map((f) => f.file));
  const keep = (f: Finding) =>
    !(f.rule === 'apply-failed' && parseErrors.has(`${f.file}:${f.line}:${f.column}`)) &&
    !(f.rule === 'table-rewrite' && rewriteClaims.has(where(f))) &&
    !(f.rule === 'rollback-incomplete' && emptyRollbacks.has(f.file));
  return sortFindings([...lint, ...check.filter(keep)]);
}

/**
 * The traced statement a finding falls in (the last one starting at or before it), as
 * "file#index"; "file:line" when the file was not traced. Lint findings point at a clause, check
 * findings at the statement's start: both map to the same statement.
 */
function statementLocator(migrations: MigrationCheck[]): (f: Pick<Finding, 'file' | 'line' | 'column'>) => string {
  const byFile = new Map(migrations.filter((m) => m.statements).map((m) => [m.file, m.statements!]));
  return (f) => {
    const list = byFile.get(f.file);
    return list ? `${f.file}#${statementAt(list, f)}` : `${f.file}:${f.line}`;
  };
}

/** Index of the last statement starting at or before the finding's position (-1: none). */
function statementAt(list: { line: number; column: number }[], f: Pick<Finding, 'line' | 'column'>): number {
  let at = -1;
  list.forEach((s, i) => {
    if (s.line < f.line || (s.line === f.line && s.column <= f.column)) at = i;
  });
  return at;
}

/**
 * How the rules' messages claim a table rewrite: "rewrites the whole table", "rewrites it", "rewrites
 * each", "rewrites every table", "copies all of it". Not a claim: "needs no rewrite" (an index-only
 * change), "may be volatile". One pattern for check's disagreements and the differential test.
 */
export const REWRITE_CLAIM = /\brewrites (?:the whole table|it\b|each\b|every table)|\bcopies all of it\b/;
const REWRITE_RULES = new Set(['table-rewrite', 'column-type-change', 'volatile-default']);
/** A lint finding that says PostgreSQL rewrites a table. */
const claimsRewrite = (f: Finding) => REWRITE_RULES.has(f.rule) && REWRITE_CLAIM.test(f.message);

/** A lint prediction that what PostgreSQL did on the scratch database contradicts. */
export interface Disagreement {
  rule: string;
  file: string;
  line: number;
  column: number;
  /** What the lint said. */
  predicted: string;
  /** What PostgreSQL showed. */
  observed: string;
}

/**
 * Lint findings that claim a rewrite at a statement check traced, where PostgreSQL rewrote no
 * table (every pre-existing table kept its relfilenode): counted in the JSON report, so false
 * alarms can be measured.
 */
export function disagreements(lint: Finding[], migrations: MigrationCheck[]): Disagreement[] {
  const traced = new Map<string, { line: number; column: number; rewrote: string[] }[]>();
  for (const m of migrations) if (m.statements && m.applied === 'ok') traced.set(m.file, m.statements);
  const out: Disagreement[] = [];
  for (const f of lint.filter(claimsRewrite)) {
    const list = traced.get(f.file) ?? [];
    const stmt = list[statementAt(list, f)];
    if (!stmt || stmt.rewrote.length > 0) continue;
    out.push({ rule: f.rule, file: f.file, line: f.line, column: f.column, predicted: f.message, observed: 'no table rewritten: every table that existed before kept its relfilenode' });
  }
  return out;
}
